// Instance settings of the demo estate: storage that is encrypted with the company key, encrypted with
// another key, not encrypted or not configured; approved origins, a Lambda, Lex V1 and V2 bots, security
// keys, integrations, a traffic distribution group for each replicated instance, and realistic counts.
// Deterministic: derived from each instance's alias, region and account.
import type {Seed, SeedInstance} from './types.js';
import type {SeedSettings, SeedStorageConfig} from './settings-types.js';

const demoKey = (region: string, account: string) =>
	`arn:aws:kms:${region}:${account}:key/4f6c2a1e-7d3b-4e8a-9c51-0b2d6e8f1a37`;

const pem = (name: string) =>
	`-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${Buffer.from(name).toString('base64')}IDAQAB\n-----END PUBLIC KEY-----`;

/** Instances whose call recordings are not encrypted, or have no storage at all (what an audit looks for). */
const unencrypted = new Set(['acme-billing', 'acme-support-au-dev']);
const noStorage = new Set(['acme-ivr-lab', 'acme-chat-pilot-au']);

function storage(alias: string, region: string, account: string): SeedSettings['storage'] {
	if (noStorage.has(alias)) return {};
	const bucket = `amazon-connect-${alias}-${region}`.slice(0, 63);
	const key =
		alias === 'acme-claims-intake'
			? `arn:aws:kms:${region}:${account}:alias/claims-restricted`
			: demoKey(region, account);
	const s3 = (folder: string, encrypted = true): SeedStorageConfig[] => [
		{
			storageType: 'S3',
			bucketName: bucket,
			bucketPrefix: `connect/${alias}/${folder}`,
			...(encrypted ? {kmsKeyId: key} : {}),
		},
	];
	const streams = `arn:aws:kinesis:${region}:${account}`;
	return {
		CALL_RECORDINGS: s3('CallRecordings', !unencrypted.has(alias)),
		CHAT_TRANSCRIPTS: s3('ChatTranscripts', alias !== 'acme-billing'),
		SCHEDULED_REPORTS: s3('Reports'),
		ATTACHMENTS: s3('Attachments'),
		SCREEN_RECORDINGS: alias === 'acme-support-us' ? s3('ScreenRecordings') : [],
		MEDIA_STREAMS: [
			{storageType: 'KINESIS_VIDEO_STREAM', prefix: `${alias}-live`, retentionPeriodHours: 24, kmsKeyId: key},
		],
		CONTACT_TRACE_RECORDS: [{storageType: 'KINESIS_STREAM', streamArn: `${streams}:stream/${alias}-ctr`}],
		AGENT_EVENTS: [
			{
				storageType: 'KINESIS_FIREHOSE',
				firehoseArn: `arn:aws:firehose:${region}:${account}:deliverystream/${alias}-agent-events`,
			},
		],
	};
}

function settingsFor(instance: SeedInstance, region: string, account: string): SeedSettings {
	const {alias} = instance;
	const big = alias === 'acme-support-us';
	const settings: SeedSettings = {
		storage: storage(alias, region, account),
		approvedOrigins: [`https://${alias}.acme.example`, 'https://crm.acme.example', 'https://agents.acme.example:8443'],
		lambdaFunctions: [`arn:aws:lambda:${region}:${account}:function:${alias}-customer-lookup`],
		lexBots: alias.endsWith('-dev') ? [] : [{name: `${alias.replace(/-/g, '_')}_Router`, lexRegion: region}],
		lexV2AliasArns: [`arn:aws:lex:${region}:${account}:bot-alias/BOT${alias.length}XYZQ1/TSTALIASID`],
		securityKeys: Array.from({length: big ? 3 : 1}, (_, index) => ({
			key: pem(`${alias}-${index}`),
			creationTime: `2024-0${index + 1}-15T10:00:00Z`,
		})),
		integrations: [
			{
				integrationType: 'WISDOM_ASSISTANT',
				integrationArn: `arn:aws:wisdom:${region}:${account}:assistant/6d4a8c1e-2b3f-4a5d-8e9f-${'0'.repeat(12)}`,
			},
			{
				integrationType: 'EVENT',
				integrationArn: `arn:aws:app-integrations:${region}:${account}:event-integration/${alias}-crm`,
				sourceApplicationName: 'Salesforce',
				sourceApplicationUrl: 'https://acme.my.salesforce.com',
				sourceType: 'SALESFORCE',
			},
		],
		phoneNumbers: big ? 140 : 6 + (alias.length % 9),
		users: big ? 2350 : 40 + alias.length * 7,
		queues: big ? 48 : 4 + (alias.length % 11),
		flows: big ? 212 : 20 + alias.length,
	};
	if (instance.replication) {
		settings.trafficDistributionGroups = [{name: `${alias}-default`, status: 'ACTIVE', isDefault: true}];
	}

	return settings;
}

/** The seed with settings on every active instance that has none yet. */
export function withDemoSettings(seed: Seed): Seed {
	for (const account of seed.accounts) {
		for (const [region, instances] of Object.entries(account.regions)) {
			for (const [index, instance] of instances.entries()) {
				if (instance.status !== 'ACTIVE' || instance.settings) continue;
				instances[index] = {...instance, settings: settingsFor(instance, region, account.accountId)};
			}
		}
	}

	return seed;
}
