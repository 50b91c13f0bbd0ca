import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import xterm from '@xterm/headless';
import {changedCells, lineCells, skipBlanks} from '../../source/domain/line-update.js';
import {smallerLineUpdate} from '../../source/ink-line-update.js';

const ESC = '\u001B';
const bold = (text: string) => `${ESC}[1m${ESC}[36m${text}${ESC}[39m${ESC}[22m`;
const muted = (text: string) => `${ESC}[90m${text}${ESC}[39m`;
const header = (position: string) =>
	`${bold('connectui')} instances ${position}${muted(' · sorted by alias ↑  10 profiles · 10 regions')}`;
const row = (cursor: boolean, alias: string) =>
	cursor
		? `${ESC}[7m› ${alias}                id-1234 af-south-1     synthetic-0… active   SAML${ESC}[27m`
		: `  ${alias}                id-1234 af-south-1     synthetic-0…${ESC}[32m active  ${ESC}[39m SAML`;

/** Every cell of a one-line terminal after writing `writes`: its character and its attributes. */
async function cellsAfter(...writes: string[]): Promise<string[]> {
	const terminal = new xterm.Terminal({cols: 100, rows: 2, allowProposedApi: true});
	for (const data of writes) await new Promise<void>((resolve) => terminal.write(data, resolve));
	const line = terminal.buffer.active.getLine(0)!;
	const cells: string[] = [];
	for (let x = 0; x < 100; x++) {
		const cell = line.getCell(x)!;
		cells.push(
			[cell.getChars() || ' ', cell.getFgColor(), cell.getBgColor(), cell.isBold(), cell.isInverse()].join('|'),
		);
	}
	terminal.dispose();
	return cells;
}

// An Ink stand-in for the lines it writes whole: back to the first column, erase, the line.
const inkWhole = (_previous: string, next: string) => `${ESC}[1G${ESC}[K${next}`;
const update = smallerLineUpdate(inkWhole);

describe('line update: only what changed', () => {
	it('a position in the header that keeps its width is one digit at its column', () => {
		assert.equal(changedCells(header('12/240'), header('13/240'), 100), `${ESC}[22G3`);
	});

	it('a changed cell is written in its style and the style is reset after it', () => {
		const before = `ab${ESC}[32mcd${ESC}[39mef`;
		const after = `ab${ESC}[32mcX${ESC}[39mef`;
		assert.equal(changedCells(before, after, 80), `${ESC}[4G${ESC}[32mX${ESC}[0m`);
		// A style change alone is a change of the cells it covers.
		assert.equal(changedCells('abcdef', `ab${ESC}[7mcd${ESC}[27mef`, 80), `${ESC}[3G${ESC}[7mcd${ESC}[0m`);
	});

	it('leaves to the caller lines that change width, change whole, or hold more than one-column text', () => {
		assert.equal(changedCells(header('9/240'), header('10/240'), 100), undefined);
		assert.equal(changedCells(row(false, 'a'), row(true, 'a'), 100), undefined);
		assert.equal(changedCells('日本 1', '日本 2', 80), undefined);
		assert.equal(changedCells(`${ESC}]8;;x${ESC}\\a1`, `${ESC}]8;;x${ESC}\\a2`, 80), undefined);
		assert.equal(changedCells('a1', 'a2', Number.NaN), undefined);
	});

	it('lines that differ only in how their codes are written need nothing', () => {
		assert.equal(changedCells(`${ESC}[1m${ESC}[22mab`, 'ab', 80), '');
	});

	it('reads colour codes into one style per cell, 256 and true colours included', () => {
		const cells = lineCells(`a${ESC}[1;38;5;202mb${ESC}[22mc${ESC}[0;48;2;1;2;3md${ESC}[m`)!;
		assert.deepEqual(
			cells.map((cell) => cell.style),
			['', '1;38;5;202', '38;5;202', '48;2;1;2;3'],
		);
		assert.equal(lineCells(`a${ESC}[38;5mb`), undefined);
		assert.equal(lineCells(`a${ESC}[21mb`), undefined);
	});

	it('steps over runs of blanks only where a blank paints nothing', () => {
		assert.equal(skipBlanks('a      b'), `a${ESC}[6Cb`);
		assert.equal(skipBlanks('a    b'), 'a    b');
		assert.equal(skipBlanks(`${ESC}[7ma      b${ESC}[27m`), `${ESC}[7ma      b${ESC}[27m`);
		assert.equal(skipBlanks(`${ESC}[32ma      b${ESC}[39m`), `${ESC}[32ma${ESC}[6Cb${ESC}[39m`);
		assert.equal(skipBlanks(`${ESC}[42ma      b${ESC}[49m`), `${ESC}[42ma      b${ESC}[49m`);
		assert.equal(skipBlanks(`${ESC}]8;;x${ESC}\\a      b`), `${ESC}]8;;x${ESC}\\a      b`);
	});

	it('draws exactly what writing the new line whole draws', async () => {
		const pairs: Array<[string, string]> = [
			[header('12/240'), header('13/240')],
			[header('9/240'), header('10/240')],
			[header('10/240'), header('9/240')],
			[row(true, 'synth-001'), row(false, 'synth-001')],
			[row(false, 'synth-002'), row(true, 'synth-002')],
			[row(false, 'synth-002'), 'short'],
			[`ab${ESC}[32mcd${ESC}[39mef`, `ab${ESC}[32mcX${ESC}[39mef`],
			['abcdef', `ab${ESC}[7mcd${ESC}[27mef`],
			[`${ESC}[42m      ${ESC}[49mx`, '          y'],
		];
		for (const [previous, next] of pairs) {
			const direct = await cellsAfter(previous, `${ESC}[1G${ESC}[K${next}`);
			const smaller = await cellsAfter(previous, `${ESC}[30G`, update(previous, next, 100));
			assert.deepEqual(smaller, direct, JSON.stringify([previous, next]));
		}
	});
});
