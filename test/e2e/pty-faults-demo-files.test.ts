// Fault matrix, the demo's temporary credential files: gone on every exit path (q, Ctrl-C, SIGINT
// from outside, SIGTERM, SIGHUP as when the terminal is closed).
import assert from 'node:assert/strict';
import {mkdirSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {tempHome} from '../helpers/pty-fixture.js';
import {startTerm, type Term} from '../helpers/term.js';

const root = tempHome('connectui-faults-demo-');
let runs = 0;

describe('fault matrix: demo temp files', () => {
	for (const [how, end] of [
		['q', (term: Term) => term.write('q')],
		['Ctrl-C', (term: Term) => term.write('\u0003')],
		['SIGINT', (term: Term) => term.kill('SIGINT')],
		['SIGTERM', (term: Term) => term.kill('SIGTERM')],
		['SIGHUP (the terminal closed)', (term: Term) => term.kill('SIGHUP')],
	] as const) {
		it(`${how}: the demo's credential files are removed`, async () => {
			const temp = join(root, `tmp-${++runs}`);
			mkdirSync(temp);
			const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: join(root, 'home'), TMPDIR: temp}});
			try {
				await term.waitFor(/ 25 instances/);
				assert.equal(readdirSync(temp).filter((name) => name.startsWith('connectui-demo-')).length, 1);
				end(term);
				await term.waitForExit();
			} finally {
				term.kill();
			}

			assert.deepEqual(
				readdirSync(temp).filter((name) => name.startsWith('connectui-demo-')),
				[],
			);
		});
	}
});
