// Turns whatever the SDK, the credential chain or the network threw into a domain AwsError.
import {AwsError, REGION_NOT_ENABLED} from '../domain/errors.js';
import {OPT_IN_REGIONS} from '../domain/regions.js';
import type {SharedFilePaths} from './profiles.js';

export type ErrorContext = {
	readonly profile: string;
	readonly region: string;
	readonly files: SharedFilePaths;
	readonly endpoint?: string;
	readonly requestTimeoutMs: number;
	readonly connectTimeoutMs: number;
	readonly signal?: AbortSignal;
	/** The proxy the request went through (credentials hidden), if any: it is the host a connection failure names. */
	readonly proxy?: string;
	/** How many attempts the SDK made (retries included), when known. */
	readonly attempts?: number;
};

export type ErrorLike = {
	name?: unknown;
	message?: unknown;
	code?: unknown;
	errno?: unknown;
	hostname?: unknown;
	address?: unknown;
	port?: unknown;
	cause?: unknown;
	$metadata?: {httpStatusCode?: number; requestId?: string; attempts?: number};
	$response?: {statusCode?: number; headers?: Record<string, string>; body?: unknown};
	$responseBodyText?: unknown;
	Message?: unknown;
};

const NETWORK_CODES: Readonly<Record<string, string>> = {
	ECONNREFUSED: 'connection refused',
	ENOTFOUND: 'host not found (DNS)',
	EAI_AGAIN: 'DNS lookup failed (temporary)',
	ECONNRESET: 'connection reset',
	EPIPE: 'connection closed while sending',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	ECONNABORTED: 'connection aborted',
	ETIMEDOUT: 'connection timed out',
	CERT_HAS_EXPIRED: 'TLS certificate has expired',
	UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate could not be verified',
	SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in the chain (a proxy may be intercepting TLS)',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
	UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'TLS certificate issuer unknown (a proxy may be intercepting TLS)',
	ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host name',
};

/** Connection failures that, through a proxy, can only be the proxy's. */
const PROXY_CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function attemptsText(attempts: number | undefined): string {
	return attempts === undefined ? '' : ` (${attempts} attempt${attempts === 1 ? '' : 's'})`;
}

/** The whole call (retries included) ran out of time. */
export function timedOut(context: ErrorContext, host: string = hostOf({}, context)): AwsError {
	return new AwsError(
		'TimeoutError',
		`Request to ${host} timed out after ${formatDuration(context.requestTimeoutMs)}${attemptsText(context.attempts)}`,
	);
}

export function formatDuration(ms: number): string {
	if (ms < 1000) return `${ms} ms`;
	const seconds = ms / 1000;
	return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function hostOf(error: ErrorLike, context: ErrorContext): string {
	const host = text(error.hostname) ?? text(error.address);
	if (host) return typeof error.port === 'number' ? `${host}:${error.port}` : host;
	if (context.endpoint) {
		try {
			return new URL(context.endpoint).host;
		} catch {
			return context.endpoint;
		}
	}

	return `connect.${context.region}.amazonaws.com`;
}

function snippet(body: string): string {
	const flat = body.replaceAll(/\s+/g, ' ').trim();
	return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat.replace(/……$/, '…');
}

function bodyText(error: ErrorLike): string | undefined {
	if (typeof error.$responseBodyText === 'string') return error.$responseBodyText;
	const body = error.$response?.body;
	if (typeof body === 'string') return body;
	if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
	// JSON.parse quotes the start of what it could not read: Unexpected token '<', "<html><bod"... is not valid JSON
	const quoted = typeof error.message === 'string' ? /"(.*)"(?:\.\.\.)? is not valid JSON/.exec(error.message) : null;
	return quoted?.[1] ? `${quoted[1]}…` : undefined;
}

function contentType(error: ErrorLike): string | undefined {
	const headers = error.$response?.headers ?? {};
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() === 'content-type') return value.split(';')[0]?.trim();
	}

	return undefined;
}

function malformed(error: ErrorLike, context: ErrorContext, status: number | undefined): AwsError {
	const type = contentType(error);
	const body = bodyText(error);
	const what = type ? `${type} ` : '';
	const starts = body ? ` ("${snippet(body)}")` : '';
	const statusText = status === undefined ? '' : `HTTP ${status} with `;
	return new AwsError(
		'MalformedResponse',
		`${hostOf({}, context)} answered ${statusText}a ${what}body that is not Amazon Connect JSON${starts}; a proxy or firewall may be in the way`,
		status,
		error.$metadata?.requestId,
	);
}

export function credentialsError(error: ErrorLike, context: ErrorContext): AwsError {
	const message = text(error.message) ?? '';
	const {profile, files} = context;
	if (/\bSSO\b/i.test(message) || /token is expired|sso_session|aws sso login/i.test(message)) {
		return new AwsError(
			'ExpiredToken',
			`The SSO session of profile ${profile} has expired or is missing: run \`aws sso login --profile ${profile}\``,
		);
	}

	if (
		/could not (load|resolve) credentials|could not be found|was not found|instance metadata|not configured/i.test(
			message,
		) ||
		!message
	) {
		return new AwsError(
			'CredentialsError',
			`No credentials found for profile ${profile} (looked in ${files.configFile} and ${files.credentialsFile}, the environment and the instance role)`,
		);
	}

	return new AwsError('CredentialsError', `Profile ${profile}: ${message}`);
}

export function toAwsError(error: unknown, context: ErrorContext): AwsError {
	if (error instanceof AwsError) return error;
	if (context.signal?.aborted) return new AwsError('AbortError', 'Request cancelled');
	if (!error || typeof error !== 'object') return new AwsError('Error', String(error));

	const e = error as ErrorLike;
	const name = text(e.name) ?? 'Error';
	const code = text(e.code);
	const message = text(e.message) ?? text(e.Message) ?? name;
	const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
	const requestId = e.$metadata?.requestId;

	if (name === 'AbortError') return new AwsError('AbortError', 'Request cancelled');

	if (name === 'CredentialsProviderError' || name === 'TokenProviderError' || name === 'ProviderError') {
		return credentialsError(e, context);
	}

	if (name === 'TimeoutError' && code !== 'ECONNRESET' && code !== 'EPIPE') {
		if (/did not establish a connection/.test(message)) {
			return new AwsError(
				'TimeoutError',
				`Could not connect to ${hostOf(e, context)} within ${formatDuration(context.connectTimeoutMs)}`,
			);
		}

		return timedOut(context, hostOf(e, context));
	}

	const networkCode = code ?? (e.cause && typeof e.cause === 'object' ? text((e.cause as ErrorLike).code) : undefined);
	if (networkCode && networkCode in NETWORK_CODES) {
		// Through a proxy, the proxy is the only host connected to (it resolves and reaches the endpoint).
		if (context.proxy && PROXY_CONNECT_CODES.has(networkCode)) {
			return new AwsError(
				'ProxyError',
				`Cannot reach the proxy ${context.proxy}: ${NETWORK_CODES[networkCode]} (HTTPS_PROXY / HTTP_PROXY)`,
			);
		}

		return new AwsError('NetworkError', `Cannot reach ${hostOf(e, context)}: ${NETWORK_CODES[networkCode]}`);
	}

	if (name === 'SyntaxError' || e.$responseBodyText !== undefined) return malformed(e, context, status);

	if (e.$metadata) {
		// A service answer the SDK could not read as an AWS error: "UnknownError", or just the status code.
		const looksUnknown = name === 'UnknownError' || name === 'Unknown' || /^\d+$/.test(name);
		const type = contentType(e);
		if (looksUnknown && type && !/json/i.test(type)) return malformed(e, context, status);
		if (looksUnknown) {
			return new AwsError(
				'HttpError',
				`${hostOf(e, context)} answered HTTP ${status ?? '?'}${message && message !== name ? `: ${message}` : ''}`,
				status,
				requestId,
			);
		}

		// An opt-in region the account has not enabled does not know its credentials.
		if (
			(name === 'UnrecognizedClientException' || name === 'InvalidClientTokenId') &&
			OPT_IN_REGIONS.has(context.region)
		) {
			return new AwsError(
				REGION_NOT_ENABLED,
				`${context.region} is an opt-in region this account has not enabled`,
				status,
				requestId,
			);
		}

		return new AwsError(name, message, status, requestId);
	}

	if (/Invalid region/i.test(message)) return new AwsError('InvalidRegion', `Invalid region ${context.region}`);

	return new AwsError(name, message, status, requestId);
}
