// Editing in the built CLI, in a real pseudo-terminal, in demo mode: only the keys in PRODUCT.md,
// a review before, the verified result after, and the demo journal.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {describe, it} from 'node:test';
import {tempHome} from '../helpers/pty-fixture.js';
import {CLI, cleanEnv, startTerm} from '../helpers/term.js';

const home = tempHome('connectui-pty-edit-');

describe('editing in a terminal', () => {
	it('toggles an attribute and edits a tag, reviewed before and read back after; the journal records both', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 100, rows: 30});
		try {
			// Every pair has answered (acme-warranty is on ListInstances' second page).
			await term.waitFor(/ 25 instances/);
			term.write('/warranty\r\r');
			await term.waitFor('CONTACT_LENS');
			term.write('a');
			await term.waitFor('Space toggle');
			await term.moveTo('CONTACT_LENS');
			term.write(' ');
			await term.waitFor(/CONTACT_LENS\s+(off → on|on → off)/);
			term.write('s');
			const review = await term.waitFor('Review');
			assert.match(review, /1 attribute change/);
			term.write('y');
			await term.waitFor('AWS now holds');
			term.write('\u001B');
			await term.waitFor('t tags');
			term.write('t');
			await term.waitFor('of 50');
			term.write('a');
			term.write('Team\tvoice-platform\r');
			await term.waitFor(/\+ ?Team/);
			term.write('s');
			const diff = await term.waitFor('tag change');
			assert.match(diff, /\+ Team = "voice-platform"/);
			term.write('y');
			await term.waitFor(/AWS now holds: Team = "voice-platform"/);
			term.write('\u001B');
			await term.waitFor('t tags');
			term.write('q');
			await term.waitFor('Enter open');
			term.write('q');
			assert.equal((await term.waitForExit()).exitCode, 0);
		} finally {
			term.kill();
		}

		const journal = execFileSync(process.execPath, [CLI, 'journal', '--demo'], {
			env: cleanEnv({CONNECTUI_HOME: home}),
			encoding: 'utf8',
		});
		assert.match(journal, /UpdateInstanceAttribute/);
		assert.match(journal, /CONTACT_LENS/);
		assert.match(journal, /TagResource/);
		assert.match(journal, /voice-platform/);
		const real = execFileSync(process.execPath, [CLI, 'journal'], {
			env: cleanEnv({CONNECTUI_HOME: home}),
			encoding: 'utf8',
		});
		assert.match(real, /No changes have been applied from this machine yet/);
	});

	it('--read-only: the forms open for viewing and nothing can be changed', async () => {
		const term = startTerm({args: ['--demo', '--read-only'], env: {CONNECTUI_HOME: home}, columns: 100, rows: 30});
		try {
			const list = await term.waitFor(/ 25 instances/);
			assert.match(list, /read-only/);
			term.write('/warranty\r\r');
			await term.waitFor('CONTACT_LENS');
			term.write('a');
			const form = await term.waitFor('INBOUND_CALLS');
			assert.doesNotMatch(form, /Space toggle/);
			term.write(' ');
			await term.waitFor('read-only');
			assert.doesNotMatch(term.screen(), /→/);
		} finally {
			term.kill();
		}
	});
});
