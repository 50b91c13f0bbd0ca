// What the AWS layer is configured with, and what it gives back.
import type {ConnectGateway} from '../domain/gateway.js';
import type {BudgetOptions} from '../domain/rate-budget.js';
import type {CredentialsProvider} from './credential-types.js';

export type AwsConfig = {
	/** Overrides AWS_ENDPOINT_URL_CONNECT and AWS_ENDPOINT_URL. */
	readonly endpointUrl?: string;
	/** Default 3000. */
	readonly connectTimeoutMs?: number;
	/** Default 15000. */
	readonly requestTimeoutMs?: number;
	/** SDK attempts per call, including the first. Default: the SDK's (3, or the profile's max_attempts). */
	readonly maxAttempts?: number;
	/** Default 'adaptive'. */
	readonly retryMode?: 'adaptive' | 'standard';
	/** Replaces the default credential chain (tests, --demo). */
	readonly credentialsFor?: (profile: string) => CredentialsProvider;
	/**
	 * Asks the person for a one-time code when an assume-role profile names an mfa_serial.
	 * Rejecting (the person cancelled) fails that profile's requests with a CredentialsError.
	 */
	readonly mfaCodeProvider?: (profile: string, mfaSerial: string) => Promise<string>;
	/**
	 * Accounts found through IAM Identity Center or Organizations: they stand beside profiles under
	 * their `source` name, with their own credentials. The account of a profile is asked of STS
	 * GetCallerIdentity, once each.
	 */
	readonly accounts?: ReadonlyArray<{
		readonly source: string;
		readonly accountId: string;
		readonly accountName?: string;
		readonly credentials: CredentialsProvider;
	}>;
	/**
	 * Requests per second and burst per (account, region, API) this app allows itself. Default
	 * Amazon Connect's default quota: 2 a second, bursts of 5.
	 */
	readonly budget?: BudgetOptions;
	/**
	 * Where AWS_* variables are read from (endpoint overrides, AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE).
	 * Default process.env. The SDK's nested SSO and IMDS lookups always read process.env.
	 */
	readonly env?: NodeJS.ProcessEnv;
};

export type AwsGateway = ConnectGateway & {
	/** Closes every client's sockets. The gateway can still be used afterwards (clients are recreated). */
	dispose(): void;
};
