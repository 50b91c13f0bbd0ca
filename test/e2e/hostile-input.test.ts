// Hostile strings from AWS through the list and the detail view of the built CLI in a pseudo-terminal:
// nothing raw reaches the terminal and the table stays aligned (wide CJK and emoji included).
// Broken answers from the endpoint (an HTML page from a proxy) become an error line, never a crash.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import type {Seed, SeedInstance} from '../../source/emulator/index.js';
import {emulatorFixture} from '../helpers/pty-fixture.js';
import {cellRows, startTerm, type Term} from '../helpers/term.js';

const ACCESS_KEY = 'AKIAHOSTILE000EXAMPLE';
const SECRET = 'hostileSecret/K7MDENG+bPxRfiCYEXAMPLEKEY';
const COLUMNS = 100;

/** Payloads, each with a marker so the test can tell the app's own escape sequences from AWS data. */
const corpus = {
	csi: '\u001B[2J\u001B[38;5;196mPWNCSI',
	osc: '\u001B]0;PWNTITLE\u0007',
	osc8: '\u001B]8;;https://evil.example\u001B\\PWNLINK\u001B]8;;\u001B\\',
	dcs: '\u001BPq#0;2;0;0;0PWNDCS\u001B\\',
	c1: '\u009B31mPWNC1',
	bidi: '\u202EPWNBIDI\u202C\u2066x\u2069',
	zeroWidth: 'zero\u200Bwidth\u200D\uFEFF',
	combining: 'e\u0301\u0301\u0301\u0301combining',
	controls: 'back\bspace\rreturn\u0007bell\u0000nul',
	cjk: '東京コールセンター',
	emoji: '📞📟🎧',
	// Joined emoji and flags: terminals disagree on their width (xterm.js and tmux add up the code
	// points, grapheme-aware terminals do not), so their rows are left out of the alignment check below.
	emojiSequence: '👩‍💻🇯🇵',
	loneSurrogate: 'broken\uD800utf16\uDC00',
	long: `long-${'x'.repeat(10_240)}`,
};

function hostile(index: number, alias: string, extra: Partial<SeedInstance> = {}): SeedInstance {
	return {
		id: `0000000${index}-1111-2222-3333-444444444444`.slice(-36),
		alias,
		status: 'CREATION_FAILED',
		statusReason: `${corpus.csi} ${corpus.osc} ${corpus.bidi} ${corpus.long}`,
		identityManagementType: 'CONNECT_MANAGED',
		createdTime: '2024-01-01T00:00:00Z',
		inboundCalls: true,
		outboundCalls: false,
		tags: {
			[`key-${corpus.osc8}`]: corpus.dcs,
			[corpus.cjk]: corpus.emoji,
			Long: corpus.long,
			Controls: corpus.controls,
		},
		...extra,
	};
}

const aliases = Object.entries(corpus).map(([name, payload]) => `a-${name}-${payload}`);
const seed: Seed = {
	accounts: [
		{
			accountId: '123456789012',
			accessKeyIds: [ACCESS_KEY],
			secretAccessKeys: {[ACCESS_KEY]: SECRET},
			regions: {'us-east-1': aliases.map((alias, index) => hostile(index, alias))},
		},
	],
	// An HTML error page from a proxy instead of JSON, in another region.
	faults: [{kind: 'malformed', region: 'eu-west-2'}],
};

const fixture = emulatorFixture({
	seed,
	prefix: 'connectui-hostile-',
	files: (dir) => {
		const files = {config: join(dir, 'config'), credentials: join(dir, 'credentials')};
		writeFileSync(files.config, '[profile hostile]\nregion = us-east-1\n');
		writeFileSync(
			files.credentials,
			`[hostile]\naws_access_key_id = ${ACCESS_KEY}\naws_secret_access_key = ${SECRET}\n`,
		);
		return files;
	},
});

function start(): Term {
	return startTerm({
		args: ['--endpoint-url', fixture.emulator.url, '--profile', 'hostile', '--region', 'us-east-1,eu-west-2'],
		env: fixture.env,

		columns: COLUMNS,
		rows: 30,
	});
}

/** Nothing from the corpus reached the terminal raw (the markers only ever appear made visible). */
function assertInert(output: string): void {
	assert.doesNotMatch(output, /\u001B\[[\d;]*mPWNCSI/, 'a colour sequence from AWS reached the terminal');
	assert.ok(!output.includes('\u001B[2J\u001B[38;5;196m'), 'a clear-screen from AWS reached the terminal');
	assert.ok(!output.includes('\u001B]0;PWNTITLE'), 'an OSC title sequence reached the terminal');
	assert.ok(!output.includes('\u001B]8;;https://evil'), 'an OSC 8 hyperlink reached the terminal');
	assert.ok(!output.includes('\u001BPq'), 'a DCS sequence reached the terminal');
	assert.ok(!output.includes('\u009B'), 'a C1 CSI reached the terminal');
	for (const invisible of ['\u202E', '\u2066', '\u2069', '\u200B', '\uFEFF', '\u0000', '\u0008']) {
		assert.ok(!output.includes(invisible), `U+${invisible.codePointAt(0)!.toString(16)} reached the terminal`);
	}

	assert.ok(
		!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(output),
		'a lone surrogate reached the terminal',
	);
}

describe('hostile strings from AWS', () => {
	it('the list shows every one inert, aligned in its columns, with a malformed region as an error line', async () => {
		const term = start();
		try {
			await term.waitFor('MalformedResponse');
			await term.waitFor(new RegExp(`us-east-1 ${aliases.length}\\b`));
			const screen = await term.waitFor('a-cjk-');
			assert.match(screen, /␛/, 'escape characters are shown as ␛');
			assertInert(term.output());

			const rows = cellRows(term);
			const header = rows.findIndex((row) => /ALIAS\s+ID\s+REGION/.test(row));
			assert.ok(header >= 0, 'no table header');
			const regionColumn = rows[header]!.indexOf('REGION');
			const statusColumn = rows[header]!.indexOf('STATUS');
			const tableRows = rows.slice(header + 1).filter((row) => row.includes('us-east-1'));
			assert.ok(tableRows.length >= 10, `only ${tableRows.length} rows on screen`);
			for (const row of tableRows.filter((line) => !line.includes('a-emojiSequence'))) {
				assert.equal(row.indexOf('us-east-1'), regionColumn, `region out of its column:\n${row}`);
				assert.equal(row.indexOf('failed'), statusColumn, `status out of its column:\n${row}`);
			}

			// The xterm screen never wrapped a row: the footer is still on the last line.
			assert.match(rows.at(-1)!, /Enter open/);
		} finally {
			term.kill();
		}
	});

	/** PgDn until the text is on screen (at most 20 pages). */
	async function pageDownUntil(term: ReturnType<typeof start>, text: RegExp): Promise<void> {
		for (let page = 0; page < 20; page++) {
			if (text.test(term.screen())) return;
			term.write('\u001B[6~');
			try {
				await term.waitFor(text, 1000);
				return;
			} catch {
				// Not on this page yet.
			}
		}

		await term.waitFor(text);
	}

	it('the detail view (status reason, tags) shows them inert too, and the app keeps working', async () => {
		const term = start();
		try {
			await term.waitFor(new RegExp(`us-east-1 ${aliases.length}\\b`));
			for (let row = 0; row < aliases.length; row++) {
				term.write('\r');
				await term.waitFor('Access URL');
				// The tags are further down, above the instance settings: page down until they show.
				await pageDownUntil(term, /Long\s+long-xxx/);
				term.write('\u001B');
				await term.waitFor('Enter open');
				term.write('j');
			}

			assertInert(term.output());
			term.write('q');
			assert.equal((await term.waitForExit()).exitCode, 0);
		} finally {
			term.kill();
		}
	});
});
