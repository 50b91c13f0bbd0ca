// 5. Accounts at scale: one IAM Identity Center sign-in reaching N accounts × 3 regions × 2
// instances, 100 ms latency, the emulator enforcing Connect's quota: process start → first row,
// → all rows, peak memory, and the time per account (first row → all rows, ÷ accounts) from 20 to
// 200 accounts (flat is the goal: ≤ 1.1).
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ssoCacheFile} from '../../../source/aws/sso-session.js';
import {ESTATE_ROLE, ESTATE_SSO_TOKEN, estateSeed, startEmulator} from '../../../source/emulator/index.js';
import {CLI, loadedAll, mkdir, ms, peakRss, ratio, scratch, spawnInPty, verdict} from '../harness.js';

const LATENCY_MS = 100;
const REGIONS = ['us-east-1', 'us-west-2', 'eu-central-1'];

async function run(accounts: number) {
	const emulator = await startEmulator({
		seed: estateSeed({accounts, regionsPerAccount: REGIONS.length, instancesPerRegion: 2}),
		latencyMs: LATENCY_MS,
		throttle: true,
		host: '127.0.0.1',
	});
	const dir = join(scratch, `accounts-${accounts}`);
	mkdir(dir);
	const home = join(dir, 'home');
	const config = join(dir, 'aws-config');
	writeFileSync(
		config,
		'[sso-session estate]\nsso_start_url = https://estate.awsapps.com/start\nsso_region = us-east-1\n',
	);
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env))
		if (!/^(AWS_|CI$|HTTPS?_PROXY$|https?_proxy$)/.test(key)) env[key] = value;
	Object.assign(env, {
		TERM: 'xterm-256color',
		HOME: home,
		AWS_CONFIG_FILE: config,
		AWS_SHARED_CREDENTIALS_FILE: join(dir, 'aws-credentials'),
		AWS_ENDPOINT_URL: emulator.url,
		AWS_EC2_METADATA_DISABLED: 'true',
		CONNECTUI_HOME: join(dir, 'connectui'),
	});
	const cache = ssoCacheFile('estate', env);
	mkdirSync(join(cache, '..'), {recursive: true});
	writeFileSync(
		cache,
		JSON.stringify({accessToken: ESTATE_SSO_TOKEN, expiresAt: new Date(Date.now() + 3_600_000).toISOString()}),
	);
	try {
		const app = spawnInPty(
			CLI,
			['--sso-session', 'estate', '--sso-role', ESTATE_ROLE, '--region', REGIONS.join(',')],
			env,
		);
		// The last account of the estate lacks the role: it is named, not listed.
		const instances = (accounts - 1) * REGIONS.length * 2;
		const firstRow = await app.screenWhen((screen) => screen.includes('synth-'), 60_000);
		const allRows = await app.screenWhen(loadedAll(instances), 300_000);
		const peak = peakRss(app.pid);
		await app.kill();
		const throttled = emulator.requests.filter((r) => r.status === 429).length;
		return {first: firstRow - app.startedAt, all: allRows - app.startedAt, peak, throttled, instances};
	} finally {
		await emulator.close();
	}
}

export async function accountsAtScale(): Promise<void> {
	console.log(
		`5. Accounts at scale (--sso-session: accounts × ${REGIONS.length} regions × 2 instances, ${LATENCY_MS} ms latency, quota enforced)`,
	);
	const perAccount: number[] = [];
	for (const accounts of [20, 200]) {
		const figure = await run(accounts);
		const each = (figure.all - figure.first) / accounts;
		perAccount.push(each);
		console.log(
			`   ${String(accounts).padStart(4)} accounts (${figure.instances} instances): first row ${ms(figure.first)}, all rows ${ms(figure.all)}, ${ms(each)} per account, peak RSS ${figure.peak?.toFixed(0) ?? '?'} MB, requests throttled ${figure.throttled}`,
		);
	}
	const growth = perAccount[1]! / perAccount[0]!;
	console.log(`   growth: time per account, 200 ÷ 20 accounts ${ratio(growth)} (${verdict(growth, 1.1)})`);
}
