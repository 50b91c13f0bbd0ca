// The list from the cache is on screen before Ink and React have loaded, and Ink takes the screen
// over without clearing it: the alternate screen is entered once, by the cached frame.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {demoSeed} from '../../source/emulator/index.js';
import {emulatorFixture} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const fixture = emulatorFixture({seed: demoSeed(), prefix: 'connectui-preframe-'});
const ENTER_ALTERNATE = '\u001B[?1049h';
const SYNC_START = '\u001B[?2026h';
const args = ['--profile', 'contact-prod', '--region', 'us-east-1'];

describe('the first frame from the cache', () => {
	it('draws the cached list before the app loads, then the app updates it in place', async () => {
		const env = fixture.freshEnv();
		// A first run saves the inventory; without a cache the app draws its first frame itself.
		const first = startTerm({args, env, columns: 120, rows: 30});
		try {
			await first.waitFor(/^(?![\s\S]*loading)[\s\S]*14 instances/);
			const output = first.output();
			assert.ok(output.indexOf(SYNC_START) < output.indexOf('contact-prod'), 'no frame before the app’s own');
			first.write('q');
			assert.equal((await first.waitForExit()).exitCode, 0);
		} finally {
			first.kill();
		}

		// The fresh list is slow to come: what is on screen meanwhile is the cached one.
		fixture.emulator.setLatency(1500);
		const second = startTerm({args, env, columns: 120, rows: 30});
		try {
			const cached = await second.waitFor(/stale: last known list from/);
			assert.match(cached, /connectui instances 1\/14/);
			assert.match(cached, /› \S+/);
			const output = second.output();
			assert.ok(output.startsWith(ENTER_ALTERNATE), JSON.stringify(output.slice(0, 40)));
			const firstRow = output.indexOf('contact-prod');
			assert.ok(firstRow > 0 && (!output.includes(SYNC_START) || firstRow < output.indexOf(SYNC_START)));
			// The app's own frame (its footer), over the cached one: the screen was never cleared.
			await second.waitFor('Enter open');
			await second.waitFor(/^(?![\s\S]*(loading|stale))[\s\S]*14 instances/, 20_000);
			assert.equal(second.output().split(ENTER_ALTERNATE).length, 2, 'the alternate screen is entered once');
			second.write('q');
			assert.equal((await second.waitForExit()).exitCode, 0);
			const all = second.output();
			assert.ok(
				all.lastIndexOf('\u001B[?1049l') > all.lastIndexOf('contact-prod'),
				'the alternate screen is left on exit',
			);
		} finally {
			fixture.emulator.setLatency(0);
			second.kill();
		}
	});
});
