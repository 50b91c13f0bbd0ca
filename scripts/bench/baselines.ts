// The bench's own baselines, built in the same run as they are measured: minimal Ink apps bundled
// exactly like connectui (esbuild, ESM with code splitting, production React, minified) and started
// the same way (no V8 flag: connectui's #! line has none, see scripts/build.mjs).
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {NODE, scratch} from './harness.js';

export type Baselines = {
	/** Environment the minimal apps run with (on top of the estate's). */
	readonly env: NodeJS.ProcessEnv;
	/** The minimal app drawing a header and a list of rows. */
	readonly firstFrame: readonly string[];
	/** The minimal 2,000-row list with a cursor. */
	readonly list: readonly string[];
	/** A bare AWS SDK script listing the instances (SDK_LIST_ENDPOINT, SDK_LIST_REGIONS, AWS_PROFILE). */
	readonly sdkList: readonly string[];
	/** `node -e`, printing 200 characters. */
	readonly nodeE: readonly string[];
};

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export async function buildBaselines(): Promise<Baselines> {
	const outdir = join(scratch, 'minimal');
	await build({
		entryPoints: {
			'first-frame': here('./minimal/first-frame.tsx'),
			list: here('./minimal/list.tsx'),
			'sdk-list': here('./minimal/sdk-list.ts'),
		},
		outdir,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		mainFields: ['module', 'main'],
		target: 'node22',
		minify: true,
		legalComments: 'none',
		external: ['react-devtools-core'],
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"},
		logLevel: 'warning',
		outExtension: {'.js': '.mjs'},
	});
	return {
		// Node's compile cache for the minimal apps too (connectui's entry turns it on), so that the
		// ratio compares the apps and not whether one of them skips compiling.
		env: {NODE_COMPILE_CACHE: join(scratch, 'compile-cache')},
		firstFrame: [NODE, join(outdir, 'first-frame.mjs')],
		list: [NODE, join(outdir, 'list.mjs')],
		sdkList: [NODE, join(outdir, 'sdk-list.mjs')],
		nodeE: [NODE, '-e', "process.stdout.write('x'.repeat(200)); setTimeout(() => {}, 60000)"],
	};
}
