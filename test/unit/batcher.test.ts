import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createBatcher, type BatcherClock} from '../../source/state/batcher.js';

/** A clock the test advances by hand. */
function manualClock() {
	let now = 0;
	let timers: Array<{at: number; callback: () => void; id: number}> = [];
	let nextId = 1;
	const clock: BatcherClock = {
		now: () => now,
		setTimeout(callback, ms) {
			const id = nextId++;
			timers.push({at: now + ms, callback, id});
			return id;
		},
		clearTimeout(handle) {
			timers = timers.filter((timer) => timer.id !== handle);
		},
	};
	const advance = (ms: number) => {
		now += ms;
		for (;;) {
			const due = timers.filter((timer) => timer.at <= now).sort((a, b) => a.at - b.at)[0];
			if (!due) break;
			timers = timers.filter((timer) => timer !== due);
			due.callback();
		}
	};

	return {clock, advance};
}

test('createBatcher: events pushed together arrive together, in order', () => {
	const {clock, advance} = manualClock();
	const delivered: number[][] = [];
	const batch = createBatcher<number>((items) => delivered.push(items), 33, clock);
	batch.push(1);
	batch.push(2);
	batch.push(3);
	assert.deepEqual(delivered, []);
	advance(0);
	assert.deepEqual(delivered, [[1, 2, 3]]);
});

test('createBatcher: after a delivery, the next one waits for the interval', () => {
	const {clock, advance} = manualClock();
	const delivered: number[][] = [];
	const batch = createBatcher<number>((items) => delivered.push(items), 33, clock);
	batch.push(1);
	advance(0);
	batch.push(2);
	advance(10);
	batch.push(3);
	advance(10);
	assert.deepEqual(delivered, [[1]]);
	advance(13);
	assert.deepEqual(delivered, [[1], [2, 3]]);
	// After a quiet spell the first event goes out at once again.
	advance(100);
	batch.push(4);
	advance(0);
	assert.deepEqual(delivered, [[1], [2, 3], [4]]);
});

test('createBatcher: flush delivers now; cancel drops what is queued and ignores later events', () => {
	const {clock, advance} = manualClock();
	const delivered: number[][] = [];
	const batch = createBatcher<number>((items) => delivered.push(items), 33, clock);
	batch.push(1);
	batch.flush();
	assert.deepEqual(delivered, [[1]]);
	batch.push(2);
	batch.cancel();
	batch.push(3);
	advance(1000);
	batch.flush();
	assert.deepEqual(delivered, [[1]]);
});

test('createBatcher: a held delivery waits for the pause, then goes; flush() never waits', () => {
	const {clock, advance} = manualClock();
	const delivered: number[][] = [];
	let typingUntil = 0;
	const batch = createBatcher<number>(
		(items) => delivered.push(items),
		100,
		clock,
		() => Math.max(0, typingUntil - clock.now()),
	);
	typingUntil = 250; // keys keep coming until t = 250
	batch.push(1);
	advance(100);
	assert.deepEqual(delivered, [], 'held while typing');
	batch.push(2);
	advance(100);
	assert.deepEqual(delivered, [], 'still held');
	advance(50);
	assert.deepEqual(delivered, [[1, 2]], 'delivered once the typing paused');
	typingUntil = 1000;
	batch.push(3);
	batch.flush();
	assert.deepEqual(delivered, [[1, 2], [3]], 'flush() delivers at once');
});
