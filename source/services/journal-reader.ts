// Reading the journal file back (`connectui journal`, and scripts on top of it): every record,
// paired, with a count of the lines that could not be read. Loaded on demand: not at start-up.
import {readFileSync} from 'node:fs';
import {parseJournal} from '../domain/journal-parse.js';
import {formatJournalRecord, type JournalContents, type JournalLine} from '../domain/journal-records.js';
import {
	journalFile,
	JournalError,
	journalOver,
	type Journal,
	type JournalName,
	type JournalOptions,
} from './journal.js';
import {fileProblem} from './local-file.js';

/**
 * Every record of a journal file, oldest first, and how many lines could not be read. A missing
 * file is an empty journal; a file that cannot be read (a directory, no permission) throws a JournalError.
 */
export function readJournalFile(file: string): JournalContents {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return {records: [], unreadable: 0};
		throw new JournalError(`cannot read the journal ${file} (${fileProblem(error)})`);
	}

	return parseJournal(text);
}

export function readJournal(env: NodeJS.ProcessEnv = process.env, name: JournalName = 'journal'): JournalContents {
	return readJournalFile(journalFile(env, name));
}

/** `connectui journal`: every request, oldest first; exit 1 when the journal cannot be read. */
export function printJournal(
	out: NodeJS.WritableStream,
	err: NodeJS.WritableStream,
	env: NodeJS.ProcessEnv = process.env,
	name: JournalName = 'journal',
): number {
	let contents: JournalContents;
	try {
		contents = readJournal(env, name);
	} catch (error) {
		err.write(`connectui: ${error instanceof Error ? error.message : String(error)}\n`);
		return 1;
	}

	const {records, unreadable} = contents;
	if (records.length === 0 && unreadable === 0) {
		out.write(
			name === 'journal'
				? 'No changes have been applied from this machine yet.\n'
				: 'No changes have been applied to the demo yet.\n',
		);
		return 0;
	}

	for (const record of records) out.write(`${formatJournalRecord(record)}\n`);
	if (unreadable > 0) {
		err.write(
			`connectui: ${unreadable} unreadable line${unreadable === 1 ? '' : 's'} in ${journalFile(env, name)} skipped\n`,
		);
	}

	return 0;
}

/** A journal kept in memory (component tests): the lines as they would be written, and their records. */
export function memoryJournal(options: JournalOptions = {}): Journal & {
	readonly lines: JournalLine[];
	records(): JournalContents['records'];
} {
	let next = 0;
	const lines: JournalLine[] = [];
	const sink = journalOver((line) => lines.push(line), {newId: () => `r${++next}`, ...options});
	return {...sink, lines, records: () => parseJournal(lines.map((line) => JSON.stringify(line)).join('\n')).records};
}
