// Wide characters through the whole app: aliases and tag keys with CJK, emoji, joined emoji, flags,
// skin tones and keycaps, drawn by the built CLI in a pseudo-terminal whose headless xterm uses
// Unicode 11 widths (emoji 2 columns, each code point of a sequence on its own, as xterm, VTE and
// tmux draw them). Every column after them stays where the header puts it.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import type {Seed, SeedInstance} from '../../source/emulator/index.js';
import {emulatorFixture} from '../helpers/pty-fixture.js';
import {cellRows, startTerm} from '../helpers/term.js';

const ACCESS_KEY = 'AKIAWIDECHARS0000000';
const SECRET = 'wide-characters-secret-key-0000000000000';
const SAMPLES = ['東京コール', '📞📟', '👩‍💻', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇯🇵🇩🇪', '👍🏽', '❤️', '1️⃣'];

function instance(index: number, text: string): SeedInstance {
	return {
		id: `0000000${index}-aaaa-bbbb-cccc-dddddddddddd`.slice(-36),
		alias: `w${index}-${text}`,
		status: 'ACTIVE',
		identityManagementType: 'SAML',
		createdTime: '2024-01-01T00:00:00Z',
		inboundCalls: true,
		outboundCalls: true,
		tags: Object.fromEntries(SAMPLES.map((sample, tag) => [`k${tag}-${sample}`, 'value'])),
	};
}

const seed: Seed = {
	accounts: [
		{
			accountId: '123456789012',
			accessKeyIds: [ACCESS_KEY],
			secretAccessKeys: {[ACCESS_KEY]: SECRET},
			regions: {'us-east-1': SAMPLES.map((text, index) => instance(index, text))},
		},
	],
};

const fixture = emulatorFixture({
	seed,
	prefix: 'connectui-wide-',
	files: (dir) => {
		const files = {config: join(dir, 'config'), credentials: join(dir, 'credentials')};
		writeFileSync(files.config, '[profile wide]\nregion = us-east-1\n');
		writeFileSync(files.credentials, `[wide]\naws_access_key_id = ${ACCESS_KEY}\naws_secret_access_key = ${SECRET}\n`);
		return files;
	},
});

describe('wide characters in a terminal', () => {
	it('list rows and tag rows keep their columns with emoji sequences, flags and CJK', async () => {
		const term = startTerm({
			args: ['--profile', 'wide', '--region', 'us-east-1'],
			env: fixture.env,
			columns: 110,
			rows: 60,
			unicode11: true,
		});
		try {
			await term.waitFor(/^(?![\s\S]*loading)[\s\S]*9 instances[\s\S]*w8-/);
			const rows = cellRows(term, {markAstral: true});
			const header = rows.findIndex((row) => /ALIAS\s+ID\s+REGION/.test(row));
			const regionAt = rows[header]!.indexOf('REGION');
			const createdAt = rows[header]!.indexOf('CREATED');
			const table = rows.filter((row) => row.includes('us-east-1') && /w\d-/.test(row));
			assert.equal(table.length, SAMPLES.length);
			for (const row of table) {
				assert.equal(row.indexOf('us-east-1'), regionAt, `region out of its column:\n${row}`);
				assert.equal(row.indexOf('2024-01-01'), createdAt, `created out of its column:\n${row}`);
			}

			// The detail view's tags: every value starts in the same column.
			term.write('\r');
			await term.waitFor(/Tags[\s\S]*k8-/);
			const tagRows = cellRows(term, {markAstral: true}).filter((row) => /k\d-/.test(row));
			assert.equal(tagRows.length, SAMPLES.length);
			const valueAt = new Set(tagRows.map((row) => row.indexOf('"value"')));
			assert.equal(valueAt.size, 1, tagRows.join('\n'));
		} finally {
			term.kill();
		}
	});
});
