// The AWS files parsed once per content: the memo, and the build's rewrite of the SDK's loader and
// merge, checked on the installed SDK by bundling them as the build does.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, it} from 'node:test';
import {build} from 'esbuild';
import {mergingAnew, rememberedParses, sdkConfigFiles} from '../../scripts/build/sdk-config-files.mjs';
import {parsedOnce} from '../../source/aws/shared-files-memo.js';

type Sections = Record<string, Record<string, string>>;

function countingParse(): {parse: (text: string) => Sections; count: () => number} {
	let calls = 0;
	return {
		parse(text) {
			calls++;
			if (text.includes('__proto__')) throw new Error('Found invalid profile name "__proto__"');
			return {[text]: {region: 'us-east-1'}};
		},
		count: () => calls,
	};
}

describe('parsedOnce', () => {
	it('parses a text once, and again when the text changes', () => {
		const {parse, count} = countingParse();
		const parsed = parsedOnce('/config\0config', parse);
		const first = parsed('a');
		assert.equal(parsed('a'), first);
		assert.equal(count(), 1);
		assert.deepEqual(parsed('b'), {b: {region: 'us-east-1'}});
		assert.equal(count(), 2);
	});

	it('keeps each file apart', () => {
		const {parse, count} = countingParse();
		parsedOnce('/one\0config', parse)('same');
		parsedOnce('/two\0config', parse)('same');
		assert.equal(count(), 2);
	});

	it('hands out frozen sections: a caller cannot change what the next one gets', () => {
		const {parse} = countingParse();
		const sections = parsedOnce('/frozen\0credentials', parse)('p');
		assert.throws(() => {
			sections['p']!['region'] = 'eu-west-1';
		}, TypeError);
		assert.throws(() => {
			sections['q'] = {};
		}, TypeError);
	});

	it('does not remember a parse that throws', () => {
		const {parse, count} = countingParse();
		const parsed = parsedOnce('/bad\0config', parse);
		assert.throws(() => parsed('[__proto__]'), /__proto__/);
		assert.throws(() => parsed('[__proto__]'), /__proto__/);
		assert.equal(count(), 2);
	});
});

describe("the build's rewrite of the SDK's config file loading", () => {
	const require = createRequire(import.meta.url);
	const sdkFile = (name: string) =>
		join(
			require.resolve('@smithy/core/config').replace(/dist-cjs[\\/].*$/, ''),
			'dist-es/submodules/config/shared-ini-file-loader',
			name,
		);

	it('stops the build, naming the file, when the modules are laid out differently', () => {
		assert.throws(() => rememberedParses('export const x = 1;', '/sdk/load.js'), /\/sdk\/load\.js: the SDK's/);
		assert.throws(() => mergingAnew('export const x = 1;', '/sdk/merge.js'), /\/sdk\/merge\.js: the SDK's/);
	});

	it('applies to the installed SDK', () => {
		const loader = sdkFile('loadSharedConfigFiles.js');
		assert.equal((rememberedParses(readFileSync(loader, 'utf8'), loader).match(/parsedOnce\(/g) ?? []).length, 2);
		const merge = sdkFile('mergeConfigFiles.js');
		assert.doesNotMatch(mergingAnew(readFileSync(merge, 'utf8'), merge), /Object\.assign/);
	});

	it('bundled, reads each file once per content and still merges the credentials file over the config file', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'connectui-ini-'));
		try {
			const config = join(dir, 'config');
			const credentials = join(dir, 'credentials');
			writeFileSync(config, '[profile a]\nregion = us-east-1\naws_access_key_id = FROMCONFIG\n');
			writeFileSync(credentials, '[a]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s\n');
			const entry = join(dir, 'entry.mjs');
			writeFileSync(entry, "export {loadSharedConfigFiles, parseKnownFiles} from '@smithy/shared-ini-file-loader';\n");
			const out = join(dir, 'bundle.mjs');
			await build({
				entryPoints: [entry],
				bundle: true,
				platform: 'node',
				format: 'esm',
				outfile: out,
				nodePaths: [join(process.cwd(), 'node_modules')],
				plugins: [sdkConfigFiles],
				logLevel: 'silent',
			});
			const sdk = (await import(pathToFileURL(out).href)) as {
				loadSharedConfigFiles: (init: object) => Promise<{configFile: Sections; credentialsFile: Sections}>;
				parseKnownFiles: (init: object) => Promise<Sections>;
			};
			const init = {configFilepath: config, filepath: credentials};
			const first = await sdk.loadSharedConfigFiles(init);
			const again = await sdk.loadSharedConfigFiles({...init, ignoreCache: true});
			assert.equal(again.configFile, first.configFile, 'the same text was parsed again');
			assert.deepEqual(await sdk.parseKnownFiles(init), {
				a: {region: 'us-east-1', aws_access_key_id: 'AKIAEXAMPLE', aws_secret_access_key: 's'},
			});
			assert.equal(first.configFile['a']!['aws_access_key_id'], 'FROMCONFIG', 'the merge changed the config file');
			writeFileSync(config, '[profile a]\nregion = eu-west-1\n');
			const edited = await sdk.loadSharedConfigFiles({...init, ignoreCache: true});
			assert.equal(edited.configFile['a']!['region'], 'eu-west-1');
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});
