// The bulk tags form (T) through the whole app with the real Connect client against the emulator:
// the review lists per instance what changes and who is left out; y sends exactly the requests
// reviewed — one TagResource / UntagResource per instance with only the keys typed — re-read before
// and read back after, journaled; a failed instance stays in the plan and s → y retries just it.
import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import type {InstanceSummary} from '../../source/domain/types.js';
import {syntheticProfiles, type RecordedRequest} from '../../source/emulator/index.js';
import {syntheticFixture} from '../helpers/gateway-fixture.js';
import {KEY, renderApp} from '../helpers/render-app.js';

const shape = {accounts: 1, regionsPerAccount: 1, instancesPerRegion: 8};
const [profile] = syntheticProfiles(shape);
const region = 'us-east-1';
let rows: readonly InstanceSummary[];
const fixture = syntheticFixture(shape, (listed) => (rows = listed));

afterEach(() => cleanup());

const WRITES = new Set(['TagResource', 'UntagResource']);
const writesOf = (requests: readonly RecordedRequest[]) => requests.filter((request) => WRITES.has(request.operation));
const arnOfPath = (path: string) => decodeURIComponent(path.replace(/^\/tags\//, ''));

/** The number of requests the review said it would make (reads before and after included). */
function reviewedRequests(review: string): number {
	const match = /\((\d+) requests with the reads before and after/.exec(review);
	assert.ok(match, review);
	return Number(match[1]);
}

describe('the bulk tags form', () => {
	it('sets a tag on the marked instances that lack it, retries a failure, then removes a key: exactly the requests reviewed', async () => {
		const rendered = renderApp(fixture.gateway, {
			profiles: [profile!.profile],
			regions: [region],
			availableProfiles: [profile!.profile],
		});
		await rendered.waitFor(rows.at(-1)!.alias);
		rendered.press(' j j j ');
		await rendered.waitFor('4 marked');
		const marked = rows.slice(0, 4);
		const staging = marked.filter(
			(instance) => fixture.emulator.tagsOf(instance.arn)?.['Environment'] !== 'production',
		);
		assert.ok(staging.length > 0 && staging.length < 4, 'the seed has both environments among the first four');
		rendered.press('T');
		await rendered.waitFor('tags read 4 of 4', 20_000);

		// Set Environment=production; the first staging instance's TagResource fails once.
		rendered.press('a');
		rendered.press('Environment');
		rendered.press(KEY.tab);
		rendered.press('production');
		rendered.press(KEY.enter);
		await rendered.waitFor('+ set Environment = "production"');
		rendered.press('s');
		let review = await rendered.waitFor('Review bulk tag changes');
		assert.match(review, new RegExp(`${staging.length} instances? · ${staging.length} requests? that change AWS`));
		assert.match(review, new RegExp(`Left out: ${4 - staging.length} instances? already hold`));
		for (const instance of staging)
			assert.match(review, new RegExp(`${instance.alias} .*Environment "staging" → "production"`));
		let expected = reviewedRequests(review);
		const failing = staging[0]!;
		fixture.emulator.inject({
			operation: 'TagResource',
			resource: failing.arn,
			kind: 'error',
			status: 500,
			code: 'InternalServiceException',
			message: 'try again',
			times: 1,
		});
		let mark = fixture.emulator.requests.length;
		rendered.press('y');
		let report = await rendered.waitFor('Report:', 20_000);
		assert.match(report, /1 failed/);
		let sent = fixture.emulator.requests.slice(mark);
		assert.equal(sent.length, expected - 1, 'the failed instance is not read back');
		assert.deepEqual(
			writesOf(sent)
				.map((request) => [request.operation, arnOfPath(request.path), request.body])
				.sort(),
			staging.map((instance) => ['TagResource', instance.arn, {tags: {Environment: 'production'}}]).sort(),
		);
		for (const instance of marked) {
			const want = instance === failing ? 'staging' : 'production';
			assert.equal(fixture.emulator.tagsOf(instance.arn)?.['Environment'], want);
		}

		// The failure stays in the plan: s → y retries just it.
		rendered.press(KEY.esc);
		await rendered.waitFor('1 instance failed');
		rendered.press('s');
		review = await rendered.waitFor('Review bulk tag changes');
		assert.match(review, /1 instance · 1 request that changes? AWS/);
		expected = reviewedRequests(review);
		mark = fixture.emulator.requests.length;
		rendered.press('y');
		report = await rendered.waitFor('Report:', 20_000);
		assert.match(report, /1 sent · 0 failed/);
		sent = fixture.emulator.requests.slice(mark);
		assert.equal(sent.length, expected);
		assert.deepEqual(
			writesOf(sent).map((request) => [request.operation, arnOfPath(request.path)]),
			[['TagResource', failing.arn]],
		);
		assert.ok(marked.every((instance) => fixture.emulator.tagsOf(instance.arn)?.['Environment'] === 'production'));
		rendered.press(KEY.esc);

		// Remove Owner: one UntagResource per instance naming only that key; Environment is not sent again.
		rendered.press('d');
		rendered.press('Owner');
		rendered.press(KEY.enter);
		await rendered.waitFor('- remove Owner');
		rendered.press('s');
		review = await rendered.waitFor('Review bulk tag changes');
		assert.match(review, /4 instances · 4 requests that change AWS/);
		expected = reviewedRequests(review);
		mark = fixture.emulator.requests.length;
		rendered.press('y');
		await rendered.waitFor('Report:', 20_000);
		sent = fixture.emulator.requests.slice(mark);
		assert.equal(sent.length, expected);
		assert.deepEqual(
			writesOf(sent)
				.map((request) => [request.operation, arnOfPath(request.path), request.query])
				.sort(),
			marked.map((instance) => ['UntagResource', instance.arn, {tagKeys: 'Owner'}]).sort(),
		);
		for (const instance of marked) {
			const tags = fixture.emulator.tagsOf(instance.arn)!;
			assert.equal(tags['Owner'], undefined);
			assert.ok(tags['CostCenter'], 'tags nobody touched are kept');
		}

		// Every request was journaled before it was sent, with its outcome and read-back.
		const records = rendered.journal().filter((record) => WRITES.has(record.operation));
		assert.equal(records.length, staging.length + 1 + 4);
		assert.equal(records.filter((record) => record.outcome.status === 'ok').length, staging.length + 4);
		rendered.press(KEY.esc);
		await rendered.waitFor('a set a tag');
		// Every instance holds the changes now: Esc leaves without asking.
		rendered.press(KEY.esc);
		await rendered.waitFor(rows.at(-1)!.alias);
		assert.doesNotMatch(rendered.lastFrame() ?? '', /Leave the bulk tags form/);
	});

	it('refuses an invalid key with the whole reason and sends nothing', async () => {
		const rendered = renderApp(fixture.gateway, {
			profiles: [profile!.profile],
			regions: [region],
			availableProfiles: [profile!.profile],
		});
		await rendered.waitFor(rows.at(-1)!.alias);
		rendered.press('T');
		await rendered.waitFor(`Bulk tags · ${rows.length} shown instances`);
		const mark = fixture.emulator.requests.length;
		rendered.press('a');
		rendered.press('aws:reserved');
		rendered.press(KEY.enter);
		await rendered.waitFor('keys starting with aws: are reserved');
		rendered.press(KEY.esc);
		rendered.press('s');
		await rendered.waitFor('Nothing to review');
		assert.equal(writesOf(fixture.emulator.requests.slice(mark)).length, 0);
	});
});
