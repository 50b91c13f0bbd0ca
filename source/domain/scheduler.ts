// The scheduler for Amazon Connect's quotas: requests wait in one queue per quota key (API, account or
// profile, region) and start as soon as that key's token bucket allows, so a key never goes past its
// quota and never idles while work for it waits. Keys are independent: regions and accounts run in
// parallel. Interactive requests (the list, the detail view, applies) go before background ones
// (the matrix filling its cells) on the same key. Pure: time comes in, nothing is awaited here; the
// AWS layer drives it with a timer.
import {CONNECT_API_BUDGET, quotaKey, TokenBucket, type BudgetOptions} from './rate-budget.js';
import type {Target} from './types.js';

export type Priority = 'interactive' | 'background';

/**
 * The quota key of a request to an instance's (profile, region): its account when the row knows it,
 * else the profile stands for its account (see rate-budget's quotaKey, which the AWS layer uses).
 */
export function quotaKeyOf(target: Target & {readonly accountId?: string}, api: string): string {
	return quotaKey(target.accountId ?? `profile ${target.profile}`, target.region, api);
}

type Ticket = {readonly id: number; readonly key: string; readonly priority: Priority};

type Lane = {
	readonly bucket: TokenBucket;
	readonly interactive: Ticket[];
	readonly background: Ticket[];
};

export type Decision = {
	/** Tickets that may start now, in order. */
	readonly start: readonly number[];
	/** When to ask again (absolute ms), when tickets still wait. */
	readonly wakeAt?: number;
};

export class QuotaScheduler {
	readonly #options: BudgetOptions;
	readonly #lanes = new Map<string, Lane>();
	readonly #tickets = new Map<number, Ticket>();
	#nextId = 1;

	constructor(options: BudgetOptions = CONNECT_API_BUDGET) {
		this.#options = options;
	}

	/** Queues one request; returns its ticket id. Call `next(now)` to learn when it may start. */
	submit(key: string, now: number, priority: Priority = 'interactive'): number {
		const ticket: Ticket = {id: this.#nextId++, key, priority};
		const lane = this.#lane(key, now);
		lane[priority].push(ticket);
		this.#tickets.set(ticket.id, ticket);
		return ticket.id;
	}

	/** Drops a waiting ticket (its request was cancelled): it never starts and costs nothing. */
	cancel(id: number): void {
		const ticket = this.#tickets.get(id);
		if (!ticket) return;
		this.#tickets.delete(id);
		const lane = this.#lanes.get(ticket.key);
		if (!lane) return;
		const queue = lane[ticket.priority];
		const index = queue.findIndex((waiting) => waiting.id === id);
		if (index >= 0) queue.splice(index, 1);
	}

	/** The tickets that may start now (their tokens are taken), and when the next one may. */
	next(now: number): Decision {
		const start: number[] = [];
		let wakeAt: number | undefined;
		for (const [key, lane] of this.#lanes) {
			for (;;) {
				const ticket = lane.interactive[0] ?? lane.background[0];
				if (!ticket) break;
				const tokens = lane.bucket.available(now);
				if (tokens < 1) {
					const at = now + Math.ceil(((1 - tokens) * 1000) / this.#options.ratePerSecond);
					wakeAt = wakeAt === undefined ? at : Math.min(wakeAt, at);
					break;
				}

				lane.bucket.reserve(now);
				lane[ticket.priority].shift();
				this.#tickets.delete(ticket.id);
				start.push(ticket.id);
			}

			if (lane.interactive.length === 0 && lane.background.length === 0 && lane.bucket.idle(now)) {
				this.#lanes.delete(key);
			}
		}

		return wakeAt === undefined ? {start} : {start, wakeAt};
	}

	/** Requests waiting, per key. */
	waiting(): Map<string, number> {
		const counts = new Map<string, number>();
		for (const [key, lane] of this.#lanes) {
			const count = lane.interactive.length + lane.background.length;
			if (count > 0) counts.set(key, count);
		}

		return counts;
	}

	/** How long until every waiting request has started (ms): the slowest key decides. */
	timeLeft(now: number): number {
		let longest = 0;
		for (const [key, count] of this.waiting()) {
			const tokens = this.#lanes.get(key)?.bucket.available(now) ?? this.#options.burst;
			longest = Math.max(longest, waitFor(count, tokens, this.#options));
		}

		return longest;
	}

	#lane(key: string, now: number): Lane {
		let lane = this.#lanes.get(key);
		if (!lane) {
			lane = {bucket: new TokenBucket(this.#options, now), interactive: [], background: []};
			this.#lanes.set(key, lane);
		}

		return lane;
	}
}

/** How long until the last of `count` requests may start on one key that holds `tokens` (ms). */
function waitFor(count: number, tokens: number, options: BudgetOptions): number {
	return Math.max(0, Math.ceil(((count - tokens) * 1000) / options.ratePerSecond));
}

/**
 * How long requests take under the quota when every key starts with a full bucket: per key, the
 * burst goes at once and the rest at the rate; keys run in parallel, so the slowest decides (ms).
 */
export function quotaDuration(
	requestsPerKey: ReadonlyMap<string, number>,
	options: BudgetOptions = CONNECT_API_BUDGET,
): number {
	let longest = 0;
	for (const count of requestsPerKey.values()) longest = Math.max(longest, waitFor(count, options.burst, options));
	return longest;
}

/** Counts items per key (helper for quotaDuration). */
export function countBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
	return counts;
}
