// Which profiles and regions to show when the app starts (PRODUCT.md, "Command line"). Pure functions:
// the caller passes the flags, the environment, the saved choice and what the AWS config files hold.
import {allRegionsFor, CONNECT_REGIONS, GOVCLOUD_CONNECT_REGIONS, isValidRegionCode, partitionOf} from './regions.js';

export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_PROFILE = 'default';
export const DEFAULT_REGION = 'us-east-1';

export type ProfileSource = 'flag' | 'env' | 'saved' | 'default';
export type RegionSource = 'all' | 'flag' | 'env' | 'profile' | 'saved' | 'default';

export type ResolvedProfiles = {
	readonly profiles: string[];
	readonly source: ProfileSource;
	/** For the status line: "from --profile", "from AWS_PROFILE", "chosen last time", "default profile". */
	readonly sourceLabel: string;
};

export type ResolvedRegions = {
	readonly regions: string[];
	readonly source: RegionSource;
	/** "all Amazon Connect regions", "from --region", "from AWS_REGION", "from the profile's region"… */
	readonly sourceLabel: string;
	/** Region values from the environment or the config files skipped because they are not region codes. */
	readonly ignored: string[];
};

function unique(values: readonly string[]): string[] {
	return [...new Set(values)];
}

function envValue(env: Env, name: string): string | undefined {
	const value = env[name]?.trim();
	return value === undefined || value === '' ? undefined : value;
}

/**
 * No --profile: AWS_PROFILE, else the profiles chosen last time (those that still exist, when the
 * available list is known), else `default`.
 */
export function resolveProfiles(input: {
	readonly flags: readonly string[];
	readonly env: Env;
	readonly saved?: readonly string[];
	readonly available?: readonly string[];
}): ResolvedProfiles {
	const flags = unique(input.flags.filter((name) => name !== ''));
	if (flags.length > 0) return {profiles: flags, source: 'flag', sourceLabel: 'from --profile'};
	const fromEnv = envValue(input.env, 'AWS_PROFILE');
	if (fromEnv !== undefined) return {profiles: [fromEnv], source: 'env', sourceLabel: 'from AWS_PROFILE'};
	const available = input.available;
	const saved = unique(
		(input.saved ?? []).filter(
			(name) => name !== '' && (available === undefined || available.length === 0 || available.includes(name)),
		),
	);
	if (saved.length > 0) return {profiles: saved, source: 'saved', sourceLabel: 'chosen last time'};
	return {profiles: [DEFAULT_PROFILE], source: 'default', sourceLabel: 'default profile'};
}

/**
 * Requested profiles the config files do not define. `default` is never reported: the SDK can find
 * credentials for it without any file (environment variables, instance or container roles).
 */
export function unknownProfiles(requested: readonly string[], available: readonly string[]): string[] {
	const known = new Set(available);
	return unique(requested.filter((name) => name !== DEFAULT_PROFILE && !known.has(name)));
}

/** Region codes, or Readonly<Record<profile, region from its config>>. */
export type ProfileRegions = readonly (string | undefined)[] | Readonly<Record<string, string | undefined>>;

function profileRegionList(profileRegions: ProfileRegions | undefined): string[] {
	if (profileRegions === undefined) return [];
	const values = Array.isArray(profileRegions) ? profileRegions : Object.values(profileRegions);
	return values.map((value) => value?.trim() ?? '').filter((value) => value !== '');
}

/** `--all-regions`: the commercial list, the GovCloud one when every known region is GovCloud, both when mixed. */
function allConnectRegions(hints: readonly string[]): string[] {
	const gov = hints.filter((region) => partitionOf(region) === 'aws-us-gov').length;
	if (gov === 0) return [...CONNECT_REGIONS];
	if (gov === hints.length) return [...allRegionsFor('aws-us-gov')];
	return [...CONNECT_REGIONS, ...GOVCLOUD_CONNECT_REGIONS];
}

/**
 * --all-regions: every Connect region. No --region: AWS_REGION / AWS_DEFAULT_REGION, else the profiles'
 * `region` values (union, in profile order), else the regions chosen last time, else us-east-1.
 * Values that are not region codes are skipped and listed in `ignored`.
 */
export function resolveRegions(input: {
	readonly flags: readonly string[];
	readonly allRegions: boolean;
	readonly env: Env;
	readonly profileRegions?: ProfileRegions;
	readonly saved?: readonly string[];
}): ResolvedRegions {
	const ignored: string[] = [];
	const valid = (values: readonly string[], from: string): string[] =>
		unique(
			values.filter((value) => {
				if (isValidRegionCode(value)) return true;
				ignored.push(`${from}: '${value}' is not a region code`);
				return false;
			}),
		);
	const envRegionName = envValue(input.env, 'AWS_REGION') === undefined ? 'AWS_DEFAULT_REGION' : 'AWS_REGION';
	const envRegion = envValue(input.env, envRegionName);
	const envRegions = envRegion === undefined ? [] : valid([envRegion], envRegionName);
	const profileRegions = valid(profileRegionList(input.profileRegions), 'profile region');

	if (input.allRegions) {
		return {
			regions: allConnectRegions([...envRegions, ...profileRegions]),
			source: 'all',
			sourceLabel: 'all Amazon Connect regions',
			ignored,
		};
	}
	const flags = unique(input.flags.filter((code) => code !== ''));
	if (flags.length > 0) return {regions: flags, source: 'flag', sourceLabel: 'from --region', ignored: []};
	if (envRegions.length > 0) return {regions: envRegions, source: 'env', sourceLabel: `from ${envRegionName}`, ignored};
	if (profileRegions.length > 0) {
		return {regions: profileRegions, source: 'profile', sourceLabel: "from the profile's region", ignored};
	}
	const saved = unique((input.saved ?? []).filter(isValidRegionCode));
	if (saved.length > 0) return {regions: saved, source: 'saved', sourceLabel: 'chosen last time', ignored};
	return {regions: [DEFAULT_REGION], source: 'default', sourceLabel: 'default region', ignored};
}
