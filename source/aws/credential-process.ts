// credential_process, run by connectui itself instead of the SDK's provider: bounded by the request
// deadline (a command that hangs is killed, with everything it started), never outliving the app,
// and with errors that name the command's failure (exit code, its stderr, output that is not the
// credentials JSON) instead of "no credentials found".
import {AwsError} from '../domain/errors.js';
import type {AwsCredentials, CredentialsProvider} from './credential-types.js';
import {formatDuration} from './errors.js';

/** Renew this long before the credentials expire. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

function firstLine(text: string): string {
	const line = text.trim().split('\n')[0] ?? '';
	return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** The credentials a credential_process printed (Version 1 JSON), or why they are not. */
export function parseProcessOutput(stdout: string): AwsCredentials | string {
	let parsed: unknown;
	try {
		parsed = JSON.parse(stdout);
	} catch {
		return stdout.trim() === '' ? 'printed nothing' : `printed something that is not JSON ("${firstLine(stdout)}")`;
	}

	if (typeof parsed !== 'object' || parsed === null) return 'printed JSON that is not an object';
	const output = parsed as Record<string, unknown>;
	if (output['Version'] !== 1) return `printed Version ${JSON.stringify(output['Version'])} (1 expected)`;
	const {AccessKeyId, SecretAccessKey, SessionToken, Expiration} = output;
	if (typeof AccessKeyId !== 'string' || typeof SecretAccessKey !== 'string') {
		return 'printed JSON without AccessKeyId and SecretAccessKey';
	}

	let expiration: Date | undefined;
	if (Expiration !== undefined) {
		expiration = typeof Expiration === 'string' ? new Date(Expiration) : undefined;
		if (!expiration || Number.isNaN(expiration.getTime())) return 'printed an Expiration that is not a date';
	}

	return {
		accessKeyId: AccessKeyId,
		secretAccessKey: SecretAccessKey,
		...(typeof SessionToken === 'string' ? {sessionToken: SessionToken} : {}),
		...(expiration ? {expiration} : {}),
	};
}

/** A provider that runs the profile's credential_process, once at a time, and reuses what it printed until it expires. */
export function credentialProcessProvider(
	profile: string,
	command: string,
	options: {readonly timeoutMs: number; readonly env?: NodeJS.ProcessEnv},
): CredentialsProvider {
	let pending: Promise<AwsCredentials> | undefined;
	let current: AwsCredentials | undefined;
	const fresh = () =>
		current !== undefined &&
		(current.expiration === undefined || current.expiration.getTime() - Date.now() > EXPIRY_MARGIN_MS);

	const run = async (): Promise<AwsCredentials> => {
		const what = `The credential_process of profile ${profile}`;
		// Node's child_process loads only for a profile that has one.
		const {ChildTimeoutError, runCommand} = await import('../services/child-process.js');
		let result;
		try {
			result = await runCommand(command, options);
		} catch (error) {
			if (error instanceof ChildTimeoutError) {
				throw new AwsError(
					'CredentialsError',
					`${what} did not answer within ${formatDuration(options.timeoutMs)}: stopped (--request-timeout sets the limit)`,
				);
			}

			throw new AwsError('CredentialsError', `${what} could not be started: ${String(error)}`);
		}

		if (result.code !== 0) {
			const said = firstLine(result.stderr);
			throw new AwsError('CredentialsError', `${what} failed (exit ${result.code})${said ? `: ${said}` : ''}`);
		}

		const credentials = parseProcessOutput(result.stdout);
		if (typeof credentials === 'string') throw new AwsError('CredentialsError', `${what} ${credentials}`);
		return credentials;
	};

	return async () => {
		if (fresh() && current) return current;
		pending ??= run().finally(() => {
			pending = undefined;
		});
		current = await pending;
		return current;
	};
}
