// Accounts beyond the profiles: every account an IAM Identity Center session reaches with a role
// (--sso-session, --sso-role), or every ACTIVE account of an AWS Organization, assumed into
// (--org-role). Each comes with credentials that renew themselves before they expire.
import {
	GetRoleCredentialsCommand,
	paginateListAccountRoles,
	paginateListAccounts,
	SSOClient,
	UnauthorizedException,
} from '@aws-sdk/client-sso';
import {AwsError} from '../domain/errors.js';
import {defaultEndpoint, serviceEndpoint, type ServiceId} from './endpoints.js';
import type {Network} from './network.js';
import {quietLogger} from './quiet.js';
import {readSsoSession, ssoExpired} from './sso-session.js';

type Env = Readonly<Record<string, string | undefined>>;

export type Credentials = {accessKeyId: string; secretAccessKey: string; sessionToken?: string; expiration?: Date};

export type DiscoveredAccount = {
	/** The name it goes by beside profiles (the account's name; with its id when two share a name). */
	readonly source: string;
	readonly accountId: string;
	readonly accountName: string;
	readonly credentials: () => Promise<Credentials>;
};

export type Discovery = {
	readonly accounts: DiscoveredAccount[];
	/** Accounts left out, each once, with why (no such role there). */
	readonly skipped: ReadonlyArray<{readonly accountId: string; readonly accountName: string; readonly reason: string}>;
};

export type DiscoveryOptions = {
	readonly env: Env;
	readonly network: Network;
	readonly connectTimeoutMs?: number;
	readonly requestTimeoutMs?: number;
};

/** Credentials are renewed this long before they expire. */
export const RENEW_BEFORE_MS = 5 * 60_000;
const LOOKUPS_AT_ONCE = 16;

export function clientOptions(options: DiscoveryOptions, service: ServiceId, region: string) {
	const endpoint = serviceEndpoint(options.env, service);
	const agents = options.network.agentsFor(endpoint ?? defaultEndpoint(service, region));
	return {
		region,
		...(endpoint ? {endpoint} : {}),
		logger: quietLogger,
		requestHandler: {
			connectionTimeout: options.connectTimeoutMs ?? 3000,
			requestTimeout: options.requestTimeoutMs ?? 15_000,
			throwOnRequestTimeout: true,
			httpAgent: agents.httpAgent,
			httpsAgent: agents.httpsAgent,
		},
	};
}

/** A provider that fetches once, shares the fetch, and fetches again shortly before expiry. */
export function renewing(fetch: () => Promise<Credentials>, now = () => Date.now()): () => Promise<Credentials> {
	let held: Credentials | undefined;
	let pending: Promise<Credentials> | undefined;
	return async () => {
		if (held && (held.expiration === undefined || held.expiration.getTime() - RENEW_BEFORE_MS > now())) return held;
		pending ??= fetch()
			.then((fetched) => {
				held = fetched;
				return fetched;
			})
			.finally(() => {
				pending = undefined;
			});
		return pending;
	};
}

/** Names beside profiles: the account name, or "name id" when two accounts share it. */
export function named(list: ReadonlyArray<{accountId: string; accountName: string}>): Map<string, string> {
	const counts = new Map<string, number>();
	for (const {accountName} of list) counts.set(accountName, (counts.get(accountName) ?? 0) + 1);
	return new Map(
		list.map(({accountId, accountName}) => [
			accountId,
			accountName && counts.get(accountName) === 1 ? accountName : `${accountName || 'account'} ${accountId}`,
		]),
	);
}

async function inParallel<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			// eslint-disable-next-line no-await-in-loop -- each worker takes the next item when its last one is done
			results[index] = await run(items[index]!);
		}
	};
	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
	return results;
}

/** Every account the sign-in reaches, with credentials for `roleName` where it has that role. */
export async function discoverSsoAccounts(
	sessionName: string,
	roleName: string,
	options: DiscoveryOptions,
): Promise<Discovery> {
	const session = await readSsoSession(sessionName, options.env);
	const sso = new SSOClient(clientOptions(options, 'SSO', session.region));
	const accessToken = session.accessToken;
	const portal = async <T>(run: () => Promise<T>): Promise<T> => {
		try {
			return await run();
		} catch (error: unknown) {
			if (error instanceof UnauthorizedException) throw ssoExpired(sessionName);
			throw error;
		}
	};

	const found: Array<{accountId: string; accountName: string}> = [];
	await portal(async () => {
		for await (const page of paginateListAccounts({client: sso, pageSize: 100}, {accessToken})) {
			for (const account of page.accountList ?? []) {
				if (account.accountId) found.push({accountId: account.accountId, accountName: account.accountName ?? ''});
			}
		}
	});
	const roles = await inParallel(found, LOOKUPS_AT_ONCE, async ({accountId}) =>
		portal(async () => {
			const names: string[] = [];
			for await (const page of paginateListAccountRoles({client: sso, pageSize: 100}, {accessToken, accountId})) {
				for (const role of page.roleList ?? []) if (role.roleName) names.push(role.roleName);
			}
			return names;
		}),
	);
	const names = named(found);
	const accounts: DiscoveredAccount[] = [];
	const skipped: Array<{accountId: string; accountName: string; reason: string}> = [];
	for (const [index, account] of found.entries()) {
		const has = roles[index] ?? [];
		if (!has.includes(roleName)) {
			skipped.push({
				...account,
				reason: `no role ${roleName} in this account${has.length > 0 ? ` (only ${has.join(', ')})` : ''}`,
			});
			continue;
		}
		accounts.push({
			...account,
			source: names.get(account.accountId)!,
			credentials: renewing(async () =>
				portal(async () => {
					// The token is read again: a new `aws sso login` while the app runs is picked up.
					const current = await readSsoSession(sessionName, options.env);
					const output = await sso.send(
						new GetRoleCredentialsCommand({accessToken: current.accessToken, accountId: account.accountId, roleName}),
					);
					const c = output.roleCredentials;
					if (!c?.accessKeyId || !c.secretAccessKey) {
						throw new AwsError(
							'CredentialsError',
							`IAM Identity Center gave no credentials for ${roleName} in ${account.accountId}`,
						);
					}
					return {
						accessKeyId: c.accessKeyId,
						secretAccessKey: c.secretAccessKey,
						...(c.sessionToken ? {sessionToken: c.sessionToken} : {}),
						...(c.expiration ? {expiration: new Date(c.expiration)} : {}),
					};
				}),
			),
		});
	}
	return {accounts, skipped};
}
