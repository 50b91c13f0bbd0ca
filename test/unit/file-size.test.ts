// Files small enough to read in one sitting: no source file over 300 lines.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {it} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../source', import.meta.url));

it('no source file is over 300 lines', () => {
	const long = readdirSync(root, {recursive: true, encoding: 'utf8'})
		.filter((file) => /\.tsx?$/.test(file))
		.map((file) => ({file, lines: readFileSync(join(root, file), 'utf8').split('\n').length - 1}))
		.filter(({lines}) => lines > 300);
	assert.deepEqual(long, []);
});
