// What the detail view's instance settings and the approved origins form ask of Amazon Connect.
// Part of the ConnectGateway; every method rejects with an AwsError.
import type {
	CountKind,
	Integration,
	LexBot,
	SecurityKey,
	StorageConfig,
	StorageResourceType,
	TrafficDistributionGroup,
} from './settings.js';
import type {Priority} from './scheduler.js';
import type {Target} from './types.js';

/** As the ConnectGateway's CallOptions. */
type CallOptions = {readonly signal?: AbortSignal; readonly priority?: Priority};

export type SettingsGateway = {
	/** ListInstanceStorageConfigs for one resource type, every page. */
	listStorageConfigs(
		target: Target,
		instanceId: string,
		resourceType: StorageResourceType,
		options?: CallOptions,
	): Promise<readonly StorageConfig[]>;
	listApprovedOrigins(target: Target, instanceId: string, options?: CallOptions): Promise<readonly string[]>;
	associateApprovedOrigin(target: Target, instanceId: string, origin: string, options?: CallOptions): Promise<void>;
	disassociateApprovedOrigin(target: Target, instanceId: string, origin: string, options?: CallOptions): Promise<void>;
	/** Lambda function ARNs. */
	listLambdaFunctions(target: Target, instanceId: string, options?: CallOptions): Promise<readonly string[]>;
	/** Amazon Lex V1 bots (ListLexBots). */
	listLexBots(target: Target, instanceId: string, options?: CallOptions): Promise<readonly LexBot[]>;
	/** Amazon Lex V2 bot alias ARNs (ListBots with LexVersion V2). */
	listLexV2Bots(target: Target, instanceId: string, options?: CallOptions): Promise<readonly string[]>;
	listSecurityKeys(target: Target, instanceId: string, options?: CallOptions): Promise<readonly SecurityKey[]>;
	listIntegrations(target: Target, instanceId: string, options?: CallOptions): Promise<readonly Integration[]>;
	listTrafficDistributionGroups(
		target: Target,
		instanceId: string,
		options?: CallOptions,
	): Promise<readonly TrafficDistributionGroup[]>;
	/**
	 * How many phone numbers (ListPhoneNumbersV2 with the instance ARN as target), users, queues (standard
	 * ones) or flows the instance has, by paging; onPage says how far it has got.
	 */
	count(
		target: Target,
		instance: {readonly id: string; readonly arn: string},
		kind: CountKind,
		options?: CallOptions & {readonly onPage?: (count: number, pages: number) => void},
	): Promise<number>;
};
