import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {
	toIntegrations,
	toLexBots,
	toLexV2AliasArns,
	toSecurityKeys,
	toStorageConfig,
	toStrings,
	toTrafficDistributionGroups,
} from '../../source/aws/settings-mapping.js';
import {InstanceStorageResourceType} from '@aws-sdk/client-connect';
import {
	STORAGE_LABELS,
	STORAGE_RESOURCE_TYPES,
	storageEncryption,
	type StorageConfig,
} from '../../source/domain/settings.js';
import {storageResourceTypes} from '../../source/emulator/settings-types.js';

describe('storage configs', () => {
	test('the storage types are the ones the SDK knows (13 today), for the app and the emulator alike', () => {
		const sdk = Object.values(InstanceStorageResourceType).sort();
		assert.deepEqual([...STORAGE_RESOURCE_TYPES].sort(), sdk);
		assert.deepEqual([...storageResourceTypes].sort(), sdk);
		for (const type of STORAGE_RESOURCE_TYPES) assert.ok(STORAGE_LABELS[type].length <= 27, type);
	});

	test('S3 with a KMS key, S3 without, video stream, Kinesis stream, Firehose and an unknown type', () => {
		assert.deepEqual(
			toStorageConfig({
				AssociationId: 'a1',
				StorageType: 'S3',
				S3Config: {
					BucketName: 'bucket',
					BucketPrefix: 'connect/x',
					EncryptionConfig: {EncryptionType: 'KMS', KeyId: 'arn:aws:kms:us-east-1:1:key/k'},
				},
			}),
			{kind: 's3', bucket: 'bucket', prefix: 'connect/x', kmsKeyId: 'arn:aws:kms:us-east-1:1:key/k'},
		);
		assert.deepEqual(toStorageConfig({StorageType: 'S3', S3Config: {BucketName: 'b', BucketPrefix: 'p'}}), {
			kind: 's3',
			bucket: 'b',
			prefix: 'p',
		});
		assert.deepEqual(
			toStorageConfig({
				StorageType: 'KINESIS_VIDEO_STREAM',
				KinesisVideoStreamConfig: {
					Prefix: 'live',
					RetentionPeriodHours: 24,
					EncryptionConfig: {EncryptionType: 'KMS', KeyId: 'k'},
				},
			}),
			{kind: 'kinesis-video', prefix: 'live', retentionHours: 24, kmsKeyId: 'k'},
		);
		assert.deepEqual(toStorageConfig({StorageType: 'KINESIS_STREAM', KinesisStreamConfig: {StreamArn: 'arn:s'}}), {
			kind: 'kinesis-stream',
			streamArn: 'arn:s',
		});
		assert.deepEqual(
			toStorageConfig({StorageType: 'KINESIS_FIREHOSE', KinesisFirehoseConfig: {FirehoseArn: 'arn:f'}}),
			{kind: 'firehose', firehoseArn: 'arn:f'},
		);
		assert.deepEqual(toStorageConfig({StorageType: 'TAPE'}), {kind: 'other', storageType: 'TAPE'});
		assert.deepEqual(toStorageConfig(null), {kind: 'other', storageType: ''});
	});

	test('encryption: every keyed config has a key; streams only; nothing', () => {
		const s3 = (kmsKeyId?: string): StorageConfig => ({
			kind: 's3',
			bucket: 'b',
			prefix: 'p',
			...(kmsKeyId ? {kmsKeyId} : {}),
		});
		assert.equal(storageEncryption([]), 'not-configured');
		assert.equal(storageEncryption([s3('k')]), 'encrypted');
		assert.equal(storageEncryption([s3()]), 'not-encrypted');
		assert.equal(storageEncryption([s3('k'), s3()]), 'not-encrypted');
		assert.equal(storageEncryption([{kind: 'kinesis-stream', streamArn: 'a'}]), 'stream');
	});
});

describe('lists', () => {
	test('origins and Lambda ARNs keep strings only', () => {
		assert.deepEqual(toStrings(['https://a.example', 3, null, 'https://b.example']), [
			'https://a.example',
			'https://b.example',
		]);
		assert.deepEqual(toStrings(undefined), []);
	});

	test('Lex V1 bots need a name; V2 bots are their alias ARNs', () => {
		assert.deepEqual(toLexBots([{Name: 'Router', LexRegion: 'us-east-1'}, {LexRegion: 'x'}]), [
			{name: 'Router', lexRegion: 'us-east-1'},
		]);
		assert.deepEqual(toLexV2AliasArns([{LexV2Bot: {AliasArn: 'arn:aws:lex:a'}}, {LexBot: {Name: 'v1'}}]), [
			'arn:aws:lex:a',
		]);
	});

	test('security keys with their creation time (Date or epoch seconds) in ISO 8601', () => {
		assert.deepEqual(
			toSecurityKeys([
				{AssociationId: 'k1', Key: 'PEM', CreationTime: new Date('2024-01-15T10:00:00Z')},
				{AssociationId: 'k2', Key: 'PEM2', CreationTime: 1705312800},
				{AssociationId: 'k3'},
			]),
			[
				{associationId: 'k1', key: 'PEM', creationTime: '2024-01-15T10:00:00.000Z'},
				{associationId: 'k2', key: 'PEM2', creationTime: '2024-01-15T10:00:00.000Z'},
				{associationId: 'k3', key: ''},
			],
		);
	});

	test('integrations and traffic distribution groups', () => {
		assert.deepEqual(
			toIntegrations([
				{
					IntegrationAssociationId: 'i1',
					IntegrationType: 'EVENT',
					IntegrationArn: 'arn:e',
					SourceApplicationName: 'Salesforce',
					SourceType: 'SALESFORCE',
				},
				{IntegrationAssociationId: 'i2', IntegrationType: 'WISDOM_ASSISTANT', IntegrationArn: 'arn:w'},
			]),
			[
				{
					associationId: 'i1',
					type: 'EVENT',
					integrationArn: 'arn:e',
					sourceApplicationName: 'Salesforce',
					sourceType: 'SALESFORCE',
				},
				{associationId: 'i2', type: 'WISDOM_ASSISTANT', integrationArn: 'arn:w'},
			],
		);
		assert.deepEqual(
			toTrafficDistributionGroups([
				{Id: 'g', Arn: 'arn:g', Name: 'default', Status: 'ACTIVE', IsDefault: true, InstanceArn: 'arn:i'},
			]),
			[{id: 'g', arn: 'arn:g', name: 'default', status: 'ACTIVE', isDefault: true, instanceArn: 'arn:i'}],
		);
		assert.deepEqual(toTrafficDistributionGroups([{}]), [{id: '', arn: '', name: '', status: '', isDefault: false}]);
	});
});
