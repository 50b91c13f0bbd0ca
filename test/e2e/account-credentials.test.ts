// Credentials of accounts found through IAM Identity Center are fetched once per account, shared by
// its regions, and fetched again before they expire; the emulator refuses expired ones as AWS does.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {discoverAccounts} from '../../source/aws/discover.js';
import {createAwsGateway} from '../../source/aws/index.js';
import {ssoCacheFile} from '../../source/aws/sso-session.js';
import {ESTATE_ROLE, ESTATE_SSO_TOKEN, estateSeed, startEmulator, type Emulator} from '../../source/emulator/index.js';

describe('credentials of accounts found through IAM Identity Center', () => {
	let emulator: Emulator;
	let dir: string;
	let env: NodeJS.ProcessEnv;

	async function start(sessionSeconds: number) {
		emulator = await startEmulator({
			seed: estateSeed({accounts: 3, regionsPerAccount: 2, instancesPerRegion: 1}),
			sessionSeconds,
		});
		env = {HOME: join(dir, 'home'), AWS_CONFIG_FILE: join(dir, 'config'), AWS_ENDPOINT_URL_SSO: emulator.url};
	}

	before(() => {
		dir = mkdtempSync(join(tmpdir(), 'connectui-sso-'));
		writeFileSync(
			join(dir, 'config'),
			'[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n',
		);
		const cache = ssoCacheFile('corp', {HOME: join(dir, 'home')});
		mkdirSync(join(cache, '..'), {recursive: true});
		writeFileSync(
			cache,
			JSON.stringify({accessToken: ESTATE_SSO_TOKEN, expiresAt: new Date(Date.now() + 3_600_000).toISOString()}),
		);
	});
	after(async () => {
		await emulator.close();
		rmSync(dir, {recursive: true, force: true});
	});

	it('an hour-long credential is fetched once per account and used in every region', async () => {
		await start(3600);
		const found = (await discoverAccounts({ssoSession: 'corp', ssoRole: ESTATE_ROLE}, 'default', env))!;
		assert.deepEqual(
			found.accounts.map((a) => a.source),
			['contact-center-0001', 'contact-center-0002'],
		);
		const gateway = createAwsGateway({endpointUrl: emulator.url, env: {}, accounts: found.accounts, maxAttempts: 1});
		try {
			for (const region of ['us-east-1', 'us-west-2', 'us-east-1']) {
				assert.equal((await gateway.listInstances({profile: 'contact-center-0001', region})).length, 1);
			}
		} finally {
			gateway.dispose();
		}
		assert.equal(emulator.requests.filter((r) => r.operation === 'GetRoleCredentials').length, 1);
		await emulator.close();
	});

	it('a credential about to expire is fetched again before it is used', async () => {
		// Minted for 60 s: always within the five minutes before expiry, so each use renews it.
		await start(60);
		const found = (await discoverAccounts({ssoSession: 'corp', ssoRole: ESTATE_ROLE}, 'default', env))!;
		const gateway = createAwsGateway({endpointUrl: emulator.url, env: {}, accounts: found.accounts, maxAttempts: 1});
		try {
			await gateway.listInstances({profile: 'contact-center-0002', region: 'us-east-1'});
			// What the first credential would meet on AWS once its hour is over.
			emulator.expireSessions();
			assert.equal((await gateway.listInstances({profile: 'contact-center-0002', region: 'us-west-2'})).length, 1);
		} finally {
			gateway.dispose();
		}
		const minted = emulator.requests.filter((r) => r.operation === 'GetRoleCredentials');
		assert.ok(minted.length >= 2, `credentials fetched ${minted.length} times`);
		assert.ok(emulator.requests.filter((r) => r.operation === 'ListInstances').every((r) => r.status === 200));
	});
});
