// 1. First frame: process start → the 200th printable character, beside a minimal Ink app drawing
// the same number of rows (the target) and `node -e` (the stretch goal), interleaved run by run.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {Baselines} from '../baselines.js';
import {CLI, median, ms, openEstate, ratio, sleep, spawnInPty, verdict, loadedAll} from '../harness.js';

export async function firstFrame(baselines: Baselines): Promise<void> {
	const estate = await openEstate({accounts: 1, regionsPerAccount: 10, instancesPerRegion: 12}, 0);
	try {
		// Warm the cache: one full run that settles (the app saves the inventory), then quit.
		const warm = spawnInPty(CLI, estate.args(), estate.env);
		await warm.screenWhen(loadedAll(estate.instances), 20_000);
		await sleep(200);
		warm.write('q');
		await warm.kill('SIGTERM');
		const cached = existsSync(join(estate.env['CONNECTUI_HOME']!, 'cache', 'inventory.json'));

		const appTimes: number[] = [];
		const inkTimes: number[] = [];
		const nodeTimes: number[] = [];
		let withContent = 0;
		let stale = 0;
		let inkDrew = 0;
		for (let i = 0; i < 10; i++) {
			// Interleaved, so all three see the same machine load.
			const [nodeFile, ...nodeArgs] = baselines.nodeE;
			const node = spawnInPty(nodeFile!, nodeArgs, estate.env);
			nodeTimes.push((await node.printableAt(200)) - node.startedAt);
			await node.kill();

			const [inkFile, ...inkArgs] = baselines.firstFrame;
			const ink = spawnInPty(inkFile!, inkArgs, {...estate.env, ...baselines.env});
			inkTimes.push((await ink.printableAt(200)) - ink.startedAt);
			await ink
				.screenWhen((screen) => /minimal-0027/.test(screen), 2000)
				.then(
					() => inkDrew++,
					() => undefined,
				);
			await ink.kill();

			const app = spawnInPty(CLI, estate.args(), estate.env);
			appTimes.push((await app.printableAt(200)) - app.startedAt);
			await app.screenWhen(() => true, 2000);
			const screen = app.screen();
			if (/synth-0001-/.test(screen)) withContent++;
			if (/stale/.test(screen)) stale++;
			await app.kill();
		}

		const app = median(appTimes);
		const ink = median(inkTimes);
		const node = median(nodeTimes);
		console.log('1. First frame (process start → 200th printable character, median of 10, interleaved)');
		console.log(
			`   connectui ${ms(app)}   minimal Ink app ${ms(ink)}   ratio ${ratio(app / ink)}   (${verdict(app / ink, 1.3)})`,
		);
		console.log(`   node -e ${ms(node)}   ratio ${ratio(app / node)}   (stretch ${verdict(app / node, 2)})`);
		console.log(
			`   cache ${cached ? 'warm' : 'MISSING'}; rows on the first frame in ${withContent}/10 runs, marked stale in ${stale}/10;` +
				` the minimal app drew all its rows in ${inkDrew}/10   (connectui runs: ${appTimes.map((t) => t.toFixed(0)).join(' ')} ms)`,
		);
	} finally {
		await estate.close();
	}
}
