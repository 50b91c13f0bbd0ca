// Deadlines that hold: --request-timeout bounds a whole call to Amazon Connect, retries included,
// and every credential source (the SDK's chain: SSO, STS assume-role, web identity; connectui's own
// credential_process) by the same time. Time spent waiting for a person (an MFA code) does not count.
import {AwsError} from '../domain/errors.js';
import {formatDuration} from './errors.js';

/** The SDK's attempts for one call; `onFirst` runs when the first attempt is sent (credentials resolved). */
export type AttemptCounter = {count: number; readonly onFirst?: () => void};

/** A command of the SDK: each has a middleware stack of its own, on top of its client's. */
type CountableCommand = {readonly middlewareStack: {add(middleware: unknown, options: object): void}};

/**
 * A client whose sends count their attempts: a middleware on the command's own stack, below the
 * retry middleware and signing, so it runs once per attempt. (Not an AsyncLocalStorage: that turns on
 * Node's promise hooks, a cost on every promise of the process.)
 */
export function countingClient<Client extends {send: (command: never, options?: never) => Promise<unknown>}>(
	client: Client,
	counter: AttemptCounter,
): Pick<Client, 'send'> {
	const middleware =
		<Args, Output>(next: (args: Args) => Promise<Output>) =>
		async (args: Args): Promise<Output> => {
			counter.count++;
			if (counter.count === 1) counter.onFirst?.();
			return next(args);
		};
	const send = async (command: CountableCommand, options?: unknown) => {
		// `override`: a command sent again (a retry of the whole call) keeps one counter, not two.
		command.middlewareStack.add(middleware, {
			step: 'deserialize',
			name: 'connectuiCountAttempts',
			priority: 'low',
			override: true,
		});
		return client.send(command as never, options as never);
	};
	return {send: send as unknown as Client['send']};
}

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
