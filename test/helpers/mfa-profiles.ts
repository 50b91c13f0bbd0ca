// Shared config and credentials files with an assume-role profile that needs MFA (ops-admin),
// sourced from the demo's contact-prod keys.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {DEMO_PROFILES} from '../../source/emulator/index.js';

const prod = DEMO_PROFILES[0]!;

export function writeMfaProfiles(folder: string, source = prod): {config: string; credentials: string} {
	const config = join(folder, 'config');
	const credentials = join(folder, 'credentials');
	writeFileSync(
		config,
		[
			`[profile ${source.profile}]`,
			`region = ${source.region}`,
			'',
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
		`[${source.profile}]\naws_access_key_id = ${source.accessKeyId}\naws_secret_access_key = ${source.secretAccessKey}\n`,
	);
	return {config, credentials};
}

