// The commands for scripts with --sso-session and --org-role (against the demo's own organization of
// 36 accounts): the same accounts as the app, accounts without the role named once on stderr, opt-in
// regions an account has not enabled quiet and not a failure (exit 0).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
let home: string;

type Run = {code: number; stdout: string; stderr: string};

async function run(args: readonly string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[CLI, ...args],
			{env: {...process.env, CI: undefined, CONNECTUI_HOME: home}, maxBuffer: 16 * 1024 * 1024, timeout: 90_000},
			(error, stdout, stderr) => {
				resolve({code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr});
			},
		);
	});
}

before(() => {
	home = mkdtempSync(join(tmpdir(), 'connectui-scripts-accounts-'));
});
after(() => rmSync(home, {recursive: true, force: true}));

describe('commands for scripts with accounts', () => {
	it('list --sso-session: every account with the role, by name and id; the one without named; opt-in quiet', async () => {
		const result = await run([
			'list',
			'--demo',
			'--sso-session',
			'demo',
			'--sso-role',
			'ConnectAdmin',
			'--region',
			'us-east-1,af-south-1',
			'--output',
			'json',
		]);
		assert.equal(result.code, 0, result.stderr);
		const rows = JSON.parse(result.stdout) as Array<{Profile: string; AccountId: string; Region: string}>;
		assert.equal(rows.length, 35);
		assert.equal(new Set(rows.map((row) => row.AccountId)).size, 35);
		assert.ok(rows.every((row) => /^contact-center-\d{4}$/.test(row.Profile) && /^\d{12}$/.test(row.AccountId)));
		// Only the account without the role, once; af-south-1 (not enabled in most accounts) says nothing.
		assert.deepEqual(result.stderr.trim().split('\n'), [
			'connectui: Not shown: contact-center-0036 100000000035 (no role ConnectAdmin in this account (only Billing))',
		]);
	});

	it('list --org-role: the ACTIVE accounts assumed into; where the role is missing, that pair fails (exit 3)', async () => {
		const result = await run([
			'list',
			'--demo',
			'--org-role',
			'ConnectAdmin',
			'--region',
			'us-east-1',
			'--output',
			'json',
		]);
		assert.equal(result.code, 3);
		assert.equal((JSON.parse(result.stdout) as unknown[]).length, 35);
		const lines = result.stderr.trim().split('\n');
		// Accounts that are not ACTIVE are never assumed into: named once, with their state.
		assert.deepEqual(
			lines.filter((line) => line.startsWith('connectui: ')),
			[
				'connectui: Not shown: closed-sandbox 999999999981 (suspended), leaving-subsidiary 999999999982 (pending closure)',
			],
		);
		const failures = lines.filter((line) => !line.startsWith('connectui: '));
		assert.deepEqual(failures.map((line) => line.split(':')[0]).sort(), [
			'contact-center-0036/us-east-1',
			'management/us-east-1',
		]);
		assert.ok(
			failures.every((line) => / AccessDenied: /.test(line)),
			result.stderr,
		);
	});
});
