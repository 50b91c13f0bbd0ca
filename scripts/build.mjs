// Bundles source/cli.tsx into dist/ with production React. The AWS SDK and the
// emulator are split into chunks that load after the first frame.
import {build} from 'esbuild';
import {readFile, rm} from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
await rm(new URL('../dist', import.meta.url), {recursive: true, force: true});
await build({
	entryPoints: {cli: 'source/cli.tsx'},
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
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
	},
	logLevel: 'warning',
});
