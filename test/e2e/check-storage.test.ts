// `connectui check` with a storage rule, through the built CLI, the real SDK and the emulator: which
// instances record calls without a KMS key, in one command.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {DEMO_PROFILES, demoSeed, startEmulator, type Emulator} from '../../source/emulator/index.js';
import {awsTestEnv, writeAwsFiles} from '../helpers/aws-files.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
let emulator: Emulator;
let dir: string;
let env: NodeJS.ProcessEnv;

before(async () => {
	emulator = await startEmulator({seed: demoSeed()});
	dir = mkdtempSync(join(tmpdir(), 'connectui-check-storage-'));
	env = awsTestEnv(writeAwsFiles(dir), emulator.url, join(dir, 'home'));
});
after(async () => {
	await emulator.close();
	rmSync(dir, {recursive: true, force: true});
});

async function run(args: readonly string[]): Promise<{code: number; stdout: string; stderr: string}> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[CLI, ...args],
			{env: {...process.env, CI: undefined, ...env}, timeout: 90_000},
			(error, stdout, stderr) => {
				resolve({code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr});
			},
		);
	});
}

describe('connectui check with storage rules', () => {
	it('lists the instances whose call recordings are not encrypted or not configured, one call per named type', async () => {
		const file = join(dir, 'storage.yaml');
		writeFileSync(file, 'rules:\n  - where: "status:active"\n    storage: {CALL_RECORDINGS: encrypted}\n');
		const mark = emulator.requests.length;
		const selection = [
			'--profile',
			DEMO_PROFILES.map((p) => p.profile).join(','),
			'--region',
			'us-east-1,ap-southeast-2',
		];
		const result = await run(['check', '--baseline', file, ...selection, '--output', 'json']);
		assert.equal(result.code, 1, result.stderr);
		const records = JSON.parse(result.stdout) as Array<{InstanceAlias: string; Drift: Array<Record<string, unknown>>}>;
		assert.deepEqual(records.map((record) => [record.InstanceAlias, record.Drift]).sort(), [
			['acme-billing', [{Kind: 'storage', Name: 'CALL_RECORDINGS', Want: 'encrypted', Have: 'not encrypted'}]],
			['acme-chat-pilot-au', [{Kind: 'storage', Name: 'CALL_RECORDINGS', Want: 'encrypted', Have: 'not configured'}]],
			['acme-ivr-lab', [{Kind: 'storage', Name: 'CALL_RECORDINGS', Want: 'encrypted', Have: 'not configured'}]],
			['acme-support-au-dev', [{Kind: 'storage', Name: 'CALL_RECORDINGS', Want: 'encrypted', Have: 'not encrypted'}]],
		]);
		const storageCalls = emulator.requests
			.slice(mark)
			.filter((request) => request.operation === 'ListInstanceStorageConfigs');
		assert.ok(storageCalls.length > 0);
		assert.ok(
			storageCalls.every((request) => request.query['resourceType'] === 'CALL_RECORDINGS'),
			'only the named type',
		);
		const table = await run(['check', '--baseline', file, ...selection]);
		assert.match(
			table.stdout,
			/acme-billing\s+contact-prod\/us-east-1\s+storage CALL_RECORDINGS\s+encrypted\s+not encrypted/,
		);
	});
});
