import {test} from 'node:test';
import assert from 'node:assert/strict';
import {windowStart} from '../../source/domain/list-window.js';

test('windowStart: the window stays put while the cursor moves inside it', () => {
	for (let cursor = 0; cursor < 10; cursor++) assert.equal(windowStart(0, cursor, 10, 100), 0);
	assert.equal(windowStart(20, 25, 10, 100), 20);
});

test('windowStart: leaving the window jumps half a page, the cursor lands mid-screen', () => {
	assert.equal(windowStart(0, 10, 10, 100), 5);
	assert.equal(windowStart(5, 15, 10, 100), 10);
	// Up past the top: the cursor lands in the middle too.
	assert.equal(windowStart(20, 19, 10, 100), 15);
});

test('windowStart: jumps (G, g, PgDn) and short lists stay within the rows', () => {
	assert.equal(windowStart(0, 99, 10, 100), 90);
	assert.equal(windowStart(90, 0, 10, 100), 0);
	assert.equal(windowStart(0, 3, 10, 4), 0);
	assert.equal(windowStart(50, 3, 10, 4), 0);
	assert.equal(windowStart(0, 0, 10, 0), 0);
});

test('windowStart: 50 moves down in a 20-row window move the window only twice', () => {
	let start = 0;
	let moves = 0;
	for (let cursor = 1; cursor <= 50; cursor++) {
		const next = windowStart(start, cursor, 20, 2000);
		if (next !== start) moves++;
		assert.ok(cursor >= next && cursor < next + 20);
		start = next;
	}

	assert.ok(moves <= 4, `window moved ${moves} times`);
});
