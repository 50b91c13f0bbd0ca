// Fault matrix, local files: each file the app reads before its first frame (the settings and the
// inventory cache) replaced by wrong-shape JSON, cut short, a directory, or something unreadable
// (a symbolic link loop: tests run as root, for whom no mode bit makes a file unreadable). The
// built app must start anyway, name the file on screen, and keep the bad copy beside it.
import assert from 'node:assert/strict';
import {mkdirSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {tempHome} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const root = tempHome('connectui-faults-local-');

const spoilers: ReadonlyArray<[string, (file: string) => void]> = [
	['wrong shape', (file) => writeFileSync(file, '{"savedAt": "2026-01-01T00:00:00Z", "rows": [null], "profiles": 7}')],
	['truncated', (file) => writeFileSync(file, '{"savedAt": "2026-01-01T00:00:00Z", "rows": [{"alias": "ac')],
	['a directory', (file) => mkdirSync(file)],
	['unreadable', (file) => symlinkSync(file, file)],
];

const files: ReadonlyArray<[string, string]> = [
	['config', 'demo-settings.json'],
	['cache', 'demo-inventory.json'],
];

let homes = 0;

describe('fault matrix: local files never stop the app', () => {
	for (const [folder, name] of files) {
		for (const [how, spoil] of spoilers) {
			it(`${name}, ${how}: the app starts, names the file and keeps the bad copy`, async () => {
				const home = join(root, `home-${++homes}`);
				const dir = join(home, folder);
				mkdirSync(dir, {recursive: true});
				spoil(join(dir, name));
				const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 160, rows: 30});
				try {
					const screen = await term.waitFor(/ 25 instances/);
					assert.match(
						screen,
						new RegExp(
							`${name.replace('.', '\\.')} was unusable \\(.+\\), set aside as ${name.replace('.', '\\.')}\\.bad-`,
						),
					);
					assert.ok(readdirSync(dir).some((file) => file.startsWith(`${name}.bad-`)));
					term.write('q');
					assert.equal((await term.waitForExit()).exitCode, 0);
				} finally {
					term.kill();
				}
			});
		}
	}

	it('at 80 columns, the cut line points to e, which shows the bad copy’s whole path', async () => {
		const home = join(root, `home-${++homes}`);
		const dir = join(home, 'config');
		mkdirSync(dir, {recursive: true});
		writeFileSync(join(dir, 'demo-settings.json'), '{"profiles": [');
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 80, rows: 24});
		try {
			const screen = await term.waitFor(/ 25 instances/);
			assert.match(screen, /^demo-settings\.json was unusable \(.*… \(e in full\)$/m);
			const [badCopy] = readdirSync(dir).filter((file) => file.startsWith('demo-settings.json.bad-'));
			assert.ok(badCopy);
			assert.ok(!screen.includes(badCopy), 'the line is cut before the copy’s name');
			term.write('e');
			const overlay = await term.waitFor('At start:');
			// The notes are wrapped under a two-column margin, never cut: joined, they hold the whole path.
			const joined = overlay
				.split('\n')
				.map((line) => line.slice(2))
				.join('');
			assert.ok(joined.includes(join(dir, badCopy)), overlay);
			assert.match(overlay, /started with\s+defaults/);
			term.write('q');
			await term.waitFor(/ 25 instances/);
			term.write('q');
			assert.equal((await term.waitForExit()).exitCode, 0);
		} finally {
			term.kill();
		}
	});
});
