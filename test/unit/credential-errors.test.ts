import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {credentialSource, credentialSourceError} from '../../source/aws/credential-errors.js';
import type {ErrorContext} from '../../source/aws/errors.js';

const context: ErrorContext = {
	profile: 'ops',
	region: 'us-east-1',
	files: {configFile: '/c', credentialsFile: '/k'},
	requestTimeoutMs: 2000,
	connectTimeoutMs: 1000,
};
const sts = credentialSource('ops', {role_arn: 'arn:aws:iam::1:role/R', source_profile: 'base'});

describe('errors from credential sources name the source', () => {
	it('STS answering an error is STS, not Amazon Connect', () => {
		const denied = Object.assign(new Error('not authorized to assume'), {
			name: 'AccessDenied',
			$metadata: {httpStatusCode: 403, requestId: 'r-1'},
		});
		const error = credentialSourceError(denied, context, sts, 'https://sts.amazonaws.com');
		assert.equal(error.code, 'AccessDenied');
		assert.equal(
			error.message,
			'STS (assume role arn:aws:iam::1:role/R) for profile ops answered AccessDenied: not authorized to assume',
		);
		assert.equal(error.requestId, 'r-1');
	});

	it('an answer that is not AWS (a captive portal, a proxy page) says so, naming STS', () => {
		const garbage = Object.assign(new SyntaxError('Unexpected token <'), {$responseBodyText: '<html>'});
		const error = credentialSourceError(garbage, context, sts, 'https://sts.amazonaws.com');
		assert.match(error.message, /^STS \(assume role .*\) for profile ops answered something that is not an AWS answer/);
		assert.doesNotMatch(error.message, /Amazon Connect/);
	});

	it('a network failure names the STS host', () => {
		const refused = Object.assign(new Error('connect ECONNREFUSED'), {code: 'ECONNREFUSED'});
		const error = credentialSourceError(refused, context, sts, 'https://sts.example.test');
		assert.equal(error.message, `${sts}: Cannot reach sts.example.test: connection refused`);
	});
});
