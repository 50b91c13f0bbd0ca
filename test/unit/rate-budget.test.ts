import {test} from 'node:test';
import assert from 'node:assert/strict';
import {CONNECT_API_BUDGET, TokenBucket} from '../../source/domain/rate-budget.js';

test('TokenBucket: a burst of 5 goes at once, then 2 a second', () => {
	const bucket = new TokenBucket(CONNECT_API_BUDGET, 0);
	for (let i = 0; i < 5; i++) assert.equal(bucket.reserve(0), 0);
	assert.equal(bucket.reserve(0), 500);
	assert.equal(bucket.reserve(0), 1000);
	assert.equal(bucket.reserve(0), 1500);
});

test('TokenBucket: tokens come back with time, never above the burst', () => {
	const bucket = new TokenBucket(CONNECT_API_BUDGET, 0);
	for (let i = 0; i < 5; i++) bucket.reserve(0);
	assert.equal(bucket.reserve(500), 0);
	assert.equal(bucket.reserve(500), 500);
	assert.ok(bucket.available(60_000) <= 5);
	assert.equal(bucket.available(60_000), 5);
	assert.ok(bucket.idle(60_000));
});

test('TokenBucket: 20 requests at once spread over the quota: none above 2 a second after the burst', () => {
	const bucket = new TokenBucket(CONNECT_API_BUDGET, 0);
	const sendTimes = Array.from({length: 20}, () => bucket.reserve(0));
	assert.deepEqual(sendTimes.slice(0, 5), [0, 0, 0, 0, 0]);
	// In any one-second window after the burst, at most 2 (+1 at the boundary) requests start.
	for (let start = 0; start < 8000; start += 250) {
		const inWindow = sendTimes.filter((t) => t > start && t <= start + 1000).length;
		assert.ok(inWindow <= 2, `${inWindow} requests in (${start}, ${start + 1000}]`);
	}
});

test('TokenBucket: release gives a cancelled reservation back', () => {
	const bucket = new TokenBucket(CONNECT_API_BUDGET, 0);
	for (let i = 0; i < 5; i++) bucket.reserve(0);
	assert.equal(bucket.reserve(0), 500);
	bucket.release(0);
	assert.equal(bucket.reserve(0), 500);
});

test('TokenBucket: rejects a rate or burst that cannot work', () => {
	assert.throws(() => new TokenBucket({ratePerSecond: 0, burst: 5}, 0), RangeError);
	assert.throws(() => new TokenBucket({ratePerSecond: 2, burst: 0}, 0), RangeError);
});
