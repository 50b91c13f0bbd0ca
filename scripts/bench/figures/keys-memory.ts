// 4. Keystrokes and 5. memory at 160×50 with 2,000 instances, beside a minimal Ink list of 2,000
// rows (the target for key → frame and a reference for bytes and memory) and `node -e`.
import type {Baselines} from '../baselines.js';
import {
	CLI,
	type Run,
	loadedAll,
	mean,
	median,
	ms,
	openEstate,
	peakRss,
	ratio,
	spawnInPty,
	verdict,
} from '../harness.js';

const SIZE = {cols: 160, rows: 50} as const;

type Moves = {readonly latencies: number[]; readonly bytes: number[]};

/** 50 × j, each waiting for its frame to finish before the next key. */
async function moves(run: Run): Promise<Moves> {
	const latencies: number[] = [];
	const bytes: number[] = [];
	for (let i = 0; i < 50; i++) {
		const before = run.bytes();
		const sent = performance.now();
		const next = run.nextChunk(2000);
		run.write('j');
		latencies.push((await next) - sent);
		// Ink draws at most 60 frames a second: let this move's frame finish before the next key.
		await run.quiet(50);
		bytes.push(run.bytes() - before);
	}
	return {latencies, bytes};
}

export async function keystrokesAndMemory(baselines: Baselines): Promise<void> {
	// 10 accounts × 10 regions × 20 instances = 2,000 rows.
	const estate = await openEstate({accounts: 10, regionsPerAccount: 10, instancesPerRegion: 20}, 0);
	try {
		const [nodeFile, ...nodeArgs] = baselines.nodeE;
		const node = spawnInPty(nodeFile!, nodeArgs, estate.env, SIZE);
		await node.printableAt(200);
		const nodeRss = peakRss(node.pid);
		await node.kill();

		const [listFile, ...listArgs] = baselines.list;
		const list = spawnInPty(listFile!, listArgs, {...estate.env, ...baselines.env}, SIZE);
		await list.screenWhen((screen) => /minimal-0040/.test(screen), 10_000);
		await list.quiet(300);
		const listMoves = await moves(list);
		const listMoved = /› minimal-0050/.test(list.screen());
		const listRss = peakRss(list.pid);
		await list.kill();

		const app = spawnInPty(CLI, estate.args(), estate.env, SIZE);
		await app.screenWhen(loadedAll(estate.instances), 30_000);
		await app.quiet(300);
		const appMoves = await moves(app);
		const cursorOn = /› synth-/.test(app.screen());
		const rss = peakRss(app.pid);
		await app.kill();

		// BENCH_VERBOSE=1: every move's time in ms, both apps, in order (to see which moves are the slow ones).
		if (process.env.BENCH_VERBOSE)
			console.log(
				'app',
				appMoves.latencies.map((l) => l.toFixed(0)).join(' '),
				'\nlist',
				listMoves.latencies.map((l) => l.toFixed(0)).join(' '),
			);
		const appMedian = median(appMoves.latencies);
		const listMedian = median(listMoves.latencies);
		const appMax = Math.max(...appMoves.latencies);
		console.log('4. Keystrokes (2,000 instances, 50 × j from the top of the list, 160×50 terminal)');
		console.log(
			`   key → frame written: connectui median ${ms(appMedian)}, max ${ms(appMax)}   minimal Ink list median ${ms(listMedian)}, max ${ms(Math.max(...listMoves.latencies))}`,
		);
		console.log(
			`   median ratio ${ratio(appMedian / listMedian)} (${verdict(appMedian / listMedian, 1.2)}); max ÷ minimal median ${ratio(appMax / listMedian)} (${verdict(appMax / listMedian, 2)})`,
		);
		console.log(
			`   bytes per move: connectui median ${median(appMoves.bytes).toFixed(0)} (mean ${mean(appMoves.bytes).toFixed(0)}, max ${Math.max(...appMoves.bytes)})   minimal Ink list median ${median(listMoves.bytes).toFixed(0)}   (${verdict(median(appMoves.bytes), 300)} bytes)` +
				`${cursorOn ? '' : '   (cursor NOT seen on a row!)'}${listMoved ? '' : '   (minimal list cursor NOT where expected!)'}`,
		);
		console.log('5. Memory (peak RSS, VmHWM, after loading 2,000 instances and the 50 moves, 160×50)');
		if (rss === undefined || listRss === undefined || nodeRss === undefined) console.log('   /proc not readable here');
		else
			console.log(
				`   connectui ${rss.toFixed(1)} MB   minimal Ink list ${listRss.toFixed(1)} MB (ratio ${ratio(rss / listRss)})   node -e ${nodeRss.toFixed(1)} MB   (${verdict(rss, 120)} MB)`,
			);
	} finally {
		await estate.close();
	}
}
