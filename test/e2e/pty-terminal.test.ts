// The terminal is left as it was found, whatever ends the app; resize, too-small terminals, NO_COLOR
// and a missing TTY. The built CLI runs in a real pseudo-terminal in demo mode.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import pty from 'node-pty';
import {tempHome} from '../helpers/pty-fixture.js';
import {CLI, cleanEnv, startTerm} from '../helpers/term.js';

const home = tempHome('connectui-terminal-');

const SHOW_CURSOR = '\u001B[?25h';
const LEAVE_ALTERNATE = '\u001B[?1049l';
const ENTER_ALTERNATE = '\u001B[?1049h';
const plain = (text: string) =>
	text
		.replaceAll(/\u001B\[[\d;?<>=]*[ -/]*[@-~]/g, '')
		.replaceAll(/\u001B[\]P_^][^\u0007\u001B]*(?:\u0007|\u001B\\)/g, '')
		.replaceAll(/\u001B./g, '');

/**
 * The app under /bin/sh in a pseudo-terminal: when it ends, the shell prints its exit status and
 * `stty -a`, which shows whether the terminal was left in raw mode.
 */
function shellTerm(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
	let output = '';
	const child = pty.spawn(
		'/bin/sh',
		['-c', '"$0" "$@"; echo "EXIT=$?"; stty -a; echo STTY-DONE', process.execPath, CLI, ...args],
		{
			name: 'xterm-256color',
			cols: 100,
			rows: 30,
			env: cleanEnv({CONNECTUI_HOME: home, ...env}) as Record<string, string>,
		},
	);
	child.onData((data) => {
		output += data;
	});
	const until = async (test: () => boolean, what: string, timeoutMs = 20_000) => {
		const deadline = Date.now() + timeoutMs;
		while (!test()) {
			if (Date.now() > deadline)
				throw new Error(`timed out waiting for ${what}; output:\n${plain(output).slice(-2000)}`);
			await new Promise((resolve) => setTimeout(resolve, 25));
		}
	};

	return {
		output: () => output,
		write: (data: string) => child.write(data),
		/** The app's own process (the shell's child). */
		appPid(): number | undefined {
			for (const entry of readdirSync('/proc')) {
				if (!/^\d+$/.test(entry)) continue;
				try {
					const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
					const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
					if (ppid === child.pid) return Number(entry);
				} catch {}
			}

			return undefined;
		},
		ready: async () => until(() => plain(output).includes('acme-support-us'), 'the list'),
		/** The first frame is on the screen (the list may still be loading). */
		started: async () => until(() => plain(output).includes('connectui'), 'the first frame'),
		/** Waits for the app to end; its exit code, what it wrote, and the terminal modes after it. */
		async finished() {
			await until(() => output.includes('STTY-DONE'), 'the app to end');
			const exit = /EXIT=(\d+)/.exec(output);
			const before = output.slice(0, output.indexOf('EXIT='));
			const stty = output.slice(output.indexOf('EXIT='));
			return {exitCode: Number(exit?.[1]), app: before, stty};
		},
		kill: () => child.kill('SIGKILL'),
	};
}

/** Raw mode off: canonical input and echo are on again (`stty -a` lists them without a minus). */
function assertCooked(stty: string): void {
	assert.match(stty, /(^|\s)icanon(\s|$)/, `icanon is off:\n${stty}`);
	assert.match(stty, /(^|\s)echo(\s|$)/, `echo is off:\n${stty}`);
}

/** After the last frame, the cursor is shown and the alternate screen left. */
function assertRestored(app: string): void {
	const entered = app.lastIndexOf(ENTER_ALTERNATE);
	assert.ok(entered >= 0, 'the app never entered the alternate screen');
	const rest = app.slice(entered);
	assert.ok(rest.includes(LEAVE_ALTERNATE), 'the alternate screen was not left');
	assert.ok(rest.lastIndexOf(SHOW_CURSOR) > rest.lastIndexOf('\u001B[?25l'), 'the cursor was left hidden');
}

describe('leaving the terminal as it was', () => {
	it('q: exit 0, cursor shown, alternate screen left, raw mode off', async () => {
		const term = shellTerm(['--demo']);
		try {
			await term.ready();
			term.write('q');
			const {exitCode, app, stty} = await term.finished();
			assert.equal(exitCode, 0);
			assertRestored(app);
			assertCooked(stty);
		} finally {
			term.kill();
		}
	});

	it('Ctrl-C: quits at once, terminal restored', async () => {
		const term = shellTerm(['--demo']);
		try {
			await term.ready();
			term.write('/acme');
			term.write('\u0003');
			const {app, stty} = await term.finished();
			assertRestored(app);
			assertCooked(stty);
		} finally {
			term.kill();
		}
	});

	for (const [signal, code] of [
		['SIGTERM', 143],
		['SIGHUP', 129],
	] as const) {
		it(`${signal}: exits ${code}, terminal restored`, async () => {
			const term = shellTerm(['--demo']);
			try {
				await term.ready();
				const pid = term.appPid();
				assert.ok(pid, 'the app process was not found');
				process.kill(pid, signal);
				const {exitCode, app, stty} = await term.finished();
				assert.equal(exitCode, code);
				assertRestored(app);
				assertCooked(stty);
			} finally {
				term.kill();
			}
		});
	}

	it('an uncaught error: one readable line naming the report file, terminal restored, exit 70', async () => {
		const term = shellTerm(['--demo'], {CONNECTUI_TEST_CRASH: 'timer'});
		try {
			// The crash comes 300 ms after the first frame, whether or not the list has loaded by then.
			await term.started();
			const {exitCode, app, stty} = await term.finished();
			assert.equal(exitCode, 70);
			assertRestored(app);
			assertCooked(stty);
			const after = plain(app.slice(app.lastIndexOf(LEAVE_ALTERNATE)));
			const lines = after.split(/\r?\n/).filter((line) => line.trim() !== '');
			assert.equal(lines.length, 1, `expected one line, got:\n${after}`);
			assert.match(
				lines[0]!,
				/^connectui: unexpected error: Error: test crash requested by CONNECTUI_TEST_CRASH=timer; the full report is in /,
			);
			const file = /the full report is in (\S+\.log)/.exec(lines[0]!)?.[1];
			assert.ok(file && existsSync(file), `no report at ${file}`);
			assert.ok(file.startsWith(join(home, 'data')), file);
			const report = readFileSync(file, 'utf8');
			assert.match(report, /test crash requested/);
			assert.match(report, /\n\s+at /, 'the report has no stack');
		} finally {
			term.kill();
		}
	});
});

describe('terminal size and colour', () => {
	it('reflows on resize: every line fits the new width; below 60×15 a note, and back', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 100, rows: 30});
		try {
			await term.waitFor('acme-support-us');
			term.resize(80, 24);
			// Redrawn for 80 columns: the least useful columns make room for the alias.
			const narrow = await term.waitFor(/^(?![\s\S]*IDENTITY)[\s\S]*ALIAS[\s\S]*REGION/);
			const lines = narrow.split('\n');
			assert.equal(lines.length, 24);
			assert.match(lines.at(-1)!, /Enter open/);
			for (const line of lines) assert.ok(line.length <= 80, `line wider than 80: ${line}`);
			term.resize(50, 12);
			const small = await term.waitFor('terminal too small');
			assert.match(small, /50×12/);
			for (const line of small.split('\n')) assert.ok(line.length <= 50, `line wider than 50: ${line}`);
			term.resize(100, 30);
			await term.waitFor('acme-support-us');
			term.write('q');
			assert.equal((await term.waitForExit()).exitCode, 0);
		} finally {
			term.kill();
		}
	});

	for (const [name, args, env] of [
		['NO_COLOR', ['--demo'], {NO_COLOR: '1'}],
		['--no-color', ['--demo', '--no-color'], {}],
	] as const) {
		it(`${name}: no colour codes at all, on the list, the detail view and the help overlay`, async () => {
			const term = startTerm({args, env: {CONNECTUI_HOME: home, ...env}, columns: 100, rows: 30});
			try {
				await term.waitFor('AccessDeniedException');
				// Every pair has answered: Enter opens a row that is there.
				await term.waitFor(/ 25 instances/);
				term.write('\r');
				await term.waitFor('Access URL');
				term.write('?');
				await term.waitFor(/help/i);
				const output = term.output();
				// SGR parameters 30-39, 40-49, 90-97, 100-107 (colours), 38/48;5 and ;2 (256 and true colour).
				const colour = /\u001B\[(?:[\d;]*;)?(?:3\d|4\d|9[0-7]|10[0-7])(?:;[\d;]*)?m/;
				const match = colour.exec(output);
				assert.equal(match, null, `colour code ${JSON.stringify(match?.[0])} in the output`);
			} finally {
				term.kill();
			}
		});
	}

	it('stdin or stdout not a terminal: exit 2 with a message, nothing drawn', () => {
		const result = spawnSync(process.execPath, [CLI, '--demo'], {
			env: cleanEnv({CONNECTUI_HOME: home}),
			encoding: 'utf8',
			input: '',
			timeout: 20_000,
		});
		assert.equal(result.status, 2);
		assert.match(result.stderr, /needs an interactive terminal/);
		assert.match(result.stderr, /use `connectui list`/);
		assert.equal(result.stdout, '');
	});
});
