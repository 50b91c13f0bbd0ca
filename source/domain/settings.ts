// An instance's settings in plain terms: storage and its encryption, approved origins, Lambda
// functions, Lex bots, security keys, integrations, traffic distribution groups and counts.
// Strings are raw (unsanitised): the views sanitise them.

/** The storage resource types the SDK knows (InstanceStorageResourceType), in the service model's order. */
export const STORAGE_RESOURCE_TYPES = [
	'CHAT_TRANSCRIPTS',
	'CALL_RECORDINGS',
	'SCHEDULED_REPORTS',
	'MEDIA_STREAMS',
	'CONTACT_TRACE_RECORDS',
	'AGENT_EVENTS',
	'REAL_TIME_CONTACT_ANALYSIS_SEGMENTS',
	'ATTACHMENTS',
	'CONTACT_EVALUATIONS',
	'SCREEN_RECORDINGS',
	'REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS',
	'REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS',
	'EMAIL_MESSAGES',
] as const;

export type StorageResourceType = (typeof STORAGE_RESOURCE_TYPES)[number];

/** One storage configuration (InstanceStorageConfig). `kmsKeyId` undefined: not encrypted by Connect. */
export type StorageConfig =
	| {readonly kind: 's3'; readonly bucket: string; readonly prefix: string; readonly kmsKeyId?: string}
	| {
			readonly kind: 'kinesis-video';
			readonly prefix: string;
			readonly retentionHours?: number;
			readonly kmsKeyId?: string;
	  }
	| {readonly kind: 'kinesis-stream'; readonly streamArn: string}
	| {readonly kind: 'firehose'; readonly firehoseArn: string}
	| {readonly kind: 'other'; readonly storageType: string};

/** How a storage resource type stands: what the matrix's storage columns and baselines speak of. */
export type StorageEncryption = 'encrypted' | 'not-encrypted' | 'not-configured' | 'stream';

/**
 * encrypted: every S3 or video-stream configuration names a KMS key; not-encrypted: one does not;
 * stream: only Kinesis streams or Firehose, whose encryption is set on the stream, not in Connect.
 */
export function storageEncryption(configs: readonly StorageConfig[]): StorageEncryption {
	if (configs.length === 0) return 'not-configured';
	const keyed = configs.filter((config) => config.kind === 's3' || config.kind === 'kinesis-video');
	if (keyed.length === 0) return 'stream';
	return keyed.every((config) => config.kmsKeyId !== undefined && config.kmsKeyId !== '')
		? 'encrypted'
		: 'not-encrypted';
}

export type LexBot = {readonly name: string; readonly lexRegion: string};

export type SecurityKey = {readonly associationId: string; readonly key: string; readonly creationTime?: string};

export type Integration = {
	readonly associationId: string;
	readonly type: string;
	readonly integrationArn: string;
	readonly sourceApplicationName?: string;
	readonly sourceType?: string;
};

export type TrafficDistributionGroup = {
	readonly id: string;
	readonly arn: string;
	readonly name: string;
	readonly status: string;
	readonly isDefault: boolean;
	readonly instanceArn?: string;
};

/** What the counts section pages through. */
export type CountKind = 'phone-numbers' | 'users' | 'queues' | 'flows';

export const COUNT_KINDS: readonly CountKind[] = ['phone-numbers', 'users', 'queues', 'flows'];

/** A count while it pages (`done` false) and once every page is in. */
export type Count = {readonly count: number; readonly pages: number; readonly done: boolean};

/** Short names for the detail view's storage lines (at most 27 columns, to fit the label column). */
export const STORAGE_LABELS: Readonly<Record<StorageResourceType, string>> = {
	CHAT_TRANSCRIPTS: 'Chat transcripts',
	CALL_RECORDINGS: 'Call recordings',
	SCHEDULED_REPORTS: 'Scheduled reports',
	MEDIA_STREAMS: 'Live media streaming',
	CONTACT_TRACE_RECORDS: 'Contact trace records',
	AGENT_EVENTS: 'Agent events',
	REAL_TIME_CONTACT_ANALYSIS_SEGMENTS: 'Contact Lens segments',
	ATTACHMENTS: 'Attachments',
	CONTACT_EVALUATIONS: 'Contact evaluations',
	SCREEN_RECORDINGS: 'Screen recordings',
	REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS: 'Contact Lens chat segments',
	REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS: 'Contact Lens voice segments',
	EMAIL_MESSAGES: 'Email messages',
};

/** The IAM action each section of the instance settings needs (named when access is denied). */
export const SETTINGS_IAM_ACTIONS = {
	storage: 'connect:ListInstanceStorageConfigs',
	origins: 'connect:ListApprovedOrigins',
	lambdas: 'connect:ListLambdaFunctions',
	lexV1: 'connect:ListLexBots',
	lexV2: 'connect:ListBots',
	keys: 'connect:ListSecurityKeys',
	integrations: 'connect:ListIntegrationAssociations',
	trafficGroups: 'connect:ListTrafficDistributionGroups',
	'phone-numbers': 'connect:ListPhoneNumbersV2',
	users: 'connect:ListUsers',
	queues: 'connect:ListQueues',
	flows: 'connect:ListContactFlows',
} as const;
