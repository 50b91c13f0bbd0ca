// AWS STS over its query protocol: AssumeRole (with or without MFA) and GetCallerIdentity, enough
// for assume-role profiles, `--org-role` and learning the account behind any credentials.
import {randomUUID} from 'node:crypto';
import type {ServerResponse} from 'node:http';
import type {Caller} from './auth.js';
import type {EmulatorError} from './errors.js';
import type {Store} from './store.js';
import {mintTemporary} from './temporary.js';

/** The one-time code every MFA device of the emulator accepts. */
export const EMULATOR_MFA_CODE = '123456';

const roleArnPattern = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
const sessionNamePattern = /^[\w+=,.@-]{2,64}$/;
const namespace = 'https://sts.amazonaws.com/doc/2011-06-15/';

export type StsOutcome = {readonly status: number; readonly operation: string};

function xml(response: ServerResponse, status: number, body: string): void {
	if (response.destroyed || response.headersSent) return;
	response.writeHead(status, {
		'Content-Type': 'text/xml',
		'Content-Length': Buffer.byteLength(body),
		'x-amzn-RequestId': randomUUID(),
	});
	response.end(body);
}

function escape(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function stsError(
	response: ServerResponse,
	status: number,
	code: string,
	message: string,
	operation: string,
): StsOutcome {
	xml(
		response,
		status,
		`<ErrorResponse xmlns="${namespace}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${escape(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
	);
	return {status, operation};
}

/** STS's names for the front end's errors. */
const stsCodes: Readonly<Record<string, string>> = {
	UnrecognizedClientException: 'InvalidClientTokenId',
	ExpiredTokenException: 'ExpiredToken',
	InvalidSignatureException: 'SignatureDoesNotMatch',
	MissingAuthenticationTokenException: 'MissingAuthenticationToken',
	IncompleteSignatureException: 'IncompleteSignature',
	ThrottlingException: 'Throttling',
};

/** An authentication (or throttling) failure, as STS words it. */
export function sendStsError(response: ServerResponse, error: EmulatorError, operation: string): StsOutcome {
	return stsError(response, error.status, stsCodes[error.code] ?? error.code, error.message, operation);
}

function success(response: ServerResponse, operation: string, result: string): StsOutcome {
	xml(
		response,
		200,
		`<${operation}Response xmlns="${namespace}"><${operation}Result>${result}</${operation}Result><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${operation}Response>`,
	);
	return {status: 200, operation};
}

const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Answers one STS request from an authenticated caller. */
export function answerSts(
	store: Store,
	caller: Caller,
	form: URLSearchParams,
	response: ServerResponse,
	defaultSeconds: number,
): StsOutcome {
	const action = form.get('Action') ?? '';
	if (action === 'GetCallerIdentity') {
		const userId = caller.principalArn.includes(':assumed-role/')
			? `AROAEMULATOR${caller.account.accountId}:${caller.principalArn.split('/').at(-1) ?? ''}`
			: `AIDAEMULATOR${caller.account.accountId}`;
		return success(
			response,
			action,
			`<Arn>${escape(caller.principalArn)}</Arn><UserId>${escape(userId)}</UserId><Account>${caller.account.accountId}</Account>`,
		);
	}
	if (action !== 'AssumeRole')
		return stsError(response, 400, 'InvalidAction', `Could not find operation ${action}`, action);

	const roleArn = form.get('RoleArn') ?? '';
	const match = roleArnPattern.exec(roleArn);
	if (!match) return stsError(response, 400, 'ValidationError', `${roleArn} is invalid`, action);
	const session = form.get('RoleSessionName') ?? '';
	if (!sessionNamePattern.test(session)) {
		return stsError(
			response,
			400,
			'ValidationError',
			`1 validation error detected: Value '${session}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
			action,
		);
	}
	const seconds = form.has('DurationSeconds') ? Number(form.get('DurationSeconds')) : defaultSeconds;
	if (form.has('DurationSeconds') && (!Number.isInteger(seconds) || seconds < 900 || seconds > 43_200)) {
		return stsError(
			response,
			400,
			'ValidationError',
			`1 validation error detected: Value '${form.get('DurationSeconds') ?? ''}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
			action,
		);
	}
	const account = store.account(match[1]!);
	if (!account || (account.roles !== undefined && !account.roles.has(match[2]!))) {
		return stsError(
			response,
			403,
			'AccessDenied',
			`User: ${caller.principalArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
			action,
		);
	}
	if (form.has('SerialNumber') && form.get('TokenCode') !== EMULATOR_MFA_CODE) {
		return stsError(
			response,
			403,
			'AccessDenied',
			'MultiFactorAuthentication failed with invalid MFA one time pass code.',
			action,
		);
	}

	const assumedArn = `${roleArn.replace(':iam::', ':sts::').replace(/:role\/(?:[\w+=,.@-]+\/)*/, ':assumed-role/')}/${session}`;
	const credentials = mintTemporary(store, account.accountId, assumedArn, seconds);
	return success(
		response,
		action,
		[
			`<AssumedRoleUser><AssumedRoleId>AROAEMULATOR${account.accountId}:${escape(session)}</AssumedRoleId><Arn>${escape(assumedArn)}</Arn></AssumedRoleUser>`,
			`<Credentials><AccessKeyId>${credentials.accessKeyId}</AccessKeyId><SecretAccessKey>${escape(credentials.secretAccessKey)}</SecretAccessKey><SessionToken>${escape(credentials.sessionToken)}</SessionToken><Expiration>${isoSeconds(credentials.expiresAt)}</Expiration></Credentials>`,
		].join(''),
	);
}
