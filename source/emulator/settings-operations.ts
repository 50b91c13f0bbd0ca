// The instance-settings operations, as the service model (botocore's connect 2017-08-08 and the SDK's
// schemas) defines them: paths, query and body member names, page sizes and modelled errors. Where a
// call's model declares no InvalidParameterException, bad input is an InvalidRequestException.
import {invalidParameter, invalidRequest} from './errors.js';
import {associateApprovedOrigin, disassociateApprovedOrigin} from './origin-operations.js';
import {listContactFlows, listPhoneNumbersV2, listQueues} from './settings-counts.js';
import {enumValue, generated, listOf, page, required, validation, type Handler} from './settings-params.js';
import type {SettingsOperationName} from './settings-routes.js';
import {settingsOf} from './settings-store.js';
import {storageResourceTypes, type StorageResourceType} from './settings-types.js';

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
	ListContactFlows: listContactFlows,
};
