// Writing the journal file: journal.jsonl in the data directory (CONNECTUI_HOME overrides). Write-ahead:
// an intent line is appended and flushed to disk (fsync) BEFORE a mutating request is sent; the
// outcome and the read-back follow. Each append starts on a fresh line, so a line cut short by a
// crash never swallows the next record. Never credentials: only the fields of the records.
import {randomUUID} from 'node:crypto';
import {closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, writeSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {
	toIntentLine,
	type JournalIntent,
	type JournalLine,
	type JournalOutcome,
	type JournalReadBack,
} from '../domain/journal-records.js';
import {fileProblem} from './local-file.js';
import {appPaths} from './paths.js';

export type {
	JournalContents,
	JournalIntent,
	JournalOutcome,
	JournalReadBack,
	JournalRecord,
} from '../domain/journal-records.js';

/** `demo-journal` keeps what was applied to the demo's emulator apart from real changes. */
export type JournalName = 'journal' | 'demo-journal';

/**
 * The per-request API every mutation goes through:
 * `const id = journal.intent(...)` (throws JournalError: then send nothing), send, `journal.outcome(id, ...)`,
 * read back, `journal.readBack(id, ...)`. Reading it back is journal-reader.ts (loaded by `connectui journal`).
 */
export type Journal = {
	/** Appends and flushes the intent; returns its id. Throws a JournalError when it cannot be written. */
	intent(intent: JournalIntent): string;
	/** Appends the answer; false when it could not be written (the request was sent: say so). */
	outcome(id: string, outcome: JournalOutcome): boolean;
	/** Appends what was read back after an ok answer; false when it could not be written. */
	readBack(id: string, readBack: JournalReadBack): boolean;
};

/** The journal could not be written (intent) or read: the message names the file and the reason. */
export class JournalError extends Error {
	override readonly name = 'JournalError';
}

export function journalFile(env: NodeJS.ProcessEnv = process.env, name: JournalName = 'journal'): string {
	return join(appPaths(env).data, `${name}.jsonl`);
}

/** Appends one line, starting on a fresh line, and flushes it to disk. Throws on any failure. */
function appendLine(file: string, line: JournalLine): void {
	mkdirSync(dirname(file), {recursive: true, mode: 0o700});
	const fd = openSync(file, 'a+', 0o600);
	try {
		const {size} = fstatSync(fd);
		let prefix = '';
		if (size > 0) {
			const last = Buffer.alloc(1);
			readSync(fd, last, 0, 1, size - 1);
			if (last[0] !== 0x0a) prefix = '\n';
		}

		writeSync(fd, `${prefix}${JSON.stringify(line)}\n`);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

export type JournalOptions = {
	readonly now?: () => Date;
	readonly newId?: () => string;
};

/** A journal writing to `file`. */
export function fileJournal(file: string, options: JournalOptions = {}): Journal {
	return journalOver((line) => {
		try {
			appendLine(file, line);
		} catch (error) {
			throw new JournalError(`cannot write the journal ${file} (${fileProblem(error)})`);
		}
	}, options);
}

/** The records, handed to `append` (which throws a JournalError when it cannot write). */
export function journalOver(append: (line: JournalLine) => void, options: JournalOptions): Journal {
	const now = () => (options.now?.() ?? new Date()).toISOString();
	const newId = options.newId ?? randomUUID;
	const tryAppend = (line: JournalLine): boolean => {
		try {
			append(line);
			return true;
		} catch {
			return false;
		}
	};

	return {
		intent(intent) {
			const id = newId();
			append(toIntentLine(id, now(), intent));

			return id;
		},
		outcome(id, outcome) {
			const time = now();
			return tryAppend(
				outcome.ok
					? {type: 'outcome', id, time, ok: true}
					: {
							type: 'outcome',
							id,
							time,
							ok: false,
							code: outcome.code,
							message: outcome.message,
							...(outcome.requestId === undefined ? {} : {requestId: outcome.requestId}),
						},
			);
		},
		readBack(id, readBack) {
			return tryAppend({type: 'readback', id, time: now(), ...readBack});
		},
	};
}

/** The journal (or the demo's) in the data directory. */
export function openJournal(env: NodeJS.ProcessEnv = process.env, name: JournalName = 'journal'): Journal {
	return fileJournal(journalFile(env, name));
}
