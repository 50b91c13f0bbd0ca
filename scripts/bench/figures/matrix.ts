// 8. The fleet matrix: 500 instances in 4 regions of one account, `m` → every attribute cell filled
// (one ListInstanceAttributes per instance, two pages of seven), ÷ the floor the quota sets: each
// region's 250 requests at the quota's rate after its burst, plus one round trip.
import {fleetEstate, frameWhen, INSTANCES, LATENCY_MS, quotaFloor, RATE, BURST, SHAPE, pacedSince} from '../fleet.js';
import {ms, ratio, verdict} from '../harness.js';

export async function matrixFill(): Promise<void> {
	const fleet = await fleetEstate();
	const {app, emulator} = fleet;
	const mark = emulator.requests.length;
	const pressed = performance.now();
	app.press('m');
	const done = await frameWhen(app, new RegExp(`attributes ${INSTANCES} of ${INSTANCES} read`), 60_000);
	fleet.filled = true;
	const span = done - pressed;
	const requests = emulator.requests.slice(mark).filter((request) => request.operation === 'ListInstanceAttributes');
	const perRegion = SHAPE.instancesPerRegion * 2;
	const floor = quotaFloor(perRegion);
	console.log(
		`8. Fleet matrix (${INSTANCES} instances, ${SHAPE.regionsPerAccount} regions, one account; quota ${RATE}/s, burst ${BURST}; ${LATENCY_MS} ms latency)`,
	);
	console.log(
		`   m → every cell filled ${ms(span)}   quota floor ${ms(floor)} (${perRegion} requests a region after a burst of ${BURST}, + one round trip)   ratio ${ratio(span / floor)}   (${verdict(span / floor, 1.1)})   ${requests.length} requests, ${pacedSince(emulator, mark)}`,
	);
}
