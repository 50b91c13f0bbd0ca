// The emulator as strict as AWS about credentials, rates and regions, and its STS, IAM Identity
// Center portal and Organizations, through the real SDK clients and the AWS CLI v1 (a second client).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {after, before, describe, test} from 'node:test';
import {ConnectClient, ListInstancesCommand} from '@aws-sdk/client-connect';
import {ListAccountsCommand as ListOrgAccountsCommand, OrganizationsClient} from '@aws-sdk/client-organizations';
import {GetRoleCredentialsCommand, ListAccountRolesCommand, ListAccountsCommand, SSOClient} from '@aws-sdk/client-sso';
import {AssumeRoleCommand, GetCallerIdentityCommand, STSClient} from '@aws-sdk/client-sts';
import {
	ESTATE_MANAGEMENT,
	ESTATE_ROLE,
	ESTATE_SSO_TOKEN,
	estateSeed,
	startEmulator,
	syntheticProfiles,
	type Emulator,
} from '../../source/emulator/index.js';

const execFileAsync = promisify(execFile);
const options = {accounts: 12, regionsPerAccount: 3, instancesPerRegion: 2};
const members = syntheticProfiles(options);
const management = {accessKeyId: ESTATE_MANAGEMENT.accessKeyId, secretAccessKey: ESTATE_MANAGEMENT.secretAccessKey};
type Keys = {accessKeyId: string; secretAccessKey: string; sessionToken?: string};

async function rejection(promise: Promise<unknown>): Promise<Error & {$metadata?: {httpStatusCode?: number}}> {
	try {
		await promise;
	} catch (error) {
		assert.ok(error instanceof Error);
		return error;
	}
	assert.fail('expected the call to fail');
}

describe('emulator: accounts, credentials and quotas', () => {
	let emulator: Emulator;
	const connect = (region: string, credentials: Keys) =>
		new ConnectClient({endpoint: emulator.url, region, credentials, maxAttempts: 1});
	const sts = (credentials: Keys) =>
		new STSClient({endpoint: emulator.url, region: 'us-east-1', credentials, maxAttempts: 1});

	before(async () => {
		emulator = await startEmulator({seed: estateSeed(options)});
	});
	after(async () => emulator.close());

	async function assumed(): Promise<Keys> {
		const output = await sts(management).send(
			new AssumeRoleCommand({
				RoleArn: `arn:aws:iam::${members[1]!.accountId}:role/${ESTATE_ROLE}`,
				RoleSessionName: 'connectui',
			}),
		);
		const c = output.Credentials!;
		return {accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken!};
	}

	test('GetCallerIdentity names the account behind long-term and assumed credentials', async () => {
		const identity = await sts(management).send(new GetCallerIdentityCommand({}));
		assert.equal(identity.Account, ESTATE_MANAGEMENT.accountId);
		const role = await sts(await assumed()).send(new GetCallerIdentityCommand({}));
		assert.equal(role.Account, members[1]!.accountId);
		assert.match(role.Arn ?? '', /:sts::\d{12}:assumed-role\/ConnectAdmin\/connectui$/);
	});

	test('a temporary key works only with its session token, and only until it expires', async () => {
		const keys = await assumed();
		const listed = await connect('us-east-1', keys).send(new ListInstancesCommand({}));
		assert.equal(listed.InstanceSummaryList?.length, 2);
		// The bug this catches: a credential source that drops the session token.
		const dropped = await rejection(
			connect('us-east-1', {accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey}).send(
				new ListInstancesCommand({}),
			),
		);
		assert.equal(dropped.name, 'UnrecognizedClientException');
		const wrong = await rejection(
			sts({...keys, sessionToken: `${keys.sessionToken}x`}).send(new GetCallerIdentityCommand({})),
		);
		assert.equal(wrong.name, 'InvalidClientTokenId');
		// A long-term key with a session token is refused too.
		const extra = await rejection(sts({...management, sessionToken: 'abc'}).send(new GetCallerIdentityCommand({})));
		assert.equal(extra.name, 'InvalidClientTokenId');
		emulator.expireSessions();
		const expired = await rejection(connect('us-east-1', keys).send(new ListInstancesCommand({})));
		assert.equal(expired.name, 'ExpiredTokenException');
		const stsExpired = await rejection(sts(keys).send(new GetCallerIdentityCommand({})));
		assert.equal(stsExpired.name, 'ExpiredToken');
	});

	test('AssumeRole into an account without the role is denied; a bad session name is invalid', async () => {
		const last = members.at(-1)!;
		const denied = await rejection(
			sts(management).send(
				new AssumeRoleCommand({
					RoleArn: `arn:aws:iam::${last.accountId}:role/${ESTATE_ROLE}`,
					RoleSessionName: 'connectui',
				}),
			),
		);
		assert.equal(denied.name, 'AccessDenied');
		const invalid = await rejection(
			sts(management).send(
				new AssumeRoleCommand({RoleArn: `arn:aws:iam::${last.accountId}:role/Billing`, RoleSessionName: 'a b'}),
			),
		);
		assert.equal(invalid.name, 'ValidationError');
	});

	test('the SSO portal lists accounts and roles in pages and hands out working credentials', async () => {
		const sso = new SSOClient({endpoint: emulator.url, region: 'us-east-1', maxAttempts: 1});
		const accounts: string[] = [];
		let nextToken: string | undefined;
		do {
			const page = await sso.send(new ListAccountsCommand({accessToken: ESTATE_SSO_TOKEN, maxResults: 5, nextToken}));
			assert.ok((page.accountList?.length ?? 0) <= 5);
			accounts.push(...(page.accountList ?? []).map((a) => `${a.accountId}:${a.accountName}`));
			nextToken = page.nextToken;
		} while (nextToken);
		assert.equal(accounts.length, options.accounts);
		assert.equal(accounts[0], `${members[0]!.accountId}:contact-center-0001`);
		const roles = await sso.send(
			new ListAccountRolesCommand({accessToken: ESTATE_SSO_TOKEN, accountId: members[0]!.accountId}),
		);
		assert.deepEqual(
			roles.roleList?.map((r) => r.roleName),
			[ESTATE_ROLE, 'Billing'],
		);
		const output = await sso.send(
			new GetRoleCredentialsCommand({
				accessToken: ESTATE_SSO_TOKEN,
				accountId: members[2]!.accountId,
				roleName: ESTATE_ROLE,
			}),
		);
		const c = output.roleCredentials!;
		assert.ok(typeof c.expiration === 'number' && c.expiration > Date.now());
		const identity = await sts({
			accessKeyId: c.accessKeyId!,
			secretAccessKey: c.secretAccessKey!,
			sessionToken: c.sessionToken!,
		}).send(new GetCallerIdentityCommand({}));
		assert.equal(identity.Account, members[2]!.accountId);
		const forbidden = await rejection(
			sso.send(
				new GetRoleCredentialsCommand({
					accessToken: ESTATE_SSO_TOKEN,
					accountId: members.at(-1)!.accountId,
					roleName: ESTATE_ROLE,
				}),
			),
		);
		assert.equal(forbidden.$metadata?.httpStatusCode, 403);
		const unauthorized = await rejection(sso.send(new ListAccountsCommand({accessToken: 'not-a-token'})));
		assert.equal(unauthorized.name, 'UnauthorizedException');
	});

	test('an expired sign-in is refused by the portal', async () => {
		const stale = await startEmulator({seed: estateSeed({...options, ssoExpiresAt: '2020-01-01T00:00:00Z'})});
		try {
			const sso = new SSOClient({endpoint: stale.url, region: 'us-east-1', maxAttempts: 1});
			const error = await rejection(sso.send(new ListAccountsCommand({accessToken: ESTATE_SSO_TOKEN})));
			assert.equal(error.name, 'UnauthorizedException');
		} finally {
			await stale.close();
		}
	});

	test('Organizations lists every account in pages of at most 20, with their state, to the management account only', async () => {
		const org = (credentials: Keys) =>
			new OrganizationsClient({endpoint: emulator.url, region: 'us-east-1', credentials, maxAttempts: 1});
		const states = new Map<string, string>();
		let NextToken: string | undefined;
		do {
			const page = await org(management).send(new ListOrgAccountsCommand({MaxResults: 4, NextToken}));
			assert.ok((page.Accounts?.length ?? 0) <= 4);
			for (const account of page.Accounts ?? []) states.set(account.Id!, account.State!);
			NextToken = page.NextToken;
		} while (NextToken);
		assert.equal(states.size, options.accounts + 3);
		assert.equal(states.get('999999999981'), 'SUSPENDED');
		const tooMany = await rejection(org(management).send(new ListOrgAccountsCommand({MaxResults: 21})));
		assert.equal(tooMany.name, 'InvalidInputException');
		const denied = await rejection(org(members[0]!).send(new ListOrgAccountsCommand({})));
		assert.equal(denied.name, 'AccessDeniedException');
	});

	test('an opt-in region the account has not enabled answers as AWS does; an enabled one answers', async () => {
		// Account 0 enabled af-south-1, account 1 did not.
		await connect('af-south-1', members[0]!).send(new ListInstancesCommand({}));
		const error = await rejection(connect('af-south-1', members[1]!).send(new ListInstancesCommand({})));
		assert.equal(error.name, 'UnrecognizedClientException');
		assert.equal(error.$metadata?.httpStatusCode, 403);
	});

	test('with the quota on, a sixth request within the burst window is throttled per account, region and API', async () => {
		// Bursts of 5 and (almost) no refill: what is admitted does not depend on how fast this machine is.
		const throttled = await startEmulator({seed: estateSeed(options), throttle: {ratePerSecond: 0.001, burst: 5}});
		try {
			const client = new ConnectClient({
				endpoint: throttled.url,
				region: 'us-east-1',
				credentials: members[3]!,
				maxAttempts: 1,
			});
			const results = await Promise.allSettled(
				Array.from({length: 6}, async () => client.send(new ListInstancesCommand({}))),
			);
			assert.equal(results.filter((r) => r.status === 'fulfilled').length, 5);
			const failed = results.find((r) => r.status === 'rejected');
			assert.equal((failed as PromiseRejectedResult).reason.name, 'ThrottlingException');
			// Another region (and another account) has its own bucket.
			const other = new ConnectClient({
				endpoint: throttled.url,
				region: 'us-west-2',
				credentials: members[3]!,
				maxAttempts: 1,
			});
			await other.send(new ListInstancesCommand({}));
		} finally {
			await throttled.close();
		}
	});

	test('the AWS CLI v1 (botocore) reads the same wire shapes', async (t) => {
		const env: NodeJS.ProcessEnv = {
			...process.env,
			AWS_ACCESS_KEY_ID: ESTATE_MANAGEMENT.accessKeyId,
			AWS_SECRET_ACCESS_KEY: ESTATE_MANAGEMENT.secretAccessKey,
			AWS_DEFAULT_REGION: 'us-east-1',
			AWS_CONFIG_FILE: '/dev/null',
			AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
		};
		delete env['AWS_SESSION_TOKEN'];
		delete env['AWS_PROFILE'];
		const aws = async (...args: string[]) =>
			JSON.parse(
				(await execFileAsync('aws', [...args, '--endpoint-url', emulator.url, '--output', 'json'], {env})).stdout,
			) as Record<string, unknown>;
		try {
			await execFileAsync('aws', ['--version']);
		} catch {
			t.skip('the AWS CLI is not installed');
			return;
		}
		assert.equal((await aws('sts', 'get-caller-identity')).Account, ESTATE_MANAGEMENT.accountId);
		const listed = (await aws('organizations', 'list-accounts')) as {Accounts: Array<{Id: string; Status: string}>};
		assert.equal(listed.Accounts.length, options.accounts + 3);
		const sso = (await aws('sso', 'list-accounts', '--access-token', ESTATE_SSO_TOKEN)) as {accountList: unknown[]};
		assert.equal(sso.accountList.length, options.accounts);
		const creds = (await aws(
			'sso',
			'get-role-credentials',
			'--access-token',
			ESTATE_SSO_TOKEN,
			'--account-id',
			members[0]!.accountId,
			'--role-name',
			ESTATE_ROLE,
		)) as {roleCredentials: {expiration: number}};
		assert.ok(creds.roleCredentials.expiration > Date.now());
	});
});
