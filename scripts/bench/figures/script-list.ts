// 5. `connectui list --output json` for scripts: process start → exit over 10 regions of two pages
// each, ÷ the network's critical path (two round trips), and the AWS CLI's region loop beside it.
import {spawn} from 'node:child_process';
import {CLI, awsCliRegionLoop, median, ms, openEstate, ratio, verdict} from '../harness.js';

/** Runs the command as an executable (its #! line applies); resolves with the time to exit and the output. */
async function timedRun(
	args: readonly string[],
	env: NodeJS.ProcessEnv,
): Promise<{ms: number; stdout: string; code: number}> {
	const started = performance.now();
	const child = spawn(CLI, [...args], {env, stdio: ['ignore', 'pipe', 'inherit']});
	let stdout = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? -1)));
	return {ms: performance.now() - started, stdout, code};
}

export async function scriptList(): Promise<void> {
	const latency = 150;
	const estate = await openEstate({accounts: 1, regionsPerAccount: 10, instancesPerRegion: 12}, latency);
	try {
		const args = ['list', '--output', 'json', ...estate.args()];
		await timedRun(args, estate.env); // warms Node's compile cache, as a second run by a person would
		const times: number[] = [];
		for (let i = 0; i < 5; i++) {
			const run = await timedRun(args, estate.env);
			const rows = (JSON.parse(run.stdout) as unknown[]).length;
			if (run.code !== 0 || rows !== estate.instances) throw new Error(`list: exit ${run.code}, ${rows} rows`);
			times.push(run.ms);
		}
		const total = median(times);
		const critical = 2 * latency;
		console.log(
			`5. connectui list --output json (10 regions × 12 instances = 2 pages each, ${latency} ms latency, median of 5)`,
		);
		console.log(
			`   process start → exit ${ms(total)}   network critical path ${ms(critical)}   ratio ${ratio(total / critical)}   (${verdict(total / critical, 1.5)})`,
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
