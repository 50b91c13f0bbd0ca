// The journal's records and how they read back: pure, no file access (source/services/journal.ts
// writes and reads the file). Each mutating request is an intent line written before it is sent,
// an outcome line after AWS answered, and a read-back line once the value was read again.
// One JSON object per line; every line is checked against a schema, never trusted.
import {z} from 'zod';
import {sanitizeLine} from './sanitize.js';

/** Touched key (attribute type, tag key, origin) → value, null when absent. */
export type JournalValues = Readonly<Record<string, string | null>>;

/** What is about to be sent, written (and flushed) before it is. */
export type JournalIntent = {
	readonly profile: string;
	/** The AWS account id, when known (taken from the instance ARN when not given). */
	readonly account?: string;
	readonly region: string;
	readonly instanceArn: string;
	/** The API operation: UpdateInstanceAttribute, TagResource, AssociateApprovedOrigin, … */
	readonly operation: string;
	/** The request's parameters, with the API's field names. */
	readonly parameters: Readonly<Record<string, unknown>>;
	/** What AWS held for the touched keys just before sending. */
	readonly before: JournalValues;
};

export type JournalFailure = {readonly code: string; readonly message: string; readonly requestId?: string};

/** AWS's answer: ok, or the error. */
export type JournalOutcome = {readonly ok: true} | ({readonly ok: false} & JournalFailure);

/** What was read back after the answer, or why it could not be. */
export type JournalReadBack = {readonly after: JournalValues} | {readonly error: JournalFailure};

const values = z.record(z.string(), z.string().nullable());
const failure = {code: z.string(), message: z.string(), requestId: z.string().optional()};
const stamp = {id: z.string().min(1), time: z.string().min(1)};

const intentLine = z.object({
	type: z.literal('intent'),
	...stamp,
	profile: z.string(),
	account: z.string().optional(),
	region: z.string(),
	instanceArn: z.string(),
	operation: z.string().min(1),
	parameters: z.record(z.string(), z.unknown()),
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
	time: z.string(),
	profile: z.string(),
	region: z.string(),
	instanceArn: z.string(),
	operation: z.string(),
	before: values,
	after: values.nullable(),
	outcome: z.union([z.literal('ok'), z.object({code: z.string(), message: z.string()})]),
});

export const journalLineSchema = z.union([intentLine, outcomeLine, readBackLine]);
export type JournalLine = z.infer<typeof journalLineSchema>;

/** One request as the journal knows it: the intent, and what became of it. */
export type JournalRecord = JournalIntent & {
	readonly id: string;
	/** When the intent was written (just before sending). */
	readonly time: string;
	readonly outcome:
		| {readonly status: 'ok'; readonly time: string}
		| ({readonly status: 'failed'; readonly time: string} & JournalFailure)
		/** No outcome was written: the app ended (killed, hung up) after writing the intent. */
		| {readonly status: 'unknown'};
	/** The values read back after an ok answer (absent: not read back). */
	readonly readBack?: JournalReadBack;
};

export type JournalContents = {
	/** Oldest first. */
	readonly records: readonly JournalRecord[];
	/** Lines that are not a record (damaged, cut short, unknown shape, an outcome without its intent). */
	readonly unreadable: number;
};

/** The account in an ARN (arn:aws:connect:REGION:ACCOUNT:instance/ID), if any. */
export function accountOfArn(arn: string): string | undefined {
	const account = arn.split(':')[4];
	return account && /^\d{12}$/.test(account) ? account : undefined;
}

/** The intent line to write; the account comes from the ARN when not given. */
export function toIntentLine(id: string, time: string, intent: JournalIntent): JournalLine {
	const account = intent.account ?? accountOfArn(intent.instanceArn);
	return {
		type: 'intent',
		id,
		time,
		profile: intent.profile,
		...(account === undefined ? {} : {account}),
		region: intent.region,
		instanceArn: intent.instanceArn,
		operation: intent.operation,
		parameters: {...intent.parameters},
		before: {...intent.before},
	};
}

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

		const line = journalLineSchema.safeParse(parsed);
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

function shown(value: string | null | undefined): string {
	return value === null || value === undefined ? '(absent)' : JSON.stringify(sanitizeLine(value));
}

/** One line: when, where, what, each key before → after, outcome. Display-safe. */
export function formatJournalRecord(record: JournalRecord): string {
	const after = record.readBack && 'after' in record.readBack ? record.readBack.after : undefined;
	const changes = Object.keys(record.before)
		.map((key) => {
			const before = shown(record.before[key]);
			if (!after || !Object.hasOwn(after, key)) return `${sanitizeLine(key)} ${before} → unknown`;
			const removed = after[key] === null && /^(Untag|Disassociate)/.test(record.operation);
			return `${sanitizeLine(key)} ${before} ${removed ? 'removed' : `→ ${shown(after[key])}`}`;
		})
		.join('; ');
	const {outcome} = record;
	const result =
		outcome.status === 'ok'
			? 'ok'
			: outcome.status === 'failed'
				? `failed ${sanitizeLine(outcome.code)}: ${sanitizeLine(outcome.message)}${outcome.requestId ? ` (request id ${sanitizeLine(outcome.requestId)})` : ''}`
				: 'outcome unknown: check the instance';
	return [
		record.time,
		record.profile,
		...(record.account ? [record.account] : []),
		record.region,
		record.instanceArn,
		record.operation,
		changes,
		result,
	]
		.map((part) => sanitizeLine(part))
		.filter((part) => part !== '')
		.join('  ');
}
