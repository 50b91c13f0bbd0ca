// A bastion host without a registry: the packed tarball installs offline, with an empty npm cache,
// because the bundle in dist/ is all it needs at run time (no runtime dependencies), and packing builds.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {after, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'connectui-offline-'));
after(() => rmSync(work, {recursive: true, force: true}));

describe('installing on a bastion host', () => {
	it('declares no runtime dependencies, and npm pack builds first', () => {
		const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
		assert.equal(manifest['dependencies'], undefined);
		assert.match(String((manifest['scripts'] as Record<string, string>)['prepack']), /npm run build/);
	});

	it('npm install -g --offline ./connectui-VERSION.tgz works with an empty cache, and the command runs', () => {
		// dist/ is already built by `npm test`; --ignore-scripts keeps this test from building it again.
		const env: NodeJS.ProcessEnv = {
			...process.env,
			npm_config_cache: join(work, 'empty-cache'),
			npm_config_update_notifier: 'false',
		};
		const packed = JSON.parse(
			execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
				cwd: root,
				env,
				encoding: 'utf8',
			}),
		) as Array<{filename: string}>;
		const tarball = join(work, packed[0]!.filename);
		const prefix = join(work, 'prefix');
		execFileSync('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], {
			cwd: work,
			env,
			encoding: 'utf8',
			stdio: 'pipe',
		});
		const version = execFileSync(join(prefix, 'bin', 'connectui'), ['--version'], {
			env: {...env, PATH: `${dirname(process.execPath)}:${env['PATH'] ?? ''}`},
			encoding: 'utf8',
		});
		assert.equal(version.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
	});
});
