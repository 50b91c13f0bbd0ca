// Fault matrix, the demo's temporary credential files: gone on every exit path (q, Ctrl-C, SIGINT
// from outside, SIGTERM, SIGHUP as when the terminal is closed).
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {startTerm, type Term} from '../helpers/term.js';

const root = mkdtempSync(join(tmpdir(), 'connectui-faults-demo-'));
after(() => rmSync(root, {recursive: true, force: true}));
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
