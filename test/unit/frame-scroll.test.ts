import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import xterm from '@xterm/headless';
import {frameScroll, type FrameScreen} from '../../source/domain/frame-scroll.js';
import {smallerLineUpdate} from '../../source/ink-line-update.js';

const ESC = '\u001B';
const COLUMNS = 60;
const full = (rows: number): FrameScreen => ({rows, columnsUnchanged: true, cursorShown: false});

// A list screen as connectui draws it: a header, a strip, the table, a footer.
const header = (position: number) => `${ESC}[1m${ESC}[36mconnectui${ESC}[39m${ESC}[22m instances ${position}/2000`;
const FOOTER = `${ESC}[90mj/k move  Enter open  / filter  ? help${ESC}[39m`;
const row = (index: number, cursor: number) =>
	index === cursor
		? `${ESC}[7m› synth-${String(index).padStart(4, '0')}   us-east-1  ${ESC}[42mactive${ESC}[49m${ESC}[27m`
		: `  synth-${String(index).padStart(4, '0')}   us-east-1  ${ESC}[32mactive${ESC}[39m`;
/** The whole screen with the rows from `start` on and the cursor on row `cursor`. */
function listFrame(rows: number, start: number, cursor: number): string[] {
	const body = Array.from({length: rows - 4}, (_, index) => row(start + index, cursor));
	return [header(cursor + 1), `${ESC}[90m  alias        region     status${ESC}[39m`, ...body, '', FOOTER];
}

// Ink's loop over the lines (log-update.js, incremental): from the frame's top, each line equal to what is on
// screen stepped over with "next line", each other line updated in place, then a new line; none after the last.
// Ink's whole-line update stands in for its own, as connectui's smaller update wraps it.
const update = smallerLineUpdate((_previous, next) => `${ESC}[1G${ESC}[K${next}`);
function inkLoop(onScreen: readonly string[], next: readonly string[]): string {
	let out = '';
	next.forEach((line, index) => {
		const last = index === next.length - 1;
		if (line === onScreen[index]) out += last ? '' : `${ESC}[E`;
		else out += update(onScreen[index]!, line, COLUMNS) + (last ? '' : '\n');
	});
	return out.replaceAll(/(\n|\u001B\[\d*E)\u001B\[1G/g, '$1');
}

/** Every cell of the screen after the writes: character, colours, bold, inverse. convertEol: a pty's ONLCR. */
async function screenAfter(rows: number, ...writes: string[]): Promise<string[]> {
	const terminal = new xterm.Terminal({cols: COLUMNS, rows, allowProposedApi: true, convertEol: true});
	for (const data of writes) await new Promise<void>((resolve) => terminal.write(data, resolve));
	const cells: string[] = [];
	for (let y = 0; y < rows; y++) {
		const line = terminal.buffer.active.getLine(y)!;
		for (let x = 0; x < COLUMNS; x++) {
			const cell = line.getCell(x)!;
			const attributes = [cell.getFgColor(), cell.getBgColor(), cell.isBold(), cell.isInverse(), cell.isDim()];
			cells.push(`${y},${x}:${cell.getChars() || ' '}|${attributes.join('|')}`);
		}
	}

	terminal.dispose();
	return cells;
}

/** Draws `previous` as Ink's first frame does, then the scroll and Ink's loop; the screen must be `next` drawn afresh. */
async function assertScrollsTo(previous: string[], next: string[]): Promise<string> {
	const rows = next.length;
	const scroll = frameScroll(previous, next, full(rows));
	assert.ok(scroll, 'a scroll is chosen');
	const written = scroll.write + inkLoop(scroll.lines, next);
	const scrolled = await screenAfter(rows, previous.join('\n'), written);
	assert.deepEqual(scrolled, await screenAfter(rows, next.join('\n')));
	return written;
}

describe('frame scroll: a block of lines moved by the terminal', () => {
	it('the list scrolled down by a row: one new row written, the header, strip, blank line and footer in place', async () => {
		const previous = listFrame(30, 0, 25);
		const next = listFrame(30, 1, 26);
		const scroll = frameScroll(previous, next, full(30))!;
		// The table's rows, and nothing above or below them, scroll up by one.
		assert.deepEqual([scroll.top, scroll.bottom, scroll.shift], [2, 26, 1]);
		assert.equal(scroll.write, `${ESC}[3;27r${ESC}[1S${ESC}[r`);
		assert.deepEqual(scroll.lines.slice(24, 28), [previous[25], previous[26], '', previous[27]]);
		const written = await assertScrollsTo(previous, next);
		// The row the cursor left, written whole into the blank row; the cursor's row and the header's position
		// by their changed digits; nothing of the other 24 rows.
		assert.ok(written.includes('synth-0025'), written);
		assert.ok(!written.includes('synth-0024'), written);
		assert.ok(written.length < 300, `${written.length} bytes`);
	});

	it('the list scrolled up by a row: the region scrolls down and its first row comes in', async () => {
		const written = await assertScrollsTo(listFrame(30, 10, 10), listFrame(30, 9, 9));
		// The cursor's row stays the first; the rows below it move down.
		assert.ok(written.startsWith(`${ESC}[4;28r${ESC}[1T${ESC}[r`), JSON.stringify(written));
	});

	it('a move of many rows at once (a page) scrolls by that many', async () => {
		for (const [from, to] of [
			[0, 13],
			[13, 0],
			[100, 120],
		] as const) {
			const scroll = frameScroll(listFrame(30, from, from + 3), listFrame(30, to, to + 3), full(30))!;
			assert.equal(scroll.shift, to - from);
			await assertScrollsTo(listFrame(30, from, from + 3), listFrame(30, to, to + 3));
		}
	});

	it('blank lines in and around the block, and a block that reaches the first and last line', async () => {
		const lines = Array.from({length: 12}, (_, index) => (index % 4 === 1 ? '' : `${ESC}[33mline ${index}${ESC}[39m`));
		// Up by two: the last line is new, the two rows above it scroll in blank.
		await assertScrollsTo([...lines, 'end'], [...lines.slice(2), '', 'new', 'end']);
		// Down by one, the block starting at the first line.
		await assertScrollsTo(['top', ...lines], ['top', 'new', ...lines.slice(0, -1)]);
		await assertScrollsTo([...lines, 'x'], ['new', ...lines.slice(0, -1), 'x']);
		// Up by one, the block reaching the last line.
		await assertScrollsTo([...lines, 'x'], [...lines.slice(1), 'x', 'y']);
	});

	it('matches every frame that moves a block, at any distance, with changes in and out of it', async () => {
		let seed = 7;
		const random = (below: number) => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed % below;
		};

		const pool = [
			'',
			'plain',
			`${ESC}[31mred${ESC}[39m`,
			`${ESC}[7minverse row${ESC}[27m`,
			`${ESC}[44m  blue background  ${ESC}[49m`,
			'x'.repeat(COLUMNS),
		];
		const line = () => (random(3) === 0 ? pool[random(pool.length)]! : `row ${random(1000)}`);
		for (let round = 0; round < 60; round++) {
			const rows = 6 + random(15);
			const previous = Array.from({length: rows}, line);
			previous[rows - 1] = 'last';
			const shift = (1 + random(rows - 4)) * (random(2) === 0 ? 1 : -1);
			const top = random(2);
			const bottom = rows - 1 - random(2);
			const next = previous.map((text, index) => {
				const from = index + shift;
				return index >= top && index <= bottom && from >= top && from <= bottom ? previous[from]! : line();
			});
			for (let change = random(3); change > 0; change--) next[random(rows - 1)] = line();
			next[rows - 1] = 'last';
			const scroll = frameScroll(previous, next, full(rows));
			const written = (scroll?.write ?? `${ESC}[${rows - 1}A`) + inkLoop(scroll?.lines ?? previous, next);
			const label = JSON.stringify({previous, next, scroll});
			assert.deepEqual(
				await screenAfter(rows, previous.join('\n'), written),
				await screenAfter(rows, next.join('\n')),
				label,
			);
		}
	});
});

describe('frame scroll: only where it is exact and saves writes', () => {
	const previous = listFrame(30, 0, 25);
	const next = listFrame(30, 1, 26);

	it('not for a frame that does not fill the terminal, ends in a new line, or changed width', () => {
		assert.equal(frameScroll(previous, next, full(31)), undefined);
		assert.equal(frameScroll(previous, next, {...full(30), rows: undefined}), undefined);
		assert.equal(frameScroll([...previous.slice(0, -1), ''], [...next.slice(0, -1), ''], full(30)), undefined);
		assert.equal(frameScroll(previous, next, {...full(30), columnsUnchanged: false}), undefined);
		assert.equal(frameScroll(previous.slice(1), next, full(30)), undefined);
	});

	it('not with a cursor shown (Ink moves from the cursor, not from the frame)', () => {
		assert.equal(frameScroll(previous, next, {...full(30), cursorShown: true}), undefined);
	});

	it('not when the cursor moves inside the window, or fewer than three lines would be saved', () => {
		assert.equal(frameScroll(listFrame(30, 0, 3), listFrame(30, 0, 4), full(30)), undefined);
		const lines = ['a', 'b', 'c', 'd', 'e', 'f', 'end'];
		assert.equal(frameScroll(lines, ['b', 'c', 'x', 'y', 'z', 'w', 'end'], full(7)), undefined);
		assert.ok(frameScroll(lines, ['b', 'c', 'd', 'y', 'z', 'w', 'end'], full(7)));
		// Blank lines that were blank in place already save nothing by moving.
		assert.equal(frameScroll(['a', '', '', '', '', 'end'], ['b', '', '', '', '', 'end'], full(6)), undefined);
	});
});
