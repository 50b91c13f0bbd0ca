// Shared AWS config and credentials files for tests that run the app as a person would: the demo
// profiles, plus an assume-role profile that needs MFA (ops-admin, a role in contact-prod's account,
// sourced from contact-prod's keys).
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {DEMO_PROFILES} from '../../source/emulator/index.js';

export type AwsFiles = {readonly config: string; readonly credentials: string};

export function writeAwsFiles(folder: string): AwsFiles {
	const source = DEMO_PROFILES[0]!;
	const config = join(folder, 'config');
	const credentials = join(folder, 'credentials');
	writeFileSync(
		config,
		[
			...DEMO_PROFILES.map((p) => `[profile ${p.profile}]\nregion = ${p.region}\n`),
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
		DEMO_PROFILES.map(
			(p) => `[${p.profile}]\naws_access_key_id = ${p.accessKeyId}\naws_secret_access_key = ${p.secretAccessKey}\n`,
		).join('\n'),
	);
	return {config, credentials};
}

/** The app's environment: these files, this endpoint for Connect (and STS), nothing from the machine's own AWS setup. */
export function awsTestEnv(files: AwsFiles, endpoint: string, home: string): NodeJS.ProcessEnv {
	return {
		AWS_CONFIG_FILE: files.config,
		AWS_SHARED_CREDENTIALS_FILE: files.credentials,
		AWS_ENDPOINT_URL_CONNECT: endpoint,
		AWS_ENDPOINT_URL_STS: endpoint,
		AWS_PROFILE: undefined,
		AWS_REGION: undefined,
		AWS_DEFAULT_REGION: undefined,
		AWS_ACCESS_KEY_ID: undefined,
		AWS_SECRET_ACCESS_KEY: undefined,
		AWS_SESSION_TOKEN: undefined,
		AWS_CA_BUNDLE: undefined,
		AWS_EC2_METADATA_DISABLED: 'true',
		HTTPS_PROXY: undefined,
		HTTP_PROXY: undefined,
		https_proxy: undefined,
		http_proxy: undefined,
		CONNECTUI_HOME: home,
	};
}
