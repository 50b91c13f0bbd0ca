// The commands for scripts, run as built (dist/cli.js) against the emulator through the real SDK,
// with real AWS config files; every output parsed with a real parser.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {parse as parseCsv} from 'csv-parse/sync';
import {DEMO_PROFILES, demoSeed, startEmulator, type Emulator, type Seed} from '../../source/emulator/index.js';
import {awsTestEnv, writeAwsFiles} from '../helpers/aws-files.js';
import {startTerm} from '../helpers/term.js';
import {displayWidth} from '../../source/domain/sanitize.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-2', 'ap-southeast-2'];
const SELECTION = ['--profile', 'contact-prod,contact-dev', '--region', REGIONS.join(',')];
/** Quotes, commas and line breaks for CSV; escapes and bidi controls for the table. */
const TRICKY = 'say "hi", then\r\nleave \u001b[2J\u202e=1+1';

let emulator: Emulator;
let dir: string;
let env: NodeJS.ProcessEnv;
let seed: Seed;

type Run = {code: number; stdout: string; stderr: string};

async function run(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[CLI, ...args],
			{env: {...process.env, CI: undefined, ...env, ...extraEnv}, maxBuffer: 16 * 1024 * 1024, timeout: 60_000},
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
				resolve({code, stdout, stderr});
			},
		);
	});
}

/** The instances the emulator holds for the selection, as `profile/region/id`, minus the denied pair. */
function seeded(
	filter: (region: string, instance: Seed['accounts'][number]['regions'][string][number]) => boolean = () => true,
) {
	const keys: string[] = [];
	for (const profile of DEMO_PROFILES) {
		const account = seed.accounts.find((a) => a.accountId === profile.accountId)!;
		for (const region of REGIONS) {
			if (profile.profile === 'contact-dev' && region === 'eu-west-2') continue;
			for (const instance of account.regions[region] ?? []) {
				if (filter(region, instance)) keys.push(`${profile.profile}/${region}/${instance.id}`);
			}
		}
	}
	return keys.sort();
}

type Row = {
	Profile: string;
	Region: string;
	Id: string;
	InstanceAlias: string;
	Tags?: Record<string, string>;
	Attributes?: Record<string, unknown>;
};
const keyOf = (row: Row) => `${row.Profile}/${row.Region}/${row.Id}`;
const DENIED = /^contact-dev\/eu-west-2: AccessDeniedException: .+$/;

before(async () => {
	seed = demoSeed();
	// One more instance whose tag holds what CSV must quote.
	const prod = seed.accounts.find((a) => a.accountId === DEMO_PROFILES[0]!.accountId)!;
	prod.regions['us-west-2']!.push({
		id: '0000aaaa-1111-4222-8333-444455556666',
		alias: 'tricky-csv',
		status: 'ACTIVE',
		identityManagementType: 'CONNECT_MANAGED',
		createdTime: '2025-02-03T04:05:06Z',
		inboundCalls: true,
		outboundCalls: false,
		tags: {'Note, "quoted"': TRICKY, Owner: 'o'},
	});
	emulator = await startEmulator({seed});
	dir = mkdtempSync(join(tmpdir(), 'connectui-scripts-'));
	env = awsTestEnv(writeAwsFiles(dir), emulator.url, join(dir, 'home'));
});

after(async () => {
	await emulator.close();
	rmSync(dir, {recursive: true, force: true});
});

describe('connectui list', () => {
	it('--output json: one array of every instance the emulator holds; the denied pair on stderr, exit 3', async () => {
		const result = await run(['list', ...SELECTION, '--output', 'json']);
		assert.equal(result.code, 3, result.stderr);
		const rows = JSON.parse(result.stdout) as Row[];
		assert.deepEqual(rows.map(keyOf).sort(), seeded());
		assert.deepEqual(result.stderr.trimEnd().split('\n'), [result.stderr.trimEnd()]);
		assert.match(result.stderr.trimEnd(), DENIED);
		const first = rows[0]! as Record<string, unknown>;
		for (const field of [
			'Profile',
			'AccountId',
			'Region',
			'Id',
			'Arn',
			'InstanceAlias',
			'InstanceStatus',
			'IdentityManagementType',
			'CreatedTime',
			'ServiceRole',
			'InboundCallsEnabled',
			'OutboundCallsEnabled',
		]) {
			assert.ok(field in first, `${field} in ${JSON.stringify(first)}`);
		}
		assert.equal(
			rows.find((row) => row.InstanceAlias.startsWith('qa-'))?.InstanceAlias,
			'qa-\u001b[31mred-alert\u001b[0m-\u202etxt.exe',
		);
	});

	it('--output jsonl --with tags: one object a line, hostile tags exactly as AWS holds them', async () => {
		const result = await run(['list', ...SELECTION, '--output', 'jsonl', '--with', 'tags']);
		assert.equal(result.code, 3);
		const lines = result.stdout.trimEnd().split('\n');
		const rows = lines.map((line) => JSON.parse(line) as Row);
		assert.deepEqual(rows.map(keyOf).sort(), seeded());
		const hostile = rows.find((row) => row.InstanceAlias.startsWith('qa-'))!;
		assert.equal(hostile.Tags?.['Note'], '\u202eevil\u202c \u001b[2J\u001b[Hscreen cleared\u0007');
		assert.equal(rows.find((row) => row.InstanceAlias === 'tricky-csv')?.Tags?.['Note, "quoted"'], TRICKY);
		assert.ok(rows.every((row) => row.Attributes === undefined));
	});

	it('--output csv --with attributes,tags: RFC 4180 that a CSV parser reads back exactly', async () => {
		const result = await run(['list', ...SELECTION, '--output', 'csv', '--with', 'attributes,tags']);
		assert.equal(result.code, 3);
		assert.ok(result.stdout.endsWith('\r\n'));
		const records = parseCsv(result.stdout, {columns: true, relax_column_count: false}) as Array<
			Record<string, string>
		>;
		assert.deepEqual(records.map((r) => `${r['Profile']}/${r['Region']}/${r['Id']}`).sort(), seeded());
		const header = Object.keys(records[0]!);
		assert.ok(header.includes('Attributes.CONTACT_LENS'), header.join(','));
		assert.ok(header.includes('Tags.Owner'));
		const tricky = records.find((r) => r['InstanceAlias'] === 'tricky-csv')!;
		assert.equal(tricky['Tags.Note, "quoted"'], TRICKY);
		assert.equal(tricky['OutboundCallsEnabled'], 'false');
		const hostile = records.find((r) => r['InstanceAlias']!.startsWith('qa-'))!;
		assert.equal(hostile['InstanceAlias'], 'qa-\u001b[31mred-alert\u001b[0m-\u202etxt.exe');
		const lens = seeded((_, instance) => instance.attributes?.['CONTACT_LENS'] === 'true');
		assert.deepEqual(
			records
				.filter((r) => r['Attributes.CONTACT_LENS'] === 'true')
				.map((r) => `${r['Profile']}/${r['Region']}/${r['Id']}`)
				.sort(),
			lens,
		);
	});

	it('--output table (piped): every row whole, AWS strings inert', async () => {
		const result = await run(['list', ...SELECTION, '--with', 'tags']);
		assert.equal(result.code, 3);
		assert.doesNotMatch(result.stdout, /[\u0000-\u0009\u000b-\u001f\u202e]/u);
		assert.match(result.stdout, /qa-␛\[31mred-alert␛\[0m-⟨U\+202E⟩txt\.exe/);
		const lines = result.stdout.trimEnd().split('\n');
		assert.equal(lines.length, seeded().length + 1);
		for (const arn of seeded().map((key) => key.split('/')[2]!)) assert.ok(result.stdout.includes(arn), `${arn} whole`);
	});

	it('--output table on a terminal fits its width; --endpoint-url works as the variable does', async () => {
		const term = startTerm({
			args: ['list', ...SELECTION, '--with', 'tags', '--endpoint-url', emulator.url],
			env: {...env, AWS_ENDPOINT_URL_CONNECT: undefined},
			columns: 80,
			rows: 60,
		});
		try {
			const {exitCode} = await term.waitForExit(60_000);
			assert.equal(exitCode, 3);
			const lines = term
				.output()
				.split(/\r?\n/u)
				.filter((line) => line.startsWith('acme-') || line.startsWith('ALIAS'));
			assert.ok(lines.length > 10, term.output());
			for (const line of lines) assert.ok(displayWidth(line) <= 80, line);
			assert.match(term.output(), /…/u);
		} finally {
			term.kill();
		}
	});

	it('--filter selects what it says: attributes, tags, regions, status and negation', async () => {
		const ids = async (filter: string) => {
			const result = await run(['list', ...SELECTION, '--output', 'json', '--filter', filter]);
			return (JSON.parse(result.stdout) as Row[]).map(keyOf).sort();
		};
		assert.deepEqual(
			await ids('attr:contact_lens=on region:us-*'),
			seeded((region, i) => region.startsWith('us-') && i.attributes?.['CONTACT_LENS'] === 'true'),
		);
		assert.deepEqual(
			await ids('-tag:Owner'),
			seeded((_, i) => !('Owner' in (i.tags ?? {}))),
		);
		assert.deepEqual(
			await ids('tag:Environment=production'),
			seeded((_, i) => i.tags?.['Environment'] === 'production'),
		);
		assert.deepEqual(
			await ids('status:failed'),
			seeded((_, i) => i.status === 'CREATION_FAILED'),
		);
		assert.deepEqual(
			await ids('-ACTIVE profile:contact-prod'),
			seeded((_, i) => i.status !== 'ACTIVE').filter((k) => k.startsWith('contact-prod/')),
		);
		const bad = await run(['list', ...SELECTION, '--filter', 'attr:NOPE=on']);
		assert.equal(bad.code, 2);
		assert.match(bad.stderr, /^connectui: --filter: 'attr:NOPE=on': unknown attribute type 'NOPE'\n$/);
		assert.equal(bad.stdout, '');
	});
});

describe('connectui check', () => {
	it('lists every drift as JSON and exits 1; 3 wins over 1 when a pair fails', async () => {
		const file = join(dir, 'baseline.yaml');
		writeFileSync(
			file,
			'rules:\n  - where: "region:us-* tag:Environment=production"\n    attributes: {CONTACT_LENS: on}\n    tags: {required: [Owner]}\n',
		);
		const args = [
			'check',
			'--baseline',
			file,
			'--profile',
			'contact-prod',
			'--region',
			'us-east-1,us-west-2',
			'--output',
			'json',
		];
		const result = await run(args);
		assert.equal(result.code, 1, result.stderr);
		const drifts = JSON.parse(result.stdout) as Array<{
			Arn: string;
			Profile: string;
			Region: string;
			Drift: Array<{Kind: string; Name: string; Want: unknown; Have: unknown}>;
		}>;
		const prod = seed.accounts.find((a) => a.accountId === DEMO_PROFILES[0]!.accountId)!;
		const expected = ['us-east-1', 'us-west-2'].flatMap((region) =>
			(prod.regions[region] ?? [])
				.filter((i) => i.tags?.['Environment'] === 'production' && i.attributes?.['CONTACT_LENS'] !== 'true')
				.map((i) => i.id),
		);
		assert.ok(expected.length > 0, 'the seed has production instances without Contact Lens');
		assert.deepEqual(drifts.map((d) => d.Arn.split('/')[1]).sort(), expected.sort());
		for (const drift of drifts)
			assert.deepEqual(drift.Drift, [{Kind: 'attribute', Name: 'CONTACT_LENS', Want: true, Have: false}]);
		const withDenied = await run(['check', '--baseline', file, ...SELECTION, '--output', 'json']);
		assert.equal(withDenied.code, 3);
		assert.match(withDenied.stderr.trimEnd(), DENIED);
	});

	it('exit 0 without drift; a bad baseline is one line naming the file, line and place, exit 2', async () => {
		const empty = join(dir, 'empty.json');
		writeFileSync(empty, '{"rules": []}');
		const ok = await run(['check', '--baseline', empty, '--profile', 'contact-prod', '--region', 'us-east-1']);
		assert.equal(ok.code, 0, ok.stderr);
		assert.match(ok.stdout, /No drift/);
		const bad = join(dir, 'bad.yaml');
		writeFileSync(bad, 'rules:\n  - attributes:\n      CONTACT_LENZ: on\n');
		const refused = await run(['check', '--baseline', bad, '--profile', 'contact-prod', '--region', 'us-east-1']);
		assert.equal(refused.code, 2);
		assert.equal(refused.stdout, '');
		assert.match(
			refused.stderr,
			/^connectui: baseline .*bad\.yaml:3: rules\[0\]\.attributes\.CONTACT_LENZ: unknown attribute type 'CONTACT_LENZ'.*\n$/,
		);
	});
});

describe('connectui describe, policy, journal and usage', () => {
	it('describe by alias gives the detail fields; an alias in two regions is an error listing both', async () => {
		const result = await run([
			'describe',
			'acme-claims-intake',
			'--profile',
			'contact-prod',
			'--region',
			'us-east-1',
			'--output',
			'json',
		]);
		assert.equal(result.code, 0, result.stderr);
		const record = JSON.parse(result.stdout) as Record<string, unknown>;
		for (const field of ['StatusReason', 'InstanceAccessUrl', 'ReplicationConfiguration', 'Attributes', 'Tags'])
			assert.ok(field in record, field);
		assert.equal((record['ReplicationConfiguration'] as {SourceRegion: string}).SourceRegion, 'us-east-1');
		const twice = await run([
			'describe',
			'acme-support-us',
			'--profile',
			'contact-prod',
			'--region',
			'us-east-1,us-west-2',
		]);
		assert.equal(twice.code, 2, twice.stdout);
		assert.match(
			twice.stderr,
			/'acme-support-us' matches 2 instances: contact-prod\/us-east-1 .*; contact-prod\/us-west-2 /,
		);
	});

	it('policy is IAM JSON; --read-only has no write actions', async () => {
		const full = JSON.parse((await run(['policy'])).stdout) as {Statement: Array<{Action: string[]}>};
		const readOnly = JSON.parse((await run(['policy', '--read-only'])).stdout) as {
			Statement: Array<{Action: string[]}>;
		};
		assert.ok(full.Statement.flatMap((s) => s.Action).includes('connect:UpdateInstanceAttribute'));
		assert.ok(!readOnly.Statement.flatMap((s) => s.Action).includes('connect:UpdateInstanceAttribute'));
	});

	it('journal --output json is an array; usage errors exit 2; each command has its help', async () => {
		assert.deepEqual(JSON.parse((await run(['journal', '--output', 'json', '--since', '24h'])).stdout), []);
		const since = await run(['journal', '--since', 'yesterday']);
		assert.equal(since.code, 2);
		assert.match(since.stderr, /--since takes a duration/);
		const output = await run(['list', '--output', 'xml']);
		assert.equal(output.code, 2);
		assert.match(output.stderr, /^connectui: --output takes table, json, jsonl, csv, not 'xml'/);
		const help = await run(['check', '--help']);
		assert.equal(help.code, 0);
		assert.match(help.stdout, /Usage: connectui check --baseline FILE/);
	});

	it('--demo works with a command', async () => {
		const result = await run([
			'list',
			'--demo',
			'--output',
			'json',
			'--profile',
			'contact-prod',
			'--region',
			'us-east-1',
		]);
		assert.equal(result.code, 0, result.stderr);
		assert.ok((JSON.parse(result.stdout) as Row[]).length > 5);
	});
});
