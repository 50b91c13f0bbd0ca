// Amazon Connect's quota as AWS enforces it: a token bucket per account, region and operation
// (default 2 requests a second, bursts of 5); a request with no token left is answered 429.
// Independent of the app's own pacing (source/domain), so the emulator can catch it exceeding.

export type ThrottleOptions = {readonly ratePerSecond: number; readonly burst: number};

export const CONNECT_QUOTA: ThrottleOptions = {ratePerSecond: 2, burst: 5};

/**
 * How early a request may arrive and still count as on time, in tokens: a client paces by the time
 * it sends, the server counts by arrival, and a cold client's first request is late by a few hundred
 * ms (so the later ones look early). AWS is no stricter than this.
 */
export const QUOTA_TOLERANCE_TOKENS = 0.5;

type Bucket = {tokens: number; at: number};

export class Throttle {
	readonly #rate: number;
	readonly #burst: number;
	readonly #buckets = new Map<string, Bucket>();

	constructor(options: ThrottleOptions = CONNECT_QUOTA) {
		this.#rate = options.ratePerSecond / 1000;
		this.#burst = options.burst;
	}

	/** Takes a token for this key; false when there is none (the request is throttled). */
	admit(accountId: string, region: string, operation: string, now = Date.now()): boolean {
		const key = `${accountId}/${region}/${operation}`;
		let bucket = this.#buckets.get(key);
		if (!bucket) {
			if (this.#buckets.size > 10_000) this.#buckets.clear();
			bucket = {tokens: this.#burst, at: now};
			this.#buckets.set(key, bucket);
		}
		bucket.tokens = Math.min(this.#burst, bucket.tokens + Math.max(0, now - bucket.at) * this.#rate);
		bucket.at = Math.max(bucket.at, now);
		if (bucket.tokens < 1 - QUOTA_TOLERANCE_TOKENS) return false;
		bucket.tokens -= 1;
		return true;
	}
}
