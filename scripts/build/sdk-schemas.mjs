// The AWS SDK's clients describe every shape of their service in one module (schemas_0.js), and a
// shape's traits are written with computed keys (`{ [_jN]: "name" }`, `_jN` a string constant of the
// same module). esbuild cannot tell that such a key has no side effects, so it keeps every shape of
// the service — for Amazon Connect about 190 KB of code (a 1 MB compile cache) evaluated at every
// start, where the commands connectui sends need a tenth of it. This plugin writes those keys as the
// strings they are, so only the shapes the commands reach stay in the bundle.
import {readFile} from 'node:fs/promises';

const SCHEMAS = /[\\/]@aws-sdk[\\/]client-[a-z0-9-]+[\\/]dist-es[\\/]schemas[\\/]schemas_0\.js$/;

/** The module with each `[_constant]:` key replaced by its string; throws if the SDK's layout changed. */
export function literalTraitKeys(contents, path) {
	const constants = new Map();
	for (const [, name, value] of contents.matchAll(/^const (_\w+) = ("(?:[^"\\]|\\.)*");$/gm))
		constants.set(name, value);
	if (constants.size === 0) throw new Error(`${path}: no string constants found; the SDK's schema layout changed`);
	let replaced = 0;
	const out = contents.replace(/\[(_\w+)\]:/g, (whole, name) => {
		const value = constants.get(name);
		if (value === undefined) return whole;
		replaced++;
		return `${value}:`;
	});
	return {contents: out, replaced};
}

export const sdkSchemas = {
	name: 'sdk-schemas',
	setup(build) {
		build.onLoad({filter: SCHEMAS}, async ({path}) => ({
			contents: literalTraitKeys(await readFile(path, 'utf8'), path).contents,
			loader: 'js',
		}));
	},
};
