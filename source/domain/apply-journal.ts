// The journal's record of an apply: one entry per request sent, with what AWS held before and after.
import type {AwsFailure, RequestOutcome, Snapshot, WriteOperation} from './apply-plan.js';

/** One journal line's content (time and where are added by the journal). */
export type JournalChange = {
	readonly operation: WriteOperation;
	/** Touched key → value (null: absent). */
	readonly before: Readonly<Record<string, string | null>>;
	readonly after: Readonly<Record<string, string | null>> | null;
	readonly outcome: 'ok' | AwsFailure;
};

/** Journal entries for the requests sent: before is what AWS held just before, after what it held just after. */
export function journalChanges(
	outcomes: readonly RequestOutcome[],
	before: Snapshot,
	after: Snapshot | undefined,
): JournalChange[] {
	return outcomes.map(({request, error}) => {
		const keys =
			request.operation === 'UpdateInstanceAttribute'
				? [request.attributeType]
				: request.operation === 'TagResource'
					? Object.keys(request.tags)
					: [...request.tagKeys];
		const pick = (values: Snapshot) => Object.fromEntries(keys.map((key) => [key, values[key] ?? null]));
		return {
			operation: request.operation,
			before: pick(before),
			after: after ? pick(after) : null,
			outcome: error ? {code: error.code, message: error.message} : 'ok',
		};
	});
}
