// AWS Signature Version 4: strict parsing of the Authorization header and, when the secret is
// known, verification of the signature exactly as @smithy/signature-v4 computes it.
import {createHash, createHmac, timingSafeEqual} from 'node:crypto';
import type {IncomingHttpHeaders} from 'node:http';

export type ParsedAuthorization = {
	readonly accessKeyId: string;
	readonly date: string;
	readonly region: string;
	readonly service: string;
	readonly signedHeaders: readonly string[];
	readonly signature: string;
};

const algorithm = 'AWS4-HMAC-SHA256';
const credentialPattern = /^([A-Z0-9]{16,128})\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request$/;
const signedHeadersPattern = /^[a-z0-9-]+(;[a-z0-9-]+)*$/;
const signaturePattern = /^[0-9a-f]{64}$/;

/** Parses `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`; undefined when malformed. */
export function parseAuthorization(header: string): ParsedAuthorization | undefined {
	if (!header.startsWith(`${algorithm} `)) return undefined;
	const fields = new Map<string, string>();
	for (const part of header.slice(algorithm.length + 1).split(',')) {
		const trimmed = part.trim();
		const equals = trimmed.indexOf('=');
		if (equals <= 0) return undefined;
		const name = trimmed.slice(0, equals);
		if (fields.has(name)) return undefined;
		fields.set(name, trimmed.slice(equals + 1));
	}
	const credential = fields.get('Credential');
	const signedHeaders = fields.get('SignedHeaders');
	const signature = fields.get('Signature');
	if (fields.size !== 3 || !credential || !signedHeaders || !signature) return undefined;
	const match = credentialPattern.exec(credential);
	if (!match || !signedHeadersPattern.test(signedHeaders) || !signaturePattern.test(signature)) return undefined;
	const headers = signedHeaders.split(';');
	if (!headers.includes('host')) return undefined;
	return {
		accessKeyId: match[1]!,
		date: match[2]!,
		region: match[3]!,
		service: match[4]!,
		signedHeaders: headers,
		signature,
	};
}

/** RFC 3986 encoding as the SDK's escapeUri does it. */
function escapeUri(value: string): string {
	return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalPath(rawPath: string): string {
	const segments: string[] = [];
	for (const segment of rawPath.split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') segments.pop();
		else segments.push(segment);
	}
	const normalized = `${rawPath.startsWith('/') ? '/' : ''}${segments.join('/')}${segments.length > 0 && rawPath.endsWith('/') ? '/' : ''}`;
	return escapeUri(normalized).replace(/%2F/g, '/');
}

function canonicalQuery(search: URLSearchParams): string {
	const byKey = new Map<string, string[]>();
	for (const [key, value] of search) {
		if (key.toLowerCase() === 'x-amz-signature') continue;
		const encodedKey = escapeUri(key);
		const list = byKey.get(encodedKey) ?? [];
		list.push(`${encodedKey}=${escapeUri(value)}`);
		byKey.set(encodedKey, list);
	}
	return [...byKey.keys()]
		.sort()
		.map((key) => byKey.get(key)!.sort().join('&'))
		.join('&');
}

const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export type SignedRequest = {
	readonly method: string;
	/** The path as received (percent-encoded), without the query string. */
	readonly rawPath: string;
	readonly search: URLSearchParams;
	readonly headers: IncomingHttpHeaders;
	readonly body: Buffer;
};

/** True when the signature matches the one computed with the secret. */
export function verifySignature(request: SignedRequest, auth: ParsedAuthorization, secretAccessKey: string): boolean {
	const longDate = headerValue(request.headers, 'x-amz-date');
	if (!longDate || !longDate.startsWith(auth.date)) return false;
	const canonicalHeaders: string[] = [];
	for (const name of auth.signedHeaders) {
		const value = headerValue(request.headers, name);
		if (value === undefined) return false;
		canonicalHeaders.push(`${name}:${value.trim().replace(/\s+/g, ' ')}`);
	}
	const payloadHash = headerValue(request.headers, 'x-amz-content-sha256') ?? sha256Hex(request.body);
	const canonicalRequest = [
		request.method,
		canonicalPath(request.rawPath),
		canonicalQuery(request.search),
		canonicalHeaders.join('\n'),
		'',
		auth.signedHeaders.join(';'),
		payloadHash,
	].join('\n');
	const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
	const stringToSign = [algorithm, longDate, scope, sha256Hex(canonicalRequest)].join('\n');
	const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, auth.date), auth.region), auth.service), 'aws4_request');
	const expected = Buffer.from(createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex'));
	const actual = Buffer.from(auth.signature);
	return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name];
	if (value === undefined) return undefined;
	return Array.isArray(value) ? value.join(',') : value;
}
