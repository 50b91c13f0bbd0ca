// The fleet matrix through the whole app with the real Connect client against the emulator: marks,
// loading paced by the quota, bulk changes sent exactly once per instance that needs them, Esc
// stopping a bulk apply.
import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import type {InstanceSummary} from '../../source/domain/types.js';
import {syntheticProfiles, type RecordedRequest} from '../../source/emulator/index.js';
import {syntheticFixture} from '../helpers/gateway-fixture.js';
import {KEY, renderApp} from '../helpers/render-app.js';

const shape = {accounts: 1, regionsPerAccount: 1, instancesPerRegion: 12};
const [profile] = syntheticProfiles(shape);
const region = 'us-east-1';
let rows: readonly InstanceSummary[];
const fixture = syntheticFixture(shape, (listed) => (rows = listed));

afterEach(() => cleanup());

function attribute(instance: InstanceSummary, type: string): string | undefined {
	return fixture.emulator.attributesOf(profile!.accountId, region, instance.id)?.[type];
}

function updatesSince(mark: number): RecordedRequest[] {
	return fixture.emulator.requests.slice(mark).filter((request) => request.operation === 'UpdateInstanceAttribute');
}

/** Opens the matrix and waits until every cell is read (a read that failed on a loaded machine is read again with R). */
async function openMatrix(rendered: ReturnType<typeof app>): Promise<void> {
	rendered.press('m');
	const all = `attributes ${rows.length} of ${rows.length} read`;
	const frame = await rendered.waitFor(new RegExp(`${all}|failed \\(`), 20_000);
	if (!frame.includes(all) || frame.includes('failed (')) {
		rendered.press('R');
		await rendered.waitFor(new RegExp(`${all}(?!.*failed \\()`), 20_000);
	}
}

function app() {
	return renderApp(fixture.gateway, {
		profiles: [profile!.profile],
		regions: [region],
		availableProfiles: [profile!.profile],
	});
}

/** Starts in a token bucket of 2 a second with bursts of 5: any window of T ms holds at most 5 + 2T/1000. */
function assertPaced(times: readonly number[]): void {
	const sorted = [...times].sort((a, b) => a - b);
	for (let i = 0; i < sorted.length; i++) {
		for (let j = i; j < sorted.length; j++) {
			const span = sorted[j]! - sorted[i]!;
			// A second of slack (two tokens): the app and the emulator share this process, so a pause of its
			// event loop (garbage collection, a loaded machine) delivers requests sent a moment apart together.
			// Twelve requests sent at once still fail it; the scheduler's unit tests check the exact pace.
			assert.ok(j - i + 1 <= 5 + Math.floor(((span + 1000) * 2) / 1000), `${j - i + 1} requests within ${span} ms`);
		}
	}
}

describe('the fleet matrix', () => {
	it('marks instances, wants a column on for them, reviews, and sends one UpdateInstanceAttribute per instance that needs it', async () => {
		const mark = fixture.emulator.requests.length;
		const rendered = app();
		await rendered.waitFor(rows.at(-1)!.alias);
		// Mark the first four rows.
		rendered.press(' j j j ');
		await rendered.waitFor('4 marked');
		await openMatrix(rendered);
		// Every ListInstanceAttributes went at the quota's pace.
		assertPaced(
			fixture.emulator.requests
				.slice(mark)
				.filter((request) => request.operation === 'ListInstanceAttributes')
				.map((request) => request.at),
		);
		const marked = rows.slice(0, 4);
		const needing = marked.filter((instance) => attribute(instance, 'CONTACT_LENS') !== 'true');
		assert.ok(needing.length > 0 && needing.length < 4, 'the seed has some of them on and some off');
		// CONTACT_LENS is the fourth column.
		rendered.press('lll+');
		rendered.press('s');
		const review = await rendered.waitFor('Review bulk changes');
		assert.match(review, new RegExp(`${needing.length} instances? · ${needing.length} requests? that change AWS`));
		assert.match(review, /Left out: \d+ instances? already hold/);
		const beforeApply = fixture.emulator.requests.length;
		rendered.press('y');
		await rendered.waitFor('Report:', 20_000);
		const updates = updatesSince(beforeApply);
		assert.deepEqual(
			updates.map((request) => request.path).sort(),
			needing.map((instance) => `/instance/${instance.id}/attribute/CONTACT_LENS`).sort(),
		);
		assert.ok(updates.every((request) => (request.body as {Value: string}).Value === 'true'));
		for (const instance of rows) {
			const want = marked.includes(instance) ? 'true' : attribute(instance, 'CONTACT_LENS');
			assert.equal(attribute(instance, 'CONTACT_LENS'), want);
		}

		// Each request was journaled with its outcome.
		const records = rendered.journal().filter((record) => record.operation === 'UpdateInstanceAttribute');
		assert.equal(records.length, needing.length);
		assert.ok(records.every((record) => record.outcome.status === 'ok' && record.readBack !== undefined));
		rendered.press(KEY.esc);
		// Nothing is pending any more: leaving does not ask.
		rendered.press(KEY.esc);
		await rendered.waitFor('matrix');
		assert.doesNotMatch(rendered.lastFrame() ?? '', /Leave the matrix/);
	});

	it('stops a bulk apply on Esc: requests in flight finish, nothing new is sent, the rest stays pending', async () => {
		const rendered = app();
		await rendered.waitFor(rows.at(-1)!.alias);
		await openMatrix(rendered);
		// EARLY_MEDIA (seventh column) is off everywhere in the seed: every instance needs a request.
		assert.ok(rows.every((instance) => attribute(instance, 'EARLY_MEDIA') === 'false'));
		rendered.press('llllll+s');
		await rendered.waitFor(`${rows.length} instances · ${rows.length} requests that change AWS`);
		const mark = fixture.emulator.requests.length;
		rendered.press('y');
		await rendered.waitFor('Esc stops');
		// Stop once the first update has gone out.
		const deadline = Date.now() + 10_000;
		while (updatesSince(mark).length === 0 && Date.now() < deadline)
			await new Promise((resolve) => setTimeout(resolve, 5));
		rendered.press(KEY.esc);
		const report = await rendered.waitFor('Report:', 20_000);
		const sent = updatesSince(mark).length;
		assert.ok(sent >= 1 && sent < rows.length, `${sent} of ${rows.length} sent before stopping`);
		assert.match(report, /not sent/);
		const on = rows.filter((instance) => attribute(instance, 'EARLY_MEDIA') === 'true').length;
		assert.equal(on, sent);
		// What was not sent stays pending: the review offers just those.
		rendered.press(KEY.esc);
		rendered.press('s');
		await rendered.waitFor(
			`${rows.length - sent} instance${rows.length - sent === 1 ? '' : 's'} · ${rows.length - sent} request`,
		);
		rendered.press('n');
	});
});
