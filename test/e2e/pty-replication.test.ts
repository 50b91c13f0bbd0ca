// Replication at a glance: in the demo estate, each side of a global resiliency pair says which it is,
// and a failed replica shows in the list, in the error colour.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tempHome} from '../helpers/pty-fixture.js';
import {startTerm, type Term} from '../helpers/term.js';

const home = tempHome();

/** The screen row that contains `text`, with the foreground colour of the cell where `marker` starts. */
function rowWith(term: Term, text: RegExp, marker: string): {line: string; colored: boolean} {
	const buffer = term.terminal.buffer.active;
	for (let y = 0; y < term.terminal.rows; y++) {
		const line = buffer.getLine(buffer.viewportY + y);
		const string = line?.translateToString(true) ?? '';
		if (!text.test(string)) continue;
		const x = string.indexOf(marker);
		assert.ok(x >= 0, `no ${marker} in: ${string}`);
		const cell = line!.getCell(x)!;
		return {line: string, colored: !cell.isFgDefault()};
	}

	return assert.fail(`no row matches ${String(text)}:\n${term.screen()}`);
}

describe('replication marker in the list', () => {
	it('marks the source (→ the replica region) and the replica (← the source region); a failed replica is red', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 120, rows: 32});
		try {
			const screen = await term.waitFor(
				/acme-claims-intake .*→us-west-2 ✗[\s\S]*acme-support-us +290e64cb us-east-1 .*→us-west-2\n.*acme-support-us +290e64cb us-west-2 .*←us-east-1/,
			);
			assert.match(screen, /ALIAS .* REPLICA/);
			assert.match(screen, /acme-sales-eu .* eu-central-1 .*→eu-west-2\n.*acme-sales-eu .* eu-west-2 .*←eu-central-1/);
			// Instances that are not replicated have no marker.
			assert.match(screen, /acme-billing .* \d{4}-\d\d-\d\d\n/);
			assert.equal(rowWith(term, /acme-claims-intake/, '→us-west-2 ✗').colored, true);
			assert.equal(rowWith(term, /acme-support-us +\S+ us-east-1/, '→us-west-2').colored, false);
		} finally {
			term.kill();
		}
	});
});
