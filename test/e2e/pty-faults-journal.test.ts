// Fault matrix, the journal: the built CLI in a pseudo-terminal against the emulator, which holds
// the mutation open (it never answers); the app is then killed (SIGKILL), hung up on (SIGHUP, an SSH
// drop) or quit (Ctrl-C). `connectui journal` must still show what was sent.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {appendFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {demoSeed} from '../../source/emulator/index.js';
import {emulatorFixture} from '../helpers/pty-fixture.js';
import {CLI, cleanEnv, startTerm, type Term} from '../helpers/term.js';

const fixture = emulatorFixture({seed: demoSeed(), prefix: 'connectui-faults-journal-'});

function journal(env: NodeJS.ProcessEnv): {status: number | null; stdout: string; stderr: string} {
	return spawnSync(process.execPath, [CLI, 'journal'], {env: cleanEnv(env), encoding: 'utf8'});
}

/** Opens acme-sales-us, toggles CONTACT_LENS and applies; returns once the emulator holds the request. */
async function applyIntoHang(term: Term): Promise<void> {
	await term.waitFor(/us-east-1 14 /);
	term.write('/sales-us\r\r');
	await term.waitFor('CONTACT_LENS');
	term.write('a');
	await term.waitFor('Space toggle');
	await term.moveTo('CONTACT_LENS');
	term.write(' ');
	await term.waitFor(/CONTACT_LENS\s+(off → on|on → off)/);
	term.write('s');
	await term.waitFor('Review');
	term.write('y');
	for (let i = 0; i < 400; i++) {
		if (fixture.emulator.requests.some((request) => request.operation === 'UpdateInstanceAttribute')) return;
		await new Promise((resolve) => setTimeout(resolve, 25));
	}

	throw new Error(`the update never reached the emulator; the screen:\n${term.screen()}`);
}

describe('fault matrix: the journal', () => {
	for (const [how, end] of [
		['SIGKILL', (term: Term) => term.kill('SIGKILL')],
		['SIGHUP (the SSH session dropped)', (term: Term) => term.kill('SIGHUP')],
		['Ctrl-C', (term: Term) => term.write('\u0003')],
	] as const) {
		it(`${how} while the update is in flight: the journal shows the intent, outcome unknown`, async () => {
			fixture.emulator.clearFaults();
			fixture.emulator.requests.length = 0;
			fixture.emulator.inject({kind: 'hang', operation: 'UpdateInstanceAttribute'});
			const env = fixture.freshEnv();
			const term = startTerm({args: ['--profile', 'contact-prod', '--region', 'us-east-1'], env});
			try {
				await applyIntoHang(term);
				end(term);
				await term.waitForExit();
			} finally {
				term.kill();
				fixture.emulator.clearFaults();
			}

			const {status, stdout} = journal(env);
			assert.equal(status, 0);
			assert.match(
				stdout,
				/contact-prod {2}\d{12} {2}us-east-1 {2}arn:aws:connect:\S+ {2}UpdateInstanceAttribute {2}CONTACT_LENS "(true|false)" → unknown {2}outcome unknown: check the instance/,
			);
		});
	}

	it('a damaged journal tail does not swallow the next apply; the damaged line is counted', async () => {
		fixture.emulator.clearFaults();
		const env = fixture.freshEnv();
		const data = join(env['CONNECTUI_HOME']!, 'data');
		mkdirSync(data, {recursive: true});
		appendFileSync(join(data, 'journal.jsonl'), '{"type":"intent","id":"cut-sho');
		const term = startTerm({args: ['--profile', 'contact-prod', '--region', 'us-east-1'], env});
		try {
			await term.waitFor(/us-east-1 14 /);
			term.write('/sales-us\r\r');
			await term.waitFor('CONTACT_LENS');
			term.write('a');
			await term.waitFor('Space toggle');
			await term.moveTo('CONTACT_LENS');
			term.write(' s');
			await term.waitFor('Review');
			term.write('y');
			await term.waitFor('AWS now holds');
			term.write('\u0003');
			await term.waitForExit();
		} finally {
			term.kill();
		}

		const {status, stdout, stderr} = journal(env);
		assert.equal(status, 0);
		assert.match(stdout, /UpdateInstanceAttribute {2}CONTACT_LENS "(true|false)" → "(true|false)" {2}ok/);
		assert.match(stderr, /1 unreadable line in .*journal\.jsonl skipped/);
	});

	it('a journal that cannot be read is exit 1 with the reason, never "no changes"', () => {
		const env = fixture.freshEnv();
		mkdirSync(join(env['CONNECTUI_HOME']!, 'data', 'journal.jsonl'), {recursive: true});
		const {status, stdout, stderr} = journal(env);
		assert.equal(status, 1);
		assert.equal(stdout, '');
		assert.match(stderr, /cannot read the journal .*journal\.jsonl \(it is a directory\)/);
	});

	it('a journal that cannot be written: nothing is sent, and the screen says why', async () => {
		fixture.emulator.clearFaults();
		fixture.emulator.requests.length = 0;
		const env = fixture.freshEnv();
		mkdirSync(join(env['CONNECTUI_HOME']!, 'data', 'journal.jsonl'), {recursive: true});
		const term = startTerm({args: ['--profile', 'contact-prod', '--region', 'us-east-1'], env, columns: 120});
		try {
			await term.waitFor(/us-east-1 14 /);
			term.write('/sales-us\r\r');
			await term.waitFor('CONTACT_LENS');
			term.write('a');
			await term.waitFor('Space toggle');
			await term.moveTo('CONTACT_LENS');
			term.write(' s');
			await term.waitFor('Review');
			term.write('y');
			const screen = await term.waitFor('nothing went through');
			assert.match(screen, /cannot write the journal/);
			assert.ok(!fixture.emulator.requests.some((request) => request.operation === 'UpdateInstanceAttribute'));
		} finally {
			term.kill();
		}
	});
});
