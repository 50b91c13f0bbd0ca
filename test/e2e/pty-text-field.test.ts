// Text fields in a real terminal: readline keys as the terminal sends them, and a bracketed paste.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tempHome} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const home = tempHome('connectui-pty-');

describe('text fields in a terminal', () => {
	it('the filter edits at the cursor (←, Home, Ctrl-E, Ctrl-U, Ctrl-W) and takes a paste whole', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 100, rows: 30});
		try {
			await term.waitFor(/contact-prod\/us-east-1 14/);
			// `laims`, Home, `c`: the filter reads `claims`.
			term.write('/laims');
			await term.waitFor('/laims');
			term.write('\u001B[H');
			term.write('c');
			const filtered = await term.waitFor(/\/claims\s+1 of/);
			assert.match(filtered, /acme-claims-intake/);
			// Ctrl-E, ← ←, `x`: inserted before `ms`; then Ctrl-E, Ctrl-U empty the field.
			term.write('\u0005\u001B[D\u001B[Dx');
			await term.waitFor('/claixms');
			term.write('\u0005\u0015');
			await term.waitFor(/acme-billing/);
			// A bracketed paste, newline and `q` included, is text in the field: the app does not quit.
			term.write('\u001B[200~billing\nq\u001B[201~');
			const pasted = await term.waitFor('/billing q');
			assert.match(pasted, /0 of/);
			term.write('\u0017\u0017');
			const back = await term.waitFor(/\/\s+\d+ of/);
			assert.match(back, /acme-billing/);
		} finally {
			term.kill();
		}
	});
});
