// Plain domain types shared by every layer. No SDK, React or Ink imports here.

/** One (profile, region) pair the inventory is fetched for. */
export type Target = {
	readonly profile: string;
	readonly region: string;
};

export type InstanceStatus = 'ACTIVE' | 'CREATION_FAILED' | 'CREATION_IN_PROGRESS' | (string & {});

/** One row of ListInstances, tagged with where it came from. Strings are raw (unsanitised). */
export type InstanceSummary = {
	readonly profile: string;
	/** The AWS account (12 digits) the instance is in, from its ARN. */
	readonly accountId?: string;
	/** The account's name, for accounts found through IAM Identity Center or Organizations. */
	readonly accountName?: string;
	readonly region: string;
	readonly id: string;
	readonly arn: string;
	readonly alias: string;
	readonly status: InstanceStatus;
	readonly identityManagementType: string;
	readonly serviceRole?: string;
	/** ISO-8601 string, or undefined when AWS did not say. */
	readonly createdTime?: string;
	readonly inboundCalls: boolean;
	readonly outboundCalls: boolean;
	readonly accessUrl?: string;
};

export type ReplicationRegion = {
	readonly region: string;
	readonly status: string;
	readonly statusReason?: string;
};

export type Replication = {
	readonly sourceRegion?: string;
	readonly globalSignInEndpoint?: string;
	readonly regions: readonly ReplicationRegion[];
};

/** What DescribeInstance says. */
export type InstanceDetail = InstanceSummary & {
	readonly statusReason?: string;
	/** Undefined when the instance is not replicated. */
	readonly replication?: Replication;
	readonly tags: Readonly<Record<string, string>>;
};

/** One instance attribute; the API carries values as strings ("true"/"false"). */
export type InstanceAttribute = {
	readonly type: string;
	readonly value: string;
};

export type Tags = Readonly<Record<string, string>>;

/** State of one (profile, region) pair in the status strip. */
export type PairStatus =
	| {readonly kind: 'loading'}
	| {readonly kind: 'ok'; readonly count: number; readonly notEnabled?: true}
	| {readonly kind: 'error'; readonly code: string; readonly message: string};

/** Something being fetched: still loading, there, or failed with the AWS error code and message. */
export type Loadable<T> =
	| {readonly kind: 'loading'}
	| {readonly kind: 'ok'; readonly value: T}
	| {readonly kind: 'error'; readonly code: string; readonly message: string};
