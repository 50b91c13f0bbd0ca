// Which AWS account a credential source acts in: STS GetCallerIdentity, once per source (cached).
// The quota is the account's, so the request budget is keyed by it.
import {GetCallerIdentityCommand, STSClient} from '@aws-sdk/client-sts';
import {defaultEndpoint, serviceEndpoint} from './endpoints.js';
import type {Network} from './network.js';
import {quietLogger} from './quiet.js';

type Env = Readonly<Record<string, string | undefined>>;

type Credentials = {accessKeyId: string; secretAccessKey: string; sessionToken?: string; expiration?: Date};

export type IdentityOptions = {
	readonly env: Env;
	readonly network: () => Network;
	readonly connectTimeoutMs: number;
	readonly requestTimeoutMs: number;
};

/** Account id of `source` (undefined when STS cannot say: the caller falls back to the source itself). */
export type IdentityLookup = (
	source: string,
	region: string,
	credentials: () => Promise<Credentials>,
) => Promise<string | undefined>;

export function createIdentityLookup(options: IdentityOptions): IdentityLookup {
	const known = new Map<string, Promise<string | undefined>>();
	return async (source, region, credentials) => {
		let account = known.get(source);
		if (!account) {
			account = lookUp(options, region, credentials);
			known.set(source, account);
			// Credentials that could not be had (a cancelled MFA prompt) are asked for again next time.
			account.catch(() => known.delete(source));
		}
		return account;
	};
}

async function lookUp(
	options: IdentityOptions,
	region: string,
	credentials: () => Promise<Credentials>,
): Promise<string | undefined> {
	const endpoint = serviceEndpoint(options.env, 'STS');
	const agents = options.network().agentsFor(endpoint ?? defaultEndpoint('STS', region));
	// An STS that does not answer delays a source's first request by this much at most, once.
	const limitMs = Math.min(options.requestTimeoutMs, 3000);
	let credentialsFailure: {error: unknown} | undefined;
	const client = new STSClient({
		region,
		...(endpoint ? {endpoint} : {}),
		credentials: async () => {
			try {
				return await credentials();
			} catch (error: unknown) {
				credentialsFailure = {error};
				throw error;
			}
		},
		maxAttempts: 1,
		logger: quietLogger,
		requestHandler: {
			connectionTimeout: options.connectTimeoutMs,
			requestTimeout: limitMs,
			throwOnRequestTimeout: true,
			httpAgent: agents.httpAgent,
			httpsAgent: agents.httpsAgent,
		},
	});
	try {
		const identity = await client.send(new GetCallerIdentityCommand({}), {abortSignal: AbortSignal.timeout(limitMs)});
		return identity.Account && /^\d{12}$/.test(identity.Account) ? identity.Account : undefined;
	} catch {
		// Failing credentials fail the Connect call they were fetched for, as they would have anyway.
		if (credentialsFailure) throw credentialsFailure.error;
		// STS unreachable or refusing: the source keeps a budget of its own.
		return undefined;
	}
	// The client is not destroyed: that would close the sockets it shares with every other client.
}
