// The SDK parses the AWS config and credentials files again for every setting each client looks
// up. This plugin has its loadSharedConfigFiles remember the parse of the same text
// (source/aws/shared-files-memo.ts), whose sections are then shared and frozen, so mergeConfigFiles
// makes a merged section instead of assigning one file's into the other's. The build fails if either
// module no longer reads as expected.
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const LOADER = /[\\/]shared-ini-file-loader[\\/]loadSharedConfigFiles\.js$/;
const MERGE = /[\\/]shared-ini-file-loader[\\/]mergeConfigFiles\.js$/;
const MEMO = fileURLToPath(new URL('../../source/aws/shared-files-memo.ts', import.meta.url));

const EDITS = [
	[
		'.then(parseIni)\n            .then(getConfigData)',
		'.then(parsedOnce(`${resolvedConfigFilepath}\\0config`, (text) => getConfigData(parseIni(text))))',
	],
	[
		'.then(parseIni)\n            .catch(swallowError)',
		'.then(parsedOnce(`${resolvedFilepath}\\0credentials`, parseIni))\n            .catch(swallowError)',
	],
];

/** The module with both parses remembered; throws, naming the file, if the SDK's layout changed. */
export function rememberedParses(contents, path) {
	let out = `import {parsedOnce} from ${JSON.stringify(MEMO)};\n${contents}`;
	for (const [find, replace] of EDITS) {
		if (out.split(find).length !== 2) throw new Error(`${path}: the SDK's loadSharedConfigFiles changed ("${find}")`);
		out = out.replace(find, replace);
	}
	return out;
}

const MERGING = [
	'            if (merged[key] !== undefined) {\n                Object.assign(merged[key], values);\n            }',
	'            if (merged[key] !== undefined) {\n                merged[key] = {...merged[key], ...values};\n            }',
];

/** mergeConfigFiles making each merged section anew; throws, naming the file, if its layout changed. */
export function mergingAnew(contents, path) {
	const [find, replace] = MERGING;
	if (contents.split(find).length !== 2) throw new Error(`${path}: the SDK's mergeConfigFiles changed`);
	return contents.replace(find, replace);
}

export const sdkConfigFiles = {
	name: 'sdk-config-files',
	setup(build) {
		build.onLoad({filter: LOADER}, async ({path}) => ({
			contents: rememberedParses(await readFile(path, 'utf8'), path),
			loader: 'js',
		}));
		build.onLoad({filter: MERGE}, async ({path}) => ({
			contents: mergingAnew(await readFile(path, 'utf8'), path),
			loader: 'js',
		}));
	},
};
