// What the apply hook found, back in the form: a conflict to ask about, a failed check, or the outcome,
// with the form rebased on what AWS now holds and the failed changes still pending. Pure.
import {
	failedPart,
	plannedRequests,
	readBackFailure,
	type ApplyPlan,
	type RequestOutcome,
	type Snapshot,
} from '../domain/apply-plan.js';
import {applyReport, describeError} from '../domain/apply-text.js';
import type {AttributeEdit} from '../domain/attribute-edit.js';
import {parseAttributeValue} from '../domain/attributes.js';
import {addTag, setTagValue, startTagEdit, toggleRemove, type TagEdit} from '../domain/tags.js';
import type {Tags} from '../domain/types.js';
import type {AppState} from './app-state.js';
import {reloadDetail} from './detail-reducer.js';
import {clamp} from './form-common.js';
import {assumedOrigins, rebaseOrigins} from './origins-rebase.js';
import type {ApplyResult, AttributesForm, Form, TagsForm} from './form-state.js';
import {keyHint} from '../keymap/hints.js';
import {formPlan} from './selectors.js';

function assumedAttributes(form: AttributesForm, outcomes: readonly RequestOutcome[]): Record<string, string> {
	const values: Record<string, string> = {};
	for (const {request, error} of outcomes) {
		if (request.operation !== 'UpdateInstanceAttribute') continue;
		const before = form.expected[request.attributeType];
		values[request.attributeType] = error ? (before ?? 'false') : request.value;
	}

	return values;
}

/** The form after an apply: rows hold what AWS now holds; the failed changes stay pending. */
function rebaseAttributes(
	form: AttributesForm,
	plan: ApplyPlan,
	outcomes: readonly RequestOutcome[],
	holds: Readonly<Record<string, string>>,
): AttributesForm {
	const rows = form.edit.rows.map((row) =>
		Object.hasOwn(holds, row.type) ? {...row, raw: holds[row.type], value: parseAttributeValue(holds[row.type])} : row,
	);
	const failed = failedPart(plan, outcomes);
	let edit: AttributeEdit = {rows, pending: {}};
	if (failed.kind === 'attributes') {
		for (const change of failed.changes) {
			const row = rows.find((candidate) => candidate.type === change.type);
			if (row && row.value !== change.to) edit = {...edit, pending: {...edit.pending, [change.type]: change.to}};
		}
	}

	return {...form, edit, expected: {...form.expected, ...holds}};
}

function assumedTags(form: TagsForm, outcomes: readonly RequestOutcome[]): Tags {
	const tags: Record<string, string> = {...(form.expected as Record<string, string>)};
	for (const {request, error} of outcomes) {
		if (error) continue;
		if (request.operation === 'TagResource') Object.assign(tags, request.tags);
		if (request.operation === 'UntagResource') for (const key of request.tagKeys) delete tags[key];
	}

	return tags;
}

function rebaseTags(form: TagsForm, plan: ApplyPlan, outcomes: readonly RequestOutcome[], holds: Tags): TagsForm {
	let edit: TagEdit = startTagEdit(holds);
	const failed = failedPart(plan, outcomes);
	if (failed.kind === 'tags') {
		for (const [key, value] of Object.entries(failed.diff.added)) {
			if (!Object.hasOwn(holds, key)) edit = addTag(edit, key, value);
		}

		for (const {key, to} of failed.diff.changed) {
			edit = Object.hasOwn(holds, key) ? setTagValue(edit, key, to) : addTag(edit, key, to);
		}

		for (const key of failed.diff.removed) if (Object.hasOwn(holds, key)) edit = toggleRemove(edit, key);
	}

	return {...form, edit, expected: {...holds}, cursor: clamp(form.cursor, edit.rows.length)};
}

/**
 * After a conflict and `n`: the form starts again from the values just re-read (`current`, the
 * touched keys), and the user's changes are put back on top; a change AWS already holds drops out,
 * so the next review shows the real difference.
 */
export function rebaseOnConflict(form: Form, current: Snapshot): Form {
	const plan = formPlan(form);
	// Every planned request "failed" (none was sent): the whole plan is put back where still needed.
	const unsent = plannedRequests(plan).map((request) => ({request, error: {code: 'Conflict', message: ''}}));
	const now = Object.fromEntries(
		Object.entries(current).filter((entry): entry is [string, string] => entry[1] !== undefined),
	);
	if (form.kind === 'attributes') return rebaseAttributes(form, plan, unsent, now);
	const holds: Record<string, string> = Object.fromEntries(
		Object.entries({...form.expected, ...current}).filter((entry): entry is [string, string] => entry[1] !== undefined),
	);
	if (form.kind === 'origins') return rebaseOrigins(form, plan, unsent, Object.keys(holds));
	return rebaseTags(form, plan, unsent, holds);
}

/** The message line after an apply: how much went through, and whether AWS's values could be read back. */
function appliedMessage(kind: Form['kind'], total: number, failures: number, readBackFailed: boolean): string {
	const review = keyHint(
		kind === 'attributes' ? 'attributes.review' : kind === 'origins' ? 'origins.review' : 'tags.review',
	);
	if (failures === 0) {
		return readBackFailed
			? `applied ${total} of ${total}, but reading back failed: the form shows what was sent (${keyHint('detail.reload')} on the detail view reloads)`
			: `applied ${total} of ${total}: AWS now holds the values shown`;
	}

	if (failures === total)
		return `nothing went through (${failures} failed): the changes are still pending; ${review} reviews them to retry`;
	return `partly applied: ${total - failures} of ${total} went through, ${failures} failed and ${failures === 1 ? 'is' : 'are'} still pending; ${review} reviews to retry`;
}

/** What the apply hook found: a conflict to ask about, a failed check, or the outcome and read-back. */
export function receiveApplyResult(
	state: AppState,
	generation: number,
	result: ApplyResult,
	journalFailed = false,
): AppState {
	const request = state.apply;
	const form = state.form;
	if (!request || request.generation !== generation) return state;
	const cleared: AppState = {...state, apply: undefined};
	if (!form) return cleared;
	switch (result.kind) {
		case 'conflict':
			return {
				...cleared,
				form: {...form, busy: false, dialog: {kind: 'conflict', conflicts: result.conflicts, current: result.current}},
				message: {text: 'someone else changed this since the form opened: nothing was sent', tone: 'warning'},
			};
		case 'check-failed':
			return {
				...cleared,
				form: {...form, busy: false, dialog: undefined},
				message: {
					text: `nothing was sent: ${describeError(result.operation, result.code, result.message)}`,
					tone: 'error',
				},
			};
		case 'done': {
			const plan = request.plan;
			const readBackFailed = readBackFailure(result.readBack) !== undefined;
			const report = applyReport(plan, result.outcomes, result.readBack);
			const failures = result.outcomes.filter((outcome) => outcome.error).length;
			const total = result.outcomes.length;
			let next: Form;
			if (form.kind === 'attributes') {
				const holds = readBackFailed
					? assumedAttributes(form, result.outcomes)
					: (result.readBack as Record<string, string>);
				next = rebaseAttributes(form, plan, result.outcomes, holds);
			} else if (form.kind === 'origins') {
				const holds = readBackFailed
					? assumedOrigins(form, result.outcomes)
					: Object.keys(result.readBack as Record<string, string>);
				next = rebaseOrigins(form, plan, result.outcomes, holds);
			} else {
				const holds = readBackFailed ? assumedTags(form, result.outcomes) : (result.readBack as Tags);
				next = rebaseTags(form, plan, result.outcomes, holds);
			}

			const text =
				appliedMessage(form.kind, total, failures, readBackFailed) +
				(journalFailed ? ' · the journal could not be written' : '');
			const applied = reloadDetail({...cleared, form: {...next, busy: false, dialog: undefined, report}});
			const tone = failures > 0 ? 'error' : readBackFailed || journalFailed ? 'warning' : 'success';
			return {...applied, message: {text, tone}};
		}
	}
}
