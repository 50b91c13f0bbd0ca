/**
 * An error as AWS (or the network between) reported it, in domain terms.
 * The AWS layer maps every SDK error to this; screens show `code: message`.
 */
export class AwsError extends Error {
	override readonly name = 'AwsError';
	constructor(
		/** AWS error code (AccessDeniedException, ThrottlingException…) or a local one (TimeoutError, NetworkError, CredentialsError). */
		readonly code: string,
		message: string,
		readonly httpStatus?: number,
		readonly requestId?: string,
	) {
		super(message);
	}
}

/** The code of a pair whose region the account has not enabled: shown quietly, never a failure. */
export const REGION_NOT_ENABLED = 'RegionNotEnabled';

export function errorCode(error: unknown): string {
	if (error instanceof AwsError) return error.code;
	if (error instanceof Error) return error.name || 'Error';
	return 'Error';
}

export function errorMessage(error: unknown): string {
	if (error instanceof Error) return error.message;
	return String(error);
}
