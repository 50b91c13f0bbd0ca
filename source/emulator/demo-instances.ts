// The demo estate's instances, account by account and region by region: a realistic spread of aliases,
// identity types, replicas, failures and one deliberately hostile instance. Deterministic.
import {deterministicId} from './ids.js';
import type {SeedInstance} from './types.js';

export const prod = '111122223333';
export const dev = '444455556666';

type Spec = Partial<SeedInstance> & {alias: string; createdTime: string};

function make(account: string, region: string, spec: Spec): SeedInstance {
	return {
		id: spec.id ?? deterministicId(`${account}/${region}/${spec.alias}`),
		status: 'ACTIVE',
		identityManagementType: 'SAML',
		inboundCalls: true,
		outboundCalls: true,
		...spec,
	};
}

const prodTags = (costCenter: string, owner: string, extra: Record<string, string> = {}): Record<string, string> => ({
	CostCenter: costCenter,
	Environment: 'production',
	Owner: owner,
	...extra,
});

const devTags = (owner: string, extra: Record<string, string> = {}): Record<string, string> => ({
	CostCenter: 'CC-9000',
	Environment: 'development',
	Owner: owner,
	...extra,
});

const standardAttributes = {CONTACTFLOW_LOGS: 'true', EARLY_MEDIA: 'true', MULTI_PARTY_CONFERENCE: 'true'};

export function prodUsEast1(): SeedInstance[] {
	const region = 'us-east-1';
	const at = (spec: Spec) => make(prod, region, spec);
	return [
		at({
			alias: 'acme-support-us',
			createdTime: '2021-03-15T14:02:11Z',
			attributes: {
				...standardAttributes,
				CONTACT_LENS: 'true',
				ENHANCED_CONTACT_MONITORING: 'true',
				USE_CUSTOM_TTS_VOICES: 'true',
			},
			tags: prodTags('CC-4102', 'contact-center-platform@acme.example', {
				Application: 'customer-support',
				DataClassification: 'confidential',
			}),
			replication: {
				sourceRegion: 'us-east-1',
				globalSignInEndpoint: 'https://acme-support-us.global.my.connect.aws',
				regions: [
					{region: 'us-east-1', status: 'INSTANCE_REPLICATION_COMPLETE'},
					{region: 'us-west-2', status: 'INSTANCE_REPLICATION_COMPLETE'},
				],
			},
		}),
		at({
			alias: 'acme-sales-us',
			identityManagementType: 'CONNECT_MANAGED',
			createdTime: '2021-06-02T09:30:00Z',
			attributes: {...standardAttributes, CONTACT_LENS: 'true', HIGH_VOLUME_OUTBOUND: 'true'},
			tags: prodTags('CC-5200', 'sales-ops@acme.example', {Application: 'inside-sales'}),
		}),
		at({
			alias: 'acme-claims-intake',
			createdTime: '2022-01-20T16:45:27Z',
			attributes: {...standardAttributes, CONTACT_LENS: 'true', AUTO_RESOLVE_BEST_VOICES: 'true'},
			tags: prodTags('CC-4300', 'claims-it@acme.example', {Application: 'claims', DataClassification: 'restricted'}),
			replication: {
				sourceRegion: 'us-east-1',
				globalSignInEndpoint: 'https://acme-claims-intake.global.my.connect.aws',
				regions: [
					{region: 'us-east-1', status: 'INSTANCE_REPLICATION_COMPLETE'},
					{
						region: 'us-west-2',
						status: 'INSTANCE_REPLICATION_FAILED',
						statusReason:
							'Replication failed: the account has reached its quota of Amazon Connect instances in us-west-2. Request a quota increase, then replicate again.',
					},
				],
			},
		}),
		at({
			alias: 'acme-billing',
			identityManagementType: 'EXISTING_DIRECTORY',
			createdTime: '2020-11-04T11:12:13Z',
			outboundCalls: false,
			attributes: {CONTACTFLOW_LOGS: 'true'},
			tags: prodTags('CC-4410', 'billing-systems@acme.example'),
		}),
		at({
			alias: 'acme-outbound-campaigns',
			identityManagementType: 'CONNECT_MANAGED',
			createdTime: '2023-02-28T08:00:00Z',
			inboundCalls: false,
			attributes: {...standardAttributes, HIGH_VOLUME_OUTBOUND: 'true'},
			tags: prodTags('CC-5200', 'sales-ops@acme.example', {Application: 'campaigns'}),
		}),
		at({
			alias: 'acme-retail-chat',
			createdTime: '2022-08-09T13:25:00Z',
			inboundCalls: false,
			outboundCalls: false,
			attributes: {
				CONTACTFLOW_LOGS: 'true',
				ENHANCED_CHAT_MONITORING: 'true',
				MESSAGE_STREAMING: 'true',
				MULTI_PARTY_CHAT_CONFERENCE: 'true',
			},
			tags: prodTags('CC-4102', 'digital-channels@acme.example', {Application: 'web-chat'}),
		}),
		at({
			alias: 'acme-it-helpdesk',
			identityManagementType: 'EXISTING_DIRECTORY',
			createdTime: '2019-05-17T10:00:00Z',
			attributes: {CONTACTFLOW_LOGS: 'true', EARLY_MEDIA: 'true'},
			tags: prodTags('CC-1100', 'it-service-desk@acme.example', {Application: 'internal-helpdesk'}),
		}),
		at({
			alias: 'acme-collections',
			identityManagementType: 'CONNECT_MANAGED',
			createdTime: '2021-09-30T19:40:00Z',
			attributes: {...standardAttributes, CONTACT_LENS: 'true'},
			tags: prodTags('CC-4420', 'collections@acme.example', {DataClassification: 'restricted'}),
		}),
		at({
			alias: 'acme-onboarding',
			status: 'CREATION_IN_PROGRESS',
			createdTime: '2025-06-10T07:58:31Z',
			inboundCalls: false,
			outboundCalls: false,
			tags: prodTags('CC-4102', 'contact-center-platform@acme.example', {Ticket: 'CCP-1873'}),
		}),
		at({
			alias: 'acme-pharmacy-line',
			status: 'CREATION_FAILED',
			statusReason:
				'Instance creation failed: the service-linked role AWSServiceRoleForAmazonConnect could not be created. Check that iam:CreateServiceLinkedRole is allowed for this account.',
			identityManagementType: 'EXISTING_DIRECTORY',
			createdTime: '2025-05-28T15:21:09Z',
			inboundCalls: false,
			outboundCalls: false,
			tags: prodTags('CC-4600', 'pharmacy-it@acme.example', {Ticket: 'CCP-1791'}),
		}),
		at({
			alias: 'acme-hr-hotline',
			identityManagementType: 'CONNECT_MANAGED',
			createdTime: '2020-02-14T12:00:00Z',
			outboundCalls: false,
			attributes: {CONTACTFLOW_LOGS: 'false', EARLY_MEDIA: 'true'},
			tags: prodTags('CC-1200', 'people-systems@acme.example', {DataClassification: 'confidential'}),
		}),
		at({
			alias: 'acme-vip-concierge',
			createdTime: '2023-10-05T17:05:44Z',
			attributes: {
				...standardAttributes,
				CONTACT_LENS: 'true',
				ENHANCED_CONTACT_MONITORING: 'true',
				USE_CUSTOM_TTS_VOICES: 'true',
			},
			tags: prodTags('CC-4102', 'contact-center-platform@acme.example', {Application: 'premium-support'}),
		}),
		at({
			alias: 'acme-warranty',
			identityManagementType: 'CONNECT_MANAGED',
			createdTime: '2022-04-11T06:30:00Z',
			tags: prodTags('CC-4700', 'warranty-ops@acme.example'),
		}),
		at({
			alias: 'acme-field-service',
			createdTime: '2024-01-08T09:15:00Z',
			attributes: {...standardAttributes, MULTI_PARTY_CHAT_CONFERENCE: 'true'},
			tags: prodTags('CC-4800', 'field-ops@acme.example', {Application: 'dispatch'}),
		}),
	];
}

export function prodUsWest2(replicated: SeedInstance): SeedInstance[] {
	return [
		// The global resiliency replica keeps the source instance's id.
		{...replicated, createdTime: '2023-04-03T18:20:00Z', tags: {...replicated.tags, ReplicaOf: 'us-east-1'}},
		make(prod, 'us-west-2', {
			alias: 'acme-analytics-sandbox',
			identityManagementType: 'CONNECT_MANAGED',
			createdTime: '2024-07-22T10:10:10Z',
			inboundCalls: false,
			outboundCalls: false,
			attributes: {CONTACTFLOW_LOGS: 'true', CONTACT_LENS: 'true'},
			tags: {CostCenter: 'CC-3100', Environment: 'staging', Owner: 'cx-analytics@acme.example'},
		}),
	];
}

export function prodEurope(): {central: SeedInstance[]; london: SeedInstance[]} {
	const salesEu = make(prod, 'eu-central-1', {
		alias: 'acme-sales-eu',
		createdTime: '2022-03-01T08:00:00Z',
		attributes: {...standardAttributes, CONTACT_LENS: 'true'},
		tags: prodTags('CC-5300', 'sales-emea@acme.example', {Application: 'inside-sales', DataResidency: 'EU'}),
		replication: {
			sourceRegion: 'eu-central-1',
			globalSignInEndpoint: 'https://acme-sales-eu.global.my.connect.aws',
			regions: [
				{region: 'eu-central-1', status: 'INSTANCE_REPLICATION_COMPLETE'},
				{region: 'eu-west-2', status: 'INSTANCE_REPLICATION_COMPLETE'},
			],
		},
	});
	const central = [
		salesEu,
		make(prod, 'eu-central-1', {
			alias: 'acme-kundenservice-de',
			identityManagementType: 'EXISTING_DIRECTORY',
			createdTime: '2021-11-23T07:45:00Z',
			attributes: {...standardAttributes, USE_CUSTOM_TTS_VOICES: 'true'},
			tags: prodTags('CC-4150', 'service-dach@acme.example', {DataResidency: 'EU', Language: 'de-DE'}),
		}),
	];
	const london = [
		{...salesEu, createdTime: '2023-09-12T12:34:56Z', tags: {...salesEu.tags, ReplicaOf: 'eu-central-1'}},
		make(prod, 'eu-west-2', {
			alias: 'acme-support-uk',
			identityManagementType: 'CONNECT_MANAGED',
			createdTime: '2021-07-19T09:00:00Z',
			attributes: {...standardAttributes, CONTACT_LENS: 'true'},
			tags: prodTags('CC-4160', 'service-uk@acme.example', {DataResidency: 'UK'}),
		}),
	];
	return {central, london};
}

export function devUsEast1(): SeedInstance[] {
	const at = (spec: Spec) => make(dev, 'us-east-1', spec);
	return [
		at({
			alias: 'acme-support-us-dev',
			createdTime: '2023-05-05T10:00:00Z',
			attributes: {...standardAttributes, CONTACT_LENS: 'true'},
			tags: devTags('contact-center-platform@acme.example', {Application: 'customer-support'}),
		}),
		at({
			alias: 'acme-ivr-lab',
			identityManagementType: 'CONNECT_MANAGED',
			createdTime: '2024-02-29T23:59:59Z',
			outboundCalls: false,
			attributes: {CONTACTFLOW_LOGS: 'true', AUTO_RESOLVE_BEST_VOICES: 'true'},
			tags: devTags('ivr-team@acme.example', {Ticket: 'LAB-42'}),
		}),
		// Hostile strings on purpose: the UI must render them inert (visible in the demo).
		at({
			alias: 'qa-\u001b[31mred-alert\u001b[0m-\u202etxt.exe',
			identityManagementType: 'CONNECT_MANAGED',
			createdTime: '2025-01-01T00:00:00Z',
			inboundCalls: false,
			outboundCalls: false,
			tags: devTags('\u001b]0;pwned\u0007mallory@evil.example', {
				Note: '\u202eevil\u202c \u001b[2J\u001b[Hscreen cleared\u0007',
			}),
		}),
	];
}

export function devSydney(): SeedInstance[] {
	const at = (spec: Spec) => make(dev, 'ap-southeast-2', spec);
	return [
		at({
			alias: 'acme-support-au-dev',
			createdTime: '2024-03-18T02:00:00Z',
			attributes: {...standardAttributes},
			tags: devTags('service-anz@acme.example', {DataResidency: 'AU'}),
		}),
		at({
			alias: 'acme-chat-pilot-au',
			identityManagementType: 'CONNECT_MANAGED',
			createdTime: '2025-04-07T04:30:00Z',
			inboundCalls: false,
			outboundCalls: false,
			attributes: {ENHANCED_CHAT_MONITORING: 'true', MESSAGE_STREAMING: 'true', MULTI_PARTY_CHAT_CONFERENCE: 'true'},
			tags: devTags('digital-channels@acme.example', {Pilot: 'true'}),
		}),
	];
}
