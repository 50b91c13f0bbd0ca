// Each instance's settings as the emulated API holds them, derived from its seed on first use.
// Approved origins change (Associate/DisassociateApprovedOrigin); the rest is read-only here.
import {deterministicId} from './ids.js';
import type {InstanceRecord} from './store.js';
import {storageResourceTypes, type SeedStorageConfig, type StorageResourceType} from './settings-types.js';

export type StoredStorageConfig = SeedStorageConfig & {readonly associationId: string};

export type InstanceSettings = {
	readonly storage: ReadonlyMap<StorageResourceType, readonly StoredStorageConfig[]>;
	/** In the order they were associated. */
	readonly approvedOrigins: string[];
	readonly lambdaFunctions: readonly string[];
	readonly lexBots: ReadonlyArray<{readonly name: string; readonly lexRegion: string}>;
	readonly lexV2AliasArns: readonly string[];
	readonly securityKeys: ReadonlyArray<{
		readonly associationId: string;
		readonly key: string;
		readonly creationTime: string;
	}>;
	readonly integrations: ReadonlyArray<Record<string, string>>;
	readonly trafficDistributionGroups: ReadonlyArray<{
		readonly id: string;
		readonly arn: string;
		readonly name: string;
		readonly status: string;
		readonly isDefault: boolean;
	}>;
	readonly phoneNumbers: number;
	readonly users: number;
	readonly queues: number;
	readonly flows: number;
};

const settingsByInstance = new WeakMap<InstanceRecord, InstanceSettings>();

function derive(record: InstanceRecord): InstanceSettings {
	const seed = record.seed.settings ?? {};
	const id = (what: string) => deterministicId(`${record.arn}/${what}`);
	const storage = new Map<StorageResourceType, StoredStorageConfig[]>();
	for (const type of storageResourceTypes) {
		const configs = seed.storage?.[type] ?? [];
		storage.set(
			type,
			configs.map((config, index) => ({...config, associationId: id(`storage/${type}/${index}`)})),
		);
	}

	const prefix = `arn:aws:connect:${record.region}:${record.accountId}`;
	return {
		storage,
		approvedOrigins: [...(seed.approvedOrigins ?? [])],
		lambdaFunctions: [...(seed.lambdaFunctions ?? [])],
		lexBots: [...(seed.lexBots ?? [])],
		lexV2AliasArns: [...(seed.lexV2AliasArns ?? [])],
		securityKeys: (seed.securityKeys ?? []).map((key, index) => ({...key, associationId: id(`key/${index}`)})),
		integrations: (seed.integrations ?? []).map((integration, index) => {
			const associationId = id(`integration/${index}`);
			return {
				IntegrationAssociationId: associationId,
				IntegrationAssociationArn: `${record.arn}/integration-association/${associationId}`,
				InstanceId: record.seed.id,
				IntegrationType: integration.integrationType,
				IntegrationArn: integration.integrationArn,
				...(integration.sourceApplicationUrl ? {SourceApplicationUrl: integration.sourceApplicationUrl} : {}),
				...(integration.sourceApplicationName ? {SourceApplicationName: integration.sourceApplicationName} : {}),
				...(integration.sourceType ? {SourceType: integration.sourceType} : {}),
			};
		}),
		trafficDistributionGroups: (seed.trafficDistributionGroups ?? []).map((group) => {
			const groupId = id(`traffic-distribution-group/${group.name}`);
			return {
				id: groupId,
				arn: `${prefix}:traffic-distribution-group/${groupId}`,
				name: group.name,
				status: group.status,
				isDefault: group.isDefault ?? false,
			};
		}),
		phoneNumbers: seed.phoneNumbers ?? 0,
		users: seed.users ?? 0,
		queues: seed.queues ?? 0,
		flows: seed.flows ?? 0,
	};
}

export function settingsOf(record: InstanceRecord): InstanceSettings {
	let settings = settingsByInstance.get(record);
	if (!settings) {
		settings = derive(record);
		settingsByInstance.set(record, settings);
	}

	return settings;
}

/** Item `index` of a generated listing (phone numbers, users, queues, flows): same input, same item. */
export function generatedItem(
	record: InstanceRecord,
	kind: 'phone-number' | 'user' | 'queue' | 'flow',
	index: number,
): Record<string, unknown> {
	const itemId = deterministicId(`${record.arn}/${kind}/${index}`);
	const modified = Date.parse(record.seed.createdTime) / 1000 + index * 3600;
	switch (kind) {
		case 'phone-number': {
			const number = `+1206555${String(1000 + index).padStart(4, '0')}`;
			return {
				PhoneNumberId: itemId,
				PhoneNumberArn: `arn:aws:connect:${record.region}:${record.accountId}:phone-number/${itemId}`,
				PhoneNumber: number,
				PhoneNumberCountryCode: 'US',
				PhoneNumberType: index % 5 === 0 ? 'TOLL_FREE' : 'DID',
				TargetArn: record.arn,
				InstanceId: record.seed.id,
			};
		}

		case 'user':
			return {
				Id: itemId,
				Arn: `${record.arn}/agent/${itemId}`,
				Username: `agent${String(index + 1).padStart(4, '0')}`,
				LastModifiedTime: modified,
				LastModifiedRegion: record.region,
			};
		case 'queue':
			return {
				Id: itemId,
				Arn: `${record.arn}/queue/${itemId}`,
				Name: `Queue ${index + 1}`,
				QueueType: 'STANDARD',
				LastModifiedTime: modified,
				LastModifiedRegion: record.region,
			};
		case 'flow':
			return {
				Id: itemId,
				Arn: `${record.arn}/contact-flow/${itemId}`,
				Name: `Flow ${index + 1}`,
				ContactFlowType: 'CONTACT_FLOW',
				ContactFlowState: 'ACTIVE',
				ContactFlowStatus: 'PUBLISHED',
			};
	}
}
