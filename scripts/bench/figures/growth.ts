// 3. Growth: first frame → last row per (profile, region) pair, from 10 to 1,000 pairs (flat is the goal).
import {CLI, loadedAll, ms, openEstate, ratio, spawnInPty} from '../harness.js';

export async function growth(): Promise<void> {
	const latency = 50;
	console.log(
		`3. Growth ((profile, region) pairs × 2 instances, ${latency} ms latency: first frame → last row, per pair)`,
	);
	const perPair: number[] = [];
	for (const accounts of [1, 10, 100]) {
		const estate = await openEstate({accounts, regionsPerAccount: 10, instancesPerRegion: 2}, latency);
		try {
			const app = spawnInPty(CLI, estate.args(), estate.env);
			const first = await app.printableAt(200);
			const last = await app.screenWhen(loadedAll(estate.instances), 60_000);
			await app.kill();
			const pairs = accounts * 10;
			const span = last - first;
			perPair.push(span / pairs);
			console.log(
				`   ${String(pairs).padStart(5)} pairs: ${ms(span).padStart(9)} total, ${ms(span / pairs).padStart(8)} per pair`,
			);
		} finally {
			await estate.close();
		}
	}

	console.log(
		`   baseline: 10 pairs ${ms(perPair[0]!)} per pair; 1,000 pairs ÷ 100 pairs per pair ${ratio(perPair[2]! / perPair[1]!)} (flat = ≤ 1.0)`,
	);
}
