import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {blankRow, remembered, rowText} from '../../source/ink-frame.js';

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
});
