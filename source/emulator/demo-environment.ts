// `connectui --demo`: the emulator in-process, and a temporary AWS config and credentials file
// with the demo profiles, so the real SDK (credential chain, signing, parsing) talks to it.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DEMO_PROFILES, DEMO_REGIONS, demoSeed} from './demo-seed.js';
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

export async function startDemo(options: {latencyMs?: number} = {}): Promise<DemoEnvironment> {
	// A little latency so the demo feels like a real network (rows stream in per region).
	const emulator = await startEmulator({seed: demoSeed(), latencyMs: options.latencyMs ?? 40, throttle: true});
	const dir = mkdtempSync(join(tmpdir(), 'connectui-demo-'));
	// The demo's credential files go on every exit path: close(), q, Ctrl-C, SIGINT, SIGTERM, SIGHUP
	// (a closed terminal) all end in process.exit or a normal exit, which runs this.
	const removeFiles = () => rmSync(dir, {recursive: true, force: true});
	process.once('exit', removeFiles);
	const configFile = join(dir, 'config');
	const credentialsFile = join(dir, 'credentials');
	writeFileSync(configFile, DEMO_PROFILES.map((p) => `[profile ${p.profile}]\nregion = ${p.region}\n`).join('\n'), {
		mode: 0o600,
	});
	writeFileSync(
		credentialsFile,
		DEMO_PROFILES.map(
			(p) => `[${p.profile}]\naws_access_key_id = ${p.accessKeyId}\naws_secret_access_key = ${p.secretAccessKey}\n`,
		).join('\n'),
		{mode: 0o600},
	);
	const env: NodeJS.ProcessEnv = {...process.env};
	for (const name of CLEARED) delete env[name];
	env['AWS_CONFIG_FILE'] = configFile;
	env['AWS_SHARED_CREDENTIALS_FILE'] = credentialsFile;
	env['AWS_EC2_METADATA_DISABLED'] = 'true';
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
