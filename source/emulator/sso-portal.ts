// The IAM Identity Center portal (portal.sso.REGION.amazonaws.com) over REST-JSON: ListAccounts,
// ListAccountRoles and GetRoleCredentials, authorised by the access token `aws sso login` caches.
import {randomUUID} from 'node:crypto';
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {Store} from './store.js';
import {mintTemporary} from './temporary.js';
import type {SeedSsoSession} from './types.js';

const routes: Readonly<Record<string, string>> = {
	'/federation/credentials': 'GetRoleCredentials',
	'/assignment/accounts': 'ListAccounts',
	'/assignment/roles': 'ListAccountRoles',
};

/** The portal operation a request is for, or undefined when it is not a portal request. */
export function ssoOperationOf(method: string, rawPath: string): string | undefined {
	return method === 'GET' ? routes[rawPath] : undefined;
}

export type SsoOutcome = {readonly status: number};

function send(response: ServerResponse, status: number, body: unknown, errorType?: string): SsoOutcome {
	if (response.destroyed || response.headersSent) return {status};
	const text = JSON.stringify(body);
	response.writeHead(status, {
		'Content-Type': 'application/json',
		'Content-Length': Buffer.byteLength(text),
		'x-amzn-RequestId': randomUUID(),
		...(errorType === undefined ? {} : {'x-amzn-ErrorType': errorType}),
	});
	response.end(text);
	return {status};
}

const fail = (response: ServerResponse, status: number, code: string, message: string) =>
	send(response, status, {message}, code);

/** One page of `items` from the opaque next_token, at most max_result long. */
function page<T>(items: readonly T[], search: URLSearchParams): {items: T[]; nextToken?: string} | string {
	const max = search.has('max_result') ? Number(search.get('max_result')) : 20;
	if (!Number.isInteger(max) || max < 1 || max > 100) return 'max_result must be between 1 and 100';
	const token = search.get('next_token');
	const start =
		token === null
			? 0
			: Number(
					Buffer.from(token, 'base64url')
						.toString('utf8')
						.replace(/^page:/, ''),
				);
	if (!Number.isInteger(start) || start < 0 || start > items.length) return 'Invalid next token';
	const end = start + max;
	return {
		items: items.slice(start, end),
		...(end < items.length ? {nextToken: Buffer.from(`page:${end}`).toString('base64url')} : {}),
	};
}

export function answerSso(
	store: Store,
	sessions: readonly SeedSsoSession[],
	request: IncomingMessage,
	operation: string,
	search: URLSearchParams,
	response: ServerResponse,
	sessionSeconds: number,
	now = Date.now(),
): SsoOutcome {
	const token = request.headers['x-amz-sso_bearer_token'];
	const session = sessions.find((candidate) => candidate.accessToken === token);
	if (session === undefined || (session.expiresAt !== undefined && Date.parse(session.expiresAt) <= now)) {
		return fail(response, 401, 'UnauthorizedException', 'Session token not found or invalid');
	}
	if (operation === 'ListAccounts') {
		const result = page(session.assignments, search);
		if (typeof result === 'string') return fail(response, 400, 'InvalidRequestException', result);
		return send(response, 200, {
			accountList: result.items.map((a) => ({
				accountId: a.accountId,
				accountName: a.accountName,
				emailAddress: a.email ?? `aws+${a.accountId}@example.com`,
			})),
			...(result.nextToken === undefined ? {} : {nextToken: result.nextToken}),
		});
	}
	const accountId = search.get('account_id');
	if (!accountId) return fail(response, 400, 'InvalidRequestException', 'account_id is required');
	const assignment = session.assignments.find((a) => a.accountId === accountId);
	if (operation === 'ListAccountRoles') {
		const result = page(assignment?.roles ?? [], search);
		if (typeof result === 'string') return fail(response, 400, 'InvalidRequestException', result);
		return send(response, 200, {
			roleList: result.items.map((roleName) => ({roleName, accountId})),
			...(result.nextToken === undefined ? {} : {nextToken: result.nextToken}),
		});
	}
	const roleName = search.get('role_name');
	if (!roleName) return fail(response, 400, 'InvalidRequestException', 'role_name is required');
	if (!assignment?.roles.includes(roleName)) return fail(response, 403, 'ForbiddenException', 'No access');
	const credentials = mintTemporary(
		store,
		accountId,
		`arn:aws:sts::${accountId}:assumed-role/AWSReservedSSO_${roleName}_0123456789abcdef/connect-admin@example.com`,
		sessionSeconds,
		now,
	);
	return send(response, 200, {
		roleCredentials: {
			accessKeyId: credentials.accessKeyId,
			secretAccessKey: credentials.secretAccessKey,
			sessionToken: credentials.sessionToken,
			expiration: credentials.expiresAt,
		},
	});
}
