// The emulator's instance-settings operations through the real @aws-sdk/client-connect client:
// paths, member names, paging limits and modelled errors as the service model defines them.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {
	AssociateApprovedOriginCommand,
	ConnectClient,
	DisassociateApprovedOriginCommand,
	InstanceStorageResourceType,
	ListApprovedOriginsCommand,
	ListBotsCommand,
	ListContactFlowsCommand,
	ListInstanceStorageConfigsCommand,
	ListIntegrationAssociationsCommand,
	ListLambdaFunctionsCommand,
	ListLexBotsCommand,
	ListPhoneNumbersV2Command,
	ListQueuesCommand,
	ListSecurityKeysCommand,
	ListTrafficDistributionGroupsCommand,
	ListUsersCommand,
	paginateListUsers,
	type IntegrationType,
	type LexVersion,
} from '@aws-sdk/client-connect';
import {DEMO_PROFILES, demoSeed, startEmulator, type Emulator} from '../../source/emulator/index.js';

const prod = DEMO_PROFILES[0]!;
const seed = demoSeed();
const east = seed.accounts[0]!.regions['us-east-1']!;
const support = east.find((instance) => instance.alias === 'acme-support-us')!;
const billing = east.find((instance) => instance.alias === 'acme-billing')!;
const arnOf = (id: string) => `arn:aws:connect:us-east-1:${prod.accountId}:instance/${id}`;

async function rejection(promise: Promise<unknown>): Promise<Error & {$metadata?: {httpStatusCode?: number}}> {
	try {
		await promise;
	} catch (error) {
		assert.ok(error instanceof Error);
		return error;
	}

	assert.fail('expected the call to fail');
}

describe('emulator: instance settings through the real SDK client', () => {
	let emulator: Emulator;
	let connect: ConnectClient;
	before(async () => {
		emulator = await startEmulator({seed: demoSeed()});
		connect = new ConnectClient({
			endpoint: emulator.url,
			region: 'us-east-1',
			credentials: {accessKeyId: prod.accessKeyId, secretAccessKey: prod.secretAccessKey},
			maxAttempts: 1,
		});
	});
	after(async () => {
		connect.destroy();
		await emulator.close();
	});

	test('storage configs: one call per resource type, S3 with or without a KMS key, Kinesis, or none', async () => {
		const types = Object.values(InstanceStorageResourceType);
		assert.equal(types.length, 13);
		const recordings = await connect.send(
			new ListInstanceStorageConfigsCommand({InstanceId: support.id, ResourceType: 'CALL_RECORDINGS'}),
		);
		const s3 = recordings.StorageConfigs?.[0]?.S3Config;
		assert.equal(recordings.StorageConfigs?.[0]?.StorageType, 'S3');
		assert.match(s3?.BucketName ?? '', /^amazon-connect-acme-support-us/);
		assert.equal(s3?.EncryptionConfig?.EncryptionType, 'KMS');
		assert.match(s3?.EncryptionConfig?.KeyId ?? '', /^arn:aws:kms:/);
		const plain = await connect.send(
			new ListInstanceStorageConfigsCommand({InstanceId: billing.id, ResourceType: 'CALL_RECORDINGS'}),
		);
		assert.equal(plain.StorageConfigs?.[0]?.S3Config?.EncryptionConfig, undefined);
		const video = await connect.send(
			new ListInstanceStorageConfigsCommand({InstanceId: support.id, ResourceType: 'MEDIA_STREAMS'}),
		);
		assert.equal(video.StorageConfigs?.[0]?.KinesisVideoStreamConfig?.RetentionPeriodHours, 24);
		const ctr = await connect.send(
			new ListInstanceStorageConfigsCommand({InstanceId: support.id, ResourceType: 'CONTACT_TRACE_RECORDS'}),
		);
		assert.match(ctr.StorageConfigs?.[0]?.KinesisStreamConfig?.StreamArn ?? '', /^arn:aws:kinesis:/);
		const none = await connect.send(
			new ListInstanceStorageConfigsCommand({InstanceId: support.id, ResourceType: 'EMAIL_MESSAGES'}),
		);
		assert.deepEqual(none.StorageConfigs, []);
		const bad = await rejection(
			connect.send(
				new ListInstanceStorageConfigsCommand({
					InstanceId: support.id,
					ResourceType: 'VOICEMAIL' as InstanceStorageResourceType,
				}),
			),
		);
		assert.equal(bad.name, 'InvalidParameterException');
		const tooMany = await rejection(
			connect.send(
				new ListInstanceStorageConfigsCommand({InstanceId: support.id, ResourceType: 'ATTACHMENTS', MaxResults: 11}),
			),
		);
		assert.equal(tooMany.name, 'InvalidParameterException');
		assert.match(tooMany.message, /between 1 and 10/);
	});

	test('paging limits: 25 approved origins, 2 security keys, 1000 users a page', async () => {
		const origins = await rejection(
			connect.send(new ListApprovedOriginsCommand({InstanceId: support.id, MaxResults: 26})),
		);
		assert.equal(origins.name, 'InvalidParameterException');
		const keys = await connect.send(new ListSecurityKeysCommand({InstanceId: support.id}));
		assert.equal(keys.SecurityKeys?.length, 2, 'two keys a page by default');
		assert.ok(keys.NextToken);
		assert.ok(keys.SecurityKeys?.[0]?.CreationTime instanceof Date);
		const rest = await connect.send(new ListSecurityKeysCommand({InstanceId: support.id, NextToken: keys.NextToken}));
		assert.equal(rest.SecurityKeys?.length, 1);
		assert.equal(rest.NextToken, undefined);
		const threeKeys = await rejection(
			connect.send(new ListSecurityKeysCommand({InstanceId: support.id, MaxResults: 3})),
		);
		assert.equal(threeKeys.name, 'InvalidParameterException');
		let pages = 0;
		let users = 0;
		for await (const page of paginateListUsers({client: connect, pageSize: 1000}, {InstanceId: support.id})) {
			pages++;
			users += page.UserSummaryList?.length ?? 0;
		}

		assert.deepEqual([pages, users], [3, 2350]);
		const firstDefault = await connect.send(new ListUsersCommand({InstanceId: support.id}));
		assert.equal(firstDefault.UserSummaryList?.length, 100, '100 a page unless asked');
		const tooBig = await rejection(connect.send(new ListUsersCommand({InstanceId: support.id, MaxResults: 1001})));
		assert.equal(tooBig.name, 'InvalidParameterException');
	});

	test('approved origins: associate, list, disassociate; duplicates, http and paths are refused', async () => {
		await connect.send(
			new AssociateApprovedOriginCommand({InstanceId: support.id, Origin: 'https://new.acme.example'}),
		);
		const listed = await connect.send(new ListApprovedOriginsCommand({InstanceId: support.id}));
		assert.ok(listed.Origins?.includes('https://new.acme.example'));
		const request = emulator.requests.findLast((entry) => entry.operation === 'AssociateApprovedOrigin');
		assert.equal(request?.method, 'PUT');
		assert.equal(request?.path, `/instance/${support.id}/approved-origin`);
		assert.equal((request?.body as {Origin?: string}).Origin, 'https://new.acme.example');
		const again = await rejection(
			connect.send(new AssociateApprovedOriginCommand({InstanceId: support.id, Origin: 'https://new.acme.example'})),
		);
		assert.equal(again.name, 'ResourceConflictException');
		for (const origin of [
			'http://plain.acme.example',
			'https://acme.example/path',
			`https://${'a'.repeat(260)}.example`,
		]) {
			const refused = await rejection(
				connect.send(new AssociateApprovedOriginCommand({InstanceId: support.id, Origin: origin})),
			);
			assert.equal(refused.name, 'InvalidParameterException', origin);
		}

		await connect.send(
			new DisassociateApprovedOriginCommand({InstanceId: support.id, Origin: 'https://new.acme.example'}),
		);
		const removal = emulator.requests.findLast((entry) => entry.operation === 'DisassociateApprovedOrigin');
		assert.equal(removal?.method, 'DELETE');
		assert.equal(removal?.query['origin'], 'https://new.acme.example');
		assert.ok(
			!emulator.approvedOriginsOf(prod.accountId, 'us-east-1', support.id)?.includes('https://new.acme.example'),
		);
		const gone = await rejection(
			connect.send(new DisassociateApprovedOriginCommand({InstanceId: support.id, Origin: 'https://new.acme.example'})),
		);
		assert.equal(gone.name, 'ResourceNotFoundException');
	});

	test('Lambda, Lex V1 and V2, integrations, traffic distribution groups, phone numbers, queues, flows', async () => {
		const lambdas = await connect.send(new ListLambdaFunctionsCommand({InstanceId: support.id}));
		assert.match(lambdas.LambdaFunctions?.[0] ?? '', /^arn:aws:lambda:us-east-1:/);
		const v1 = await connect.send(new ListLexBotsCommand({InstanceId: support.id}));
		assert.equal(v1.LexBots?.[0]?.LexRegion, 'us-east-1');
		const v2 = await connect.send(new ListBotsCommand({InstanceId: support.id, LexVersion: 'V2'}));
		assert.match(v2.LexBots?.[0]?.LexV2Bot?.AliasArn ?? '', /^arn:aws:lex:.*:bot-alias\//);
		const v1ByListBots = await connect.send(new ListBotsCommand({InstanceId: support.id, LexVersion: 'V1'}));
		assert.equal(v1ByListBots.LexBots?.[0]?.LexBot?.Name, v1.LexBots?.[0]?.Name);
		const badVersion = await rejection(
			connect.send(new ListBotsCommand({InstanceId: support.id, LexVersion: 'V3' as LexVersion})),
		);
		assert.equal(badVersion.name, 'InvalidRequestException');
		const integrations = await connect.send(new ListIntegrationAssociationsCommand({InstanceId: support.id}));
		assert.deepEqual(
			integrations.IntegrationAssociationSummaryList?.map((item) => item.IntegrationType),
			['WISDOM_ASSISTANT', 'EVENT'],
		);
		const events = await connect.send(
			new ListIntegrationAssociationsCommand({InstanceId: support.id, IntegrationType: 'EVENT' as IntegrationType}),
		);
		assert.equal(events.IntegrationAssociationSummaryList?.length, 1);
		const groups = await connect.send(new ListTrafficDistributionGroupsCommand({InstanceId: arnOf(support.id)}));
		assert.equal(groups.TrafficDistributionGroupSummaryList?.[0]?.InstanceArn, arnOf(support.id));
		assert.equal(groups.TrafficDistributionGroupSummaryList?.[0]?.IsDefault, true);
		const noGroups = await connect.send(new ListTrafficDistributionGroupsCommand({InstanceId: billing.id}));
		assert.deepEqual(noGroups.TrafficDistributionGroupSummaryList, []);
		const badId = await rejection(connect.send(new ListTrafficDistributionGroupsCommand({InstanceId: 'not-an-id'})));
		assert.equal(badId.name, 'InvalidRequestException');
		const numbers = await connect.send(new ListPhoneNumbersV2Command({TargetArn: arnOf(support.id), MaxResults: 1000}));
		assert.equal(numbers.ListPhoneNumbersSummaryList?.length, 140);
		assert.equal(numbers.ListPhoneNumbersSummaryList?.[0]?.TargetArn, arnOf(support.id));
		const both = await rejection(
			connect.send(new ListPhoneNumbersV2Command({TargetArn: arnOf(support.id), InstanceId: support.id})),
		);
		assert.equal(both.name, 'InvalidParameterException');
		const standard = await connect.send(
			new ListQueuesCommand({InstanceId: support.id, QueueTypes: ['STANDARD'], MaxResults: 1000}),
		);
		assert.equal(standard.QueueSummaryList?.length, 48);
		const flows = await connect.send(new ListContactFlowsCommand({InstanceId: support.id, MaxResults: 1000}));
		assert.equal(flows.ContactFlowSummaryList?.length, 212);
	});

	test('an instance without settings has none, and an unknown instance is a ResourceNotFoundException', async () => {
		const empty = await startEmulator({
			seed: {accounts: [{...seed.accounts[0]!, regions: {'us-east-1': [{...support, settings: undefined}]}}]},
		});
		const bare = new ConnectClient({
			endpoint: empty.url,
			region: 'us-east-1',
			credentials: {accessKeyId: prod.accessKeyId, secretAccessKey: prod.secretAccessKey},
			maxAttempts: 1,
		});
		try {
			const origins = await bare.send(new ListApprovedOriginsCommand({InstanceId: support.id}));
			assert.deepEqual(origins.Origins, []);
			const users = await bare.send(new ListUsersCommand({InstanceId: support.id}));
			assert.deepEqual(users.UserSummaryList, []);
			const missing = await rejection(bare.send(new ListLambdaFunctionsCommand({InstanceId: billing.id})));
			assert.equal(missing.name, 'ResourceNotFoundException');
		} finally {
			bare.destroy();
			await empty.close();
		}
	});
});
