import {test} from 'node:test';
import assert from 'node:assert/strict';
import {windowStart} from '../../source/domain/list-window.js';

test('windowStart: the window stays put while the cursor moves inside it', () => {
	for (let cursor = 0; cursor < 10; cursor++) assert.equal(windowStart(0, cursor, 10, 100, cursor - 1), 0);
	assert.equal(windowStart(20, 25, 10, 100, 24), 20);
});

test('windowStart: a step of one row past either edge moves the window by one row', () => {
	assert.equal(windowStart(0, 10, 10, 100, 9), 1);
	assert.equal(windowStart(5, 15, 10, 100, 14), 6);
	assert.equal(windowStart(20, 19, 10, 100, 20), 19);
	// At the ends of the list there is nowhere to go.
	assert.equal(windowStart(90, 99, 10, 100, 98), 90);
	assert.equal(windowStart(0, 0, 10, 100, 1), 0);
});

test('windowStart: any other way out of the window (a page, g, G, a filter) lands the cursor mid-screen', () => {
	// A page down from the window's first row: the cursor is one row past its edge, but came ten rows.
	assert.equal(windowStart(0, 10, 10, 100, 0), 5);
	assert.equal(windowStart(20, 10, 10, 100, 20), 6);
	// Not knowing where the cursor was (a resize, the view's own check) is not a step either.
	assert.equal(windowStart(0, 10, 10, 100), 5);
	assert.equal(windowStart(20, 19, 10, 100), 15);
});

test('windowStart: jumps (G, g, PgDn) and short lists stay within the rows', () => {
	assert.equal(windowStart(0, 99, 10, 100, 0), 90);
	assert.equal(windowStart(90, 0, 10, 100, 99), 0);
	assert.equal(windowStart(0, 3, 10, 4), 0);
	assert.equal(windowStart(50, 3, 10, 4), 0);
	assert.equal(windowStart(0, 0, 10, 0), 0);
});

test('windowStart: 50 steps down in a 20-row window keep the cursor on the last row once it gets there', () => {
	let start = 0;
	for (let cursor = 1; cursor <= 50; cursor++) {
		const next = windowStart(start, cursor, 20, 2000, cursor - 1);
		assert.equal(next, Math.max(0, cursor - 19));
		start = next;
	}

	for (let cursor = 49; cursor >= 0; cursor--) {
		const next = windowStart(start, cursor, 20, 2000, cursor + 1);
		assert.equal(next, Math.min(31, cursor), `cursor ${cursor}`);
		start = next;
	}
});
