// The built CLI in a real pseudo-terminal, in demo mode: what a person sees and presses.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tempHome} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const home = tempHome('connectui-pty-');

describe('connectui --demo in a terminal', () => {
	it('lists the estate, opens an instance, filters with keys typed ahead, and q exits 0', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 100, rows: 30});
		try {
			await term.waitFor('acme-support-us');
			// A failing pair shows its AWS error code and never hides the others.
			await term.waitFor('AccessDeniedException');
			const list = await term.waitFor(/contact-prod\/us-east-1 14/);
			assert.match(list, /acme-billing/);

			// Keys typed ahead arrive in one read: `/claims` opens the filter and types `claims`.
			term.write('/claims');
			const filtered = await term.waitFor('1 of');
			assert.match(filtered, /acme-claims-intake/);
			assert.doesNotMatch(filtered, /acme-billing/);
			term.write('\r');
			term.write('\r');
			const detail = await term.waitFor('Global sign-in');
			assert.match(detail, /us-west-2\s+replication failed/);
			assert.match(detail, /Access URL\s+https:\/\/acme-claims-intake\.my\.connect\.aws/);

			term.write('q');
			await term.waitFor('Enter open');
			term.write('q');
			const {exitCode} = await term.waitForExit();
			assert.equal(exitCode, 0);
		} finally {
			term.kill();
		}
	});

	it('shows hostile strings from AWS inert', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 100, rows: 30});
		try {
			await term.waitFor('acme-support-us');
			term.write('/red-alert');
			const screen = await term.waitFor('␛[31mred-alert');
			assert.doesNotMatch(term.output(), /\u001B\[31mred-alert/);
			assert.ok(screen.includes('␛'));
		} finally {
			term.kill();
		}
	});
});
