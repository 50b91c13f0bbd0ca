import type {Priority} from './scheduler.js';
import type {SettingsGateway} from './settings-gateway.js';
import type {InstanceAttribute, InstanceDetail, InstanceSummary, Tags, Target} from './types.js';

export type CallOptions = {
	readonly signal?: AbortSignal;
	/** Background requests (filling the matrix) wait behind interactive ones of the same quota. Default interactive. */
	readonly priority?: Priority;
	/** Stops the request while it waits for its turn; once sent it finishes (a bulk apply's Esc). */
	readonly stopSignal?: AbortSignal;
	/** The call's first attempt is on its way (credentials resolved, its turn come). */
	readonly onSent?: () => void;
};

/**
 * Everything the UI may ask of Amazon Connect, in domain types.
 * Implemented by source/aws (the real SDK) and by an in-memory fake for component tests.
 * Every method rejects with an AwsError.
 */
export type ConnectGateway = {
	/** Follows NextToken to the end; calls onPage with each page as it arrives. */
	listInstances(
		target: Target,
		options?: CallOptions & {readonly onPage?: (page: readonly InstanceSummary[]) => void},
	): Promise<readonly InstanceSummary[]>;
	describeInstance(target: Target, instanceId: string, options?: CallOptions): Promise<InstanceDetail>;
	/** All pages. */
	listInstanceAttributes(
		target: Target,
		instanceId: string,
		options?: CallOptions,
	): Promise<readonly InstanceAttribute[]>;
	describeInstanceAttribute(
		target: Target,
		instanceId: string,
		attributeType: string,
		options?: CallOptions,
	): Promise<InstanceAttribute>;
	updateInstanceAttribute(
		target: Target,
		instanceId: string,
		attributeType: string,
		value: string,
		options?: CallOptions,
	): Promise<void>;
	listTags(target: Target, resourceArn: string, options?: CallOptions): Promise<Tags>;
	tagResource(target: Target, resourceArn: string, tags: Tags, options?: CallOptions): Promise<void>;
	untagResource(target: Target, resourceArn: string, tagKeys: readonly string[], options?: CallOptions): Promise<void>;
} & SettingsGateway;
