// AWS Organizations over JSON 1.1 (X-Amz-Target: AWSOrganizationsV20161128.*): ListAccounts, paged
// as AWS pages it (MaxResults 1–20), for the management account only.
import {randomUUID} from 'node:crypto';
import type {ServerResponse} from 'node:http';
import type {Caller} from './auth.js';
import type {EmulatorError} from './errors.js';
import type {SeedOrganization} from './types.js';

const targetPrefix = 'AWSOrganizationsV20161128.';

export type OrganizationsOutcome = {readonly status: number; readonly operation: string};

function send(response: ServerResponse, status: number, body: unknown, errorType?: string): void {
	if (response.destroyed || response.headersSent) return;
	const text = JSON.stringify(body);
	response.writeHead(status, {
		'Content-Type': 'application/x-amz-json-1.1',
		'Content-Length': Buffer.byteLength(text),
		'x-amzn-RequestId': randomUUID(),
		...(errorType === undefined ? {} : {'x-amzn-ErrorType': errorType}),
	});
	response.end(text);
}

function fail(response: ServerResponse, status: number, code: string, message: string, operation: string) {
	send(response, status, {__type: code, Message: message}, code);
	return {status, operation};
}

/** The operation an X-Amz-Target header names ('' when it names none). */
export function organizationsOperationOf(target: string | string[] | undefined): string {
	const value = Array.isArray(target) ? target[0] : target;
	return value?.startsWith(targetPrefix) ? value.slice(targetPrefix.length) : '';
}

/** A front-end failure (authentication, throttling) in JSON 1.1's shape: these are 400s there. */
export function sendOrganizationsError(response: ServerResponse, error: EmulatorError, operation: string) {
	const status = error.status === 403 && error.code !== 'AccessDeniedException' ? 400 : error.status;
	return fail(response, status, error.code, error.message, operation);
}

export function answerOrganizations(
	organization: SeedOrganization | undefined,
	caller: Caller,
	operation: string,
	body: Buffer,
	response: ServerResponse,
): OrganizationsOutcome {
	if (operation !== 'ListAccounts') {
		return fail(response, 400, 'UnknownOperationException', `Unknown operation ${operation}`, operation);
	}
	let input: {NextToken?: unknown; MaxResults?: unknown};
	try {
		input = body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as typeof input);
	} catch {
		return fail(
			response,
			400,
			'SerializationException',
			'Start of structure or map found where not expected.',
			operation,
		);
	}
	if (!organization) {
		return fail(
			response,
			400,
			'AWSOrganizationsNotInUseException',
			'Your account is not a member of an organization.',
			operation,
		);
	}
	if (caller.account.accountId !== organization.managementAccountId) {
		return fail(
			response,
			400,
			'AccessDeniedException',
			'You don’t have permissions to access this resource.',
			operation,
		);
	}
	const max = input.MaxResults === undefined ? 20 : input.MaxResults;
	if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 20) {
		return fail(
			response,
			400,
			'InvalidInputException',
			'You provided a value that does not match the required pattern.',
			operation,
		);
	}
	const start =
		typeof input.NextToken === 'string'
			? Number(Buffer.from(input.NextToken, 'base64url').toString('utf8').replace(/^o:/, ''))
			: 0;
	if (!Number.isInteger(start) || start < 0 || start > organization.accounts.length) {
		return fail(response, 400, 'InvalidInputException', 'The NextToken provided is not valid.', operation);
	}
	const end = start + max;
	const root = organization.managementAccountId;
	send(response, 200, {
		Accounts: organization.accounts.slice(start, end).map((account, index) => ({
			Id: account.accountId,
			Arn: `arn:aws:organizations::${root}:account/o-emulator0/${account.accountId}`,
			Email: account.email ?? `aws+${account.accountId}@example.com`,
			Name: account.name,
			// Status is the older field (ACTIVE | SUSPENDED | PENDING_CLOSURE); State replaces it.
			Status: account.state === 'CLOSED' || account.state === 'PENDING_ACTIVATION' ? 'SUSPENDED' : account.state,
			State: account.state,
			JoinedMethod: account.accountId === root ? 'CREATED' : 'INVITED',
			JoinedTimestamp: 1_700_000_000 + (start + index) * 86_400,
		})),
		...(end < organization.accounts.length ? {NextToken: Buffer.from(`o:${end}`).toString('base64url')} : {}),
	});
	return {status: 200, operation};
}
