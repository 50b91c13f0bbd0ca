// 5. Instance settings: Enter on an instance → every section of the detail view filled (13 storage
// types, origins, Lambda, Lex V1 and V2, keys, integrations, four counts paging 1,000 a page), ÷ the
// floor Amazon Connect's quota sets for those calls (2 a second per API after a burst of 5, plus the
// round trips a paged count needs one after the other).
import {rmSync} from 'node:fs';
import {withDemoSettings} from '../../../source/emulator/demo-settings.js';
import type {Seed} from '../../../source/emulator/index.js';
import {CLI, loadedAll, median, ms, openEstate, ratio, spawnInPty, verdict} from '../harness.js';

const RATE = 2;
const BURST = 5;

/** The seed's one instance, active, with the demo's settings and counts that take several pages. */
function withSettings(seed: Seed): Seed {
	for (const account of seed.accounts) {
		for (const instances of Object.values(account.regions)) {
			for (const [index, instance] of instances.entries()) instances[index] = {...instance, status: 'ACTIVE'};
		}
	}

	withDemoSettings(seed);
	for (const account of seed.accounts) {
		for (const instances of Object.values(account.regions)) {
			for (const instance of instances) {
				instance.settings = {...instance.settings, users: 2350, flows: 212, queues: 48, phoneNumbers: 140};
			}
		}
	}

	return seed;
}

/** Every section has answered: nothing loading or counting, and the last count is there. */
const filled = (screen: string) =>
	/Instance settings/.test(screen) &&
	!/loading|counting…/.test(screen) &&
	/Users\s+2,350/.test(screen) &&
	/Flows\s+212/.test(screen);

export async function instanceSettings(): Promise<void> {
	const latency = 50;
	const estate = await openEstate({accounts: 1, regionsPerAccount: 1, instancesPerRegion: 1}, latency, withSettings);
	try {
		const spans: number[] = [];
		for (let i = 0; i < 3; i++) {
			rmSync(estate.env['CONNECTUI_HOME']!, {recursive: true, force: true});
			const app = spawnInPty(CLI, estate.args(), estate.env, {cols: 110, rows: 120});
			await app.screenWhen(loadedAll(1), 20_000);
			await app.quiet(300);
			const pressed = performance.now();
			app.write('\r');
			const done = await app.screenWhen(filled, 30_000);
			spans.push(done - pressed);
			await app.kill();
		}

		// ListInstanceStorageConfigs is the busiest API: 13 calls, 5 at once then 2 a second; the last
		// answer needs one more round trip. ListUsers pages 3 times in a row (well within its burst).
		const storageFloor = ((13 - BURST) / RATE) * 1000 + latency;
		const pagingFloor = 3 * latency;
		const floor = Math.max(storageFloor, pagingFloor);
		const span = median(spans);
		console.log(`5. Instance settings (one instance, every section, ${latency} ms latency, median of 3)`);
		console.log(
			`   Enter → all sections filled ${ms(span)}   quota floor ${ms(floor)} (13 storage calls at 2/s after a burst of 5, + one round trip)   ratio ${ratio(span / floor)}   (${verdict(span / floor, 1.2)})`,
		);
	} finally {
		await estate.close();
	}
}
