// What a run shows: profiles, accounts found through --sso-session or --org-role, and regions, as
// PRODUCT.md says (flags, then the environment, then the profile, then the last choice).
import type {CliOptions} from './domain/flags.js';
import {DEFAULT_PROFILE, resolveProfiles, resolveRegions, unknownProfiles} from './domain/resolve.js';
import type {DiscoveredAccount} from './aws/discover.js';

export type Plan = {
	readonly profiles: string[];
	/** Accounts found through --sso-session or --org-role, standing beside profiles. */
	readonly accounts?: readonly DiscoveredAccount[];
	readonly regions: string[];
	readonly availableProfiles: string[];
	readonly env: NodeJS.ProcessEnv;
	readonly notice?: string;
	/** The accounts left out (no such role there), in one line. */
	readonly skipped?: string;
};

export function unique(values: readonly string[]): string[] {
	return [...new Set(values)];
}

/** Profiles and regions as PRODUCT.md says: flags, then the environment, then the profile, then the last choice. */
export async function planRun(
	options: CliOptions,
	saved: {profiles: readonly string[]; regions: readonly string[]},
	env: NodeJS.ProcessEnv = process.env,
): Promise<Plan | {readonly error: string}> {
	const {listProfiles, profileRegions, sharedFilePaths, unreadableSharedFile} = await import('./aws/profiles.js');
	const unreadable = await unreadableSharedFile(env);
	if (unreadable) return {error: `connectui: ${unreadable}`};
	const available = await listProfiles(env);
	const sso = options.ssoSession !== undefined;
	const resolvedProfiles = resolveProfiles({flags: options.profiles, env, saved: saved.profiles, available}).profiles;
	// --sso-session: its accounts, and only the profiles named too; --org-role: the one profile's organization.
	const profiles = sso ? [...options.profiles] : resolvedProfiles;
	// `default` is only unknown when asked for by name, with no keys in the environment to stand for it.
	const envKeys = Boolean(env['AWS_ACCESS_KEY_ID'] && env['AWS_SECRET_ACCESS_KEY']);
	const defaultMissing = options.profiles.includes(DEFAULT_PROFILE) && !available.includes(DEFAULT_PROFILE) && !envKeys;
	const unknown = unknownProfiles(profiles, available);
	if (unknown.length > 0 || defaultMissing) {
		const files = sharedFilePaths(env);
		const names = unknown.length > 0 ? unknown : [DEFAULT_PROFILE];
		return {
			error: `connectui: unknown profile ${names.map((p) => `'${p}'`).join(', ')} (not in ${files.configFile} or ${files.credentialsFile})`,
		};
	}

	let discovery: Awaited<ReturnType<typeof discoverAccounts>>;
	const {discoverAccounts, skippedNotice} = await import('./aws/discover.js');
	try {
		discovery = await discoverAccounts(options, resolvedProfiles[0] ?? DEFAULT_PROFILE, env, timeouts(options));
	} catch (error: unknown) {
		return {error: `connectui: ${error instanceof Error ? error.message : String(error)}`};
	}

	const resolved = resolveRegions({
		flags: options.regions,
		allRegions: options.allRegions,
		env,
		profileRegions: await profileRegions(profiles, env),
		saved: saved.regions,
	});
	const notes = [...resolved.ignored];
	const skipped = discovery && skippedNotice(discovery);
	if (skipped) notes.push(skipped);
	const accounts = discovery?.accounts ?? [];
	const sources = accounts.map((account) => account.source);
	// The accounts picked last time (p) when some of them are still there, else every one found.
	const remembered = sources.filter((source) => saved.profiles.includes(source));
	const chosen = remembered.length > 0 ? remembered : sources;
	if (remembered.length > 0 && remembered.length < sources.length) {
		notes.push(`${remembered.length} of ${sources.length} accounts, as chosen last time (p picks)`);
	}
	if (resolved.source === 'default')
		notes.push(`No region configured: showing ${resolved.regions.join(', ')} (r picks regions).`);
	if (discovery && accounts.length === 0 && profiles.length === 0) {
		return {error: `connectui: no account to show${skipped ? ` (${skipped})` : ''}`};
	}
	return {
		profiles: discovery ? [...(options.orgRole ? [] : profiles), ...chosen] : profiles,
		...(discovery ? {accounts} : {}),
		regions: resolved.regions,
		availableProfiles: discovery ? [...available, ...sources] : available,
		env,
		notice: notes.join(' · ') || undefined,
		...(skipped ? {skipped} : {}),
	};
}

export function timeouts(options: CliOptions): {connectTimeoutMs?: number; requestTimeoutMs?: number} {
	return {
		...(options.connectTimeoutMs === undefined ? {} : {connectTimeoutMs: options.connectTimeoutMs}),
		...(options.requestTimeoutMs === undefined ? {} : {requestTimeoutMs: options.requestTimeoutMs}),
	};
}
