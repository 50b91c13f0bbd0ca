// Profiles from the shared AWS config and credentials files, read with the SDK's own loader.
import {readFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {loadSharedConfigFiles} from '@smithy/shared-ini-file-loader';

type Env = Readonly<Record<string, string | undefined>>;

type Section = Readonly<Record<string, string | undefined>>;

export type SharedFilePaths = {
	readonly configFile: string;
	readonly credentialsFile: string;
};

export type CredentialKind =
	'static' | 'sso' | 'assume-role' | 'credential_process' | 'web-identity' | 'env' | 'unknown' | 'missing';

export type ProfileInfo = {
	readonly profile: string;
	readonly kind: CredentialKind;
	/** The profile's `region`, if any. */
	readonly region?: string;
	/** One line for display, e.g. "SSO 123456789012 / ReadOnly" or "assume role arn:… from base". */
	readonly description: string;
	/** Which files were looked at. */
	readonly files: SharedFilePaths;
};

function home(env: Env): string {
	return env['HOME'] || env['USERPROFILE'] || homedir();
}

function expandHome(path: string, env: Env): string {
	return path.startsWith('~/') ? join(home(env), path.slice(2)) : path;
}

/** Where the AWS CLI would look: AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/. */
export function sharedFilePaths(env: Env = process.env): SharedFilePaths {
	return {
		configFile: expandHome(env['AWS_CONFIG_FILE'] || join(home(env), '.aws', 'config'), env),
		credentialsFile: expandHome(env['AWS_SHARED_CREDENTIALS_FILE'] || join(home(env), '.aws', 'credentials'), env),
	};
}

/**
 * The AWS config or credentials file that exists but cannot be read (a directory, no permission, a
 * link loop), with the reason: the SDK's loader would take it for an empty file, and the app would
 * then list the wrong profiles and regions without a word. A missing file is fine (it is empty).
 */
export async function unreadableSharedFile(env: Env = process.env): Promise<string | undefined> {
	const paths = sharedFilePaths(env);
	for (const [what, path] of [
		['config', paths.configFile],
		['credentials', paths.credentialsFile],
	] as const) {
		try {
			// eslint-disable-next-line no-await-in-loop -- two small files, the first problem is the one reported
			await readFile(path);
		} catch (error: unknown) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ENOENT') continue;
			return `cannot read the AWS ${what} file ${path} (${code ?? String(error)})`;
		}
	}
	return undefined;
}

type SharedProfiles = {
	readonly config: Readonly<Record<string, Section>>;
	readonly credentials: Readonly<Record<string, Section>>;
	readonly paths: SharedFilePaths;
};

/** Reads both files fresh (the user may have edited them since the last look). Missing files are empty. */
export async function loadSharedProfiles(env: Env = process.env): Promise<SharedProfiles> {
	const paths = sharedFilePaths(env);
	const {configFile, credentialsFile} = await loadSharedConfigFiles({
		configFilepath: paths.configFile,
		filepath: paths.credentialsFile,
		ignoreCache: true,
	});
	const config: Record<string, Section> = {};
	// The loader keeps non-profile sections under their prefix ("sso-session.name", "services.name").
	for (const [name, section] of Object.entries(configFile)) {
		if (name.startsWith('sso-session.') || name.startsWith('services.')) continue;
		config[name] = section;
	}

	return {config, credentials: credentialsFile, paths};
}

/** Profile names from both files, `default` first, then alphabetical. */
export async function listProfiles(env: Env = process.env): Promise<string[]> {
	const {config, credentials} = await loadSharedProfiles(env);
	const names = new Set([...Object.keys(config), ...Object.keys(credentials)]);
	return [...names].sort((a, b) => {
		if (a === 'default') return -1;
		if (b === 'default') return 1;
		return a.localeCompare(b);
	});
}

/** The `region` each profile names in the config file (undefined when it names none). */
export async function profileRegions(
	profiles: readonly string[],
	env: Env = process.env,
): Promise<Record<string, string | undefined>> {
	const {config} = await loadSharedProfiles(env);
	const regions: Record<string, string | undefined> = {};
	for (const profile of profiles) {
		const region = config[profile]?.['region']?.trim();
		regions[profile] = region || undefined;
	}

	return regions;
}

/** What kind of credentials a profile uses, for display. Does not resolve them. */
export async function profileInfo(profile: string, env: Env = process.env): Promise<ProfileInfo> {
	const {config, credentials, paths} = await loadSharedProfiles(env);
	const section: Section = {...config[profile], ...credentials[profile]};
	const region = config[profile]?.['region']?.trim() || undefined;
	const base = {profile, region, files: paths};
	const exists = profile in config || profile in credentials;

	if (section['role_arn']) {
		const from = section['source_profile']
			? `from profile ${section['source_profile']}`
			: section['credential_source']
				? `from ${section['credential_source']}`
				: section['web_identity_token_file']
					? 'with a web identity token'
					: '';
		return {...base, kind: 'assume-role', description: `assume role ${section['role_arn']} ${from}`.trim()};
	}

	if (section['sso_session'] || section['sso_start_url'] || section['sso_account_id']) {
		const who = [section['sso_account_id'], section['sso_role_name']].filter(Boolean).join(' / ');
		return {...base, kind: 'sso', description: `SSO ${who}`.trim()};
	}

	if (section['credential_process']) {
		return {...base, kind: 'credential_process', description: 'credential_process'};
	}

	if (section['aws_access_key_id']) {
		const key = section['aws_access_key_id'];
		return {...base, kind: 'static', description: `access key …${key.slice(-4)}`};
	}

	if (env['AWS_ACCESS_KEY_ID'] && env['AWS_SECRET_ACCESS_KEY'] && (profile === 'default' || !exists)) {
		return {...base, kind: 'env', description: 'AWS_ACCESS_KEY_ID from the environment'};
	}

	if (!exists) {
		return {...base, kind: 'missing', description: `not in ${paths.configFile} or ${paths.credentialsFile}`};
	}

	return {...base, kind: 'unknown', description: 'no credentials in the profile (environment or instance role)'};
}
