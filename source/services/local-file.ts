// Local state (settings, the inventory cache) that can never stop the app from starting: a file
// that cannot be read, is cut short or has the wrong shape is moved aside as NAME.bad-TIMESTAMP
// (the bad copy kept beside it for a look), and the caller starts from defaults with one line
// on screen that names the file.
import {readFileSync, renameSync} from 'node:fs';
import {basename, dirname} from 'node:path';
import type {Checked} from '../domain/local-state.js';

/** A file that was set aside: which, why, and where the bad copy is. */
export type SetAside = {
	readonly file: string;
	readonly reason: string;
	/** Where the bad copy now is; undefined when it could not be moved either. */
	readonly movedTo?: string;
};

/** Why a file could not be read or written, in words (local state and the journal alike). */
export function fileProblem(error: unknown): string {
	const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
	switch (code) {
		case 'EISDIR':
			return 'it is a directory';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ELOOP':
			return 'a symbolic link loop';
		case 'ENOTDIR':
			return 'a parent of it is not a directory';
		case 'EIO':
			return 'an I/O error';
		case 'ENOSPC':
			return 'the disk is full';
		case 'EROFS':
			return 'the file system is read-only';
		default:
			if (error instanceof SyntaxError) return 'not valid JSON (truncated or damaged)';
			return code ?? (error instanceof Error ? error.message.split('\n')[0]! : String(error));
	}
}

/** Moves `file` aside as FILE.bad-TIMESTAMP. Never throws. */
export function setAside(file: string, reason: string, now: Date = new Date()): SetAside {
	const movedTo = `${file}.bad-${now.toISOString().replaceAll(/[:.]/g, '-')}`;
	try {
		renameSync(file, movedTo);
		return {file, reason, movedTo};
	} catch {
		return {file, reason};
	}
}

/** The one line for the screen: the file, why, where the bad copy is. */
export function setAsideLine(problem: SetAside): string {
	const name = basename(problem.file);
	const kept = problem.movedTo
		? `set aside as ${basename(problem.movedTo)}`
		: 'could not be moved aside (it will be read again next time)';
	return `${name} was unusable (${problem.reason}), ${kept} in ${dirname(problem.file)}: started with defaults`;
}

/**
 * The same in full for the `e` overlay: the file's whole path, why, and on a line of its own the whole
 * path of the bad copy (so it can be read, and copied, on a narrow terminal).
 */
export function setAsideNote(problem: SetAside): string[] {
	const unusable = `${problem.file} was unusable (${problem.reason}); connectui started with defaults`;
	return problem.movedTo
		? [`${unusable}, and the bad copy is kept as`, problem.movedTo]
		: [`${unusable}; it could not be moved aside (it will be read again next time)`];
}

/**
 * Reads a JSON file and checks it: missing is `undefined` (nothing saved yet); unreadable, not
 * JSON or the wrong shape is set aside.
 */
export function readCheckedJson<T>(
	file: string,
	check: (value: unknown) => Checked<T>,
): {readonly value?: T; readonly problem?: SetAside} {
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return {};
		return {problem: setAside(file, fileProblem(error))};
	}

	const checked = check(parsed);
	return checked.ok ? {value: checked.value} : {problem: setAside(file, checked.reason)};
}
