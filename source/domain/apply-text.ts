// How a plan and its outcome read on screen: review lines, request lines, the report after applying,
// errors with the missing IAM permission. Every string here is display-safe.
import {isAccessDenied, readBackFailure, touchedKeys} from './apply-plan.js';
import type {
	ApplyPlan,
	CheckOperation,
	WriteOperation,
	PlannedRequest,
	ReadBack,
	RequestOutcome,
	Snapshot,
} from './apply-plan.js';
import {iamActionFor} from './iam.js';
import {sanitizeLine} from './sanitize.js';

/** ` (missing IAM permission connect:…)` when AWS said AccessDenied, else nothing. */
function missingPermission(operation: WriteOperation | CheckOperation, code: string): string {
	return isAccessDenied(code) ? ` (missing IAM permission ${iamActionFor(operation)})` : '';
}

/** `code: message`, plus the missing IAM action for AccessDenied. Display-safe. */
export function describeError(operation: WriteOperation | CheckOperation, code: string, message: string): string {
	// The missing permission comes before AWS's (often long) message so a narrow terminal still shows it.
	return `${sanitizeLine(code)}${missingPermission(operation, code)}: ${sanitizeLine(message)}`;
}

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
	if (kind === 'origins') return value === undefined ? 'not approved' : 'approved';
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

	if (plan.kind === 'origins') {
		return [
			...plan.diff.added.map((origin) => `+ ${sanitizeLine(origin)}`),
			...plan.diff.removed.map((origin) => `- ${sanitizeLine(origin)}`),
		];
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
		case 'AssociateApprovedOrigin':
			return `AssociateApprovedOrigin ${sanitizeLine(request.origin)}`;
		case 'DisassociateApprovedOrigin':
			return `DisassociateApprovedOrigin ${sanitizeLine(request.origin)}`;
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
				if (plan.kind === 'origins') return `${sanitizeLine(key)} ${shownValue('origins', value)}`;
				return value === undefined ? `${sanitizeLine(key)} (absent)` : `${sanitizeLine(key)} = ${quote(value)}`;
			});

	return {applied, failed, holds};
}
