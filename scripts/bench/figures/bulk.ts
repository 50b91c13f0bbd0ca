// 9. A bulk change of 100 instances (25 in each of 4 regions): `y` in the review → the report, each
// instance's attribute read again, changed (journaled) and read back, ÷ the floor the quota sets:
// each region's 50 DescribeInstanceAttribute (before and after) at the quota's rate after its burst,
// plus the last read-back's round trip.
import {frameWhen, INSTANCES, quotaFloor, RATE, pacedSince, fleetEstate} from '../fleet.js';
import {ms, ratio, verdict} from '../harness.js';

const PER_REGION = 25;

export async function bulkChange(): Promise<void> {
	const fleet = await fleetEstate();
	const {app, emulator, regions} = fleet;
	if (!fleet.filled) {
		app.press('m');
		await frameWhen(app, new RegExp(`attributes ${INSTANCES} of ${INSTANCES} read`), 300_000);
		fleet.filled = true;
	}

	// Back to the list, mark 25 instances of each region, then want EARLY_MEDIA (off everywhere) on for them.
	app.press('\u001B');
	await frameWhen(app, /instances \d+\/\d+/, 10_000);
	for (const region of regions) {
		app.press(`/region:${region}\r`);
		await frameWhen(app, new RegExp(`/region:${region}`), 10_000);
		app.press(' j'.repeat(PER_REGION));
		app.press('\u001B');
		await frameWhen(app, new RegExp(`${PER_REGION * (regions.indexOf(region) + 1)} marked`), 10_000);
	}

	app.press('m');
	await frameWhen(app, /attributes →?/, 10_000);
	app.press('llllll+s');
	const total = PER_REGION * regions.length;
	await frameWhen(app, new RegExp(`${total} instances · ${total} requests that change AWS`), 20_000);
	const mark = emulator.requests.length;
	const pressed = performance.now();
	app.press('y');
	const done = await frameWhen(app, /Report: /, 300_000);
	const span = done - pressed;
	const sent = emulator.requests.slice(mark);
	const updates = sent.filter((request) => request.operation === 'UpdateInstanceAttribute' && request.status === 200);
	const floor = quotaFloor(PER_REGION * 2);
	console.log(
		`9. Bulk change (${total} instances, ${PER_REGION} in each of ${regions.length} regions, one attribute each; quota ${RATE}/s as above)`,
	);
	console.log(
		`   y → report ${ms(span)}   quota floor ${ms(floor)} (${PER_REGION * 2} reads a region before and after, after a burst of 5, + the last one's round trip)   ratio ${ratio(span / floor)}   (${verdict(span / floor, 1.1)})   ${updates.length} updates, ${sent.length} requests, ${pacedSince(emulator, mark)}`,
	);
}
