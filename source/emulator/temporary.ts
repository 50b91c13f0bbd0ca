// Temporary credentials as STS and the IAM Identity Center portal mint them: an ASIA access key
// that is valid only together with its session token, and only until it expires.
import {randomBytes} from 'node:crypto';
import type {Store, TemporaryCredentials} from './store.js';

/** Opt-in regions: an account answers there only once it has enabled them (AWS Account Management). */
export const OPT_IN_REGIONS: ReadonlySet<string> = new Set([
	'af-south-1',
	'ap-east-1',
	'ap-east-2',
	'ap-south-2',
	'ap-southeast-3',
	'ap-southeast-4',
	'ap-southeast-5',
	'ap-southeast-7',
	'ca-west-1',
	'eu-central-2',
	'eu-south-1',
	'eu-south-2',
	'il-central-1',
	'me-central-1',
	'me-south-1',
	'mx-central-1',
]);

/** Mints credentials for `principalArn` in `accountId`, valid for `seconds`. */
export function mintTemporary(
	store: Store,
	accountId: string,
	principalArn: string,
	seconds: number,
	now = Date.now(),
): TemporaryCredentials {
	const credentials: TemporaryCredentials = {
		accountId,
		accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
		secretAccessKey: randomBytes(30).toString('base64'),
		sessionToken: randomBytes(48).toString('base64'),
		principalArn,
		expiresAt: now + seconds * 1000,
	};
	store.addTemporary(credentials);
	return credentials;
}
