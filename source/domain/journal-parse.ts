// Reading the journal back: every line checked against a schema (never trusted), intents paired
// with their outcomes and read-backs. Pure; loaded only by `connectui journal` (not at start-up).
import {z} from 'zod/mini';
import {accountOfArn, type JournalContents, type JournalRecord} from './journal-records.js';

const text = z.string();
const nonEmpty = z.string().check(z.minLength(1));
const values = z.record(text, z.nullable(text));
const failure = {code: text, message: text, requestId: z.optional(text)};
const stamp = {id: nonEmpty, time: nonEmpty};

const intentLine = z.object({
	type: z.literal('intent'),
	...stamp,
	profile: text,
	account: z.optional(text),
	region: text,
	instanceArn: text,
	operation: nonEmpty,
	parameters: z.record(text, z.unknown()),
	before: values,
});
const outcomeLine = z.union([
	z.object({type: z.literal('outcome'), ...stamp, ok: z.literal(true)}),
	z.object({type: z.literal('outcome'), ...stamp, ok: z.literal(false), ...failure}),
]);
const readBackLine = z.union([
	z.object({type: z.literal('readback'), ...stamp, after: values}),
	z.object({type: z.literal('readback'), ...stamp, error: z.object(failure)}),
]);
/** A line written before intents existed: the whole change after the fact. */
const legacyLine = z.object({
	time: text,
	profile: text,
	region: text,
	instanceArn: text,
	operation: text,
	before: values,
	after: z.nullable(values),
	outcome: z.union([z.literal('ok'), z.object({code: text, message: text})]),
});

const journalLine = z.union([intentLine, outcomeLine, readBackLine]);

function legacyRecord(line: z.infer<typeof legacyLine>, index: number): JournalRecord {
	const {outcome, after, ...rest} = line;
	const account = accountOfArn(line.instanceArn);
	return {
		...rest,
		...(account === undefined ? {} : {account}),
		id: `legacy-${index}`,
		parameters: {},
		outcome:
			outcome === 'ok'
				? {status: 'ok', time: line.time}
				: {status: 'failed', time: line.time, code: outcome.code, message: outcome.message},
		...(after === null ? {} : {readBack: {after}}),
	};
}

/** Reads the journal's text: each line on its own, intents paired with their outcomes and read-backs. */
export function parseJournal(text: string): JournalContents {
	const records: JournalRecord[] = [];
	const byId = new Map<string, number>();
	let unreadable = 0;
	const lines = text.split('\n');
	for (const [index, raw] of lines.entries()) {
		if (raw.trim() === '') continue;
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			unreadable++;
			continue;
		}

		const line = journalLine.safeParse(parsed);
		if (!line.success) {
			const legacy = legacyLine.safeParse(parsed);
			if (legacy.success) records.push(legacyRecord(legacy.data, index));
			else unreadable++;
			continue;
		}

		const data = line.data;
		if (data.type === 'intent') {
			const {type: _type, ...intent} = data;
			byId.set(data.id, records.length);
			records.push({...intent, outcome: {status: 'unknown'}});
			continue;
		}

		const at = byId.get(data.id);
		const record = at === undefined ? undefined : records[at];
		if (at === undefined || !record) {
			unreadable++;
			continue;
		}

		if (data.type === 'outcome') {
			records[at] = {
				...record,
				outcome: data.ok
					? {status: 'ok', time: data.time}
					: {
							status: 'failed',
							time: data.time,
							code: data.code,
							message: data.message,
							...(data.requestId === undefined ? {} : {requestId: data.requestId}),
						},
			};
		} else {
			records[at] = {...record, readBack: 'after' in data ? {after: data.after} : {error: data.error}};
		}
	}

	return {records, unreadable};
}
