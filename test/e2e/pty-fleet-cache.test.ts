// Last known values across runs, in a pseudo-terminal against the emulator: the matrix fills once, the
// app quits; at the next start the matrix shows every instance's attributes at once, with their age,
// while ListInstanceAttributes has not answered (it hangs here), and says it is refreshing them.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {demoSeed} from '../../source/emulator/index.js';
import {emulatorFixture} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const fixture = emulatorFixture({seed: demoSeed(), prefix: 'connectui-fleet-cache-'});
const args = ['--profile', 'contact-prod', '--region', 'us-east-1'];

/** Grid rows whose cells are values (on/off) after an age (`12s`, `3m`). */
function rowsWithAge(screen: string): string[] {
	return screen.split('\n').filter((line) => /\s\d+[smhd]\s+(?:on|off)\s/.test(line));
}

describe('last known attributes', () => {
	it('are shown at the next start at once, with their age, and refreshed behind', async () => {
		const first = startTerm({args, env: fixture.env, columns: 100, rows: 30});
		let count: number;
		try {
			await first.waitFor(/1\/\d+ · sorted by alias/, 20_000);
			first.write('m');
			const full = await first.waitFor(/attributes (\d+) of \1 read/, 60_000);
			count = Number(/attributes (\d+) of/.exec(full)![1]);
			first.write('\u001B');
			await first.waitFor('sorted by alias');
			first.write('q');
			assert.equal((await first.waitForExit(10_000)).exitCode, 0);
		} finally {
			first.kill();
		}

		const file = join(fixture.env['CONNECTUI_HOME']!, 'cache', 'fleet.json');
		assert.ok(existsSync(file), 'fleet.json is written');
		const saved = JSON.parse(readFileSync(file, 'utf8')) as {instances: Array<{attributes?: unknown}>};
		assert.equal(saved.instances.filter((instance) => instance.attributes).length, count);

		// Nothing answers ListInstanceAttributes now: whatever the matrix shows comes from the last run.
		const stopHanging = fixture.emulator.inject({operation: 'ListInstanceAttributes', kind: 'hang'});
		const second = startTerm({args, env: fixture.env, columns: 100, rows: 30});
		try {
			await second.waitFor(/1\/\d+ · sorted by alias/, 20_000);
			second.write('m');
			await second.waitFor(/others as last known from (\d+ s ago|just now)/, 10_000);
			// Every instance's row has its values and their age (the pair's instances fit on this screen), once
			// the whole frame is drawn; none of them was read in this run.
			assert.ok(count <= 20, `${count} instances fit in 30 rows`);
			const deadline = Date.now() + 10_000;
			while (rowsWithAge(second.screen()).length < count && Date.now() < deadline)
				await new Promise((resolve) => setTimeout(resolve, 50));
			const screen = second.screen();
			assert.equal(rowsWithAge(screen).length, count, screen);
			assert.match(screen, new RegExp(`attributes 0 of ${count} read`));
			assert.match(screen, /^ {2}attributes\b.* age +\S/m, 'the ages have a header');
		} finally {
			second.kill();
			// It saves what it knows as it ends: wait for that before the fixture removes its home.
			await second.waitForExit().catch(() => undefined);
			stopHanging();
		}
	});
});
