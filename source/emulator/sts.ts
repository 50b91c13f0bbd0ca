// Just enough of AWS STS (the query protocol's AssumeRole) for assume-role profiles, with or
// without mfa_serial, to work against the emulator through the SDK's own credential chain.
import {randomBytes, randomUUID} from 'node:crypto';
import type {ServerResponse} from 'node:http';
import type {Store} from './store.js';

/** The one-time code every MFA device of the emulator accepts. */
export const EMULATOR_MFA_CODE = '123456';

const roleArnPattern = /^arn:aws[a-z-]*:iam::(\d{12}):role\/[\w+=,.@/-]+$/;

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

function stsError(response: ServerResponse, status: number, code: string, message: string): StsOutcome {
	xml(
		response,
		status,
		`<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${escape(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
	);
	return {status, operation: 'AssumeRole'};
}

/**
 * Answers one STS request from an authenticated caller. AssumeRole into an account of the seed
 * mints temporary keys for that account; with SerialNumber, TokenCode must be EMULATOR_MFA_CODE.
 */
export function answerSts(store: Store, form: URLSearchParams, response: ServerResponse): StsOutcome {
	const action = form.get('Action');
	if (action !== 'AssumeRole')
		return stsError(response, 400, 'InvalidAction', `Could not find operation ${action ?? ''}`);
	const roleArn = form.get('RoleArn') ?? '';
	const match = roleArnPattern.exec(roleArn);
	if (!match) return stsError(response, 400, 'ValidationError', `${roleArn} is invalid`);
	const account = store.account(match[1]!);
	if (!account)
		return stsError(response, 403, 'AccessDenied', `Not authorized to perform sts:AssumeRole on ${roleArn}`);
	if (form.has('SerialNumber') && form.get('TokenCode') !== EMULATOR_MFA_CODE) {
		return stsError(
			response,
			403,
			'AccessDenied',
			'MultiFactorAuthentication failed with invalid MFA one time pass code.',
		);
	}

	const accessKeyId = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`;
	const secretAccessKey = randomBytes(30).toString('base64');
	const sessionToken = randomBytes(48).toString('base64');
	store.addTemporaryKey(account.accountId, accessKeyId, secretAccessKey);
	const seconds = Number(form.get('DurationSeconds') ?? '3600');
	const expiration = new Date(Date.now() + (Number.isFinite(seconds) ? seconds : 3600) * 1000).toISOString();
	const session = escape(form.get('RoleSessionName') ?? 'session');
	xml(
		response,
		200,
		[
			'<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
			'<AssumeRoleResult>',
			`<AssumedRoleUser><AssumedRoleId>AROAEMULATOR:${session}</AssumedRoleId><Arn>${escape(roleArn.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/'))}/${session}</Arn></AssumedRoleUser>`,
			`<Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>${escape(secretAccessKey)}</SecretAccessKey><SessionToken>${escape(sessionToken)}</SessionToken><Expiration>${expiration}</Expiration></Credentials>`,
			'</AssumeRoleResult>',
			`<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>`,
			'</AssumeRoleResponse>',
		].join(''),
	);
	return {status: 200, operation: 'AssumeRole'};
}
