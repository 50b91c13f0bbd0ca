// Fault matrix, suspend and redraw: Ctrl-Z leaves the alternate screen, gives the terminal back and
// stops the process (as vim does); SIGCONT (fg) takes raw mode again and redraws the whole screen;
// Ctrl-L redraws.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {tempHome} from '../helpers/pty-fixture.js';
import {startTerm, type Term} from '../helpers/term.js';

const home = tempHome('connectui-faults-signals-');

const LEAVE_ALTERNATE = '\u001B[?1049l';
const ENTER_ALTERNATE = '\u001B[?1049h';

/** The process state letter from /proc (T: stopped). */
function stateOf(pid: number): string {
	return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] ?? '?';
}

async function until(check: () => boolean, what: string, term: Term): Promise<void> {
	for (let i = 0; i < 400; i++) {
		if (check()) return;
		await new Promise((resolve) => setTimeout(resolve, 25));
	}

	throw new Error(`timed out waiting for ${what}; the screen:\n${term.screen()}`);
}

describe('fault matrix: suspend, resume, redraw', () => {
	it('Ctrl-Z suspends with the terminal restored; SIGCONT resumes in raw mode with a full redraw', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}});
		try {
			await term.waitFor(/ 25 instances/);
			const before = term.output().length;
			term.write('\u001A');
			await until(() => stateOf(term.pid) === 'T', 'the process to stop', term);
			assert.ok(term.output().slice(before).includes(LEAVE_ALTERNATE), 'the alternate screen was not left');
			const suspended = term.output().length;
			process.kill(term.pid, 'SIGCONT');
			await until(() => term.output().slice(suspended).includes(ENTER_ALTERNATE), 'the alternate screen', term);
			// The whole frame is drawn again on the fresh alternate screen.
			await term.waitFor(/ 25 instances[\s\S]*Enter open/);
			// Raw mode is back: one key, no Enter.
			term.write('q');
			assert.equal((await term.waitForExit()).exitCode, 0);
		} finally {
			term.kill();
		}
	});

	it('an external SIGTSTP does the same, so fg finds a working screen', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}});
		try {
			await term.waitFor(/ 25 instances/);
			process.kill(term.pid, 'SIGTSTP');
			await until(() => stateOf(term.pid) === 'T', 'the process to stop', term);
			process.kill(term.pid, 'SIGCONT');
			await term.waitFor(/Enter open/);
			term.write('q');
			assert.equal((await term.waitForExit()).exitCode, 0);
		} finally {
			term.kill();
		}
	});

	it('Ctrl-L redraws the whole screen', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}});
		try {
			await term.waitFor(/ 25 instances/);
			// Something scribbled over the screen behind the app's back (another program, line noise).
			term.terminal.write('\u001B[2J\u001B[Hscribble');
			await term.waitFor('scribble');
			term.write('\u000C');
			await term.waitFor(/^(?![\s\S]*scribble)[\s\S]*25 instances[\s\S]*Enter open/);
		} finally {
			term.kill();
		}
	});
});
