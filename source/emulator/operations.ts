// The emulated operations: request in (already authenticated), JSON body out, errors thrown.
import {attributeTypes, isAttributeType, isValidAttributeValue} from './attributes.js';
import {invalidParameter, invalidRequest, resourceNotFound, serialization} from './errors.js';
import {paginate} from './pagination.js';
import {settingsHandlers} from './settings-operations.js';
import type {Route} from './routes.js';
import {instanceOf, maxResults, nextToken, objectBody, type OperationRequest, type OperationResult} from './request.js';
import type {InstanceRecord, Store} from './store.js';
import {maxTagsPerResource, tagKeyError, tagValueError} from './tag-rules.js';

const epochSeconds = (iso: string): number => Date.parse(iso) / 1000;

function summary(record: InstanceRecord): OperationResult {
	const {seed} = record;
	return {
		Id: seed.id,
		Arn: record.arn,
		IdentityManagementType: seed.identityManagementType,
		InstanceAlias: seed.alias,
		CreatedTime: epochSeconds(seed.createdTime),
		ServiceRole: record.serviceRole,
		InstanceStatus: seed.status,
		InboundCallsEnabled: record.attributes.get('INBOUND_CALLS') === 'true',
		OutboundCallsEnabled: record.attributes.get('OUTBOUND_CALLS') === 'true',
		InstanceAccessUrl: record.accessUrl,
	};
}

function listInstances(store: Store, request: OperationRequest): OperationResult {
	const size = maxResults(request.search, 10, invalidRequest);
	const instances = store.instances(request.accountId, request.region);
	const page = paginate(
		instances,
		`ListInstances/${request.accountId}/${request.region}`,
		nextToken(request.search),
		size,
		() => invalidRequest('The nextToken provided is invalid.'),
	);
	return {InstanceSummaryList: page.items.map(summary), ...(page.nextToken ? {NextToken: page.nextToken} : {})};
}

function describeInstance(store: Store, request: OperationRequest): OperationResult {
	const record = instanceOf(store, request);
	const {seed} = record;
	const instance: OperationResult = {
		...summary(record),
		...(seed.statusReason === undefined ? {} : {StatusReason: {Message: seed.statusReason}}),
		Tags: Object.fromEntries(record.tags),
	};
	const result: OperationResult = {Instance: instance};
	if (seed.replication) {
		result['ReplicationConfiguration'] = {
			ReplicationStatusSummaryList: seed.replication.regions.map((entry) => ({
				Region: entry.region,
				ReplicationStatus: entry.status,
				...(entry.statusReason === undefined ? {} : {ReplicationStatusReason: entry.statusReason}),
			})),
			SourceRegion: seed.replication.sourceRegion,
			GlobalSignInEndpoint: seed.replication.globalSignInEndpoint,
		};
	}
	return result;
}

function listInstanceAttributes(store: Store, request: OperationRequest): OperationResult {
	const size = maxResults(request.search, 7, invalidParameter);
	const record = instanceOf(store, request);
	const attributes = attributeTypes.map((type) => ({
		AttributeType: type,
		Value: record.attributes.get(type) ?? 'false',
	}));
	const page = paginate(attributes, `ListInstanceAttributes/${record.arn}`, nextToken(request.search), size, () =>
		invalidRequest('The nextToken provided is invalid.'),
	);
	return {Attributes: page.items, ...(page.nextToken ? {NextToken: page.nextToken} : {})};
}

function checkedAttributeType(request: OperationRequest): string {
	const type = request.route.attributeType ?? '';
	if (!isAttributeType(type)) {
		throw invalidParameter(
			`Value '${type}' at 'attributeType' failed to satisfy constraint: Member must satisfy enum value set: [${attributeTypes.join(', ')}]`,
		);
	}
	return type;
}

function describeInstanceAttribute(store: Store, request: OperationRequest): OperationResult {
	const type = checkedAttributeType(request);
	const record = instanceOf(store, request);
	return {Attribute: {AttributeType: type, Value: record.attributes.get(type) ?? 'false'}};
}

function updateInstanceAttribute(store: Store, request: OperationRequest): OperationResult {
	const type = checkedAttributeType(request);
	const body = objectBody(request.body);
	const value = body['Value'];
	if (typeof value !== 'string' || value.length === 0 || value.length > 100) {
		throw invalidParameter("Value at 'value' failed to satisfy constraint: Member must have length between 1 and 100");
	}
	if (!isValidAttributeValue(value)) {
		throw invalidParameter(`Invalid value '${value}' for attribute ${type}: expected true or false`);
	}
	const record = instanceOf(store, request);
	if (record.seed.status !== 'ACTIVE') {
		throw invalidRequest(
			`The instance is not active (status ${record.seed.status}); its attributes cannot be changed.`,
		);
	}
	record.attributes.set(type, value);
	return {};
}

function taggedInstance(store: Store, request: OperationRequest): InstanceRecord {
	const arn = request.route.resourceArn ?? '';
	const record = store.find(request.accountId, request.region, arn);
	if (!record || record.arn !== arn) throw resourceNotFound(`Resource not found: ${arn}`);
	return record;
}

function listTagsForResource(store: Store, request: OperationRequest): OperationResult {
	return {tags: Object.fromEntries(taggedInstance(store, request).tags)};
}

function tagResource(store: Store, request: OperationRequest): OperationResult {
	const body = objectBody(request.body);
	const tags = body['tags'];
	if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) {
		throw invalidParameter("Value null at 'tags' failed to satisfy constraint: Member must not be null");
	}
	const entries = Object.entries(tags as Record<string, unknown>);
	if (entries.length < 1 || entries.length > maxTagsPerResource) {
		throw invalidParameter(`Tags must contain between 1 and ${maxTagsPerResource} entries`);
	}
	for (const [key, value] of entries) {
		if (typeof value !== 'string') throw serialization(`Tag value for key ${JSON.stringify(key)} is not a string`);
		const error = tagKeyError(key) ?? tagValueError(key, value);
		if (error) throw error;
	}
	const record = taggedInstance(store, request);
	const keys = new Set([...record.tags.keys(), ...entries.map(([key]) => key)]);
	if (keys.size > maxTagsPerResource) {
		throw invalidParameter(
			`A resource can have at most ${maxTagsPerResource} tags; this request would leave ${keys.size} on ${record.arn}`,
		);
	}
	for (const [key, value] of entries) record.tags.set(key, value as string);
	return {};
}

function untagResource(store: Store, request: OperationRequest): OperationResult {
	const keys = request.search.getAll('tagKeys');
	if (keys.length < 1 || keys.length > maxTagsPerResource) {
		throw invalidParameter(`tagKeys must contain between 1 and ${maxTagsPerResource} keys`);
	}
	for (const key of keys) {
		const error = tagKeyError(key);
		if (error) throw error;
	}
	const record = taggedInstance(store, request);
	for (const key of keys) record.tags.delete(key);
	return {};
}

const handlers: Record<Route['operation'], (store: Store, request: OperationRequest) => OperationResult> = {
	ListInstances: listInstances,
	DescribeInstance: describeInstance,
	ListInstanceAttributes: listInstanceAttributes,
	DescribeInstanceAttribute: describeInstanceAttribute,
	UpdateInstanceAttribute: updateInstanceAttribute,
	ListTagsForResource: listTagsForResource,
	TagResource: tagResource,
	UntagResource: untagResource,
	...settingsHandlers,
};

export function runOperation(store: Store, request: OperationRequest): OperationResult {
	return handlers[request.route.operation](store, request);
}
