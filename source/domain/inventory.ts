// Lists instances for every (profile, region) pair at once, with bounded concurrency.
// Pure orchestration over the ConnectGateway: one failing pair never stops the others.
import {AwsError, errorCode, errorMessage, REGION_NOT_ENABLED} from './errors.js';
import type {ConnectGateway} from './gateway.js';
import {pairKey} from './instances.js';
import type {InstanceSummary, Target} from './types.js';

export type InventoryOptions = {
	/** Pairs fetched at the same time. Default 8. */
	readonly concurrency?: number;
	/** Aborting stops new pairs from starting, cancels running ones and silences every callback. */
	readonly signal?: AbortSignal;
	readonly onPairStart?: (target: Target) => void;
	readonly onPage?: (target: Target, page: readonly InstanceSummary[]) => void;
	readonly onPairDone?: (target: Target, count: number) => void;
	readonly onPairError?: (target: Target, error: AwsError) => void;
	/** The account has not enabled this (opt-in) region: nothing there, and not a failure. */
	readonly onPairNotEnabled?: (target: Target) => void;
};

export type InventoryResult = {
	/** Every instance found, in the order pages arrived. */
	readonly instances: readonly InstanceSummary[];
	readonly failures: ReadonlyArray<{readonly target: Target; readonly error: AwsError}>;
	/** Pairs in opt-in regions their account has not enabled (not in `failures`). */
	readonly notEnabled: readonly Target[];
	/** True when the signal was aborted before every pair finished. */
	readonly aborted: boolean;
};

function asAwsError(error: unknown): AwsError {
	return error instanceof AwsError ? error : new AwsError(errorCode(error), errorMessage(error));
}

function unique(targets: readonly Target[]): Target[] {
	const seen = new Set<string>();
	return targets.filter((target) => {
		const key = pairKey(target);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export async function fetchInventory(
	gateway: Pick<ConnectGateway, 'listInstances'>,
	targets: readonly Target[],
	options: InventoryOptions = {},
): Promise<InventoryResult> {
	const {signal} = options;
	const queue = unique(targets);
	const concurrency = Math.max(1, Math.floor(options.concurrency ?? 8));
	const instances: InstanceSummary[] = [];
	const failures: Array<{target: Target; error: AwsError}> = [];
	const notEnabled: Target[] = [];
	const live = () => !signal?.aborted;
	// Callbacks are the caller's: one that throws must not take a pair (or the others) down.
	const call = (callback: () => void) => {
		if (!live()) return;
		try {
			callback();
		} catch {}
	};

	async function fetchPair(target: Target): Promise<void> {
		call(() => options.onPairStart?.(target));
		try {
			const all = await gateway.listInstances(target, {
				signal,
				onPage(page) {
					if (!live()) return;
					instances.push(...page);
					call(() => options.onPage?.(target, page));
				},
			});
			call(() => options.onPairDone?.(target, all.length));
		} catch (error: unknown) {
			if (!live()) return;
			const awsError = asAwsError(error);
			if (awsError.code === REGION_NOT_ENABLED) {
				notEnabled.push(target);
				call(() => options.onPairNotEnabled?.(target));
				return;
			}
			failures.push({target, error: awsError});
			call(() => options.onPairError?.(target, awsError));
		}
	}

	async function worker(): Promise<void> {
		for (let target = queue.shift(); target && live(); target = queue.shift()) {
			// eslint-disable-next-line no-await-in-loop -- a worker takes the next pair when its last one answered
			await fetchPair(target);
		}
	}

	await Promise.all(Array.from({length: Math.min(concurrency, queue.length)}, async () => worker()));
	return {instances, failures, notEnabled, aborted: Boolean(signal?.aborted)};
}
