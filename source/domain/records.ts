// What the commands for scripts print, as records with the AWS API's field names (PRODUCT.md,
// "Commands for scripts"). Pure: values are raw data; each output format escapes them its own way.
import {ATTRIBUTE_CATALOGUE, parseAttributeValue} from './attributes.js';
import type {Drift, DriftValue} from './baseline.js';
import {accountOfArn} from './filter-eval.js';
import type {InstanceAttribute, InstanceDetail, InstanceSummary, Tags} from './types.js';

/** An attribute's value: a boolean when AWS said "true"/"false", else its text as AWS sent it. */
export type AttributeValue = boolean | string;

export type InstanceRecord = {
	readonly Profile: string;
	readonly AccountId: string;
	readonly Region: string;
	readonly Id: string;
	readonly Arn: string;
	readonly InstanceAlias: string;
	readonly InstanceStatus: string;
	readonly IdentityManagementType: string;
	readonly CreatedTime: string | null;
	readonly ServiceRole: string | null;
	readonly InboundCallsEnabled: boolean;
	readonly OutboundCallsEnabled: boolean;
	readonly Attributes?: Readonly<Record<string, AttributeValue>>;
	readonly Tags?: Tags;
};

export type ReplicationRecord = {
	readonly SourceRegion: string | null;
	readonly GlobalSignInEndpoint: string | null;
	readonly ReplicationStatusSummaryList: ReadonlyArray<{
		readonly Region: string;
		readonly ReplicationStatus: string;
		readonly ReplicationStatusReason: string | null;
	}>;
};

export type DescribeRecord = InstanceRecord & {
	readonly StatusReason: string | null;
	readonly InstanceAccessUrl: string | null;
	readonly ReplicationConfiguration: ReplicationRecord | null;
};

export type DriftRecord = {
	readonly Arn: string;
	readonly InstanceAlias: string;
	readonly Profile: string;
	readonly Region: string;
	readonly Drift: ReadonlyArray<{
		readonly Kind: string;
		readonly Name: string;
		readonly Want: DriftValue;
		readonly Have: DriftValue;
	}>;
};

/** A row with the account it belongs to when known (else the ARN's). */
export type ScriptRow = InstanceSummary & {readonly accountId?: string};

/** Attribute type → value, in the catalogue's order, then unknown types sorted. */
export function attributeValues(attributes: readonly InstanceAttribute[]): Record<string, AttributeValue> {
	const order = new Map(ATTRIBUTE_CATALOGUE.map((info, index) => [info.type, index]));
	const sorted = [...attributes].sort(
		(a, b) =>
			(order.get(a.type) ?? order.size) - (order.get(b.type) ?? order.size) ||
			(a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
	);
	return Object.fromEntries(
		sorted.map((attribute) => [attribute.type, parseAttributeValue(attribute.value) ?? attribute.value]),
	);
}

/** Tags sorted by key (code units), so outputs are stable. */
export function sortedTags(tags: Tags): Tags {
	return Object.fromEntries(Object.entries(tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function instanceRecord(
	row: ScriptRow,
	extra: {readonly attributes?: readonly InstanceAttribute[]; readonly tags?: Tags} = {},
): InstanceRecord {
	return {
		Profile: row.profile,
		AccountId: row.accountId ?? accountOfArn(row.arn),
		Region: row.region,
		Id: row.id,
		Arn: row.arn,
		InstanceAlias: row.alias,
		InstanceStatus: row.status,
		IdentityManagementType: row.identityManagementType,
		CreatedTime: row.createdTime ?? null,
		ServiceRole: row.serviceRole ?? null,
		InboundCallsEnabled: row.inboundCalls,
		OutboundCallsEnabled: row.outboundCalls,
		...(extra.attributes === undefined ? {} : {Attributes: attributeValues(extra.attributes)}),
		...(extra.tags === undefined ? {} : {Tags: sortedTags(extra.tags)}),
	};
}

export function describeRecord(
	detail: InstanceDetail & {readonly accountId?: string},
	attributes?: readonly InstanceAttribute[],
): DescribeRecord {
	const replication = detail.replication;
	return {
		...instanceRecord(detail, {...(attributes === undefined ? {} : {attributes}), tags: detail.tags}),
		StatusReason: detail.statusReason ?? null,
		InstanceAccessUrl: detail.accessUrl ?? null,
		ReplicationConfiguration: replication
			? {
					SourceRegion: replication.sourceRegion ?? null,
					GlobalSignInEndpoint: replication.globalSignInEndpoint ?? null,
					ReplicationStatusSummaryList: replication.regions.map((region) => ({
						Region: region.region,
						ReplicationStatus: region.status,
						ReplicationStatusReason: region.statusReason ?? null,
					})),
				}
			: null,
	};
}

export function driftRecord(row: ScriptRow, drift: readonly Drift[]): DriftRecord {
	return {
		Arn: row.arn,
		InstanceAlias: row.alias,
		Profile: row.profile,
		Region: row.region,
		Drift: drift.map(({Kind, Name, Want, Have}) => ({Kind, Name, Want, Have})),
	};
}

export const BASE_COLUMNS = [
	'Profile',
	'AccountId',
	'Region',
	'Id',
	'Arn',
	'InstanceAlias',
	'InstanceStatus',
	'IdentityManagementType',
	'CreatedTime',
	'ServiceRole',
	'InboundCallsEnabled',
	'OutboundCallsEnabled',
] as const satisfies ReadonlyArray<keyof InstanceRecord>;

/** CSV columns: the base fields, then `Attributes.TYPE` (catalogue order) and `Tags.KEY` (sorted) of every record. */
export function flatColumns(records: readonly InstanceRecord[]): string[] {
	const attributeTypes = new Set<string>();
	const tagKeys = new Set<string>();
	for (const record of records) {
		for (const type of Object.keys(record.Attributes ?? {})) attributeTypes.add(type);
		for (const key of Object.keys(record.Tags ?? {})) tagKeys.add(key);
	}
	const catalogue = ATTRIBUTE_CATALOGUE.map((info) => info.type);
	const types = [
		...catalogue.filter((type) => attributeTypes.has(type)),
		...[...attributeTypes].filter((type) => !catalogue.includes(type)).sort(),
	];
	return [
		...BASE_COLUMNS,
		...types.map((type) => `Attributes.${type}`),
		...[...tagKeys].sort().map((key) => `Tags.${key}`),
	];
}

function cell(value: unknown): string {
	if (value === null || value === undefined) return '';
	return typeof value === 'string' ? value : String(value);
}

/** One record as cells for the columns given; a missing value is an empty cell. */
export function flatRow(record: InstanceRecord, columns: readonly string[]): string[] {
	return columns.map((column) => {
		if (column.startsWith('Attributes.')) return cell(record.Attributes?.[column.slice('Attributes.'.length)]);
		if (column.startsWith('Tags.')) {
			const key = column.slice('Tags.'.length);
			return record.Tags && Object.hasOwn(record.Tags, key) ? cell(record.Tags[key]) : '';
		}
		return cell(record[column as keyof InstanceRecord]);
	});
}
