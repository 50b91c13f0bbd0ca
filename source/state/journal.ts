// The journal of changes this machine applied: one JSON object per line in journal.jsonl in the
// data directory (CONNECTUI_HOME overrides). Time, where, what, before, after, outcome; never credentials.
import {appendFileSync, mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {sanitizeLine} from '../domain/sanitize.js';
import type {JournalEntry, JournalWriter} from './run-apply.js';
import {appPaths} from './settings-store.js';

export type {JournalEntry, JournalWriter} from './run-apply.js';

/** `demo-journal` keeps what was applied to the demo's emulator apart from real changes. */
export type JournalName = 'journal' | 'demo-journal';

export function journalFile(env: NodeJS.ProcessEnv = process.env, name: JournalName = 'journal'): string {
	return join(appPaths(env).data, `${name}.jsonl`);
}

/** Appends to the journal file; only the entry's own fields are written. */
export function openJournal(env: NodeJS.ProcessEnv = process.env, name: JournalName = 'journal'): JournalWriter {
	const file = journalFile(env, name);
	return {
		append(entry) {
			const line = JSON.stringify({
				time: entry.time,
				profile: entry.profile,
				region: entry.region,
				instanceArn: entry.instanceArn,
				operation: entry.operation,
				before: entry.before,
				after: entry.after,
				outcome: entry.outcome,
			});
			try {
				mkdirSync(appPaths(env).data, {recursive: true, mode: 0o700});
				appendFileSync(file, `${line}\n`, {mode: 0o600});
				return true;
			} catch {
				return false;
			}
		},
	};
}

function isEntry(value: unknown): value is JournalEntry {
	if (typeof value !== 'object' || value === null) return false;
	const entry = value as Record<string, unknown>;
	return ['time', 'profile', 'region', 'instanceArn', 'operation'].every((field) => typeof entry[field] === 'string');
}

export function readJournal(
	env: NodeJS.ProcessEnv = process.env,
	name: JournalName = 'journal',
): {entries: JournalEntry[]; unreadable: number} {
	let text: string;
	try {
		text = readFileSync(journalFile(env, name), 'utf8');
	} catch {
		return {entries: [], unreadable: 0};
	}

	const entries: JournalEntry[] = [];
	let unreadable = 0;
	for (const line of text.split('\n')) {
		if (line.trim() === '') continue;
		try {
			const parsed: unknown = JSON.parse(line);
			if (isEntry(parsed)) entries.push(parsed);
			else unreadable++;
		} catch {
			unreadable++;
		}
	}

	return {entries, unreadable};
}

function shown(value: string | null | undefined): string {
	return value === null || value === undefined ? '(absent)' : JSON.stringify(sanitizeLine(value));
}

/** One line: when, where, what, each key before → after, outcome. Display-safe. */
export function formatJournalEntry(entry: JournalEntry): string {
	const before = entry.before ?? {};
	const keys = Object.keys(before);
	const changes = keys
		.map((key) => {
			const after = entry.after === null ? 'unknown' : shown(entry.after?.[key]);
			return entry.operation === 'UntagResource' && entry.after !== null && entry.after?.[key] === null
				? `${sanitizeLine(key)} ${shown(before[key])} removed`
				: `${sanitizeLine(key)} ${shown(before[key])} → ${after}`;
		})
		.join('; ');
	const outcome =
		entry.outcome === 'ok'
			? 'ok'
			: `failed ${sanitizeLine(entry.outcome.code)}: ${sanitizeLine(entry.outcome.message)}`;
	return [
		sanitizeLine(entry.time),
		sanitizeLine(entry.profile),
		sanitizeLine(entry.region),
		sanitizeLine(entry.instanceArn),
		entry.operation,
		changes,
		outcome,
	]
		.map((part) => sanitizeLine(part))
		.join('  ');
}

/** `connectui journal`: every applied change, oldest first (newest last). */
export function printJournal(
	out: NodeJS.WritableStream,
	env: NodeJS.ProcessEnv = process.env,
	name: JournalName = 'journal',
): number {
	const {entries, unreadable} = readJournal(env, name);
	if (entries.length === 0 && unreadable === 0) {
		out.write(
			name === 'journal'
				? 'No changes have been applied from this machine yet.\n'
				: 'No changes have been applied to the demo yet.\n',
		);
		return 0;
	}

	for (const entry of entries) out.write(`${formatJournalEntry(entry)}\n`);
	if (unreadable > 0)
		out.write(`(${unreadable} unreadable line${unreadable === 1 ? '' : 's'} in ${journalFile(env, name)} skipped)\n`);
	return 0;
}
