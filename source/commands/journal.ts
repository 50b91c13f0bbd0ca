// `connectui journal`: the changes this machine applied, oldest first, as lines or a JSON array of
// records (the journal's own fields, as source/services/journal-reader.ts reads them); `--since` keeps the recent ones.
import {formatJournalRecord} from '../domain/journal-records.js';
import {parseSince, type ScriptOptions} from '../domain/script-flags.js';
import {sanitizeLine} from '../domain/sanitize.js';
import {journalFile, type JournalName} from '../services/journal.js';
import {printJournal, readJournal} from '../services/journal-reader.js';
import {EXIT, type CommandContext} from './context.js';
import {jsonText} from './output.js';
import {UsageError} from './session.js';

export async function journalCommand(options: ScriptOptions, context: CommandContext): Promise<number> {
	const since = options.since === undefined ? undefined : parseSince(options.since, Date.now());
	if (typeof since === 'object') throw new UsageError(sanitizeLine(`connectui: ${since.error}`));
	const name: JournalName = options.selection.demo ? 'demo-journal' : 'journal';
	if (options.output === 'table' && since === undefined)
		return printJournal(process.stdout, process.stderr, process.env, name);
	let contents;
	try {
		contents = readJournal(process.env, name);
	} catch (error: unknown) {
		context.failure(sanitizeLine(`connectui: ${error instanceof Error ? error.message : String(error)}`));
		return EXIT.unreadableJournal;
	}
	const records = contents.records.filter((record) => since === undefined || Date.parse(record.time) >= since);
	if (options.output === 'json') context.output.write(jsonText(records));
	else if (records.length === 0) {
		const where = name === 'journal' ? 'from this machine' : 'to the demo';
		context.output.write(`No changes have been applied ${where} since ${options.since ?? ''}.\n`);
	} else context.output.write(records.map((record) => `${formatJournalRecord(record)}\n`).join(''));
	if (contents.unreadable > 0) {
		const lines = `${contents.unreadable} unreadable line${contents.unreadable === 1 ? '' : 's'}`;
		context.failure(sanitizeLine(`connectui: ${lines} in ${journalFile(process.env, name)} skipped`));
	}
	return EXIT.ok;
}
