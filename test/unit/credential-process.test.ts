// connectui's own credential_process runner: bounded by the deadline, the command and everything it
// started killed, and every failure named.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {processesWith} from '../helpers/processes.js';
import {credentialProcessProvider, parseProcessOutput} from '../../source/aws/credential-process.js';

describe('credential_process', () => {
	it('reads Version 1 JSON and reuses it until it expires', async () => {
		const json = JSON.stringify({Version: 1, AccessKeyId: 'AKID', SecretAccessKey: 'S', SessionToken: 'T'});
		const provider = credentialProcessProvider('p', `echo '${json}'`, {timeoutMs: 5000});
		const credentials = await provider();
		assert.deepEqual(credentials, {accessKeyId: 'AKID', secretAccessKey: 'S', sessionToken: 'T'});
		assert.equal(await provider(), credentials);
	});

	it('a command that hangs is stopped at the deadline, with everything it started', async () => {
		const marker = `sleep 9${process.pid % 1000}7`;
		const provider = credentialProcessProvider('slow', `sh -c '${marker}; true' & ${marker}`, {timeoutMs: 300});
		await assert.rejects(provider(), /The credential_process of profile slow did not answer within 300 ms: stopped/);
		for (let i = 0; i < 100 && processesWith(marker).length > 0; i++) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}

		assert.deepEqual(processesWith(marker), []);
	});

	it('names what went wrong: exit code and stderr, output that is not credentials', async () => {
		await assert.rejects(
			credentialProcessProvider('p', 'echo "token expired, run login" >&2; exit 3', {timeoutMs: 5000})(),
			/The credential_process of profile p failed \(exit 3\): token expired, run login/,
		);
		await assert.rejects(
			credentialProcessProvider('p', 'echo hello', {timeoutMs: 5000})(),
			/The credential_process of profile p printed something that is not JSON \("hello"\)/,
		);
		assert.equal(parseProcessOutput('{"Version": 2}'), 'printed Version 2 (1 expected)');
		assert.equal(parseProcessOutput('{"Version": 1}'), 'printed JSON without AccessKeyId and SecretAccessKey');
	});
});
