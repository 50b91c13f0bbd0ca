// The instance-settings operations, as the service model (botocore's connect 2017-08-08 and the SDK's
// schemas) defines them: paths, query and body member names, page sizes and modelled errors. Where a
// call's model declares no InvalidParameterException, bad input is an InvalidRequestException.
import {EmulatorError, invalidParameter, invalidRequest, resourceNotFound} from './errors.js';
import {instanceOf, maxResults, nextToken, objectBody, type OperationRequest, type OperationResult} from './request.js';
import {paginate} from './pagination.js';
import type {SettingsOperationName} from './settings-routes.js';
import {generatedItem, settingsOf} from './settings-store.js';
import {storageResourceTypes, type StorageResourceType} from './settings-types.js';
import {parseInstanceArn, type InstanceRecord, type Store} from './store.js';
import {checkedOrigin, maxApprovedOrigins} from './origin-rules.js';

type Handler = (store: Store, request: OperationRequest) => OperationResult;

const badToken = () => invalidRequest('The nextToken provided is invalid.');

function page<T>(
	items: readonly T[],
	scope: string,
	request: OperationRequest,
	limit: number,
	invalid: (message: string) => EmulatorError,
	defaultSize = limit,
): {items: readonly T[]; NextToken?: string} {
	const size = request.search.has('maxResults') ? maxResults(request.search, limit, invalid) : defaultSize;
	const result = paginate(items, scope, nextToken(request.search), size, badToken);
	return result.nextToken ? {items: result.items, NextToken: result.nextToken} : {items: result.items};
}

function listOf<T>(
	key: string,
	items: (record: InstanceRecord) => readonly T[],
	limit: number,
	invalid: (message: string) => EmulatorError,
	defaultSize = limit,
	operation = key,
): Handler {
	return (store, request) => {
		const record = instanceOf(store, request);
		const {items: pageItems, ...rest} = page(
			items(record),
			`${operation}/${record.arn}`,
			request,
			limit,
			invalid,
			defaultSize,
		);
		return {[key]: pageItems, ...rest};
	};
}

const validation = (member: string, value: string, constraint: string) =>
	`1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`;

function enumValue<T extends string>(
	raw: string | null,
	member: string,
	values: readonly T[],
	invalid: (message: string) => EmulatorError,
): T | undefined {
	if (raw === null) return undefined;
	if (!(values as readonly string[]).includes(raw)) {
		throw invalid(validation(member, raw, `Member must satisfy enum value set: [${values.join(', ')}]`));
	}
	return raw as T;
}

function required(member: string, invalid: (message: string) => EmulatorError): never {
	throw invalid(
		`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
	);
}

function storageConfig(
	config: ReturnType<typeof settingsOf>['storage'] extends ReadonlyMap<string, readonly (infer C)[]> ? C : never,
) {
	const encryption = (keyId: string | undefined) =>
		keyId ? {EncryptionConfig: {EncryptionType: 'KMS', KeyId: keyId}} : {};
	const base = {AssociationId: config.associationId, StorageType: config.storageType};
	switch (config.storageType) {
		case 'S3':
			return {
				...base,
				S3Config: {BucketName: config.bucketName, BucketPrefix: config.bucketPrefix, ...encryption(config.kmsKeyId)},
			};
		case 'KINESIS_VIDEO_STREAM':
			return {
				...base,
				KinesisVideoStreamConfig: {
					Prefix: config.prefix,
					RetentionPeriodHours: config.retentionPeriodHours,
					...encryption(config.kmsKeyId),
				},
			};
		case 'KINESIS_STREAM':
			return {...base, KinesisStreamConfig: {StreamArn: config.streamArn}};
		case 'KINESIS_FIREHOSE':
			return {...base, KinesisFirehoseConfig: {FirehoseArn: config.firehoseArn}};
	}
}

const listInstanceStorageConfigs: Handler = (store, request) => {
	const raw = request.search.get('resourceType');
	const type =
		enumValue<StorageResourceType>(raw, 'resourceType', storageResourceTypes, invalidParameter) ??
		required('resourceType', invalidParameter);
	return listOf(
		'StorageConfigs',
		(record) => (settingsOf(record).storage.get(type) ?? []).map(storageConfig),
		10,
		invalidParameter,
		10,
		`ListInstanceStorageConfigs/${type}`,
	)(store, request);
};

const lexVersions = ['V1', 'V2'] as const;

const listBots: Handler = (store, request) => {
	const version =
		enumValue(request.search.get('lexVersion'), 'lexVersion', lexVersions, invalidRequest) ??
		required('lexVersion', invalidRequest);
	return listOf<Record<string, unknown>>(
		'LexBots',
		(record) => {
			const settings = settingsOf(record);
			return version === 'V1'
				? settings.lexBots.map((bot) => ({LexBot: {Name: bot.name, LexRegion: bot.lexRegion}}))
				: settings.lexV2AliasArns.map((aliasArn) => ({LexV2Bot: {AliasArn: aliasArn}}));
		},
		25,
		invalidRequest,
		25,
		`ListBots/${version}`,
	)(store, request);
};

const integrationTypes = [
	'EVENT',
	'VOICE_ID',
	'PINPOINT_APP',
	'WISDOM_ASSISTANT',
	'WISDOM_KNOWLEDGE_BASE',
	'WISDOM_QUICK_RESPONSES',
	'Q_MESSAGE_TEMPLATES',
	'CASES_DOMAIN',
	'APPLICATION',
	'FILE_SCANNER',
	'SES_IDENTITY',
	'ANALYTICS_CONNECTOR',
	'CALL_TRANSFER_CONNECTOR',
	'COGNITO_USER_POOL',
	'MESSAGE_PROCESSOR',
] as const;

const listIntegrationAssociations: Handler = (store, request) => {
	const type = enumValue(request.search.get('integrationType'), 'integrationType', integrationTypes, invalidRequest);
	const arn = request.search.get('integrationArn');
	return listOf(
		'IntegrationAssociationSummaryList',
		(record) =>
			settingsOf(record).integrations.filter(
				(item) =>
					(type === undefined || item['IntegrationType'] === type) && (arn === null || item['IntegrationArn'] === arn),
			),
		100,
		invalidRequest,
		100,
		`ListIntegrationAssociations/${type ?? ''}/${arn ?? ''}`,
	)(store, request);
};

const instanceIdOrArn =
	/^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance\/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;

const listTrafficDistributionGroups: Handler = (store, request) => {
	const named = request.search.get('instanceId');
	if (named !== null && (named.length > 250 || !instanceIdOrArn.test(named))) {
		throw invalidRequest(
			validation('instanceId', named, `Member must satisfy regular expression pattern: ${instanceIdOrArn.source}`),
		);
	}

	const records =
		named === null
			? store.instances(request.accountId, request.region)
			: [store.find(request.accountId, request.region, named)].filter((record) => record !== undefined);
	const groups = records.flatMap((record) =>
		settingsOf(record).trafficDistributionGroups.map((group) => ({
			Id: group.id,
			Arn: group.arn,
			Name: group.name,
			InstanceArn: record.arn,
			Status: group.status,
			IsDefault: group.isDefault,
		})),
	);
	const {items, ...rest} = page(
		groups,
		`ListTrafficDistributionGroups/${request.accountId}/${request.region}/${named ?? ''}`,
		request,
		10,
		invalidRequest,
	);
	return {TrafficDistributionGroupSummaryList: items, ...rest};
};

function generated(kind: Parameters<typeof generatedItem>[1], count: (record: InstanceRecord) => number) {
	return (record: InstanceRecord) =>
		Array.from({length: count(record)}, (_, index) => generatedItem(record, kind, index));
}

const listPhoneNumbersV2: Handler = (store, request) => {
	const body = request.body === undefined ? {} : objectBody(request.body);
	const {TargetArn: targetArn, InstanceId: instanceId, MaxResults: max, NextToken: token} = body;
	if (targetArn !== undefined && instanceId !== undefined) {
		throw invalidParameter('You can provide either TargetArn or InstanceId, not both.');
	}

	if (max !== undefined && (typeof max !== 'number' || !Number.isSafeInteger(max) || max < 1 || max > 1000)) {
		throw invalidParameter(validation('maxResults', String(max), 'Member must have value between 1 and 1000'));
	}

	if (token !== undefined && (typeof token !== 'string' || token.length < 1 || token.length > 100_000)) {
		throw invalidParameter(validation('nextToken', String(token), 'Member must have length between 1 and 100000'));
	}

	let records: readonly InstanceRecord[];
	const named = typeof targetArn === 'string' ? targetArn : typeof instanceId === 'string' ? instanceId : undefined;
	if (named === undefined) {
		records = store.instances(request.accountId, request.region);
	} else {
		const record = store.find(request.accountId, request.region, named);
		const isTrafficGroup = /:traffic-distribution-group\//.test(named);
		if (!record && !isTrafficGroup) throw resourceNotFound(`Resource not found: ${named}`);
		if (targetArn !== undefined && record && !parseInstanceArn(named)) {
			throw invalidParameter(`TargetArn must be an ARN: ${named}`);
		}

		records = record ? [record] : [];
	}

	const numbers = records.flatMap(generated('phone-number', (record) => settingsOf(record).phoneNumbers));
	const result = paginate(
		numbers,
		`ListPhoneNumbersV2/${request.accountId}/${request.region}/${named ?? ''}`,
		typeof token === 'string' ? token : undefined,
		typeof max === 'number' ? max : 100,
		() => invalidParameter('The nextToken provided is invalid.'),
	);
	return {ListPhoneNumbersSummaryList: result.items, ...(result.nextToken ? {NextToken: result.nextToken} : {})};
};

const queueTypes = ['STANDARD', 'AGENT'] as const;

const listQueues: Handler = (store, request) => {
	const wanted = request.search.getAll('queueTypes');
	if (wanted.length > 2)
		throw invalidParameter(
			validation('queueTypes', wanted.join(','), 'Member must have length less than or equal to 2'),
		);
	for (const type of wanted) enumValue(type, 'queueTypes', queueTypes, invalidParameter);
	return listOf(
		'QueueSummaryList',
		(record) => {
			const settings = settingsOf(record);
			const standard = generated('queue', () => settings.queues)(record);
			// Each user has an agent queue.
			const agent = generated(
				'user',
				() => settings.users,
			)(record).map((user) => ({
				Id: user['Id'],
				Arn: `${record.arn}/queue/agent/${String(user['Id'])}`,
				QueueType: 'AGENT',
			}));
			return [...standard, ...agent].filter(
				(queue) => wanted.length === 0 || wanted.includes(queue['QueueType'] as string),
			);
		},
		1000,
		invalidParameter,
		100,
		`ListQueues/${wanted.join(',')}`,
	)(store, request);
};

const associateApprovedOrigin: Handler = (store, request) => {
	const body = objectBody(request.body);
	const origin = body['Origin'];
	if (origin === undefined || origin === null) required('origin', invalidParameter);
	if (typeof origin !== 'string') throw new EmulatorError(400, 'SerializationException', 'Origin must be a string');
	const record = instanceOf(store, request);
	checkedOrigin(origin);
	const origins = settingsOf(record).approvedOrigins;
	if (origins.includes(origin))
		throw new EmulatorError(
			409,
			'ResourceConflictException',
			`Origin ${origin} is already approved for this instance.`,
		);
	if (origins.length >= maxApprovedOrigins) {
		throw new EmulatorError(
			402,
			'ServiceQuotaExceededException',
			`An instance can have at most ${maxApprovedOrigins} approved origins.`,
		);
	}

	origins.push(origin);
	return {};
};

const disassociateApprovedOrigin: Handler = (store, request) => {
	const origin = request.search.get('origin') ?? required('origin', invalidParameter);
	if (origin.length > 267)
		throw invalidParameter(validation('origin', origin, 'Member must have length less than or equal to 267'));
	const record = instanceOf(store, request);
	const origins = settingsOf(record).approvedOrigins;
	const index = origins.indexOf(origin);
	if (index === -1) throw resourceNotFound(`Origin ${origin} is not approved for this instance.`);
	origins.splice(index, 1);
	return {};
};

export const settingsHandlers: Record<SettingsOperationName, Handler> = {
	ListInstanceStorageConfigs: listInstanceStorageConfigs,
	ListApprovedOrigins: listOf('Origins', (record) => settingsOf(record).approvedOrigins, 25, invalidParameter),
	AssociateApprovedOrigin: associateApprovedOrigin,
	DisassociateApprovedOrigin: disassociateApprovedOrigin,
	ListLambdaFunctions: listOf('LambdaFunctions', (record) => settingsOf(record).lambdaFunctions, 25, invalidParameter),
	ListLexBots: listOf(
		'LexBots',
		(record) => settingsOf(record).lexBots.map((bot) => ({Name: bot.name, LexRegion: bot.lexRegion})),
		25,
		invalidParameter,
	),
	ListBots: listBots,
	ListSecurityKeys: listOf(
		'SecurityKeys',
		(record) =>
			settingsOf(record).securityKeys.map((key) => ({
				AssociationId: key.associationId,
				Key: key.key,
				CreationTime: Date.parse(key.creationTime) / 1000,
			})),
		2,
		invalidParameter,
	),
	ListIntegrationAssociations: listIntegrationAssociations,
	ListTrafficDistributionGroups: listTrafficDistributionGroups,
	ListPhoneNumbersV2: listPhoneNumbersV2,
	ListUsers: listOf(
		'UserSummaryList',
		generated('user', (record) => settingsOf(record).users),
		1000,
		invalidParameter,
		100,
		'ListUsers',
	),
	ListQueues: listQueues,
	ListContactFlows: listOf(
		'ContactFlowSummaryList',
		generated('flow', (record) => settingsOf(record).flows),
		1000,
		invalidParameter,
		100,
		'ListContactFlows',
	),
};
