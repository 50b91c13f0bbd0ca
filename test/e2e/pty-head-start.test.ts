// The inventory's first requests leave before Ink and React have loaded (early-start.ts), and the app
// takes them over: every page is asked for once, and every row arrives. With an STS endpoint (as on
// AWS) the account's identity comes first: that request leaves before the first frame.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {demoSeed} from '../../source/emulator/index.js';
import {emulatorFixture} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const fixture = emulatorFixture({seed: demoSeed(), prefix: 'connectui-head-start-'});
const SYNC_START = '\u001B[?2026h';

describe('the first requests', () => {
	it('leave before the first frame, and the app takes them over without asking twice', async () => {
		// Slow answers: the requests are in flight while Ink loads and draws.
		fixture.emulator.setLatency(1000);
		const before = fixture.emulator.requests.length;
		const args = ['--profile', 'contact-prod', '--region', 'us-east-1,us-west-2'];
		const term = startTerm({args, env: fixture.freshEnv(), columns: 120, rows: 30});
		try {
			let firstFrameSeenAt = 0;
			for (;;) {
				if (term.output().includes(SYNC_START)) {
					firstFrameSeenAt = Date.now();
					break;
				}

				await new Promise((resolve) => setTimeout(resolve, 5));
			}
			await term.waitFor(/^(?![\s\S]*loading)[\s\S]*16 instances/, 20_000);
			const lists = fixture.emulator.requests.slice(before).filter((request) => request.operation === 'ListInstances');
			// us-east-1 holds 14 instances (two pages of 10), us-west-2 two: three pages, each asked for once.
			const asked = lists.map((request) => `${request.region} ${request.query['nextToken'] ?? 'first'}`).sort();
			assert.equal(asked.length, 3, asked.join('\n'));
			assert.equal(new Set(asked).size, 3, asked.join('\n'));
			// The first request of the run (the account's identity from STS, then the lists) left before the first frame.
			const first = fixture.emulator.requests.slice(before).sort((a, b) => a.at - b.at)[0]!;
			assert.ok(
				first.at <= firstFrameSeenAt,
				`${first.operation} asked for ${first.at - firstFrameSeenAt} ms after the first frame`,
			);
			term.write('q');
			assert.equal((await term.waitForExit()).exitCode, 0);
		} finally {
			fixture.emulator.setLatency(0);
			term.kill();
		}
	});
});
