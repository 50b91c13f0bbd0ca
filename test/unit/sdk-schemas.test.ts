// The build's rewrite of the SDK's schema module: trait keys become the strings they are, so esbuild
// can drop the shapes no command reaches; a module laid out differently stops the build.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {test} from 'node:test';
import {literalTraitKeys} from '../../scripts/build/sdk-schemas.mjs';

test('trait keys written as computed constants become string keys', () => {
	const module = [
		'const _h = "http";',
		'const _jN = "jsonName";',
		'export var ListInstances$ = [9, n0, _LI, { [_h]: ["GET", "/instance", 200] }, () => In$, () => Out$];',
		'export var Member$ = [3, n0, _M, { [_jN]: "id", [_unknown]: 1 }, [_I], [0]];',
	].join('\n');
	const {contents, replaced} = literalTraitKeys(module, 'schemas_0.js');
	assert.equal(replaced, 2);
	assert.match(contents, /\{ "http": \["GET", "\/instance", 200\] \}/);
	assert.match(contents, /\{ "jsonName": "id", \[_unknown\]: 1 \}/);
});

test('a module without the string constants stops the build with the file named', () => {
	assert.throws(
		() => literalTraitKeys('export var X = [0, n0, "X", 0, 0];', '/sdk/schemas_0.js'),
		/\/sdk\/schemas_0\.js: no string constants/,
	);
});

test("the installed Amazon Connect client's schema module is laid out as the rewrite expects", () => {
	const require = createRequire(import.meta.url);
	const file = require
		.resolve('@aws-sdk/client-connect')
		.replace(/dist-cjs[\\/]index\.js$/, 'dist-es/schemas/schemas_0.js');
	const {contents, replaced} = literalTraitKeys(readFileSync(file, 'utf8'), file);
	assert.ok(replaced > 100, `only ${replaced} keys replaced`);
	assert.doesNotMatch(contents, /\[_[A-Za-z]+\]:/, 'a computed trait key is left');
});
