import {test} from 'node:test';
import assert from 'node:assert/strict';
import {countBy, QuotaScheduler, quotaDuration, quotaKeyOf, type Priority} from '../../source/domain/scheduler.js';

type Submitted = {readonly key: string; readonly priority?: Priority; readonly at?: number};

/** Runs the scheduler on a fake clock, jumping to each wake-up; returns each ticket's start time. */
function simulate(scheduler: QuotaScheduler, submitted: readonly Submitted[]): Map<number, number> {
	const starts = new Map<number, number>();
	const pending = [...submitted].sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
	let now = 0;
	const ids: number[] = [];
	for (let step = 0; step < 100_000; step++) {
		while (pending.length > 0 && (pending[0]!.at ?? 0) <= now) {
			const next = pending.shift()!;
			ids.push(scheduler.submit(next.key, now, next.priority));
		}

		const decision = scheduler.next(now);
		for (const id of decision.start) starts.set(id, now);
		const nextArrival = pending[0]?.at;
		const wake = [decision.wakeAt, nextArrival].filter((t): t is number => t !== undefined);
		if (wake.length === 0) break;
		now = Math.min(...wake);
	}

	assert.equal(starts.size, ids.length, 'every request started');
	return starts;
}

function assertWithinQuota(times: readonly number[]): void {
	// A token bucket of 2 a second, burst 5: any window of length T holds at most 5 + 2T starts.
	const sorted = [...times].sort((a, b) => a - b);
	for (let i = 0; i < sorted.length; i++) {
		for (let j = i; j < sorted.length; j++) {
			const span = sorted[j]! - sorted[i]!;
			assert.ok(j - i + 1 <= 5 + Math.floor((span * 2) / 1000), `${j - i + 1} starts within ${span} ms`);
		}
	}
}

const east = quotaKeyOf({profile: 'prod', region: 'us-east-1'}, 'ListInstanceAttributes');
const west = quotaKeyOf({profile: 'prod', region: 'us-west-2'}, 'ListInstanceAttributes');

test('scheduler: 40 requests on one key go 5 at once, then exactly 2 a second, never more and never idle', () => {
	const scheduler = new QuotaScheduler();
	const starts = [
		...simulate(
			scheduler,
			Array.from({length: 40}, () => ({key: east})),
		).values(),
	];
	assertWithinQuota(starts);
	assert.deepEqual(starts.slice(0, 5), [0, 0, 0, 0, 0]);
	// No idle gap: the k-th request after the burst starts the moment its token exists.
	for (let k = 5; k < 40; k++) assert.equal(starts[k], (k - 4) * 500);
});

test('scheduler: keys are independent (regions and APIs run in parallel)', () => {
	const scheduler = new QuotaScheduler();
	const work = [
		...Array.from({length: 15}, () => ({key: east})),
		...Array.from({length: 15}, () => ({key: west})),
		...Array.from({length: 15}, () => ({key: quotaKeyOf({profile: 'prod', region: 'us-east-1'}, 'DescribeInstance')})),
	];
	const starts = simulate(scheduler, work);
	// 15 per key: the last starts after (15 - 5) / 2 = 5 s on every key at once, not 20 s in a row.
	assert.equal(Math.max(...starts.values()), 5000);
});

test('scheduler: work arriving later on a rested key starts at once; arriving on a busy key waits its turn', () => {
	const scheduler = new QuotaScheduler();
	const work: Submitted[] = [
		...Array.from({length: 7}, () => ({key: east})),
		{key: east, at: 600},
		{key: west, at: 600},
	];
	const byId = simulate(scheduler, work);
	const starts = [...byId.keys()].sort((a, b) => a - b).map((id) => byId.get(id)!);
	assertWithinQuota(starts.slice(0, 8));
	assert.equal(starts[7], 1500);
	assert.equal(starts[8], 600);
});

test('scheduler: interactive requests go before background ones waiting on the same key', () => {
	const scheduler = new QuotaScheduler();
	const background = Array.from({length: 20}, () => scheduler.submit(east, 0, 'background'));
	const first = scheduler.next(0);
	assert.deepEqual(first.start, background.slice(0, 5));
	const interactive = scheduler.submit(east, 100, 'interactive');
	assert.deepEqual(scheduler.next(100).start, []);
	assert.deepEqual(scheduler.next(first.wakeAt!).start, [interactive]);
});

test('scheduler: a cancelled request leaves the queue; the next one takes its slot', () => {
	const scheduler = new QuotaScheduler();
	const ids = Array.from({length: 7}, () => scheduler.submit(east, 0));
	assert.equal(scheduler.next(0).start.length, 5);
	scheduler.cancel(ids[5]!);
	assert.deepEqual(scheduler.next(500).start, [ids[6]]);
	assert.equal(scheduler.waiting().size, 0);
});

test('scheduler: time left is what the slowest key still needs', () => {
	const scheduler = new QuotaScheduler();
	for (let i = 0; i < 25; i++) scheduler.submit(east, 0);
	for (let i = 0; i < 9; i++) scheduler.submit(west, 0);
	assert.equal(scheduler.timeLeft(0), 10_000);
	scheduler.next(0);
	// 20 wait on east with an empty bucket: 10 s; a second later 2 more tokens exist.
	assert.equal(scheduler.timeLeft(0), 10_000);
	assert.equal(scheduler.timeLeft(1000), 9000);
});

test('quotaDuration: the burst goes at once, the rest at 2 a second; the slowest key decides', () => {
	assert.equal(quotaDuration(new Map()), 0);
	assert.equal(quotaDuration(new Map([[east, 5]])), 0);
	assert.equal(quotaDuration(new Map([[east, 105]])), 50_000);
	const counts = countBy(['a', 'a', 'b', ...Array.from({length: 9}, () => 'c')], (key) => key);
	assert.equal(quotaDuration(counts), 2000);
});

test('quotaKey: one quota per API, per profile and region', () => {
	const target = {profile: 'prod', region: 'us-east-1'};
	assert.notEqual(quotaKeyOf(target, 'A'), quotaKeyOf(target, 'B'));
	assert.notEqual(quotaKeyOf(target, 'A'), quotaKeyOf({...target, region: 'us-west-2'}, 'A'));
	assert.equal(quotaKeyOf(target, 'A'), quotaKeyOf({...target}, 'A'));
});
