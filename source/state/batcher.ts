// Coalesces events that arrive close together (pages of many regions answering at once) into one
// delivery, so the list re-renders once per batch instead of once per page: the first event after a
// quiet spell is delivered on the next turn of the event loop, later ones at most every `intervalMs`.

export type Batcher<T> = {
	push(item: T): void;
	/** Delivers what is queued now. */
	flush(): void;
	/** Drops what is queued and stops (after an abort). */
	cancel(): void;
};

export type BatcherClock = {
	now(): number;
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
};

const realClock: BatcherClock = {
	now: () => performance.now(),
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * `holdFor`, when given, says how long a delivery should still wait (ms; 0 when it may go now): a
 * background batch waits for a pause in the typing, so that its frame never delays a key's.
 */
export function createBatcher<T>(
	deliver: (items: T[]) => void,
	intervalMs: number,
	clock: BatcherClock = realClock,
	holdFor?: () => number,
): Batcher<T> {
	let queue: T[] = [];
	let timer: unknown;
	let lastDelivery = Number.NEGATIVE_INFINITY;
	let cancelled = false;

	const flush = () => {
		if (timer !== undefined) clock.clearTimeout(timer);
		timer = undefined;
		if (queue.length === 0 || cancelled) return;
		const items = queue;
		queue = [];
		lastDelivery = clock.now();
		deliver(items);
	};
	// The timer's delivery: held back while `holdFor` asks for it.
	const due = () => {
		timer = undefined;
		const hold = holdFor?.() ?? 0;
		if (hold > 0) timer = clock.setTimeout(due, hold);
		else flush();
	};

	return {
		push(item) {
			if (cancelled) return;
			queue.push(item);
			if (timer !== undefined) return;
			const wait = Math.max(0, lastDelivery + intervalMs - clock.now());
			timer = clock.setTimeout(due, wait);
		},
		flush,
		cancel() {
			cancelled = true;
			queue = [];
			if (timer !== undefined) clock.clearTimeout(timer);
			timer = undefined;
		},
	};
}
