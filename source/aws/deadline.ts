// Deadlines that hold: --request-timeout bounds a whole call to Amazon Connect, retries included,
// and every credential source (the SDK's chain: SSO, STS assume-role, web identity; connectui's own
// credential_process) by the same time. Time spent waiting for a person (an MFA code) does not count.
import {AsyncLocalStorage} from 'node:async_hooks';
import {AwsError} from '../domain/errors.js';
import {formatDuration} from './errors.js';

/** The SDK's attempts for one call; `onFirst` runs when the first attempt is sent (credentials resolved). */
export type AttemptCounter = {count: number; readonly onFirst?: () => void};

/** Counts the SDK's attempts for the call running in this async context (a middleware increments it). */
export const attemptCounter = new AsyncLocalStorage<AttemptCounter>();

/** The client middleware that counts attempts: once per attempt, below the retry middleware and signing. */
export const countAttempts = {
	middleware:
		<Args, Output>(next: (args: Args) => Promise<Output>) =>
		async (args: Args): Promise<Output> => {
			const counter = attemptCounter.getStore();
			if (counter) {
				counter.count++;
				if (counter.count === 1) counter.onFirst?.();
			}
			return next(args);
		},
	options: {step: 'deserialize', name: 'connectuiCountAttempts', priority: 'low'},
} as const;

/** Pauses a provider's deadline while a person is being asked (an MFA code): the person may take their time. */
export type HumanWait = <T>(asking: () => Promise<T>) => Promise<T>;

/**
 * Bounds a credentials provider: no answer within `timeoutMs` (not counting human waits) rejects
 * with a CredentialsError naming the source. The provider itself keeps running (the SDK's chain
 * cannot be stopped); its late answer is dropped.
 */
export function boundedProvider<Credentials>(
	provider: () => Promise<Credentials>,
	timeoutMs: number,
	describe: () => string,
): {readonly provider: () => Promise<Credentials>; readonly humanWait: HumanWait} {
	let asking = 0;
	const humanWait: HumanWait = async (ask) => {
		asking++;
		try {
			return await ask();
		} finally {
			asking--;
		}
	};

	const bounded = async (): Promise<Credentials> =>
		new Promise<Credentials>((resolve, reject) => {
			let timer: NodeJS.Timeout;
			const arm = () => {
				timer = setTimeout(() => {
					if (asking > 0) {
						arm();
						return;
					}

					reject(
						new AwsError(
							'CredentialsError',
							`${describe()} did not answer within ${formatDuration(timeoutMs)} (--request-timeout sets the limit)`,
						),
					);
				}, timeoutMs);
				timer.unref();
			};

			arm();
			provider().then(
				(value) => {
					clearTimeout(timer);
					resolve(value);
				},
				(error: unknown) => {
					clearTimeout(timer);
					reject(error);
				},
			);
		});
	return {provider: bounded, humanWait};
}
