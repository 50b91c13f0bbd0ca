// The seed of an instance's settings: storage configurations, approved origins, Lambda functions, Lex
// bots, security keys, integrations, traffic distribution groups and how many phone numbers, users,
// queues and flows it has. Everything is optional: an instance without settings has none of them.

/** The storage resource types Amazon Connect knows (InstanceStorageResourceType), in the model's order. */
export const storageResourceTypes = [
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

export type StorageResourceType = (typeof storageResourceTypes)[number];

/** One storage configuration, shaped as the API's InstanceStorageConfig without its AssociationId. */
export type SeedStorageConfig =
	| {storageType: 'S3'; bucketName: string; bucketPrefix: string; kmsKeyId?: string}
	| {storageType: 'KINESIS_VIDEO_STREAM'; prefix: string; retentionPeriodHours: number; kmsKeyId: string}
	| {storageType: 'KINESIS_STREAM'; streamArn: string}
	| {storageType: 'KINESIS_FIREHOSE'; firehoseArn: string};

export type SeedIntegration = {
	integrationType: string;
	integrationArn: string;
	sourceApplicationUrl?: string;
	sourceApplicationName?: string;
	sourceType?: 'SALESFORCE' | 'ZENDESK' | 'CASES';
};

export type SeedTrafficDistributionGroup = {
	name: string;
	status:
		| 'CREATION_IN_PROGRESS'
		| 'ACTIVE'
		| 'CREATION_FAILED'
		| 'PENDING_DELETION'
		| 'DELETION_FAILED'
		| 'UPDATE_IN_PROGRESS';
	isDefault?: boolean;
};

export type SeedSettings = {
	storage?: Partial<Record<StorageResourceType, SeedStorageConfig[]>>;
	approvedOrigins?: string[];
	lambdaFunctions?: string[];
	/** Amazon Lex V1 bots: name and Lex region. */
	lexBots?: Array<{name: string; lexRegion: string}>;
	/** Amazon Lex V2 bot alias ARNs. */
	lexV2AliasArns?: string[];
	securityKeys?: Array<{key: string; creationTime: string}>;
	integrations?: SeedIntegration[];
	trafficDistributionGroups?: SeedTrafficDistributionGroup[];
	/** How many of each the instance has; their names and ids are generated. */
	phoneNumbers?: number;
	users?: number;
	queues?: number;
	flows?: number;
};
