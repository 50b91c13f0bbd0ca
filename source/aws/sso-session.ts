// An IAM Identity Center session as the AWS CLI leaves it: the [sso-session NAME] section of the
// config file and the token `aws sso login --sso-session NAME` caches in
// ~/.aws/sso/cache/<sha1 of NAME>.json. Read only; an expired token means signing in again.
import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {loadSharedConfigFiles} from '@smithy/shared-ini-file-loader';
import {AwsError} from '../domain/errors.js';
import {sharedFilePaths} from './profiles.js';

type Env = Readonly<Record<string, string | undefined>>;

export type SsoSession = {
	readonly name: string;
	readonly startUrl: string;
	readonly region: string;
	readonly accessToken: string;
	readonly expiresAt: Date;
};

/** What to tell a person whose sign-in is missing or over. */
export function ssoLoginHint(name: string): string {
	return `run aws sso login --sso-session ${name}`;
}

export function ssoExpired(name: string): AwsError {
	return new AwsError(
		'SsoTokenExpired',
		`The IAM Identity Center sign-in for ${name} has expired: ${ssoLoginHint(name)}`,
	);
}

/** Where the AWS CLI caches the token of an sso-session. */
export function ssoCacheFile(name: string, env: Env = process.env): string {
	const home = env['HOME'] || env['USERPROFILE'] || homedir();
	return join(home, '.aws', 'sso', 'cache', `${createHash('sha1').update(name).digest('hex')}.json`);
}

export async function readSsoSession(name: string, env: Env = process.env, now = Date.now()): Promise<SsoSession> {
	const {configFile: path} = sharedFilePaths(env);
	const {configFile} = await loadSharedConfigFiles({configFilepath: path, filepath: '/dev/null', ignoreCache: true});
	const section = configFile[`sso-session.${name}`];
	if (!section) throw new AwsError('SsoSessionError', `No [sso-session ${name}] in ${path}`);
	const startUrl = section['sso_start_url']?.trim();
	const region = section['sso_region']?.trim();
	if (!startUrl || !region) {
		throw new AwsError('SsoSessionError', `[sso-session ${name}] in ${path} needs sso_start_url and sso_region`);
	}
	const file = ssoCacheFile(name, env);
	let cached: {accessToken?: unknown; expiresAt?: unknown};
	try {
		cached = JSON.parse(await readFile(file, 'utf8')) as typeof cached;
	} catch {
		throw new AwsError(
			'SsoTokenMissing',
			`No IAM Identity Center sign-in for ${name} (${file}): ${ssoLoginHint(name)}`,
		);
	}
	const expiresAt = new Date(typeof cached.expiresAt === 'string' ? cached.expiresAt : Number.NaN);
	if (typeof cached.accessToken !== 'string' || Number.isNaN(expiresAt.getTime())) {
		throw new AwsError('SsoTokenMissing', `The token cached in ${file} is not readable: ${ssoLoginHint(name)}`);
	}
	if (expiresAt.getTime() <= now) throw ssoExpired(name);
	return {name, startUrl, region, accessToken: cached.accessToken, expiresAt};
}
