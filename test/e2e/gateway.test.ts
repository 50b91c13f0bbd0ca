// The AWS layer through the real SDK against the emulator (no SDK mocks).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {promisify} from 'node:util';
import {
	captureProcessWarnings,
	createAwsGateway,
	fetchInventory,
	listProfiles,
	profileInfo,
	profileRegions,
	SDK_ATTRIBUTE_TYPES,
	type AwsConfig,
} from '../../source/aws/index.js';
import {formatDuration} from '../../source/aws/errors.js';
import {ATTRIBUTE_CATALOGUE} from '../../source/domain/attributes.js';
import {AwsError} from '../../source/domain/errors.js';
import type {Target} from '../../source/domain/types.js';
import {DEMO_PROFILES, demoSeed, startEmulator, type Emulator} from '../../source/emulator/index.js';
import {rejects} from '../helpers/aws-error.js';

const execFileAsync = promisify(execFile);
const [prod, dev] = DEMO_PROFILES;
const seed = demoSeed();
const prodAccount = seed.accounts.find((account) => account.accountId === prod!.accountId)!;
const prodRegions = ['us-east-1', 'us-west-2', 'eu-central-1'];
const countIn = (region: string) => prodAccount.regions[region]?.length ?? 0;
const t = (region: string, profile = prod!.profile): Target => ({profile, region});

/** Demo credentials by profile, as --demo supplies them. */
const demoCredentials: AwsConfig['credentialsFor'] = (profile) => async () => {
	const demo = DEMO_PROFILES.find((p) => p.profile === profile);
	if (!demo) throw new AwsError('CredentialsError', `no demo profile ${profile}`);
	return {accessKeyId: demo.accessKeyId, secretAccessKey: demo.secretAccessKey};
};

let emulator: Emulator;
let dir: string;
const gateways: Array<{dispose(): void}> = [];

function gateway(config: AwsConfig = {}) {
	const created = createAwsGateway({endpointUrl: emulator.url, credentialsFor: demoCredentials, ...config});
	gateways.push(created);
	return created;
}

before(async () => {
	emulator = await startEmulator({seed});
	dir = mkdtempSync(join(tmpdir(), 'connectui-aws-'));
});

after(async () => {
	for (const created of gateways) created.dispose();
	await emulator.close();
	rmSync(dir, {recursive: true, force: true});
});

describe('listing instances', () => {
	it('fans out over three regions, paginating with 10 per page and calling onPage per page', async () => {
		const pages = new Map<string, number[]>();
		const result = await fetchInventory(
			gateway(),
			prodRegions.map((region) => t(region)),
			{
				onPage(target, page) {
					pages.set(target.region, [...(pages.get(target.region) ?? []), page.length]);
				},
			},
		);
		assert.deepEqual(result.failures, []);
		assert.ok(countIn('us-east-1') > 10 && countIn('us-east-1') <= 20, 'the demo seed has two pages in us-east-1');
		assert.deepEqual(pages.get('us-east-1'), [10, countIn('us-east-1') - 10]);
		for (const region of prodRegions) {
			assert.equal(result.instances.filter((i) => i.region === region).length, countIn(region), region);
		}

		const listCalls = emulator.requests.filter((r) => r.operation === 'ListInstances' && r.region === 'us-east-1');
		assert.ok(listCalls.some((r) => r.query['maxResults'] === '10'));

		const first = result.instances.find((i) => i.region === 'us-east-1' && i.alias === 'acme-support-us')!;
		assert.equal(first.profile, prod!.profile);
		assert.match(first.arn, /^arn:aws:connect:us-east-1:111122223333:instance\//);
		assert.equal(first.createdTime, '2021-03-15T14:02:11.000Z');
		assert.equal(typeof first.inboundCalls, 'boolean');
	});

	it('a denied region is an AccessDeniedException while the other regions still answer', async () => {
		const remove = emulator.inject({kind: 'deny', region: 'eu-central-1', operation: 'ListInstances'});
		try {
			const errors: Array<[string, AwsError]> = [];
			const done: Record<string, number> = {};
			await fetchInventory(
				gateway(),
				prodRegions.map((region) => t(region)),
				{
					onPairError: (target, error) => errors.push([target.region, error]),
					onPairDone: (target, count) => (done[target.region] = count),
				},
			);
			assert.equal(errors.length, 1);
			const [region, error] = errors[0]!;
			assert.equal(region, 'eu-central-1');
			assert.equal(error.code, 'AccessDeniedException');
			assert.equal(error.httpStatus, 403);
			assert.ok(error.message.length > 0);
			assert.deepEqual(done, {'us-east-1': countIn('us-east-1'), 'us-west-2': countIn('us-west-2')});
		} finally {
			remove();
		}
	});

	it('throttling is retried by the SDK and ends in data', async () => {
		const before = emulator.requests.length;
		const remove = emulator.inject({kind: 'throttle', operation: 'ListInstances', region: 'us-west-2', times: 2});
		try {
			const instances = await gateway().listInstances(t('us-west-2'));
			assert.equal(instances.length, countIn('us-west-2'));
			const statuses = emulator.requests.slice(before).map((r) => r.status);
			assert.deepEqual(statuses, [429, 429, 200]);
		} finally {
			remove();
		}
	});

	it('a hanging request becomes a TimeoutError: the deadline bounds the whole call and says how many attempts', async () => {
		const remove = emulator.inject({kind: 'hang', operation: 'ListInstances', region: 'us-east-1'});
		try {
			const error = await rejects(gateway({requestTimeoutMs: 250, maxAttempts: 3}).listInstances(t('us-east-1')));
			assert.equal(error.code, 'TimeoutError');
			assert.match(error.message, /timed out after 250 ms \(1 attempt\)$/);
		} finally {
			remove();
		}
	});

	it('aborting a call rejects with AbortError', async () => {
		const remove = emulator.inject({kind: 'hang', operation: 'ListInstances', region: 'us-east-1'});
		try {
			const controller = new AbortController();
			const listing = gateway().listInstances(t('us-east-1'), {signal: controller.signal});
			await new Promise((resolve) => setImmediate(resolve));
			controller.abort();
			assert.equal((await rejects(listing)).code, 'AbortError');
			assert.equal(
				(await rejects(gateway().listInstances(t('us-east-1'), {signal: controller.signal}))).code,
				'AbortError',
			);
		} finally {
			remove();
		}
	});

	it('timeouts read in seconds from one second on', () => {
		assert.equal(formatDuration(15_000), '15 s');
		assert.equal(formatDuration(2500), '2.5 s');
		assert.equal(formatDuration(250), '250 ms');
	});

	it('a response that is not JSON becomes MalformedResponse', async () => {
		const remove = emulator.inject({kind: 'malformed', operation: 'ListInstances', region: 'us-east-1'});
		try {
			const error = await rejects(gateway({maxAttempts: 1}).listInstances(t('us-east-1')));
			assert.equal(error.code, 'MalformedResponse');
			assert.match(error.message, /not Amazon Connect JSON/);
			assert.doesNotMatch(error.message, /\$response|Deserialization error/);
		} finally {
			remove();
		}
	});

	it('a refused connection is a readable NetworkError', async () => {
		const server = createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const {port} = server.address() as {port: number};
		await new Promise((resolve) => server.close(resolve));
		const error = await rejects(
			gateway({endpointUrl: `http://127.0.0.1:${port}`, maxAttempts: 1}).listInstances(t('us-east-1')),
		);
		assert.equal(error.code, 'NetworkError');
		assert.equal(error.message, `Cannot reach 127.0.0.1:${port}: connection refused`);
	});
});

describe('instance detail, attributes and tags', () => {
	const region = 'us-east-1';
	const instances = prodAccount.regions[region]!;
	const replicated = instances.find((i) => i.replication)!;
	const failed = Object.entries(prodAccount.regions)
		.flatMap(([r, list]) => list.map((i) => ({region: r, instance: i})))
		.find(({instance}) => instance.statusReason)!;

	it('DescribeInstance maps replication, tags and the status reason', async () => {
		const gw = gateway();
		const detail = await gw.describeInstance(t(region), replicated.id);
		assert.equal(detail.id, replicated.id);
		assert.equal(detail.alias, replicated.alias);
		assert.deepEqual(detail.tags, replicated.tags ?? {});
		assert.equal(detail.replication?.sourceRegion, replicated.replication!.sourceRegion);
		assert.equal(detail.replication?.globalSignInEndpoint, replicated.replication!.globalSignInEndpoint);
		assert.deepEqual(
			detail.replication?.regions.map((r) => [r.region, r.status]),
			replicated.replication!.regions.map((r) => [r.region, r.status]),
		);

		const broken = await gw.describeInstance(t(failed.region), failed.instance.id);
		assert.equal(broken.status, failed.instance.status);
		assert.equal(broken.statusReason, failed.instance.statusReason);
	});

	it('lists, reads and updates attributes', async () => {
		const gw = gateway();
		const target = t(region);
		const id = instances[1]!.id;
		const attributes = await gw.listInstanceAttributes(target, id);
		assert.ok(attributes.length > 10, 'every attribute type, across pages');
		assert.ok(attributes.every((a) => SDK_ATTRIBUTE_TYPES.includes(a.type)));
		const before = attributes.find((a) => a.type === 'CONTACT_LENS')!;
		const flipped = before.value === 'true' ? 'false' : 'true';
		await gw.updateInstanceAttribute(target, id, 'CONTACT_LENS', flipped);
		assert.deepEqual(await gw.describeInstanceAttribute(target, id, 'CONTACT_LENS'), {
			type: 'CONTACT_LENS',
			value: flipped,
		});
		assert.equal(emulator.attributesOf(prod!.accountId, region, id)?.['CONTACT_LENS'], flipped);
	});

	it('tags and untags only what it is told', async () => {
		const gw = gateway();
		const target = t(region);
		const arn = (await gw.describeInstance(target, instances[2]!.id)).arn;
		const original = await gw.listTags(target, arn);
		await gw.tagResource(target, arn, {Team: 'voice', 'Cost Center': 'CC-1'});
		await gw.untagResource(target, arn, ['Team']);
		assert.deepEqual(await gw.listTags(target, arn), {...original, 'Cost Center': 'CC-1'});
		assert.deepEqual(emulator.tagsOf(arn), {...original, 'Cost Center': 'CC-1'});
	});

	it('SDK_ATTRIBUTE_TYPES lists what the SDK knows', () => {
		assert.ok(SDK_ATTRIBUTE_TYPES.includes('CONTACT_LENS'));
		assert.ok(SDK_ATTRIBUTE_TYPES.includes('INBOUND_CALLS'));
		assert.equal(new Set(SDK_ATTRIBUTE_TYPES).size, SDK_ATTRIBUTE_TYPES.length);
	});

	it('the attribute catalogue covers every attribute type the SDK knows, and nothing else', () => {
		assert.deepEqual(ATTRIBUTE_CATALOGUE.map((info) => info.type).sort(), [...SDK_ATTRIBUTE_TYPES].sort());
	});
});

describe('endpoint override', () => {
	it('AWS_ENDPOINT_URL_CONNECT wins over AWS_ENDPOINT_URL; --endpoint-url wins over both', async () => {
		const dead = 'http://127.0.0.1:9';
		const only = await gateway({endpointUrl: undefined, env: {AWS_ENDPOINT_URL: emulator.url}}).listInstances(
			t('us-west-2'),
		);
		assert.equal(only.length, countIn('us-west-2'));
		const specific = await gateway({
			endpointUrl: undefined,
			env: {AWS_ENDPOINT_URL: dead, AWS_ENDPOINT_URL_CONNECT: emulator.url},
		}).listInstances(t('us-west-2'));
		assert.equal(specific.length, countIn('us-west-2'));
		const flag = await gateway({
			endpointUrl: emulator.url,
			env: {AWS_ENDPOINT_URL: dead, AWS_ENDPOINT_URL_CONNECT: dead},
		}).listInstances(t('us-west-2'));
		assert.equal(flag.length, countIn('us-west-2'));
	});
});

describe('credentials from the shared files', () => {
	let env: NodeJS.ProcessEnv;

	before(() => {
		const configFile = join(dir, 'config');
		const credentialsFile = join(dir, 'credentials');
		const processJson = JSON.stringify({
			Version: 1,
			AccessKeyId: dev!.accessKeyId,
			SecretAccessKey: dev!.secretAccessKey,
		});
		writeFileSync(
			configFile,
			[
				'[default]',
				'region = eu-west-1',
				`[profile ${prod!.profile}]`,
				`region = ${prod!.region}`,
				'[profile via-process]',
				'region = ap-southeast-2',
				`credential_process = ${process.execPath} -e "process.stdout.write('${processJson.replaceAll('"', '\\"')}')"`,
				'[profile sso-user]',
				'sso_session = corp',
				'sso_account_id = 111122223333',
				'sso_role_name = ReadOnly',
				'region = us-east-1',
				'[sso-session corp]',
				'sso_start_url = https://corp.awsapps.com/start',
				'sso_region = us-east-1',
				'[profile assumer]',
				'role_arn = arn:aws:iam::111122223333:role/Admin',
				`source_profile = ${prod!.profile}`,
				'[profile no-keys]',
				'region = us-east-1',
				'',
			].join('\n'),
		);
		writeFileSync(
			credentialsFile,
			[
				`[${prod!.profile}]`,
				`aws_access_key_id = ${prod!.accessKeyId}`,
				`aws_secret_access_key = ${prod!.secretAccessKey}`,
				'[keys-only]',
				'aws_access_key_id = AKIAEXAMPLEKEYSONLY1',
				'aws_secret_access_key = x',
				'',
			].join('\n'),
		);
		env = {AWS_CONFIG_FILE: configFile, AWS_SHARED_CREDENTIALS_FILE: credentialsFile, HOME: dir};
	});

	it('static keys and credential_process from AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE', async () => {
		const gw = gateway({credentialsFor: undefined, env});
		assert.equal((await gw.listInstances(t('us-west-2'))).length, countIn('us-west-2'));
		const viaProcess = await gw.listInstances(t('ap-southeast-2', 'via-process'));
		assert.ok(viaProcess.length > 0);
		const last = emulator.requests.at(-1)!;
		assert.equal(last.accessKeyId, dev!.accessKeyId);
	});

	it('an unknown profile is a CredentialsError naming the profile and both files', async () => {
		const error = await rejects(gateway({credentialsFor: undefined, env}).listInstances(t('us-east-1', 'nope')));
		assert.equal(error.code, 'CredentialsError');
		assert.match(error.message, /nope/);
		assert.ok(error.message.includes(env['AWS_CONFIG_FILE']!));
		assert.ok(error.message.includes(env['AWS_SHARED_CREDENTIALS_FILE']!));
	});

	it('a profile without credentials is a CredentialsError naming the profile and both files', async () => {
		const saved = process.env['AWS_EC2_METADATA_DISABLED'];
		process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
		try {
			const error = await rejects(gateway({credentialsFor: undefined, env}).listInstances(t('us-east-1', 'no-keys')));
			assert.equal(error.code, 'CredentialsError');
			assert.match(error.message, /no-keys/);
			assert.ok(error.message.includes(env['AWS_CONFIG_FILE']!));
		} finally {
			if (saved === undefined) delete process.env['AWS_EC2_METADATA_DISABLED'];
			else process.env['AWS_EC2_METADATA_DISABLED'] = saved;
		}
	});

	it('an SSO profile without a valid token says to run aws sso login', async () => {
		// The SDK's SSO lookup reads AWS_CONFIG_FILE and HOME from process.env, whatever the gateway was given.
		const saved = {...process.env};
		Object.assign(process.env, env); // HOME=dir: no ~/.aws/sso/cache here
		try {
			const error = await rejects(gateway({credentialsFor: undefined, env}).listInstances(t('us-east-1', 'sso-user')));
			assert.equal(error.code, 'ExpiredToken');
			assert.match(error.message, /aws sso login --profile sso-user/);
		} finally {
			for (const name of Object.keys(env)) {
				if (saved[name] === undefined) delete process.env[name];
				else process.env[name] = saved[name];
			}
		}
	});

	it('listProfiles, profileRegions and profileInfo read the same files', async () => {
		const profiles = await listProfiles(env);
		assert.deepEqual(profiles, [
			'default',
			'assumer',
			prod!.profile,
			'keys-only',
			'no-keys',
			'sso-user',
			'via-process',
		]);
		assert.deepEqual(await profileRegions(['default', prod!.profile, 'keys-only', 'missing'], env), {
			default: 'eu-west-1',
			[prod!.profile]: prod!.region,
			'keys-only': undefined,
			missing: undefined,
		});
		assert.equal((await profileInfo(prod!.profile, env)).kind, 'static');
		assert.equal((await profileInfo('via-process', env)).kind, 'credential_process');
		assert.equal((await profileInfo('sso-user', env)).kind, 'sso');
		assert.equal((await profileInfo('assumer', env)).kind, 'assume-role');
		assert.equal((await profileInfo('nope', env)).kind, 'missing');
		assert.equal(
			(await profileInfo('default', {...env, AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b'})).kind,
			'env',
		);
		assert.deepEqual(
			await listProfiles({AWS_CONFIG_FILE: join(dir, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none2')}),
			[],
		);
	});
});

describe("a profile's own settings", () => {
	it("each client reads its profile's settings (max_attempts), not the default profile's", async () => {
		const configFile = join(dir, 'settings-config');
		const credentialsFile = join(dir, 'settings-credentials');
		writeFileSync(configFile, ['[profile patient]', '[profile impatient]', 'max_attempts = 1', ''].join('\n'));
		const keys = [`aws_access_key_id = ${prod!.accessKeyId}`, `aws_secret_access_key = ${prod!.secretAccessKey}`];
		writeFileSync(credentialsFile, ['[patient]', ...keys, '[impatient]', ...keys, ''].join('\n'));
		const files = {AWS_CONFIG_FILE: configFile, AWS_SHARED_CREDENTIALS_FILE: credentialsFile};
		// The SDK reads the files named in process.env, whatever the gateway was given.
		const saved = {...process.env};
		Object.assign(process.env, files);
		delete process.env['AWS_PROFILE'];
		const gw = gateway({credentialsFor: undefined, env: {...process.env}});
		const statusesOf = async (profile: string) => {
			const before = emulator.requests.length;
			const remove = emulator.inject({kind: 'throttle', operation: 'ListInstances', region: 'us-west-2', times: 2});
			try {
				await gw.listInstances(t('us-west-2', profile)).catch((error: unknown) => error);
			} finally {
				remove();
			}
			return emulator.requests.slice(before).map((r) => r.status);
		};
		try {
			assert.deepEqual(await statusesOf('impatient'), [429]);
			assert.deepEqual(await statusesOf('patient'), [429, 429, 200]);
		} finally {
			for (const name of ['AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_PROFILE']) {
				if (saved[name] === undefined) delete process.env[name];
				else process.env[name] = saved[name];
			}
		}
	});
});

describe('quiet SDK', () => {
	it('captures process warnings instead of printing them, and restores', async () => {
		const writes: string[] = [];
		const originalWrite = process.stderr.write.bind(process.stderr);
		const capture = captureProcessWarnings();
		process.stderr.write = ((chunk: string | Uint8Array) => {
			writes.push(String(chunk));
			return true;
		}) as typeof process.stderr.write;
		try {
			process.emitWarning('NodeVersionSupportWarning: The AWS SDK for JavaScript (v3) will require node >=22.');
			process.emitWarning('old API', 'DeprecationWarning', 'DEP0000');
			process.emit('warning', Object.assign(new Error('raw event'), {name: 'ExperimentalWarning'}));
			await new Promise((resolve) => setImmediate(resolve));
		} finally {
			process.stderr.write = originalWrite;
			capture.restore();
		}

		assert.deepEqual(capture.warnings, [
			'NodeVersionSupportWarning: The AWS SDK for JavaScript (v3) will require node >=22.',
			'DeprecationWarning: old API',
			'ExperimentalWarning: raw event',
		]);
		assert.deepEqual(writes, []);
		assert.ok(process.listeners('warning').length > 0, "Node's own printer is back");
	});

	it("captures the SDK's NodeVersionSupportWarning on an older Node, with nothing on stderr", async () => {
		// The SDK warns when a client is created on a Node older than 22, judging by process.version: the
		// child says it is Node 20 before the SDK loads, so the test runs wherever ours does.
		const olderNode = `data:text/javascript,Object.defineProperty(process, 'version', {value: 'v20.19.0'});`;
		const script = `
			import {captureProcessWarnings, createAwsGateway} from './source/aws/index.ts';
			const capture = captureProcessWarnings();
			const gw = createAwsGateway({endpointUrl: ${JSON.stringify(emulator.url)}, credentialsFor: () => async () => (${JSON.stringify({accessKeyId: prod!.accessKeyId, secretAccessKey: prod!.secretAccessKey})})});
			const list = await gw.listInstances({profile: 'p', region: 'us-west-2'});
			await new Promise((resolve) => setImmediate(resolve));
			gw.dispose();
			capture.restore();
			process.stdout.write(JSON.stringify({count: list.length, warnings: capture.warnings}));
		`;
		// Asynchronously: the emulator answering the child lives in this process.
		const child = await execFileAsync(
			process.execPath,
			['--import', 'tsx', '--import', olderNode, '--input-type=module', '-e', script],
			{
				cwd: join(import.meta.dirname, '..', '..'),
				encoding: 'utf8',
				timeout: 15_000,
				env: {...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: undefined},
			},
		);
		assert.equal(child.stderr, '');
		const output = JSON.parse(child.stdout) as {count: number; warnings: string[]};
		assert.equal(output.count, countIn('us-west-2'));
		assert.equal(output.warnings.length, 1);
		assert.match(output.warnings[0]!, /^NodeVersionSupportWarning: /);
	});
});
