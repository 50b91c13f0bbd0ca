// What applying a form sends, how it is checked for conflicts first, and how its outcome is reported.
// Pure functions: the apply hook runs the requests, these decide and describe.
import {attributeValueString} from './attributes.js';
import type {AttributeChange} from './attribute-edit.js';
import {sanitizeLine} from './sanitize.js';
import {tagDiffRequests, type TagDiff} from './tags.js';
import type {Tags} from './types.js';

export type WriteOperation = 'UpdateInstanceAttribute' | 'TagResource' | 'UntagResource';

/** One request the apply sends, in order. */
export type PlannedRequest =
	| {readonly operation: 'UpdateInstanceAttribute'; readonly attributeType: string; readonly value: string}
	| {readonly operation: 'TagResource'; readonly tags: Tags}
	| {readonly operation: 'UntagResource'; readonly tagKeys: readonly string[]};

export type ApplyPlan =
	| {readonly kind: 'attributes'; readonly changes: readonly AttributeChange[]}
	| {readonly kind: 'tags'; readonly diff: TagDiff};

/** Exactly the requests a plan sends: one UpdateInstanceAttribute per change; one TagResource, one UntagResource. */
export function plannedRequests(plan: ApplyPlan): PlannedRequest[] {
	if (plan.kind === 'attributes') {
		return plan.changes.map((change) => ({
			operation: 'UpdateInstanceAttribute',
			attributeType: change.type,
			value: attributeValueString(change.to),
		}));
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

/** The read that checks, before sending, what a plan is about to change. */
export function checkOperation(plan: ApplyPlan): 'DescribeInstanceAttribute' | 'ListTagsForResource' {
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

/** The IAM action a write needs, named when AWS says AccessDenied. */
export const IAM_ACTIONS: Readonly<
	Record<WriteOperation | 'DescribeInstanceAttribute' | 'ListTagsForResource', string>
> = {
	UpdateInstanceAttribute: 'connect:UpdateInstanceAttribute',
	TagResource: 'connect:TagResource',
	UntagResource: 'connect:UntagResource',
	DescribeInstanceAttribute: 'connect:DescribeInstanceAttribute',
	ListTagsForResource: 'connect:ListTagsForResource',
};

export function isAccessDenied(code: string): boolean {
	return code === 'AccessDeniedException' || code === 'AccessDenied';
}

/** ` (missing IAM permission connect:…)` when AWS said AccessDenied, else nothing. */
function missingPermission(operation: keyof typeof IAM_ACTIONS, code: string): string {
	return isAccessDenied(code) ? ` (missing IAM permission ${IAM_ACTIONS[operation]})` : '';
}

/** `code: message`, plus the missing IAM action for AccessDenied. Display-safe. */
export function describeError(operation: keyof typeof IAM_ACTIONS, code: string, message: string): string {
	// The missing permission comes before AWS's (often long) message so a narrow terminal still shows it.
	return `${sanitizeLine(code)}${missingPermission(operation, code)}: ${sanitizeLine(message)}`;
}

export type RequestOutcome = {
	readonly request: PlannedRequest;
	readonly error?: AwsFailure;
};

export function onOff(value: string | boolean | undefined): string {
	if (value === undefined) return 'unset';
	if (typeof value === 'boolean') return value ? 'on' : 'off';
	const normalized = value.trim().toLowerCase();
	if (normalized === 'true') return 'on';
	if (normalized === 'false') return 'off';
	return JSON.stringify(sanitizeLine(value));
}

/** A tag value as the forms show it: quoted, display-safe. */
export function quote(value: string): string {
	return `"${sanitizeLine(value)}"`;
}

/** A raw value of the plan's kind: attributes on/off, tags quoted or (absent). Display-safe. */
export function shownValue(kind: ApplyPlan['kind'], value: string | undefined): string {
	if (kind === 'attributes') return onOff(value);
	return value === undefined ? '(absent)' : quote(value);
}

/**
 * Review lines: each attribute `TYPE  on → off`; tags `+ key = value`, `~ key old → new`, and
 * `- key` (with the value it had, `was "…"`, when the tags the form started from are given). Display-safe.
 */
export function reviewLines(plan: ApplyPlan, before: Snapshot = {}): string[] {
	if (plan.kind === 'attributes') {
		return plan.changes.map((change) => `${sanitizeLine(change.type)}  ${onOff(change.from)} → ${onOff(change.to)}`);
	}

	const {added, changed, removed} = plan.diff;
	return [
		...Object.entries(added).map(([key, value]) => `+ ${sanitizeLine(key)} = ${quote(value)}`),
		...changed.map((change) => `~ ${sanitizeLine(change.key)}  ${quote(change.from)} → ${quote(change.to)}`),
		...removed.map((key) => {
			const was = before[key];
			return was === undefined ? `- ${sanitizeLine(key)}` : `- ${sanitizeLine(key)}  was ${quote(was)}`;
		}),
	];
}

/** One line per request: what it carries. Display-safe. */
export function requestLine(request: PlannedRequest): string {
	switch (request.operation) {
		case 'UpdateInstanceAttribute':
			return `${sanitizeLine(request.attributeType)} → ${onOff(request.value)}`;
		case 'TagResource':
			return `TagResource ${Object.keys(request.tags)
				.map((key) => sanitizeLine(key))
				.join(', ')}`;
		case 'UntagResource':
			return `UntagResource ${request.tagKeys.map((key) => sanitizeLine(key)).join(', ')}`;
	}
}

export type FailedLine = {
	/** What did not go through, the error code and the missing IAM action for AccessDenied. */
	readonly summary: string;
	/** AWS's message. */
	readonly message: string;
};

export type ApplyReport = {
	readonly applied: readonly string[];
	readonly failed: readonly FailedLine[];
	/** What AWS holds now for the touched keys, or why it could not be read back. */
	readonly holds: readonly string[];
};

/** What went through, what did not (with code, message and the missing IAM action), and what AWS holds now. */
export function applyReport(plan: ApplyPlan, outcomes: readonly RequestOutcome[], readBack: ReadBack): ApplyReport {
	const applied: string[] = [];
	const failed: FailedLine[] = [];
	for (const outcome of outcomes) {
		const line = requestLine(outcome.request);
		if (outcome.error) {
			const {code, message} = outcome.error;
			failed.push({
				summary: `${line}: ${sanitizeLine(code)}${missingPermission(outcome.request.operation, code)}`,
				message: sanitizeLine(message),
			});
		} else {
			applied.push(line);
		}
	}

	const error = readBackFailure(readBack);
	const values = readBack as Snapshot;
	const holds = error
		? [`could not read back: ${sanitizeLine(error.code)}: ${sanitizeLine(error.message)}`]
		: touchedKeys(plan).map((key) => {
				const value = values[key];
				if (plan.kind === 'attributes') return `${sanitizeLine(key)} ${onOff(value)}`;
				return value === undefined ? `${sanitizeLine(key)} (absent)` : `${sanitizeLine(key)} = ${quote(value)}`;
			});

	return {applied, failed, holds};
}

/** The failed part of a plan, to keep pending and retry. */
export function failedPart(plan: ApplyPlan, outcomes: readonly RequestOutcome[]): ApplyPlan {
	const failed = outcomes.filter((outcome) => outcome.error).map((outcome) => outcome.request);
	if (plan.kind === 'attributes') {
		const types = new Set(
			failed.map((request) => (request.operation === 'UpdateInstanceAttribute' ? request.attributeType : '')),
		);
		return {kind: 'attributes', changes: plan.changes.filter((change) => types.has(change.type))};
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
