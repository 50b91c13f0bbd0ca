// Who is calling: SigV4 checked as AWS checks it, temporary credentials only with their session
// token and only until they expire, and opt-in regions only where the account has enabled them.
import type {IncomingMessage} from 'node:http';
import {
	EmulatorError,
	expiredToken,
	incompleteSignature,
	invalidSignature,
	missingAuthenticationToken,
	unrecognizedClient,
} from './errors.js';
import {parseAuthorization, verifySignature} from './sigv4.js';
import type {AccountRecord, Store} from './store.js';
import {OPT_IN_REGIONS} from './temporary.js';

/** The services the emulator answers with SigV4 (the SSO portal uses a bearer token instead). */
export type SignedService = 'connect' | 'sts' | 'organizations';

export type Caller = {
	readonly account: AccountRecord;
	readonly accessKeyId: string;
	/** The IAM user or assumed-role session behind the key. */
	readonly principalArn: string;
	readonly region: string;
	readonly service: SignedService;
};

const services: ReadonlySet<string> = new Set<SignedService>(['connect', 'sts', 'organizations']);

/** The service a request's credential scope names (undefined when there is no valid Authorization). */
export function signedServiceOf(request: IncomingMessage): SignedService | undefined {
	const service = parseAuthorization(request.headers.authorization ?? '')?.service;
	return service !== undefined && services.has(service) ? (service as SignedService) : undefined;
}

function header(request: IncomingMessage, name: string): string | undefined {
	const value = request.headers[name];
	return Array.isArray(value) ? value.join(',') : value;
}

export function authenticate(
	store: Store,
	request: IncomingMessage,
	signed: {rawPath: string; search: URLSearchParams; body: Buffer},
	now = Date.now(),
): Caller {
	const authorization = request.headers.authorization;
	if (authorization === undefined || authorization === '') throw missingAuthenticationToken();
	const auth = parseAuthorization(authorization);
	if (!auth) {
		throw incompleteSignature(
			`Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters in the AWS4-HMAC-SHA256 format. Authorization=${authorization.split(' ')[0] ?? ''}`,
		);
	}
	if (!services.has(auth.service)) {
		throw new EmulatorError(
			403,
			'InvalidSignatureException',
			`Credential should be scoped to correct service: 'connect'.`,
		);
	}
	const account = store.accountForKey(auth.accessKeyId);
	if (!account) throw unrecognizedClient();
	const secret = account.secretAccessKeys.get(auth.accessKeyId);
	const method = request.method ?? 'GET';
	if (secret !== undefined && !verifySignature({method, ...signed, headers: request.headers}, auth, secret)) {
		throw invalidSignature();
	}
	const token = header(request, 'x-amz-security-token');
	const temporary = store.temporary(auth.accessKeyId);
	// A long-term key sent with a token, or a temporary key without its own token: AWS rejects both.
	if (temporary ? token !== temporary.sessionToken : token !== undefined) throw unrecognizedClient();
	if (temporary && temporary.expiresAt <= now) throw expiredToken();
	if (
		auth.service === 'connect' &&
		account.optInRegions !== undefined &&
		OPT_IN_REGIONS.has(auth.region) &&
		!account.optInRegions.has(auth.region)
	) {
		// What AWS answers in a region the account has not enabled: the token is not valid there.
		throw unrecognizedClient();
	}
	return {
		account,
		accessKeyId: auth.accessKeyId,
		principalArn: temporary?.principalArn ?? account.principalArn,
		region: auth.region,
		service: auth.service as SignedService,
	};
}
