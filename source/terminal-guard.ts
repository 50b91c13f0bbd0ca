// Whatever ends the app (q, Ctrl-C, SIGTERM, SIGHUP from a dropped SSH link, an uncaught error) leaves
// the terminal as it found it: cursor shown, alternate screen left, raw mode off. An uncaught error
// prints one readable line and writes the full report to a file.
import {mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {sanitize} from './domain/sanitize.js';
import {appPaths} from './services/paths.js';

/** Show the cursor, leave the alternate screen, reset attributes and keyboard modes. */
export const RESTORE_SEQUENCE = '\u001B[0m\u001B[?25h\u001B[?1049l';

type Streams = {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
};

/** Puts the terminal back; never throws (the terminal may be gone after a hang-up). */
export function restoreTerminal({stdin, stdout}: Streams = process): void {
	try {
		if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
	} catch {}

	try {
		if (stdout.isTTY && stdout.writable) stdout.write(RESTORE_SEQUENCE);
	} catch {}
}

function describe(error: unknown): {line: string; report: string} {
	if (error instanceof Error) {
		const first = (error.message.split('\n')[0] ?? '').slice(0, 300);
		return {line: sanitize(`${error.name}: ${first}`), report: error.stack ?? `${error.name}: ${error.message}`};
	}

	return {line: sanitize(String(error).slice(0, 300)), report: String(error)};
}

/** Writes the crash report; returns where, or undefined when nothing could be written. */
export function writeCrashReport(
	error: unknown,
	version: string,
	env: NodeJS.ProcessEnv = process.env,
): string | undefined {
	const {report} = describe(error);
	const stamp = new Date().toISOString().replaceAll(/[:.]/g, '-');
	const text = [
		`connectui ${version} crashed at ${new Date().toISOString()}`,
		`node ${process.version} on ${process.platform}-${process.arch}`,
		`arguments: ${process.argv.slice(2).join(' ')}`,
		'',
		report,
		'',
	].join('\n');
	for (const dir of [appPaths(env).data, tmpdir()]) {
		try {
			mkdirSync(dir, {recursive: true});
			const file = join(dir, `crash-${stamp}-${process.pid}.log`);
			writeFileSync(file, text, {mode: 0o600});
			return file;
		} catch {}
	}

	return undefined;
}

export type Guard = {
	/** The exit code a signal asked for (128 + its number), once one arrived. */
	readonly signalExitCode: () => number | undefined;
	/** Handles an error the app could not: terminal restored, one line, a report, exit 70. */
	crash(error: unknown): never;
};

/**
 * Installs the handlers. `stop` unmounts Ink (which also restores the terminal); the guard restores
 * it again itself, so a failed unmount still leaves a usable shell.
 */
export function guardTerminal(stop: () => void, version: string): Guard {
	let exitCode: number | undefined;
	let crashing = false;

	const crash = (error: unknown): never => {
		if (crashing) process.exit(70);
		crashing = true;
		try {
			stop();
		} catch {}

		restoreTerminal();
		const file = writeCrashReport(error, version);
		const where = file ? `; the full report is in ${file}` : '';
		try {
			process.stderr.write(`connectui: unexpected error: ${describe(error).line}${where}\n`);
		} catch {}

		process.exit(70);
	};

	const onSignal = (signal: NodeJS.Signals, number: number) => {
		process.on(signal, () => {
			if (exitCode !== undefined) {
				// A second signal: stop waiting for a clean unmount.
				restoreTerminal();
				process.exit(exitCode);
			}

			exitCode = 128 + number;
			try {
				stop();
			} catch {}

			restoreTerminal();
			// If unmounting hangs (a dead terminal), leave anyway.
			setTimeout(() => process.exit(exitCode), 1000).unref();
		});
	};

	// SIGINT from outside (kill -INT; Ctrl-C itself is a key in raw mode): without a handler Node would
	// end at once, skipping the exit handlers that remove temporary files and child processes.
	onSignal('SIGINT', 2);
	onSignal('SIGTERM', 15);
	onSignal('SIGHUP', 1);
	onSignal('SIGQUIT', 3);
	process.on('uncaughtException', crash);
	process.on('unhandledRejection', crash);
	// Writes to a terminal that hung up fail with EIO/EPIPE: that is not worth a crash report.
	process.stdout.on('error', () => {
		exitCode ??= 129;
		process.exit(exitCode);
	});

	return {signalExitCode: () => exitCode, crash};
}
