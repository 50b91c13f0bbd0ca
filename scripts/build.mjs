// Bundles source/cli.tsx into dist/ with production React. The AWS SDK and the
// emulator are split into chunks that load after the first frame.
import {build} from 'esbuild';
import {chmod, readFile, rm} from 'node:fs/promises';
import {builtinModules} from 'node:module';
import {fileURLToPath} from 'node:url';
import {sdkConfigFiles} from './build/sdk-config-files.mjs';
import {sdkSchemas} from './build/sdk-schemas.mjs';

// Node's built-in modules through require() instead of `import`: an ES import of a built-in builds
// an ES module facade that reads every export, and node:http's lazy exports then load undici (its
// fetch, its HTTP/2 client) — about 30 ms before the first request could leave. require() hands
// out the module object as it is; esbuild reads the named imports from it when they are used.
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const builtinsByRequire = {
	name: 'builtins-by-require',
	setup(build) {
		build.onResolve({filter: /^[a-z:_/0-9]+$/}, ({path, kind}) =>
			(kind === 'import-statement' || kind === 'dynamic-import') && builtins.has(path)
				? {path, namespace: 'builtin'}
				: undefined,
		);
		build.onLoad({filter: /.*/, namespace: 'builtin'}, ({path}) => ({
			contents: `module.exports = require(${JSON.stringify(path.startsWith('node:') ? path : `node:${path}`)});`,
			loader: 'js',
		}));
	},
};

// Every `string-width` (Ink's, its helpers', ours) goes through source/terminal-width.ts, which
// measures plain one-column text by its length and hands the rest to string-width.
const terminalWidthFile = fileURLToPath(new URL('../source/terminal-width.ts', import.meta.url));
const fastStringWidth = {
	name: 'fast-string-width',
	setup(build) {
		build.onResolve({filter: /^string-width$/}, ({importer}) =>
			importer === terminalWidthFile ? undefined : {path: terminalWidthFile},
		);
	},
};

// Changes to Ink's renderer, applied as the bundle is built; the build fails if Ink changes shape.
// 1. Ink builds a new Output, with empty caches, for every frame, so every line of every frame is cut
//    into styled characters again (a grapheme segmenter per line): most of a cursor move's time with
//    thousands of rows. The caches depend only on the line's text, so one set serves every frame; it
//    is emptied when it grows past a few frames' worth of lines. The frame is assembled from one shared
//    blank cell, rows made of the same cells as last time keep their text, and a text's lines, its
//    sanitized codes and its lines cut to their box's columns (each cut an array of styled characters
//    turned back into text: about a megabyte of garbage per cursor move at 160×50) are remembered
//    (source/ink-frame.ts).
// 2. Entering the alternate screen keeps the cursor where it was, so whatever the terminal echoed
//    before the app started (keys typed while it loaded) would shift the first frame, and with
//    incremental rendering every unchanged line after it, for good. The cursor goes home first.
//    When the list from the cache is already on screen (source/preframe.ts), Ink starts from it: it
//    does not enter the alternate screen again, which would clear it, and its first frame is an
//    update of those lines, not a whole new screen.
// 3. Incremental rendering steps over each unchanged line with its own "next line" (ESC [ E): 150
//    bytes for a 50-line screen on every frame. A run of them becomes one ESC [ n E, which moves the
//    cursor exactly as far. After a new line or a "next line" the cursor is in the first column
//    already: the "first column" (ESC [ 1 G) Ink writes there goes.
// 4. A changed line that keeps its width is written from its first to its last changed cell only
//    (source/ink-line-update.ts): a cursor move changes one digit of the header's position.
// 5. A full-screen frame that moves a block of the last frame's lines up or down (the list scrolled by
//    a row) has the terminal scroll that block (source/domain/frame-scroll.ts); Ink's loop then starts
//    from the frame's top, where the scroll left the cursor, against the lines as they now stand.
const INK_PATCHES = [
	{
		file: /[\\/]ink[\\/]build[\\/]ink\.js$/,
		edits: [
			[
				'this.writeBestEffort(this.options.stdout, ansiEscapes.enterAlternativeScreen);',
				"if (!globalThis[Symbol.for('connectui.preframe')]) this.writeBestEffort(this.options.stdout, ansiEscapes.enterAlternativeScreen + ansiEscapes.cursorTo(0, 0));",
			],
		],
	},
	{
		file: /[\\/]ink[\\/]build[\\/]output\.js$/,
		edits: [
			[
				'export default class Output',
				`let sharedCaches;
function frameCaches() {
	const full = sharedCaches && (sharedCaches.styledChars.size > 8192 || sharedCaches.widths.size > 16384);
	if (!sharedCaches || full) sharedCaches = new OutputCaches();
	return sharedCaches;
}
export default class Output`,
			],
			['caches = new OutputCaches();', 'caches = frameCaches();'],
			[
				`    sliceLineToColumns(line, from, to) {
        if (from >= to) {`,
				`    sliceLineToColumns(line, from, to) {
        return rememberedSlice(line, from, to, (l, f, t) => this.cutLineToColumns(l, f, t));
    }
    cutLineToColumns(line, from, to) {
        if (from >= to) {`,
			],
			[
				"import { styledCharsFromTokens, styledCharsToString, tokenize, } from '@alcalzone/ansi-tokenize';",
				`import { styledCharsFromTokens, styledCharsToString, tokenize, } from '@alcalzone/ansi-tokenize';
import {blankRow, remembered, rememberedSlice, rowText} from ${JSON.stringify(fileURLToPath(new URL('../source/ink-frame.ts', import.meta.url)))};
const textLines = remembered((text) => {
	const lines = [[]];
	for (const character of frameCaches().getStyledChars(text)) {
		if (character.value === '\\n') lines.push([]);
		else lines.at(-1).push(character);
	}
	return lines.map((line) => styledCharsToString(line));
});`,
			],
			[
				`        const characterLines = [[]];
        for (const character of this.caches.getStyledChars(text)) {
            if (character.value === '\\n') {
                characterLines.push([]);
            }
            else {
                characterLines.at(-1).push(character);
            }
        }
        let lines = characterLines.map(line => styledCharsToString(line));`,
				'        let lines = textLines(text);',
			],
			[
				`            const row = [];
            for (let x = 0; x < this.width; x++) {
                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });
            }
            output.push(row);`,
				'            output.push(blankRow(this.width));',
			],
			[
				`            .map(line => {
            // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            return styledCharsToString(lineWithoutEmptyItems).trimEnd();
        })`,
				'            .map((line, y) => rowText(line, y, styledCharsToString))',
			],
		],
	},
	{
		file: /[\\/]ink[\\/]build[\\/]sanitize-ansi\.js$/,
		edits: [
			[
				'export default sanitizeAnsi;',
				`import {remembered} from ${JSON.stringify(fileURLToPath(new URL('../source/ink-frame.ts', import.meta.url)))};
export default remembered(sanitizeAnsi);`,
			],
		],
	},
	{
		file: /[\\/]ink[\\/]build[\\/]log-update\.js$/,
		edits: [
			[
				"stream.write(buffer.join(''));",
				"stream.write(buffer.join('').replace(/(?:\\u001B\\[E){2,}/g, (run) => `\\u001B[${run.length / 3}E`).replace(/(\\n|\\u001B\\[\\d*E)\\u001B\\[1G/g, '$1'));",
			],
			[
				`    let previousLines = [];
    let previousOutput = '';`,
				`    let previousOutput = globalThis[Symbol.for('connectui.preframe')] ?? '';
    let previousLines = previousOutput === '' ? [] : previousOutput.split('\\n');`,
			],
			[
				"import lineUpdate from './line-update.js';",
				`import inkLineUpdate from './line-update.js';
import {smallerLineUpdate} from ${JSON.stringify(fileURLToPath(new URL('../source/ink-line-update.ts', import.meta.url)))};
const lineUpdate = smallerLineUpdate(inkLineUpdate);
import {frameScroll} from ${JSON.stringify(fileURLToPath(new URL('../source/domain/frame-scroll.ts', import.meta.url)))};
let scrolled;`,
			],
			[
				`        else if (previousLines.length > 1) {
            buffer.push(ansiEscapes.cursorUp(previousLines.length - 1));
        }`,
				`        else if ((scrolled = frameScroll(previousLines, nextLines, {rows: stream.rows, columnsUnchanged: areColumnsUnchanged, cursorShown: wasCursorShown || activeCursor !== undefined}))) {
            buffer.push(scrolled.write);
            previousLines = scrolled.lines;
        }
        else if (previousLines.length > 1) {
            buffer.push(ansiEscapes.cursorUp(previousLines.length - 1));
        }`,
			],
		],
	},
];
// Outside Ink: string-width makes, when it loads, a grapheme segmenter (the first Intl.Segmenter of a
// process loads ICU's break rules, 25 ms or more) and a RegExp of every emoji sequence (/^\p{RGI_Emoji}$/v,
// 40–70 ms to build). Everything that measures text loads string-width (the sanitizer, so also the
// cached first frame and the commands for scripts), while most text is measured without it
// (source/terminal-width.ts): both are made when first used.
INK_PATCHES.push({
	file: /[\\/]string-width[\\/]index\.js$/,
	edits: [
		[
			'const segmenter = new Intl.Segmenter();',
			'let graphemes;\nconst segmenter = {segment: (text) => (graphemes ??= new Intl.Segmenter()).segment(text)};',
		],
		[
			'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
			'let rgiEmoji;\nconst rgiEmojiRegex = {test: (text) => (rgiEmoji ??= /^\\p{RGI_Emoji}$/v).test(text)};',
		],
	],
});

const inkPatches = {
	name: 'ink-patches',
	setup(build) {
		for (const {file, edits} of INK_PATCHES) {
			build.onLoad({filter: file}, async ({path}) => {
				let contents = await readFile(path, 'utf8');
				for (const [find, replace] of edits) {
					if (!contents.includes(find)) throw new Error(`${path}: Ink no longer contains "${find}"`);
					contents = contents.replace(find, replace);
				}
				return {contents, loader: 'js'};
			});
		}
	},
};

// conf validates with JSON schema (ajv) only when given a `schema`; connectui checks its settings
// with its own schema (source/domain/local-state.ts) and never gives one. ajv alone is most of
// conf's load time, and conf loads before the first frame (it reads the settings): conf's imports
// of ajv resolve to a stub that throws if it is ever used.
const ajvStubFile = fileURLToPath(new URL('./ajv-stub.mjs', import.meta.url));
const noAjvInConf = {
	name: 'no-ajv-in-conf',
	setup(build) {
		build.onResolve({filter: /^ajv(-formats|\/dist\/2020\.js)$/}, ({importer}) =>
			/[\\/]conf[\\/]/.test(importer) ? {path: ajvStubFile} : undefined,
		);
	},
};

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
await rm(new URL('../dist', import.meta.url), {recursive: true, force: true});
await build({
	entryPoints: {cli: 'source/bin.ts'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	// ESM builds first: the AWS SDK's dist-es tree-shakes down to the commands we use.
	mainFields: ['module', 'main'],
	target: 'node22',
	minify: true,
	sourcemap: 'linked',
	legalComments: 'none',
	external: ['react-devtools-core'],
	define: {
		'process.env.NODE_ENV': '"production"',
		CONNECTUI_VERSION: JSON.stringify(pkg.version),
	},
	// No V8 flag on the #! line: Node checks its built-in modules' compiled code against V8's flags, and
	// any flag there has it compile each of them again at every start (source/bin.ts sets the app's).
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
	},
	plugins: [builtinsByRequire, fastStringWidth, inkPatches, noAjvInConf, sdkSchemas, sdkConfigFiles],
	logLevel: 'warning',
});

// The command itself, as npm links it (`connectui`), runs through its #! line.
await chmod(new URL('../dist/cli.js', import.meta.url), 0o755);
