// The instance-settings calls of the AWS layer through the real SDK and the emulator: each section
// with data, empty, and denied (the AccessDeniedException names the action).
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {createAwsGateway} from '../../source/aws/index.js';
import {STORAGE_RESOURCE_TYPES, storageEncryption} from '../../source/domain/settings.js';
import type {Target} from '../../source/domain/types.js';
import {DEMO_PROFILES, demoSeed, startEmulator, type Emulator} from '../../source/emulator/index.js';
import {rejects} from '../helpers/aws-error.js';

const prod = DEMO_PROFILES[0]!;
const seed = demoSeed();
const east = seed.accounts[0]!.regions['us-east-1']!;
const support = east.find((instance) => instance.alias === 'acme-support-us')!;
const billing = east.find((instance) => instance.alias === 'acme-billing')!;
const lab = seed.accounts[1]!.regions['us-east-1']!.find((instance) => instance.alias === 'acme-ivr-lab')!;
const target: Target = {profile: prod.profile, region: 'us-east-1'};
const arnOf = (id: string, account = prod.accountId) => `arn:aws:connect:us-east-1:${account}:instance/${id}`;

let emulator: Emulator;
let gateway: ReturnType<typeof createAwsGateway>;

before(async () => {
	emulator = await startEmulator({seed: demoSeed()});
	gateway = createAwsGateway({
		endpointUrl: emulator.url,
		// Far above Amazon Connect's quota: these tests are about shapes, not pacing.
		budget: {ratePerSecond: 1000, burst: 1000},
		credentialsFor: (profile) => async () => {
			const demo = DEMO_PROFILES.find((p) => p.profile === profile)!;
			return {accessKeyId: demo.accessKeyId, secretAccessKey: demo.secretAccessKey};
		},
	});
});

after(async () => {
	gateway.dispose();
	await emulator.close();
});

describe('instance settings through the AWS layer', () => {
	it('storage: every resource type, encrypted, not encrypted and not configured', async () => {
		const results = await Promise.all(
			STORAGE_RESOURCE_TYPES.map(
				async (type) => [type, await gateway.listStorageConfigs(target, support.id, type)] as const,
			),
		);
		const byType = Object.fromEntries(results);
		assert.equal(storageEncryption(byType.CALL_RECORDINGS!), 'encrypted');
		assert.equal(storageEncryption(byType.CONTACT_TRACE_RECORDS!), 'stream');
		assert.equal(storageEncryption(byType.EMAIL_MESSAGES!), 'not-configured');
		assert.equal(emulator.requests.filter((request) => request.operation === 'ListInstanceStorageConfigs').length, 13);
		const plain = await gateway.listStorageConfigs(target, billing.id, 'CALL_RECORDINGS');
		assert.equal(storageEncryption(plain), 'not-encrypted');
		assert.deepEqual(
			await gateway.listStorageConfigs(
				{profile: DEMO_PROFILES[1]!.profile, region: 'us-east-1'},
				lab.id,
				'CALL_RECORDINGS',
			),
			[],
		);
	});

	it('origins, Lambda, Lex V1 and V2, keys (across pages), integrations, traffic distribution groups', async () => {
		assert.deepEqual(await gateway.listApprovedOrigins(target, support.id), [
			'https://acme-support-us.acme.example',
			'https://crm.acme.example',
			'https://agents.acme.example:8443',
		]);
		assert.match((await gateway.listLambdaFunctions(target, support.id))[0] ?? '', /function:acme-support-us-/);
		assert.deepEqual(await gateway.listLexBots(target, support.id), [
			{name: 'acme_support_us_Router', lexRegion: 'us-east-1'},
		]);
		assert.match((await gateway.listLexV2Bots(target, support.id))[0] ?? '', /:bot-alias\//);
		const keys = await gateway.listSecurityKeys(target, support.id);
		assert.equal(keys.length, 3);
		assert.match(keys[0]?.key ?? '', /BEGIN PUBLIC KEY/);
		const integrations = await gateway.listIntegrations(target, support.id);
		assert.deepEqual(
			integrations.map((item) => item.type),
			['WISDOM_ASSISTANT', 'EVENT'],
		);
		const groups = await gateway.listTrafficDistributionGroups(target, support.id);
		assert.equal(groups[0]?.isDefault, true);
		assert.deepEqual(await gateway.listTrafficDistributionGroups(target, billing.id), []);
	});

	it('counts page through with the largest page and report their progress', async () => {
		const progress: Array<[number, number]> = [];
		const users = await gateway.count(target, {id: support.id, arn: arnOf(support.id)}, 'users', {
			onPage: (count, pages) => progress.push([count, pages]),
		});
		assert.equal(users, 2350);
		assert.deepEqual(progress, [
			[1000, 1],
			[2000, 2],
			[2350, 3],
		]);
		const instance = {id: support.id, arn: arnOf(support.id)};
		assert.equal(await gateway.count(target, instance, 'phone-numbers'), 140);
		const phoneRequest = emulator.requests.findLast((request) => request.operation === 'ListPhoneNumbersV2');
		assert.deepEqual(phoneRequest?.body, {TargetArn: arnOf(support.id), MaxResults: 1000});
		assert.equal(await gateway.count(target, instance, 'queues'), 48, 'standard queues, not the agents’ own');
		assert.equal(await gateway.count(target, instance, 'flows'), 212);
	});

	it('an instance with no settings: every section empty', async () => {
		const bare = await startEmulator({
			seed: {accounts: [{...seed.accounts[0]!, regions: {'us-east-1': [{...support, settings: undefined}]}}]},
		});
		const other = createAwsGateway({
			endpointUrl: bare.url,
			credentialsFor: () => async () => ({accessKeyId: prod.accessKeyId, secretAccessKey: prod.secretAccessKey}),
		});
		try {
			assert.deepEqual(await other.listApprovedOrigins(target, support.id), []);
			assert.deepEqual(await other.listLambdaFunctions(target, support.id), []);
			assert.deepEqual(await other.listLexBots(target, support.id), []);
			assert.deepEqual(await other.listLexV2Bots(target, support.id), []);
			assert.deepEqual(await other.listSecurityKeys(target, support.id), []);
			assert.deepEqual(await other.listIntegrations(target, support.id), []);
			assert.deepEqual(await other.listStorageConfigs(target, support.id, 'CALL_RECORDINGS'), []);
			assert.equal(await other.count(target, {id: support.id, arn: arnOf(support.id)}, 'users'), 0);
		} finally {
			other.dispose();
			await bare.close();
		}
	});

	it('denied: the error is an AccessDeniedException naming the action', async () => {
		const cases: Array<[string, () => Promise<unknown>]> = [
			['ListInstanceStorageConfigs', async () => gateway.listStorageConfigs(target, support.id, 'CALL_RECORDINGS')],
			['ListApprovedOrigins', async () => gateway.listApprovedOrigins(target, support.id)],
			['ListLambdaFunctions', async () => gateway.listLambdaFunctions(target, support.id)],
			['ListLexBots', async () => gateway.listLexBots(target, support.id)],
			['ListBots', async () => gateway.listLexV2Bots(target, support.id)],
			['ListSecurityKeys', async () => gateway.listSecurityKeys(target, support.id)],
			['ListIntegrationAssociations', async () => gateway.listIntegrations(target, support.id)],
			['ListTrafficDistributionGroups', async () => gateway.listTrafficDistributionGroups(target, support.id)],
			[
				'ListPhoneNumbersV2',
				async () => gateway.count(target, {id: support.id, arn: arnOf(support.id)}, 'phone-numbers'),
			],
			['ListUsers', async () => gateway.count(target, {id: support.id, arn: arnOf(support.id)}, 'users')],
			['ListQueues', async () => gateway.count(target, {id: support.id, arn: arnOf(support.id)}, 'queues')],
			['ListContactFlows', async () => gateway.count(target, {id: support.id, arn: arnOf(support.id)}, 'flows')],
		];
		for (const [operation, run] of cases) {
			const remove = emulator.inject({kind: 'deny', operation});
			try {
				const error = await rejects(run());
				assert.equal(error.code, 'AccessDeniedException', operation);
				assert.match(error.message, new RegExp(`connect:${operation}`), operation);
			} finally {
				remove();
			}
		}
	});
});
