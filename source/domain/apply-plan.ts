// What applying a form sends, how it is checked for conflicts first, and what is left when part of it fails.
// Pure functions: the apply runner sends the requests, these decide. Its display text is in apply-text.ts,
// its journal records in apply-journal.ts.
import {attributeValueString} from './attributes.js';
import type {AttributeChange} from './attribute-edit.js';
import type {OriginDiff} from './origins.js';
import {tagDiffRequests, type TagDiff} from './tags.js';
import type {Tags} from './types.js';

export type WriteOperation =
	| 'UpdateInstanceAttribute'
	| 'TagResource'
	| 'UntagResource'
	| 'AssociateApprovedOrigin'
	| 'DisassociateApprovedOrigin';

/** One request the apply sends, in order. */
export type PlannedRequest =
	| {readonly operation: 'UpdateInstanceAttribute'; readonly attributeType: string; readonly value: string}
	| {readonly operation: 'TagResource'; readonly tags: Tags}
	| {readonly operation: 'UntagResource'; readonly tagKeys: readonly string[]}
	| {readonly operation: 'AssociateApprovedOrigin'; readonly origin: string}
	| {readonly operation: 'DisassociateApprovedOrigin'; readonly origin: string};

export type ApplyPlan =
	| {readonly kind: 'attributes'; readonly changes: readonly AttributeChange[]}
	| {readonly kind: 'tags'; readonly diff: TagDiff}
	/** Approved origins: snapshots hold origin → "approved" (absent: not approved). */
	| {readonly kind: 'origins'; readonly diff: OriginDiff};

/** Exactly the requests a plan sends: one UpdateInstanceAttribute per change; one TagResource, one UntagResource. */
export function plannedRequests(plan: ApplyPlan): PlannedRequest[] {
	if (plan.kind === 'attributes') {
		return plan.changes.map((change) => ({
			operation: 'UpdateInstanceAttribute',
			attributeType: change.type,
			value: attributeValueString(change.to),
		}));
	}

	if (plan.kind === 'origins') {
		return [
			...plan.diff.added.map((origin): PlannedRequest => ({operation: 'AssociateApprovedOrigin', origin})),
			...plan.diff.removed.map((origin): PlannedRequest => ({operation: 'DisassociateApprovedOrigin', origin})),
		];
	}

	const {tag, untag} = tagDiffRequests(plan.diff);
	const requests: PlannedRequest[] = [];
	if (tag) requests.push({operation: 'TagResource', tags: tag});
	if (untag) requests.push({operation: 'UntagResource', tagKeys: untag});
	return requests;
}

/** What the plan touches: attribute types, or tag keys (added, changed, removed). */
export function touchedKeys(plan: ApplyPlan): string[] {
	if (plan.kind === 'attributes') return plan.changes.map((change) => change.type);
	if (plan.kind === 'origins') return [...plan.diff.added, ...plan.diff.removed];
	return [...Object.keys(plan.diff.added), ...plan.diff.changed.map((change) => change.key), ...plan.diff.removed];
}

/** A value someone else changed between opening the form and applying it. */
export type Conflict = {
	readonly key: string;
	/** What AWS held when the form opened (undefined: absent). */
	readonly expected: string | undefined;
	/** What AWS holds now (undefined: absent). */
	readonly current: string | undefined;
};

/** The raw values a form was opened against, for the keys a plan touches. */
export type Snapshot = Readonly<Record<string, string | undefined>>;

/** An AWS error in plain terms. */
export type AwsFailure = {readonly code: string; readonly message: string};

/** What was read back after sending (every tag, or the touched attributes), or why it could not be. */
export type ReadBack = Readonly<Record<string, string>> | {readonly error: AwsFailure};

/** Why the read-back failed, if it did. A tag named "error" holds a string, so it is not taken for a failure. */
export function readBackFailure(readBack: ReadBack): AwsFailure | undefined {
	const error: unknown = (readBack as {error?: unknown}).error;
	return typeof error === 'object' && error !== null ? (error as AwsFailure) : undefined;
}

export type CheckOperation = 'DescribeInstanceAttribute' | 'ListTagsForResource' | 'ListApprovedOrigins';

/** The read that checks, before sending, what a plan is about to change. */
export function checkOperation(plan: ApplyPlan): CheckOperation {
	if (plan.kind === 'origins') return 'ListApprovedOrigins';
	return plan.kind === 'tags' ? 'ListTagsForResource' : 'DescribeInstanceAttribute';
}

/** Attribute values compare as booleans ("TRUE" and "true" agree); tag values compare exactly. */
function same(kind: ApplyPlan['kind'], a: string | undefined, b: string | undefined): boolean {
	if (kind === 'attributes') return (a ?? 'false').trim().toLowerCase() === (b ?? 'false').trim().toLowerCase();
	return a === b;
}

/** The touched keys whose value changed behind the form's back. */
export function findConflicts(plan: ApplyPlan, expected: Snapshot, current: Snapshot): Conflict[] {
	return touchedKeys(plan)
		.filter((key) => !same(plan.kind, expected[key], current[key]))
		.map((key) => ({key, expected: expected[key], current: current[key]}));
}

/** Restricts a full read (all tags) to the keys a plan touches. */
export function snapshotOf(
	plan: ApplyPlan,
	values: Readonly<Record<string, string>>,
): Record<string, string | undefined> {
	return Object.fromEntries(
		touchedKeys(plan).map((key) => [key, Object.hasOwn(values, key) ? values[key] : undefined]),
	);
}

export function isAccessDenied(code: string): boolean {
	return code === 'AccessDeniedException' || code === 'AccessDenied';
}

export type RequestOutcome = {
	readonly request: PlannedRequest;
	readonly error?: AwsFailure;
};

/** The failed part of a plan, to keep pending and retry. */
export function failedPart(plan: ApplyPlan, outcomes: readonly RequestOutcome[]): ApplyPlan {
	const failed = outcomes.filter((outcome) => outcome.error).map((outcome) => outcome.request);
	if (plan.kind === 'attributes') {
		const types = new Set(
			failed.map((request) => (request.operation === 'UpdateInstanceAttribute' ? request.attributeType : '')),
		);
		return {kind: 'attributes', changes: plan.changes.filter((change) => types.has(change.type))};
	}

	if (plan.kind === 'origins') {
		const origins = (operation: WriteOperation) =>
			failed.flatMap((request) => (request.operation === operation && 'origin' in request ? [request.origin] : []));
		return {
			kind: 'origins',
			diff: {added: origins('AssociateApprovedOrigin'), removed: origins('DisassociateApprovedOrigin')},
		};
	}

	const tagFailed = failed.some((request) => request.operation === 'TagResource');
	const untagFailed = failed.some((request) => request.operation === 'UntagResource');
	return {
		kind: 'tags',
		diff: {
			added: tagFailed ? plan.diff.added : {},
			changed: tagFailed ? plan.diff.changed : [],
			removed: untagFailed ? plan.diff.removed : [],
		},
	};
}
