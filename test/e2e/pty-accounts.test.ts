// Accounts beyond profiles, through the built CLI, the real SDK and the emulator's STS, IAM Identity
// Center portal and Organizations: --sso-session/--sso-role and --org-role.
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {ssoCacheFile} from '../../source/aws/sso-session.js';
import {ESTATE_MANAGEMENT, ESTATE_ROLE, ESTATE_SSO_TOKEN, estateSeed} from '../../source/emulator/index.js';
import {awsTestEnv, writeAwsFiles} from '../helpers/aws-files.js';
import {emulatorFixture} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const options = {accounts: 6, regionsPerAccount: 2, instancesPerRegion: 2};
const fixture = emulatorFixture({seed: estateSeed(options), throttle: true, prefix: 'connectui-accounts-'});

function environment(name: string, expiresAt: string): NodeJS.ProcessEnv {
	const folder = join(fixture.dir, name);
	const home = join(folder, 'home');
	mkdirSync(home, {recursive: true});
	const files = writeAwsFiles(folder);
	writeFileSync(
		files.config,
		[
			'[sso-session estate]',
			'sso_start_url = https://estate.awsapps.com/start',
			'sso_region = us-east-1',
			'sso_registration_scopes = sso:account:access',
			'',
			'[profile management]',
			'region = us-east-1',
			'',
		].join('\n'),
		{flag: 'a'},
	);
	writeFileSync(
		files.credentials,
		`\n[management]\naws_access_key_id = ${ESTATE_MANAGEMENT.accessKeyId}\naws_secret_access_key = ${ESTATE_MANAGEMENT.secretAccessKey}\n`,
		{flag: 'a'},
	);
	const env = {
		...awsTestEnv(files, fixture.emulator.url, join(folder, 'connectui')),
		HOME: home,
		AWS_ENDPOINT_URL_SSO: fixture.emulator.url,
		AWS_ENDPOINT_URL_ORGANIZATIONS: fixture.emulator.url,
	};
	const cache = ssoCacheFile('estate', env);
	mkdirSync(join(cache, '..'), {recursive: true});
	writeFileSync(
		cache,
		JSON.stringify({
			startUrl: 'https://estate.awsapps.com/start',
			region: 'us-east-1',
			accessToken: ESTATE_SSO_TOKEN,
			expiresAt,
		}),
	);
	return env;
}

describe('accounts beside profiles', () => {
	it('--sso-session: rows from every account with the role; the one without it named once', async () => {
		const env = environment('sso', new Date(Date.now() + 3_600_000).toISOString());
		const term = startTerm({
			args: ['--sso-session', 'estate', '--sso-role', ESTATE_ROLE, '--region', 'us-east-1,us-west-2'],
			env,
			columns: 160,
			rows: 50,
		});
		try {
			// Five accounts have the role: 5 × 2 regions × 2 instances.
			// The whole frame: its strip says 20 before its last rows have arrived through the terminal.
			const screen = await term.waitFor(
				/^(?![\s\S]*loading)[\s\S]*20 instances[\s\S]*contact-center-0005 100000000004[\s\S]*Not shown/,
			);
			assert.match(screen, /5 accounts · us-east-1,us-west-2/);
			// The account column: the name and the id.
			assert.match(screen, /contact-center-0001 100000000000/);
			assert.match(screen, /contact-center-0005 100000000004/);
			assert.match(
				screen,
				/Not shown: contact-center-0006 \d{12} \(no role ConnectAdmin in this account \(only Billing\)\)/,
			);
			const connect = fixture.emulator.requests.filter((r) => r.operation === 'ListInstances');
			assert.ok(connect.length >= 10);
			assert.ok(
				connect.every((r) => r.status === 200 && r.accessKeyId?.startsWith('ASIA')),
				'every account was reached with its own temporary credentials (the session token checked)',
			);
			const credentials = fixture.emulator.requests.filter((r) => r.operation === 'GetRoleCredentials');
			assert.equal(credentials.length, 5, 'credentials once per account, not per region');
		} finally {
			term.kill();
		}
	});

	it('an opt-in region an account has not enabled is a quiet "not enabled", not an error', async () => {
		const env = environment('opt-in', new Date(Date.now() + 3_600_000).toISOString());
		const term = startTerm({
			args: ['--sso-session', 'estate', '--sso-role', ESTATE_ROLE, '--region', 'us-east-1,af-south-1'],
			env,
			columns: 200,
			rows: 50,
		});
		try {
			const screen = await term.waitFor(/^(?![\s\S]*loading)[\s\S]*10 instances/);
			// Account 1 (index 0) has enabled af-south-1 (it answers, empty); accounts 2–5 have not.
			assert.match(screen, /contact-center-0001\/us-east-1 2 · af-south-1 0/);
			assert.match(screen, /contact-center-0002\/us-east-1 2 · af-south-1 not enabled/);
			assert.doesNotMatch(screen, /✗|UnrecognizedClient/);
		} finally {
			term.kill();
		}
	});

	it('the accounts picked with p are remembered for the next --sso-session run', async () => {
		const env = {...environment('remembered', new Date(Date.now() + 3_600_000).toISOString())};
		const args = ['--sso-session', 'estate', '--sso-role', ESTATE_ROLE, '--region', 'us-east-1'];
		const first = startTerm({args, env, columns: 160, rows: 40});
		try {
			await first.waitFor(/^(?![\s\S]*loading)[\s\S]*10 instances/);
			first.write('p');
			await first.waitFor('contact-center-0003');
			first.write('\u0014\u0014'); // Ctrl-T twice: all, then none
			first.write('0003');
			first.write(' ');
			first.write('\r');
			await first.waitFor(/^(?![\s\S]*loading)[\s\S]* {2}2 instances/);
		} finally {
			first.kill();
		}
		const second = startTerm({args, env, columns: 160, rows: 40});
		try {
			const screen = await second.waitFor(/^(?![\s\S]*loading)[\s\S]* {2}2 instances/);
			assert.match(screen, /contact-center-0003 · us-east-1/);
			assert.match(screen, /1 of 5 accounts, as chosen last time/);
		} finally {
			second.kill();
		}
	});

	it('--sso-session with an expired sign-in: one line saying to sign in again, exit 2', async () => {
		const env = environment('expired', '2020-01-01T00:00:00Z');
		const term = startTerm({
			args: ['--sso-session', 'estate', '--sso-role', ESTATE_ROLE, '--region', 'us-east-1'],
			env,
		});
		const {exitCode} = await term.waitForExit();
		assert.equal(exitCode, 2);
		assert.match(term.output(), /run aws sso login --sso-session estate/);
	});

	it('--org-role: the ACTIVE accounts of the organization only, each assumed into as connectui', async () => {
		fixture.emulator.requests.length = 0;
		const env = environment('org', new Date(Date.now() + 3_600_000).toISOString());
		const term = startTerm({
			args: ['--profile', 'management', '--org-role', ESTATE_ROLE, '--region', 'us-east-1'],
			env,
			columns: 160,
			rows: 50,
		});
		try {
			await term.waitFor(/^(?![\s\S]*loading)[\s\S]*10 instances/);
			const assumed = fixture.emulator.requests.filter((r) => r.operation === 'AssumeRole');
			const roles = assumed.map((r) => (r.body as Record<string, string>)['RoleArn']);
			assert.ok(roles.every((arn) => arn?.endsWith(`:role/${ESTATE_ROLE}`)));
			assert.ok(assumed.every((r) => (r.body as Record<string, string>)['RoleSessionName'] === 'connectui'));
			// Six members and the management account are ACTIVE; the suspended and closing ones are never tried.
			assert.equal(new Set(roles).size, 7);
			assert.ok(!roles.some((arn) => arn?.includes('99999999998')));
			assert.ok(fixture.emulator.requests.some((r) => r.operation === 'ListAccounts'));
		} finally {
			term.kill();
		}
	});

	it('--demo reaches its own estate: dozens of accounts behind one sign-in, or its organization', async () => {
		const home = join(fixture.dir, 'demo-home');
		const sso = startTerm({
			args: ['--demo', '--sso-session', 'demo', '--sso-role', ESTATE_ROLE, '--region', 'us-east-1'],
			env: {CONNECTUI_HOME: home},
			columns: 160,
			rows: 40,
		});
		try {
			// 36 accounts, the last without the role: 35 × 1 instance in us-east-1.
			const screen = await sso.waitFor(/^(?![\s\S]*loading)[\s\S]*35 instances/, 60_000);
			assert.match(screen, /35 accounts · us-east-1/);
			assert.match(screen, /Not shown: contact-center-0036/);
		} finally {
			sso.kill();
		}
		const org = startTerm({
			args: ['--demo', '--org-role', ESTATE_ROLE, '--region', 'us-east-1'],
			env: {CONNECTUI_HOME: home},
			columns: 160,
			rows: 40,
		});
		try {
			// The management account and the last one have no such role: their AccessDenied is in the strip.
			const screen = await org.waitFor(/^(?![\s\S]*loading)[\s\S]*35 instances/, 60_000);
			assert.match(screen, /AccessDenied/);
		} finally {
			org.kill();
		}
	});
});
