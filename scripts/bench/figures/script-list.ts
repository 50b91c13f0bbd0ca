// 5. `connectui list --output json` for scripts: process start → exit over 10 regions of two pages
// each, ÷ the network's critical path (two round trips); beside it, in the same run, a bare AWS SDK
// script doing the same list (what the SDK alone costs) and the AWS CLI's region loop.
import {spawn} from 'node:child_process';
import type {Baselines} from '../baselines.js';
import {CLI, awsCliRegionLoop, median, ms, openEstate, ratio, verdict} from '../harness.js';

/** Runs a command (connectui as an executable: its #! line applies); resolves with the time to exit and the output. */
async function timedRun(
	command: readonly string[],
	env: NodeJS.ProcessEnv,
): Promise<{ms: number; stdout: string; code: number}> {
	const [file, ...args] = command;
	const started = performance.now();
	const child = spawn(file!, args, {env, stdio: ['ignore', 'pipe', 'inherit']});
	let stdout = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? -1)));
	return {ms: performance.now() - started, stdout, code};
}

export async function scriptList(baselines: Baselines): Promise<void> {
	const latency = 150;
	const estate = await openEstate({accounts: 1, regionsPerAccount: 10, instancesPerRegion: 12}, latency);
	try {
		const app = {command: [CLI, 'list', '--output', 'json', ...estate.args()], env: estate.env};
		const sdk = {
			command: baselines.sdkList,
			env: {
				...estate.env,
				...baselines.env,
				AWS_PROFILE: estate.profiles[0],
				SDK_LIST_ENDPOINT: estate.emulator.url,
				SDK_LIST_REGIONS: estate.regions.join(','),
			},
		};
		// The first of each warms Node's compile cache, as a second run by a person would.
		await timedRun(app.command, app.env);
		await timedRun(sdk.command, sdk.env);
		const times: number[] = [];
		const sdkTimes: number[] = [];
		for (let i = 0; i < 7; i++) {
			for (const [which, into] of [
				[app, times],
				[sdk, sdkTimes],
			] as const) {
				const run = await timedRun(which.command, which.env);
				const rows = (JSON.parse(run.stdout) as unknown[]).length;
				if (run.code !== 0 || rows !== estate.instances) throw new Error(`list: exit ${run.code}, ${rows} rows`);
				into.push(run.ms);
			}
		}
		const total = median(times);
		const bare = median(sdkTimes);
		const critical = 2 * latency;
		console.log(
			`5. connectui list --output json (10 regions × 12 instances = 2 pages each, ${latency} ms latency, median of 7)`,
		);
		console.log(
			`   process start → exit ${ms(total)}   network critical path ${ms(critical)}   ratio ${ratio(total / critical)}   (${verdict(total / critical, 1.5)})`,
		);
		console.log(
			`   a bare AWS SDK script, same list: ${ms(bare)} (${ratio(bare / critical)} of the critical path); connectui ÷ it ${ratio(total / bare)}`,
		);
		const cli = await awsCliRegionLoop(estate);
		if (cli !== undefined) {
			console.log(`   AWS CLI region loop ${ms(cli)}: ${ratio(cli / total)}× the time of connectui list`);
		} else {
			console.log('   AWS CLI: not installed here, no comparison');
		}
	} finally {
		await estate.close();
	}
}
