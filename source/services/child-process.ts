// Child processes (credential_process) that never outlive the app and never run past their
// deadline: each runs in its own process group, which is killed when the deadline passes, when
// the caller gives up, and when the app exits by any path that runs exit handlers (q, Ctrl-C,
// SIGTERM, SIGHUP, an uncaught error). Only SIGKILL of the app itself cannot be followed.
import {spawn, type ChildProcess} from 'node:child_process';

const running = new Set<ChildProcess>();
let hooked = false;

function killGroup(child: ChildProcess): void {
	if (child.pid === undefined) return;
	try {
		// The negative pid is the process group: the shell and everything it started.
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		try {
			child.kill('SIGKILL');
		} catch {}
	}
}

/** Kills every child still running (exit handlers call it; tests may too). */
export function killChildren(): void {
	for (const child of running) killGroup(child);
	running.clear();
}

export type ChildResult = {readonly code: number | null; readonly stdout: string; readonly stderr: string};

export class ChildTimeoutError extends Error {
	override readonly name = 'ChildTimeoutError';
}

/** Runs `command` through the shell, as the AWS CLI runs credential_process; rejects after `timeoutMs`. */
export async function runCommand(
	command: string,
	options: {readonly timeoutMs: number; readonly env?: NodeJS.ProcessEnv; readonly maxBytes?: number},
): Promise<ChildResult> {
	if (!hooked) {
		hooked = true;
		process.on('exit', killChildren);
	}

	const maxBytes = options.maxBytes ?? 1024 * 1024;
	return new Promise<ChildResult>((resolve, reject) => {
		const child = spawn(command, {
			shell: true,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: options.env ?? process.env,
		});
		running.add(child);
		let stdout = '';
		let stderr = '';
		const finish = () => {
			clearTimeout(timer);
			running.delete(child);
		};

		const timer = setTimeout(() => {
			finish();
			killGroup(child);
			reject(new ChildTimeoutError(`did not finish within ${options.timeoutMs} ms`));
		}, options.timeoutMs);
		timer.unref();
		child.stdout.setEncoding('utf8');
		child.stderr.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => {
			if (stdout.length < maxBytes) stdout += chunk;
		});
		child.stderr.on('data', (chunk: string) => {
			if (stderr.length < maxBytes) stderr += chunk;
		});
		child.on('error', (error) => {
			finish();
			reject(error);
		});
		child.on('close', (code) => {
			finish();
			// Whatever the command left running in its group goes with it.
			killGroup(child);
			resolve({code, stdout, stderr});
		});
	});
}
