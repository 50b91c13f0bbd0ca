// The emulator's public API (used by --demo, the end-to-end tests and the benchmark).
import type {SeedSettings} from './settings-types.js';

export type SeedInstance = {
	id: string;
	alias: string;
	status: 'ACTIVE' | 'CREATION_FAILED' | 'CREATION_IN_PROGRESS';
	statusReason?: string;
	identityManagementType: 'CONNECT_MANAGED' | 'SAML' | 'EXISTING_DIRECTORY';
	createdTime: string; // ISO-8601
	inboundCalls: boolean;
	outboundCalls: boolean;
	serviceRole?: string;
	/** Attribute type → "true"/"false". Missing types default to "false" (INBOUND/OUTBOUND_CALLS follow the flags above). */
	attributes?: Record<string, string>;
	tags?: Record<string, string>;
	replication?: {
		sourceRegion: string;
		globalSignInEndpoint: string;
		regions: Array<{region: string; status: string; statusReason?: string}>;
	};
	/** Storage, approved origins, Lambda, Lex, keys, integrations and counts (default: none of them). */
	settings?: SeedSettings;
};

export type SeedAccount = {
	accountId: string;
	/** Access keys that authenticate as this account. */
	accessKeyIds: string[];
	/** region → instances */
	regions: Record<string, SeedInstance[]>;
	/** Access key id → secret access key. When a key's secret is known, its SigV4 signatures are verified. */
	secretAccessKeys?: Record<string, string>;
	/** Caller identity named in AccessDeniedException messages (default: arn:aws:iam::ACCOUNT:user/connect-admin). */
	principalArn?: string;
	/** The account's name (Organizations and the IAM Identity Center portal show it). */
	name?: string;
	/**
	 * The opt-in regions (af-south-1, …) this account has enabled. Undefined: every region answers.
	 * A request to an opt-in region not listed fails as AWS fails it (403 UnrecognizedClientException).
	 */
	optInRegions?: string[];
	/** IAM roles STS AssumeRole may assume in this account. Undefined: any role name. */
	roles?: string[];
};

/** One account of the AWS Organization, as organizations:ListAccounts lists it. */
export type SeedOrganizationAccount = {
	accountId: string;
	name: string;
	email?: string;
	state: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE' | 'PENDING_ACTIVATION' | 'CLOSED';
};

export type SeedOrganization = {
	/** Only this account (its credentials) may call ListAccounts; others get AccessDeniedException. */
	managementAccountId: string;
	accounts: SeedOrganizationAccount[];
};

/** An IAM Identity Center sign-in (what `aws sso login` leaves in its token cache) and what it may reach. */
export type SeedSsoSession = {
	accessToken: string;
	/** ISO-8601; after it the portal answers 401 UnauthorizedException. Undefined: never. */
	expiresAt?: string;
	/** Accounts the user is assigned to, with the permission sets (role names) in each. */
	assignments: Array<{accountId: string; accountName: string; email?: string; roles: string[]}>;
};

export type Seed = {
	accounts: SeedAccount[];
	/** Standing fault rules, part of the seeded world (e.g. a region an SCP denies). clearFaults() keeps them. */
	faults?: FaultRule[];
	organization?: SeedOrganization;
	ssoSessions?: SeedSsoSession[];
};

/** A fault matched against each request; the first matching, unexhausted rule applies. */
export type FaultRule = {
	/** Operation name (ListInstances, DescribeInstance, …) or undefined for any. */
	operation?: string;
	region?: string;
	accountId?: string;
	/** Instance id or ARN the request names, for per-instance faults. */
	resource?: string;
	/** For UpdateInstanceAttribute: only this attribute type. */
	attributeType?: string;
	kind:
		| 'deny' // 403 AccessDeniedException
		| 'throttle' // 429 ThrottlingException
		| 'unrecognized' // 403 UnrecognizedClientException (region not enabled / bad token)
		| 'error' // custom status/code/message
		| 'latency' // extra delay, then the normal answer
		| 'hang' // never answers (timeouts)
		| 'malformed'; // 200 with a body that is not JSON
	status?: number;
	code?: string;
	message?: string;
	latencyMs?: number;
	/** How many requests this rule applies to; undefined = forever. */
	times?: number;
};

export type RecordedRequest = {
	operation: string;
	method: string;
	path: string;
	query: Record<string, string>;
	region: string;
	accountId?: string;
	accessKeyId?: string;
	body: unknown;
	status: number;
	at: number;
};

export type EmulatorOptions = {
	/** Default: the demo seed. */
	seed?: Seed;
	/** Latency added to every request, in ms. */
	latencyMs?: number;
	/** Default: 0 (an ephemeral port). */
	port?: number;
	host?: string;
	/**
	 * Amazon Connect's quota enforced as AWS enforces it: a token bucket per account, region and
	 * operation (true: 2 a second, bursts of 5), answering 429 ThrottlingException. Default off.
	 */
	throttle?: boolean | {ratePerSecond: number; burst: number};
	/** Lifetime of temporary credentials the emulator mints (STS, the SSO portal), in seconds. Default 3600. */
	sessionSeconds?: number;
};

export type Emulator = {
	/** e.g. http://127.0.0.1:54321 */
	readonly url: string;
	readonly port: number;
	/** Every request answered so far, oldest first. */
	readonly requests: RecordedRequest[];
	/** Add a fault rule; returns a function that removes it. */
	inject(rule: FaultRule): () => void;
	clearFaults(): void;
	setLatency(ms: number): void;
	/** Every temporary credential minted so far expires now (requests signed with them fail as on AWS). */
	expireSessions(): void;
	/** Current tags of a resource ARN (for assertions). */
	tagsOf(arn: string): Record<string, string> | undefined;
	/** Current attributes of an instance (for assertions). */
	attributesOf(accountId: string, region: string, instanceId: string): Record<string, string> | undefined;
	/** Change state behind the app's back (for conflict tests). */
	setTag(arn: string, key: string, value: string | undefined): void;
	setAttribute(accountId: string, region: string, instanceId: string, type: string, value: string): void;
	/** Current approved origins of an instance (for assertions). */
	approvedOriginsOf(accountId: string, region: string, instanceId: string): string[] | undefined;
	/** Replace an instance's approved origins behind the app's back (for conflict tests). */
	setApprovedOrigins(accountId: string, region: string, instanceId: string, origins: readonly string[]): void;
	close(): Promise<void>;
};
