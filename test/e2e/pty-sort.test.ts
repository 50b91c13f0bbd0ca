// The header says where the cursor is and how the list is sorted; `o` / `O` change the order on screen.
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {startTerm} from '../helpers/term.js';

const home = mkdtempSync(join(tmpdir(), 'connectui-pty-'));
after(() => rmSync(home, {recursive: true, force: true}));

/** The REGION column of the table's rows on screen. */
function regions(screen: string): string[] {
	return screen
		.split('\n')
		.map((line) => / [\da-f]{8} ([a-z]{2}-[a-z]+-\d) /.exec(line)?.[1])
		.filter((region): region is string => region !== undefined);
}

describe('sorting and position in a terminal', () => {
	it('shows 1/N and alias ↑; o sorts by region, O reverses it, j moves the position', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 120, rows: 30});
		try {
			// Every pair answered: the total no longer grows.
			await term.waitFor(/^(?![\s\S]*loading)[\s\S]*contact-prod\/us-east-1 14/);
			const first = await term.waitFor(/connectui instances +1\/\d+ · sorted by alias ↑/);
			const total = /1\/(\d+)/.exec(first)?.[1];
			term.write('o');
			const byRegion = await term.waitFor('sorted by region ↑');
			const shown = regions(byRegion);
			assert.ok(shown.length > 5, byRegion);
			assert.deepEqual(shown, [...shown].sort());
			term.write('O');
			const reversed = regions(await term.waitFor('sorted by region ↓'));
			assert.deepEqual(reversed, [...reversed].sort().reverse());
			term.write('gjj');
			await term.waitFor(`3/${total}`);
		} finally {
			term.kill();
		}
	});
});
