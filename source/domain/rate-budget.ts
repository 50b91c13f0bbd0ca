// A request budget: at most `ratePerSecond` requests a second on average, with bursts of `burst`,
// per quota key (the scheduler keeps one per key: Amazon Connect's default quota is 2 requests a
// second per API with a burst of 5, per account and region). Pure: time comes in.

export type BudgetOptions = {
	readonly ratePerSecond: number;
	readonly burst: number;
};

export const CONNECT_API_BUDGET: BudgetOptions = {ratePerSecond: 2, burst: 5};

/** One token bucket. `reserve(now)` takes a token and says how long to wait before using it. */
export class TokenBucket {
	readonly #rate: number;
	readonly #burst: number;
	#tokens: number;
	#updatedAt: number;

	constructor(options: BudgetOptions, now: number) {
		if (!(options.ratePerSecond > 0) || !(options.burst >= 1)) throw new RangeError('rate must be > 0 and burst >= 1');
		this.#rate = options.ratePerSecond / 1000;
		this.#burst = options.burst;
		this.#tokens = options.burst;
		this.#updatedAt = now;
	}

	#refill(now: number): void {
		if (now > this.#updatedAt) {
			this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#updatedAt) * this.#rate);
			this.#updatedAt = now;
		}
	}

	/** Takes a token (possibly one not there yet): 0 when it may go now, else the ms to wait. */
	reserve(now: number): number {
		this.#refill(now);
		this.#tokens -= 1;
		return this.#tokens >= 0 ? 0 : Math.ceil(-this.#tokens / this.#rate);
	}

	/** Gives back a reserved token that was not used (the request was cancelled while waiting). */
	release(now: number): void {
		this.#refill(now);
		this.#tokens = Math.min(this.#burst, this.#tokens + 1);
	}

	/** Tokens available now (negative when requests are queued). */
	available(now: number): number {
		this.#refill(now);
		return this.#tokens;
	}

	/** Whether the bucket is full (and can be forgotten). */
	idle(now: number): boolean {
		return this.available(now) >= this.#burst;
	}
}

/** Buckets per key, created on first use; full buckets are dropped so memory stays bounded. */
export class RequestBudget {
	readonly #options: BudgetOptions;
	readonly #buckets = new Map<string, TokenBucket>();

	constructor(options: BudgetOptions = CONNECT_API_BUDGET) {
		this.#options = options;
	}

	reserve(key: string, now: number): number {
		let bucket = this.#buckets.get(key);
		if (!bucket) {
			if (this.#buckets.size > 1000) this.#sweep(now);
			bucket = new TokenBucket(this.#options, now);
			this.#buckets.set(key, bucket);
		}

		return bucket.reserve(now);
	}

	release(key: string, now: number): void {
		this.#buckets.get(key)?.release(now);
	}

	#sweep(now: number): void {
		for (const [key, bucket] of this.#buckets) if (bucket.idle(now)) this.#buckets.delete(key);
	}
}

/**
 * The key Amazon Connect keeps its quota by: the account (its 12-digit id; a credential source whose
 * account is not known stands for its own), the region and the API. Two profiles of one account share it.
 */
export function quotaKey(account: string, region: string, api: string): string {
	return `${account}\u0000${region}\u0000${api}`;
}
