// The pty fixture's folder removal fails loudly: a test that leaves an app writing into its folder, or
// a folder that cannot go, is named instead of being left behind in silence.
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {removeFolder} from '../helpers/pty-fixture.js';

describe('removing a test folder', () => {
	it('removes the folder and everything in it', () => {
		const folder = mkdtempSync(join(tmpdir(), 'connectui-remove-'));
		writeFileSync(join(folder, 'cache.json'), '{}');
		removeFolder(folder);
		assert.throws(() => mkdtempSync(join(folder, 'x')), /ENOENT/);
	});

	it('throws, naming the folder and the error, when it cannot be removed', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'connectui-remove-')), 'a-file');
		writeFileSync(file, 'not a folder');
		const folder = join(file, 'home');
		assert.throws(
			() => removeFolder(folder),
			(error: Error) => error.message.includes(folder) && /ENOTDIR/.test(error.message),
		);
		removeFolder(join(file, '..'));
	});
});
