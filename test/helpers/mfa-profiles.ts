// Shared config and credentials files with the demo profiles plus an assume-role profile that
// needs MFA (ops-admin, a role in contact-prod's account, sourced from contact-prod's keys).
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {DEMO_PROFILES} from '../../source/emulator/index.js';

export function writeMfaProfiles(folder: string): {config: string; credentials: string} {
	const source = DEMO_PROFILES[0]!;
	const config = join(folder, 'config');
	const credentials = join(folder, 'credentials');
	writeFileSync(
		config,
		[
			...DEMO_PROFILES.map(p => `[profile ${p.profile}]\nregion = ${p.region}\n`),
			'[profile ops-admin]',
			`role_arn = arn:aws:iam::${source.accountId}:role/ConnectAdmin`,
			`source_profile = ${source.profile}`,
			`mfa_serial = arn:aws:iam::${source.accountId}:mfa/alice`,
			'region = us-east-1',
			'',
		].join('\n'),
	);
	writeFileSync(
		credentials,
		DEMO_PROFILES.map(p => `[${p.profile}]\naws_access_key_id = ${p.accessKeyId}\naws_secret_access_key = ${p.secretAccessKey}\n`).join('\n'),
	);
	return {config, credentials};
}
