// The single executable (`npm run package`): Node 22 inside, so it runs where there is no Node at
// all. Built once for this file (it copies Node's 120 MB binary and injects the bundle), then run
// with a PATH that holds no node: --version, and --demo in a pseudo-terminal showing the list.
import assert from 'node:assert/strict';
import {execFile, execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {tempHome} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const executable = join(root, 'dist', 'connectui-linux-x64');
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string};
const home = tempHome('connectui-sea-');
// No node anywhere on PATH: an empty folder.
const noNode = join(home, 'bin');
const env = {PATH: noNode, XDG_CACHE_HOME: join(home, 'cache'), CONNECTUI_HOME: join(home, 'home'), HOME: home};

before(() => {
	mkdirSync(noNode, {recursive: true});
	// dist/ is built by `npm test` already: only the executable is made here.
	execFileSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--no-build'], {cwd: root, stdio: 'pipe'});
});

describe('the single executable', () => {
	it('runs with no Node on PATH: --version', async () => {
		const output = await new Promise<string>((resolve, reject) => {
			execFile(executable, ['--version'], {env, encoding: 'utf8'}, (error, stdout, stderr) => {
				if (error) reject(new Error(`${error.message}\n${stderr}`));
				else resolve(stdout);
			});
		});
		assert.equal(output.trim(), version);
		// It unpacked its bundle into a cache folder named after the version and the bundle.
		const unpacked = readdirSync(join(home, 'cache', 'connectui'));
		assert.equal(unpacked.length, 1);
		assert.match(unpacked[0]!, new RegExp(`^${version.replaceAll('.', '\\.')}-[0-9a-f]{16}$`));
		assert.ok(existsSync(join(home, 'cache', 'connectui', unpacked[0]!, 'cli.js')));
	});

	it('--demo in a terminal shows the list', async () => {
		const term = startTerm({command: executable, args: ['--demo'], env, columns: 100, rows: 30});
		try {
			const screen = await term.waitFor(/^(?![\s\S]*loading)[\s\S]*25 instances/);
			assert.match(screen, /connectui instances 1\/25/);
			assert.match(screen, /acme-support-us/);
			term.write('q');
			assert.equal((await term.waitForExit()).exitCode, 0);
		} finally {
			term.kill();
		}
	});
});
