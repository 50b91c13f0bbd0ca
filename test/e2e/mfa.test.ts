// Assume-role profiles with mfa_serial through the SDK's own credential chain and the emulator's STS.
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {createAwsGateway} from '../../source/aws/gateway.js';
import {AwsError} from '../../source/domain/errors.js';
import {DEMO_PROFILES, demoSeed, EMULATOR_MFA_CODE, startEmulator, type Emulator} from '../../source/emulator/index.js';
import {writeAwsFiles} from '../helpers/aws-files.js';

let emulator: Emulator;
let dir: string;
let env: NodeJS.ProcessEnv;
const prod = DEMO_PROFILES[0]!;
const previousSts = process.env['AWS_ENDPOINT_URL_STS'];

before(async () => {
	emulator = await startEmulator({seed: demoSeed()});
	dir = mkdtempSync(join(tmpdir(), 'connectui-mfa-'));
	const files = writeAwsFiles(dir);
	// The SDK's nested STS client reads its endpoint override from the process environment.
	process.env['AWS_ENDPOINT_URL_STS'] = emulator.url;
	env = {
		AWS_CONFIG_FILE: files.config,
		AWS_SHARED_CREDENTIALS_FILE: files.credentials,
		AWS_ENDPOINT_URL_CONNECT: emulator.url,
	};
});

after(async () => {
	if (previousSts === undefined) delete process.env['AWS_ENDPOINT_URL_STS'];
	else process.env['AWS_ENDPOINT_URL_STS'] = previousSts;
	await emulator.close();
	rmSync(dir, {recursive: true, force: true});
});

describe('assume-role with mfa_serial', () => {
	it('asks for the code once per profile, assumes the role with it and lists with the temporary keys', async () => {
		const asked: string[] = [];
		const gateway = createAwsGateway({
			env,
			maxAttempts: 1,
			async mfaCodeProvider(profile, serial) {
				asked.push(`${profile} ${serial}`);
				return EMULATOR_MFA_CODE;
			},
		});
		const [east, west] = await Promise.all([
			gateway.listInstances({profile: 'ops-admin', region: 'us-east-1'}),
			gateway.listInstances({profile: 'ops-admin', region: 'us-west-2'}),
		]);
		assert.equal(east.length, 14);
		assert.equal(west.length, 2);
		assert.deepEqual(asked, [`ops-admin arn:aws:iam::${prod.accountId}:mfa/alice`]);
		const assume = emulator.requests.filter((r) => r.operation === 'AssumeRole');
		assert.equal(assume.length, 1);
		assert.equal((assume[0]!.body as Record<string, string>)['TokenCode'], EMULATOR_MFA_CODE);
		const listed = emulator.requests.filter((r) => r.operation === 'ListInstances' && r.status === 200);
		assert.ok(
			listed.every((r) => r.accessKeyId?.startsWith('ASIA')),
			'Connect calls use the temporary keys',
		);
		gateway.dispose();
	});

	it('a wrong code is an error naming what failed', async () => {
		const gateway = createAwsGateway({env, maxAttempts: 1, mfaCodeProvider: async () => '000000'});
		await assert.rejects(gateway.listInstances({profile: 'ops-admin', region: 'us-east-1'}), (error: unknown) => {
			assert.ok(error instanceof AwsError);
			assert.match(error.message, /MultiFactorAuthentication failed/);
			return true;
		});
		gateway.dispose();
	});

	it('cancelling the prompt fails that profile only', async () => {
		const gateway = createAwsGateway({
			env,
			maxAttempts: 1,
			mfaCodeProvider: async () => {
				throw new AwsError('CredentialsError', 'MFA code not entered for profile ops-admin');
			},
		});
		await assert.rejects(gateway.listInstances({profile: 'ops-admin', region: 'us-east-1'}), /MFA code not entered/);
		const direct = await gateway.listInstances({profile: prod.profile, region: 'us-east-1'});
		assert.equal(direct.length, 14);
		gateway.dispose();
	});
});
