// Drives the quota scheduler with the clock: each Connect call waits here until its key's quota lets
// it start. A call cancelled while it waits leaves the queue and costs nothing.
import {AwsError} from '../domain/errors.js';
import type {BudgetOptions} from '../domain/rate-budget.js';
import {QuotaScheduler, type Priority} from '../domain/scheduler.js';

type Waiter = {readonly resolve: () => void; readonly cleanup: () => void};

export class QuotaGate {
	readonly #scheduler: QuotaScheduler;
	readonly #waiters = new Map<number, Waiter>();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#timerAt = Number.POSITIVE_INFINITY;

	constructor(options?: BudgetOptions) {
		this.#scheduler = new QuotaScheduler(options);
	}

	/** Resolves when the request may be sent; rejects with an AbortError when the signal fires first. */
	async enter(key: string, priority: Priority, signal: AbortSignal | undefined): Promise<void> {
		if (signal?.aborted) throw new AwsError('AbortError', 'Request cancelled');
		const id = this.#scheduler.submit(key, Date.now(), priority);
		// No Promise.withResolvers: the AWS layer also runs where the SDK warns about an older Node.
		return new Promise<void>((resolve, reject) => {
			const onAbort = () => {
				this.#scheduler.cancel(id);
				this.#waiters.delete(id);
				reject(new AwsError('AbortError', 'Request cancelled'));
			};

			signal?.addEventListener('abort', onAbort, {once: true});
			this.#waiters.set(id, {resolve, cleanup: () => signal?.removeEventListener('abort', onAbort)});
			this.#pump();
		});
	}

	/** Time until every waiting request has started (ms). */
	timeLeft(): number {
		return this.#scheduler.timeLeft(Date.now());
	}

	#pump(): void {
		const decision = this.#scheduler.next(Date.now());
		for (const id of decision.start) {
			const waiter = this.#waiters.get(id);
			this.#waiters.delete(id);
			waiter?.cleanup();
			waiter?.resolve();
		}

		if (decision.wakeAt === undefined) {
			if (this.#waiters.size === 0 && this.#timer) {
				clearTimeout(this.#timer);
				this.#timer = undefined;
				this.#timerAt = Number.POSITIVE_INFINITY;
			}

			return;
		}

		if (this.#timer && this.#timerAt <= decision.wakeAt) return;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timerAt = decision.wakeAt;
		this.#timer = setTimeout(
			() => {
				this.#timer = undefined;
				this.#timerAt = Number.POSITIVE_INFINITY;
				this.#pump();
			},
			Math.max(0, decision.wakeAt - Date.now()),
		);
	}
}
