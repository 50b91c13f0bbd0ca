import {AwsError, errorCode, errorMessage} from './errors.js';
import type {ConnectGateway} from './gateway.js';
import type {InstanceSummary, Target} from './types.js';

export type FanOutHandlers = {
	readonly onPage: (target: Target, page: readonly InstanceSummary[], first: boolean) => void;
	readonly onDone: (target: Target, count: number) => void;
	readonly onError: (target: Target, error: AwsError) => void;
};

function toAwsError(error: unknown): AwsError {
	return error instanceof AwsError ? error : new AwsError(errorCode(error), errorMessage(error));
}

/**
 * ListInstances for every target at once, at most `concurrency` in flight. One failing target
 * never stops the others; nothing is reported after the signal aborts.
 */
export async function fanOutListInstances(
	gateway: ConnectGateway,
	targets: readonly Target[],
	handlers: FanOutHandlers,
	options: {readonly concurrency?: number; readonly signal?: AbortSignal} = {},
): Promise<void> {
	const {signal} = options;
	const queue = [...targets];
	const worker = async () => {
		for (let target = queue.shift(); target && !signal?.aborted; target = queue.shift()) {
			let first = true;
			const current = target;
			try {
				const all = await gateway.listInstances(current, {
					signal,
					onPage(page) {
						if (signal?.aborted) return;
						handlers.onPage(current, page, first);
						first = false;
					},
				});
				if (!signal?.aborted) handlers.onDone(current, all.length);
			} catch (error) {
				if (!signal?.aborted) handlers.onError(current, toAwsError(error));
			}
		}
	};

	const workers = Math.max(1, Math.min(options.concurrency ?? 8, targets.length));
	await Promise.all(Array.from({length: workers}, worker));
}
