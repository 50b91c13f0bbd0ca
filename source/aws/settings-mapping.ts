// SDK output shapes of the instance-settings calls to domain types. Every field may be missing;
// nothing here throws, and entries too broken to show are dropped.
import type {Integration, LexBot, SecurityKey, StorageConfig, TrafficDistributionGroup} from '../domain/settings.js';

type Loose = Readonly<Record<string, unknown>>;

function record(value: unknown): Loose {
	return value && typeof value === 'object' ? (value as Loose) : {};
}

function string(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function isoTime(value: unknown): string | undefined {
	const date =
		value instanceof Date
			? value
			: typeof value === 'number'
				? new Date(value * 1000)
				: typeof value === 'string'
					? new Date(value)
					: undefined;
	return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

const kmsKey = (config: Loose): {kmsKeyId?: string} => {
	const encryption = record(config['EncryptionConfig']);
	const keyId = string(encryption['KeyId']);
	return keyId ? {kmsKeyId: keyId} : {};
};

export function toStorageConfig(value: unknown): StorageConfig {
	const config = record(value);
	const type = string(config['StorageType']) ?? '';
	switch (type) {
		case 'S3': {
			const s3 = record(config['S3Config']);
			return {
				kind: 's3',
				bucket: string(s3['BucketName']) ?? '',
				prefix: string(s3['BucketPrefix']) ?? '',
				...kmsKey(s3),
			};
		}

		case 'KINESIS_VIDEO_STREAM': {
			const video = record(config['KinesisVideoStreamConfig']);
			const hours = video['RetentionPeriodHours'];
			return {
				kind: 'kinesis-video',
				prefix: string(video['Prefix']) ?? '',
				...(typeof hours === 'number' ? {retentionHours: hours} : {}),
				...kmsKey(video),
			};
		}

		case 'KINESIS_STREAM':
			return {kind: 'kinesis-stream', streamArn: string(record(config['KinesisStreamConfig'])['StreamArn']) ?? ''};
		case 'KINESIS_FIREHOSE':
			return {kind: 'firehose', firehoseArn: string(record(config['KinesisFirehoseConfig'])['FirehoseArn']) ?? ''};
		default:
			return {kind: 'other', storageType: type};
	}
}

export function toStrings(values: unknown): string[] {
	return Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
}

/** ListLexBots' LexBots (V1: Name and LexRegion). */
export function toLexBots(values: unknown): LexBot[] {
	if (!Array.isArray(values)) return [];
	return values.flatMap((value) => {
		const bot = record(value);
		const name = string(bot['Name']);
		return name === undefined ? [] : [{name, lexRegion: string(bot['LexRegion']) ?? ''}];
	});
}

/** ListBots' LexBots with LexVersion V2: the alias ARNs. */
export function toLexV2AliasArns(values: unknown): string[] {
	if (!Array.isArray(values)) return [];
	return values.flatMap((value) => {
		const arn = string(record(record(value)['LexV2Bot'])['AliasArn']);
		return arn === undefined ? [] : [arn];
	});
}

export function toSecurityKeys(values: unknown): SecurityKey[] {
	if (!Array.isArray(values)) return [];
	return values.map((value) => {
		const key = record(value);
		const created = isoTime(key['CreationTime']);
		return {
			associationId: string(key['AssociationId']) ?? '',
			key: string(key['Key']) ?? '',
			...(created ? {creationTime: created} : {}),
		};
	});
}

export function toIntegrations(values: unknown): Integration[] {
	if (!Array.isArray(values)) return [];
	return values.map((value) => {
		const item = record(value);
		const name = string(item['SourceApplicationName']);
		const source = string(item['SourceType']);
		return {
			associationId: string(item['IntegrationAssociationId']) ?? '',
			type: string(item['IntegrationType']) ?? '',
			integrationArn: string(item['IntegrationArn']) ?? '',
			...(name ? {sourceApplicationName: name} : {}),
			...(source ? {sourceType: source} : {}),
		};
	});
}

export function toTrafficDistributionGroups(values: unknown): TrafficDistributionGroup[] {
	if (!Array.isArray(values)) return [];
	return values.map((value) => {
		const group = record(value);
		const instanceArn = string(group['InstanceArn']);
		return {
			id: string(group['Id']) ?? '',
			arn: string(group['Arn']) ?? '',
			name: string(group['Name']) ?? '',
			status: string(group['Status']) ?? '',
			isDefault: group['IsDefault'] === true,
			...(instanceArn ? {instanceArn} : {}),
		};
	});
}
