import assert from 'node:assert/strict';
import {AwsError} from '../../source/domain/errors.js';

/** Awaits a promise that must reject with an AwsError, and returns the error for more checks. */
export async function rejects(promise: Promise<unknown>): Promise<AwsError> {
	try {
		await promise;
	} catch (error: unknown) {
		assert.ok(error instanceof AwsError, `expected an AwsError, got ${String(error)}`);
		return error;
	}

	assert.fail('expected a rejection');
}
