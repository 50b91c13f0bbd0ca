// SDK output shapes to domain types. Every field may be missing; nothing here throws.
import type {
	InstanceAttribute,
	InstanceDetail,
	InstanceSummary,
	Replication,
	ReplicationRegion,
	Tags,
	Target,
} from '../domain/types.js';

type Loose = Readonly<Record<string, unknown>>;

function record(value: unknown): Loose {
	return value && typeof value === 'object' ? (value as Loose) : {};
}

function string(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function isoTime(value: unknown): string | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
	if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000).toISOString();
	if (typeof value === 'string') {
		const date = new Date(value);
		return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
	}

	return undefined;
}

export function toSummary(target: Target, value: unknown, accountName?: string, fallbackId = ''): InstanceSummary {
	const s = record(value);
	const id = string(s['Id']) ?? fallbackId;
	const arn = string(s['Arn']) ?? '';
	const accountId = /^arn:[\w-]+:connect:[\w-]*:(\d{12}):/.exec(arn)?.[1];
	const summary: InstanceSummary = {
		profile: target.profile,
		...(accountId === undefined ? {} : {accountId}),
		...(accountName ? {accountName} : {}),
		region: target.region,
		id,
		arn,
		alias: string(s['InstanceAlias']) ?? '',
		status: string(s['InstanceStatus']) ?? 'UNKNOWN',
		identityManagementType: string(s['IdentityManagementType']) ?? '',
		serviceRole: string(s['ServiceRole']),
		createdTime: isoTime(s['CreatedTime']),
		inboundCalls: s['InboundCallsEnabled'] === true,
		outboundCalls: s['OutboundCallsEnabled'] === true,
		accessUrl: string(s['InstanceAccessUrl']),
	};
	return summary;
}

export function toTags(value: unknown): Tags {
	const tags: Record<string, string> = {};
	for (const [key, tagValue] of Object.entries(record(value))) {
		if (typeof tagValue === 'string') tags[key] = tagValue;
	}

	return tags;
}

export function toReplication(value: unknown): Replication | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const r = record(value);
	const list = Array.isArray(r['ReplicationStatusSummaryList']) ? (r['ReplicationStatusSummaryList'] as unknown[]) : [];
	const regions: ReplicationRegion[] = list.map((item) => {
		const i = record(item);
		return {
			region: string(i['Region']) ?? '',
			status: string(i['ReplicationStatus']) ?? 'UNKNOWN',
			statusReason: string(i['ReplicationStatusReason']) || undefined,
		};
	});
	const sourceRegion = string(r['SourceRegion']) || undefined;
	const globalSignInEndpoint = string(r['GlobalSignInEndpoint']) || undefined;
	if (!sourceRegion && !globalSignInEndpoint && regions.length === 0) return undefined;
	return {sourceRegion, globalSignInEndpoint, regions};
}

export function toDetail(target: Target, instanceId: string, instance: unknown, replication: unknown): InstanceDetail {
	const i = record(instance);
	return {
		...toSummary(target, i, undefined, instanceId),
		statusReason: string(record(i['StatusReason'])['Message']) || undefined,
		replication: toReplication(replication),
		tags: toTags(i['Tags']),
	};
}

export function toAttribute(value: unknown): InstanceAttribute | undefined {
	const a = record(value);
	const type = string(a['AttributeType']);
	if (!type) return undefined;
	return {type, value: string(a['Value']) ?? ''};
}
