import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {blankRow, remembered, rememberedSlice, rowText} from '../../source/ink-frame.js';

type Cell = ReturnType<typeof blankRow>[number];
const cell = (value: string): Cell => ({type: 'char', value, fullWidth: false, styles: []});
const plain = (cells: Cell[]) => cells.map((c) => c.value).join('');

describe('Ink frame assembly', () => {
	it('a blank row is one shared, frozen blank cell', () => {
		const row = blankRow(3);
		assert.equal(row.length, 3);
		assert.equal(row[0], row[2]);
		assert.equal(row[0]!.value, ' ');
		assert.ok(Object.isFrozen(row[0]) && Object.isFrozen(row[0]!.styles));
	});

	it('a row holding the same cells as last time is not turned into text again', () => {
		const a = cell('a');
		const b = cell('b');
		let calls = 0;
		const toText = (cells: Cell[]) => {
			calls++;
			return plain(cells);
		};
		assert.equal(rowText([a, b, ...blankRow(2)], 7, toText), 'ab');
		assert.equal(rowText([a, b, ...blankRow(2)], 7, toText), 'ab');
		assert.equal(calls, 1);
		// A different cell, even with the same character, is looked at again.
		assert.equal(rowText([a, cell('b'), ...blankRow(2)], 7, toText), 'ab');
		assert.equal(rowText([a, cell('c'), ...blankRow(2)], 7, toText), 'ac');
		assert.equal(calls, 3);
		// Rows are remembered each in its place; empty slots are left out, as Ink does.
		// eslint-disable-next-line no-sparse-arrays -- an empty slot, as Ink leaves where nothing was written
		assert.equal(rowText([b, , a] as Cell[], 8, toText), 'ba');
		assert.equal(rowText([a, b, ...blankRow(2)], 7, toText), 'ab');
		assert.equal(calls, 5);
	});

	it('rows of a list scrolled by a row or more are found where they were in the last frame', () => {
		const lines = Array.from({length: 12}, (_, index) => [cell(String(index % 10)), cell('x'), ...blankRow(2)]);
		const calls: string[] = [];
		const toText = (cells: Cell[]) => {
			calls.push(plain(cells).trimEnd());
			return plain(cells);
		};
		const frame = (rows: Array<(typeof lines)[number]>) => rows.map((row, y) => rowText(row, y, toText));
		// The first frame, then the same rows moved up by one (one new at the bottom), then down by two.
		assert.deepEqual(frame(lines.slice(0, 8)), ['0x', '1x', '2x', '3x', '4x', '5x', '6x', '7x']);
		calls.length = 0;
		assert.deepEqual(frame(lines.slice(1, 9)), ['1x', '2x', '3x', '4x', '5x', '6x', '7x', '8x']);
		assert.deepEqual(calls, ['8x'], 'only the row that came in is turned into text');
		calls.length = 0;
		assert.deepEqual(frame([lines[11]!, lines[10]!, ...lines.slice(1, 7)]), [
			'1x',
			'0x',
			'1x',
			'2x',
			'3x',
			'4x',
			'5x',
			'6x',
		]);
		assert.deepEqual(calls, ['1x', '0x']);
		// A row with other cells in a place the last frame had is never taken for it.
		calls.length = 0;
		assert.deepEqual(frame([[cell('1'), cell('y')], ...lines.slice(11)]), ['1y', '1x']);
		assert.deepEqual(calls, ['1y']);
	});

	it('remembers the answers of a pure function by its argument', () => {
		let calls = 0;
		const upper = remembered((text) => {
			calls++;
			return text.toUpperCase();
		});
		assert.equal(upper('ab'), 'AB');
		assert.equal(upper('ab'), 'AB');
		assert.equal(upper('cd'), 'CD');
		assert.equal(calls, 2);
	});

	it("a line cut to its clip's columns is cut once while line and columns stay", () => {
		const cuts: string[] = [];
		const cut = (line: string, from: number, to: number) => {
			cuts.push(`${line}[${from},${to})`);
			return line.slice(from, to);
		};
		assert.equal(rememberedSlice('abcdef', 1, 4, cut), 'bcd');
		assert.equal(rememberedSlice('abcdef', 1, 4, cut), 'bcd');
		assert.deepEqual(cuts, ['abcdef[1,4)']);
		// The box narrowed: the same line is cut again, to the new columns.
		assert.equal(rememberedSlice('abcdef', 1, 3, cut), 'bc');
		assert.equal(rememberedSlice('abcdeg', 1, 3, cut), 'bc');
		assert.deepEqual(cuts, ['abcdef[1,4)', 'abcdef[1,3)', 'abcdeg[1,3)']);
	});
});
