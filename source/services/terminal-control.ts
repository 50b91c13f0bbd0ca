// Suspending and redrawing, as vim does. Ctrl-Z (or a SIGTSTP from outside): the terminal is put
// back as it was (alternate screen left, cursor shown, raw mode off) and the process stops; `fg`
// (SIGCONT) takes raw mode and the alternate screen again and redraws everything. Ctrl-L redraws.
import {restoreTerminal} from '../terminal-guard.js';

export type TerminalControl = {
	suspend(): void;
	redraw(): void;
};

type Renderer = {
	/** Forget what is on the screen (Ink's clear()) and draw the whole frame again. */
	redrawAll(): void;
};

const ENTER_ALTERNATE = '\u001B[?1049h\u001B[?25l';
const CLEAR_HOME = '\u001B[2J\u001B[H';

export function createTerminalControl(renderer: Renderer, streams = process): TerminalControl {
	const {stdin, stdout} = streams;
	const redraw = () => {
		try {
			if (stdout.isTTY && stdout.writable) stdout.write(CLEAR_HOME);
		} catch {}

		renderer.redrawAll();
	};

	const resume = () => {
		try {
			if (stdin.isTTY) stdin.setRawMode(true);
			if (stdout.isTTY && stdout.writable) stdout.write(ENTER_ALTERNATE);
		} catch {}

		redraw();
	};

	const suspend = () => {
		restoreTerminal({stdin, stdout});
		process.once('SIGCONT', resume);
		// SIGSTOP cannot be caught: the shell sees a stopped job, as after Ctrl-Z in any program.
		process.kill(process.pid, 'SIGSTOP');
	};

	// A SIGTSTP from outside (kill -TSTP, a shell's suspend): the same, so `fg` finds a working screen.
	process.on('SIGTSTP', suspend);
	return {suspend, redraw};
}
