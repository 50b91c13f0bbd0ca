// The journal's records: pure, no file access (source/services/journal.ts writes the file,
// journal-parse.ts reads it back). Each mutating request is an intent line written before it is
// sent, an outcome line after AWS answered, and a read-back line once the value was read again.
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

/** One line of the journal file. */
export type JournalLine =
	| ({readonly type: 'intent'; readonly id: string; readonly time: string} & JournalIntent)
	| ({readonly type: 'outcome'; readonly id: string; readonly time: string} & JournalOutcome)
	| ({readonly type: 'readback'; readonly id: string; readonly time: string} & JournalReadBack);

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
