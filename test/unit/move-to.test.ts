// The test helper that steps a cursor to a row by name: which keys it presses on a given screen.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cursorLine, keysToward, moveTo} from '../helpers/move-to.js';

const form = [
	'Attributes · alpha',
	'› INBOUND_CALLS  on',
	'  CONTACT_LENS_REALTIME  off',
	'  CONTACT_LENS  off',
	'',
].join('\n');

describe('moveTo (test helper)', () => {
	it('finds the cursor after a border and the row by whole name, not by prefix', () => {
		assert.equal(cursorLine(['│ title', '│ › row', '│   other']), 1);
		assert.equal(keysToward(form, 'CONTACT_LENS'), 'jj');
		assert.equal(keysToward(form, 'INBOUND_CALLS'), '');
		assert.equal(keysToward(form, 'MISSING'), undefined);
	});

	it('presses k to go up, and scrolls when the row is off screen until it shows', async () => {
		const rows = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
		let cursor = 5;
		const pressed: string[] = [];
		const window = () => {
			const first = Math.max(0, Math.min(cursor - 1, rows.length - 3));
			return rows
				.slice(first, first + 3)
				.map((row, index) => `${first + index === cursor ? '›' : ' '} ${row}`)
				.join('\n');
		};

		const screen = {
			frame: window,
			press(keys: string) {
				pressed.push(keys);
				for (const key of keys) cursor = Math.max(0, Math.min(rows.length - 1, cursor + (key === 'j' ? 1 : -1)));
			},
		};
		assert.match(await moveTo(screen, 'E'), /› E/);
		assert.deepEqual(pressed, ['k']);
		assert.match(await moveTo(screen, 'A'), /› A/);
		assert.equal(cursor, 0);
		await assert.rejects(moveTo(screen, 'Z', 2000), /no row names Z/);
	});
});
