// 2. Full inventory: first frame → last row over 10 regions of two pages each, ÷ the network's
// critical path (two round trips), and the AWS CLI's region loop for comparison.
import {rmSync} from 'node:fs';
import {CLI, awsCliRegionLoop, loadedAll, median, ms, openEstate, ratio, spawnInPty, verdict} from '../harness.js';

export async function fullInventory(): Promise<void> {
	const latency = 150;
	const estate = await openEstate({accounts: 1, regionsPerAccount: 10, instancesPerRegion: 12}, latency);
	try {
		const spans: number[] = [];
		const totals: number[] = [];
		const firsts: number[] = [];
		for (let i = 0; i < 3; i++) {
			rmSync(estate.env['CONNECTUI_HOME']!, {recursive: true, force: true});
			const app = spawnInPty(CLI, estate.args(), estate.env);
			const first = await app.printableAt(200);
			const last = await app.screenWhen(loadedAll(estate.instances), 20_000);
			spans.push(last - first);
			totals.push(last - app.startedAt);
			firsts.push(first - app.startedAt);
			await app.kill();
		}

		const span = median(spans);
		const critical = 2 * latency;
		console.log(`2. Full inventory (10 regions × 12 instances = 2 pages each, ${latency} ms latency, median of 3)`);
		console.log(
			`   first frame → last row ${ms(span)}   network critical path ${ms(critical)}   ratio ${ratio(span / critical)}   (${verdict(span / critical, 1.3)})`,
		);
		// No cache here: the first frame is Ink's own, drawn while the first requests travel (early-start.ts).
		console.log(`   process start → first frame ${ms(median(firsts))}, → last row ${ms(median(totals))}`);
		const cli = await awsCliRegionLoop(estate);
		if (cli !== undefined) {
			console.log(
				`   AWS CLI region loop ${ms(cli)} (÷ critical path ${ratio(cli / critical)}; ÷ connectui process start → last row ${ratio(cli / median(totals))})`,
			);
		} else {
			console.log('   AWS CLI: not installed here, no comparison');
		}
	} finally {
		await estate.close();
	}
}
