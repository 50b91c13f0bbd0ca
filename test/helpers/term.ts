// Runs the built CLI in a pseudo-terminal and reads the screen through a headless terminal emulator,
// so tests see what a person sees. Tests wait for text; they never sleep a fixed time.
import {fileURLToPath} from 'node:url';
import pty from 'node-pty';
import xterm from '@xterm/headless';
import {Unicode11Addon} from '@xterm/addon-unicode11';
import {moveTo} from './move-to.js';

const BEGIN_FRAME = '\u001B[?2026h';
const END_FRAME = '\u001B[?2026l';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type TermOptions = {
	/** The program to run instead of `node dist/cli.js` (the single executable). */
	readonly command?: string;
	readonly args?: readonly string[];
	readonly env?: NodeJS.ProcessEnv;
	readonly columns?: number;
	readonly rows?: number;
	/** Unicode 11 widths (emoji 2 columns, as xterm, VTE and tmux draw them) instead of xterm.js's Unicode 6. */
	readonly unicode11?: boolean;
	/** Text the terminal shows before the app starts, as a shell echoes keys typed while it loads. */
	readonly echoedBefore?: string;
};

export type Term = {
	/** The visible screen, one string per row, right-trimmed. */
	screen(): string;
	/** Every byte the app wrote so far. */
	output(): string;
	write(data: string): void;
	/** Moves the cursor (`›`) to the row that names `name`; resolves with the screen showing it there. */
	moveTo(name: string | RegExp): Promise<string>;
	resize(columns: number, rows: number): void;
	kill(signal?: string): void;
	waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
	waitForExit(timeoutMs?: number): Promise<{exitCode: number; signal?: number}>;
	readonly pid: number;
	/** The headless terminal itself (cells, colours). */
	readonly terminal: xterm.Terminal;
};

/** The environment the app gets: the test's, without CI (Ink turns non-interactive under CI=true). */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color', ...extra};
	delete env['CI'];
	delete env['CONTINUOUS_INTEGRATION'];
	delete env['GITHUB_ACTIONS'];
	delete env['BUILD_NUMBER'];
	delete env['RUN_ID'];
	for (const [key, value] of Object.entries(extra)) if (value === undefined) delete env[key];
	return env;
}

export function startTerm(options: TermOptions = {}): Term {
	const columns = options.columns ?? 100;
	const rows = options.rows ?? 30;
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	if (options.unicode11) {
		terminal.loadAddon(new Unicode11Addon());
		terminal.unicode.activeVersion = '11';
	}
	let output = '';
	let exited: {exitCode: number; signal?: number} | undefined;
	const exitWaiters: Array<(value: {exitCode: number; signal?: number}) => void> = [];
	const [file, args, env] =
		options.command !== undefined
			? [options.command, [...(options.args ?? [])], options.env]
			: options.echoedBefore === undefined
				? [process.execPath, [CLI, ...(options.args ?? [])], options.env]
				: [
						'/bin/sh',
						['-c', 'printf "%s" "$ECHOED_BEFORE"; exec "$0" "$@"', process.execPath, CLI, ...(options.args ?? [])],
						{...options.env, ECHOED_BEFORE: options.echoedBefore},
					];
	const child = pty.spawn(file, args, {
		name: 'xterm-256color',
		cols: columns,
		rows,
		cwd: process.cwd(),
		env: cleanEnv(env) as Record<string, string>,
	});
	child.onData((data) => {
		output += data;
		terminal.write(data);
	});
	child.onExit((event) => {
		exited = event;
		for (const waiter of exitWaiters.splice(0)) waiter(event);
	});

	const screen = () => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	// xterm parses asynchronously: flush before reading.
	const flushed = async () => new Promise<void>((resolve) => terminal.write('', resolve));
	// Ink wraps each frame in a synchronized update (DEC 2026), and a terminal shows nothing of it
	// until it ends: a screen read in the middle of one is half a frame, never matched against.
	const midFrame = (text: string) => text.lastIndexOf(BEGIN_FRAME) > text.lastIndexOf(END_FRAME);

	return {
		pid: child.pid,
		terminal,
		screen,
		output: () => output,
		write: (data) => child.write(data),
		async moveTo(name) {
			let whole = '';
			const frame = () => (midFrame(output) ? whole : (whole = screen()));
			return moveTo({frame, press: (data) => child.write(data)}, name, 20_000);
		},
		resize(newColumns, newRows) {
			child.resize(newColumns, newRows);
			terminal.resize(newColumns, newRows);
		},
		kill: (signal) => child.kill(signal),
		async waitFor(text, timeoutMs = 20_000) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const parsed = output;
				await flushed();
				const current = screen();
				const whole = !midFrame(parsed) && !midFrame(output);
				if (whole && (typeof text === 'string' ? current.includes(text) : text.test(current))) return current;
				if (exited) throw new Error(`the app exited (${exited.exitCode}) before showing ${String(text)}:\n${current}`);
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; the screen:\n${current}`);
				await new Promise((resolve) => setTimeout(resolve, 25));
			}
		},
		async waitForExit(timeoutMs = 20_000) {
			const result =
				exited ??
				(await new Promise<{exitCode: number; signal?: number}>((resolve, reject) => {
					const timer = setTimeout(
						() => reject(new Error(`the app did not exit; the screen:\n${screen()}`)),
						timeoutMs,
					);
					exitWaiters.push((value) => {
						clearTimeout(timer);
						resolve(value);
					});
				}));
			// Everything the app wrote before it ended is on the screen.
			await flushed();
			return result;
		},
	};
}

/**
 * Each screen row as one character per cell: combining marks share their base's cell, and a wide
 * character's second cell is a NUL. With `markAstral`, a character outside the BMP (emoji) stands as ■,
 * so that string indexes are columns.
 */
export function cellRows(term: Term, options: {readonly markAstral?: boolean} = {}): string[] {
	const buffer = term.terminal.buffer.active;
	const rows: string[] = [];
	for (let y = 0; y < term.terminal.rows; y++) {
		const line = buffer.getLine(buffer.viewportY + y);
		let text = '';
		for (let x = 0; x < term.terminal.cols; x++) {
			const cell = line?.getCell(x);
			const char = [...(cell?.getChars() ?? '')][0] ?? ' ';
			text += cell?.getWidth() === 0 ? '\u0000' : options.markAstral && char.length > 1 ? '■' : char;
		}

		rows.push(text);
	}

	return rows;
}
