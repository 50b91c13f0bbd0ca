// `connectui --demo`: the emulator in-process, and a temporary AWS config and credentials file
// with the demo profiles, so the real SDK (credential chain, signing, parsing) talks to it.
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DEMO_PROFILES, DEMO_REGIONS, demoSeed} from './demo-seed.js';
import {ESTATE_MANAGEMENT, ESTATE_SSO_TOKEN, estateSeed} from './estate-seed.js';
import {startEmulator} from './server.js';
import type {Emulator} from './types.js';

export type DemoEnvironment = {
	readonly emulator: Emulator;
	readonly endpointUrl: string;
	/** process.env with the AWS variables pointing at the demo files (and no real credentials). */
	readonly env: NodeJS.ProcessEnv;
	readonly profiles: readonly string[];
	readonly regions: readonly string[];
	close(): Promise<void>;
};

const CLEARED = [
	'AWS_PROFILE',
	'AWS_DEFAULT_PROFILE',
	'AWS_REGION',
	'AWS_DEFAULT_REGION',
	'AWS_ACCESS_KEY_ID',
	'AWS_SECRET_ACCESS_KEY',
	'AWS_SESSION_TOKEN',
	'AWS_ENDPOINT_URL',
	'AWS_ENDPOINT_URL_CONNECT',
	'AWS_ENDPOINT_URL_STS',
	'AWS_ENDPOINT_URL_SSO',
	'AWS_ENDPOINT_URL_ORGANIZATIONS',
	'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
	'AWS_CONTAINER_CREDENTIALS_FULL_URI',
	'AWS_WEB_IDENTITY_TOKEN_FILE',
	'AWS_ROLE_ARN',
	// The emulator is on 127.0.0.1: a proxy or CA bundle meant for AWS must not apply to it.
	'HTTPS_PROXY',
	'https_proxy',
	'HTTP_PROXY',
	'http_proxy',
	'AWS_CA_BUNDLE',
];

/** The demo's IAM Identity Center session (`--demo --sso-session demo --sso-role ConnectAdmin`). */
export const DEMO_SSO_SESSION = 'demo';
/** The demo's organization management profile (`--demo --profile demo-management --org-role ConnectAdmin`). */
export const DEMO_MANAGEMENT_PROFILE = 'demo-management';

/** The demo seed and, beside its two profiles, an organization of dozens of accounts behind one sign-in. */
function demoEstateSeed() {
	const demo = demoSeed();
	const estate = estateSeed({accounts: 36, regionsPerAccount: 3, instancesPerRegion: 1});
	return {
		...demo,
		accounts: [...demo.accounts, ...estate.accounts],
		organization: estate.organization,
		ssoSessions: estate.ssoSessions,
	};
}

export async function startDemo(options: {latencyMs?: number} = {}): Promise<DemoEnvironment> {
	// A little latency so the demo feels like a real network (rows stream in per region).
	const emulator = await startEmulator({seed: demoEstateSeed(), latencyMs: options.latencyMs ?? 40, throttle: true});
	const dir = mkdtempSync(join(tmpdir(), 'connectui-demo-'));
	// The demo's credential files go on every exit path: close(), q, Ctrl-C, SIGINT, SIGTERM, SIGHUP
	// (a closed terminal) all end in process.exit or a normal exit, which runs this.
	const removeFiles = () => rmSync(dir, {recursive: true, force: true});
	process.once('exit', removeFiles);
	const configFile = join(dir, 'config');
	const credentialsFile = join(dir, 'credentials');
	const profiles = [...DEMO_PROFILES, {profile: DEMO_MANAGEMENT_PROFILE, region: 'us-east-1', ...ESTATE_MANAGEMENT}];
	writeFileSync(
		configFile,
		[
			...profiles.map((p) => `[profile ${p.profile}]\nregion = ${p.region}\n`),
			`[sso-session ${DEMO_SSO_SESSION}]\nsso_start_url = https://demo.awsapps.com/start\nsso_region = us-east-1\n`,
		].join('\n'),
		{mode: 0o600},
	);
	writeFileSync(
		credentialsFile,
		profiles
			.map(
				(p) => `[${p.profile}]\naws_access_key_id = ${p.accessKeyId}\naws_secret_access_key = ${p.secretAccessKey}\n`,
			)
			.join('\n'),
		{mode: 0o600},
	);
	// What `aws sso login --sso-session demo` would have cached (~/.aws/sso/cache/<sha1 of the name>.json).
	const cache = join(dir, 'home', '.aws', 'sso', 'cache');
	mkdirSync(cache, {recursive: true});
	writeFileSync(
		join(cache, `${createHash('sha1').update(DEMO_SSO_SESSION).digest('hex')}.json`),
		JSON.stringify({accessToken: ESTATE_SSO_TOKEN, expiresAt: new Date(Date.now() + 8 * 3_600_000).toISOString()}),
		{mode: 0o600},
	);
	const env: NodeJS.ProcessEnv = {...process.env};
	for (const name of CLEARED) delete env[name];
	env['AWS_CONFIG_FILE'] = configFile;
	env['AWS_SHARED_CREDENTIALS_FILE'] = credentialsFile;
	env['AWS_EC2_METADATA_DISABLED'] = 'true';
	// Read by the AWS layer only (for the SSO token cache); the app's own files stay where they are.
	env['HOME'] = join(dir, 'home');
	for (const service of ['STS', 'SSO', 'ORGANIZATIONS']) env[`AWS_ENDPOINT_URL_${service}`] = emulator.url;
	return {
		emulator,
		endpointUrl: emulator.url,
		env,
		profiles: DEMO_PROFILES.map((p) => p.profile),
		regions: DEMO_REGIONS,
		async close() {
			await emulator.close();
			removeFiles();
			process.removeListener('exit', removeFiles);
		},
	};
}
