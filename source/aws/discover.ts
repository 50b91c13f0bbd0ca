// The accounts the command line asks for beside profiles (--sso-session/--sso-role, --org-role).
import {AwsError} from '../domain/errors.js';
import {discoverSsoAccounts, type Discovery} from './accounts.js';
import {discoverOrganizationAccounts} from './organization.js';
import {createNetwork} from './network.js';

type Env = Readonly<Record<string, string | undefined>>;

export type AccountFlags = {
	readonly ssoSession?: string;
	readonly ssoRole?: string;
	readonly orgRole?: string;
};

export type {DiscoveredAccount, Discovery} from './accounts.js';

/** Undefined when no account flag is given. Failures are AwsErrors with a message to show as is. */
export async function discoverAccounts(
	flags: AccountFlags,
	profile: string,
	env: Env,
	timeouts: {connectTimeoutMs?: number; requestTimeoutMs?: number} = {},
): Promise<Discovery | undefined> {
	if (!flags.orgRole && !(flags.ssoSession && flags.ssoRole)) return undefined;
	const options = {env, network: createNetwork(env), ...timeouts};
	try {
		if (flags.ssoSession && flags.ssoRole) return await discoverSsoAccounts(flags.ssoSession, flags.ssoRole, options);
		return await discoverOrganizationAccounts(profile, flags.orgRole!, options);
	} catch (error: unknown) {
		if (error instanceof AwsError) throw error;
		const named = error as {name?: unknown; message?: unknown};
		const what = flags.orgRole ? `listing the organization's accounts with profile ${profile}` : 'listing the accounts';
		throw new AwsError(
			typeof named.name === 'string' ? named.name : 'Error',
			`${what} failed: ${typeof named.name === 'string' ? `${named.name}: ` : ''}${typeof named.message === 'string' ? named.message : String(error)}`,
		);
	}
}

/** One line naming the accounts left out and why (undefined when none were). */
export function skippedNotice(discovery: Discovery): string | undefined {
	if (discovery.skipped.length === 0) return undefined;
	const shown = discovery.skipped
		.slice(0, 5)
		.map((account) => `${account.accountName || account.accountId} ${account.accountId} (${account.reason})`);
	const more = discovery.skipped.length > 5 ? ` and ${discovery.skipped.length - 5} more` : '';
	return `Not shown: ${shown.join(', ')}${more}`;
}
