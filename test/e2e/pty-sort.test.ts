// The header says where the cursor is and how the list is sorted; `o` / `O` change the order on screen.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tempHome} from '../helpers/pty-fixture.js';
import {startTerm, type Term} from '../helpers/term.js';

const home = tempHome('connectui-pty-');

/** The REGION column of the table's rows on screen. */
function regions(screen: string): string[] {
	return screen
		.split('\n')
		.map((line) => / [\da-f]{8} ([a-z]{2}-[a-z]+-\d) /.exec(line)?.[1])
		.filter((region): region is string => region !== undefined);
}

/** The regions on screen once they satisfy `ok` (a frame can arrive in pieces); fails after 10 s. */
async function settled(term: Term, ok: (rows: string[]) => boolean): Promise<string[]> {
	const deadline = Date.now() + 10_000;
	for (;;) {
		const rows = regions(term.screen());
		if (ok(rows)) return rows;
		if (Date.now() > deadline) assert.fail(`the rows never got in order: ${rows.join(', ')}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

describe('sorting and position in a terminal', () => {
	it('shows 1/N and alias ↑; o sorts by region, O reverses it, j moves the position; e shows errors whole', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 120, rows: 30});
		try {
			// Every pair answered: the total no longer grows.
			await term.waitFor(/^(?![\s\S]*loading)[\s\S]*contact-prod\/us-east-1 14/);
			const first = await term.waitFor(/connectui instances +1\/\d+ · sorted by alias ↑/);
			const total = /1\/(\d+)/.exec(first)?.[1];
			term.write('o');
			await term.waitFor('sorted by region ↑');
			const shown = await settled(term, (rows) => rows.join() === [...rows].sort().join());
			assert.ok(shown.length > 5, shown.join());
			term.write('O');
			await term.waitFor('sorted by region ↓');
			await settled(term, (rows) => rows.join() === [...rows].sort().reverse().join());
			term.write('gjj');
			await term.waitFor(`3/${total}`);
			// e: the failing pair's whole error, which the strip cuts.
			term.write('e');
			const errors = await term.waitFor('failed:');
			assert.match(
				errors.replaceAll(/\n\s+/g, ' '),
				/is not authorized to perform:\s+connect:ListInstances on resource:\s+arn:aws:connect:eu-west-2:\d+:instance\/\*/,
			);
			term.write('\u001B');
			await term.waitFor('sorted by region');
		} finally {
			term.kill();
		}
	});
});
