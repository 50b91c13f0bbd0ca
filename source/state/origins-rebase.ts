// The approved origins form rebased on what AWS holds after an apply (or a conflict): the list just
// read, with what failed (or was not sent) still pending. Pure.
import {failedPart, type ApplyPlan, type RequestOutcome} from '../domain/apply-plan.js';
import {addOrigin, startOriginEdit, toggleRemoveOriginAt, type OriginEdit} from '../domain/origins.js';
import {clamp} from './form-common.js';
import type {OriginsForm} from './form-state.js';

/** The form after an apply: the list AWS now holds; what failed is still pending. */
export function rebaseOrigins(
	form: OriginsForm,
	plan: ApplyPlan,
	outcomes: readonly RequestOutcome[],
	holds: readonly string[],
): OriginsForm {
	let edit: OriginEdit = startOriginEdit(holds);
	const failed = failedPart(plan, outcomes);
	if (failed.kind === 'origins') {
		for (const origin of failed.diff.added) if (!holds.includes(origin)) edit = addOrigin(edit, origin);
		for (const origin of failed.diff.removed) {
			const index = edit.rows.findIndex((row) => row.origin === origin);
			if (index !== -1) edit = toggleRemoveOriginAt(edit, index);
		}
	}

	const expected = Object.fromEntries(holds.map((origin) => [origin, 'approved']));
	return {...form, edit, expected, cursor: clamp(form.cursor, edit.rows.length)};
}

/** What AWS holds, assumed from what went through when it could not be read back. */
export function assumedOrigins(form: OriginsForm, outcomes: readonly RequestOutcome[]): string[] {
	const origins = new Set(Object.keys(form.expected).filter((origin) => form.expected[origin] !== undefined));
	for (const {request, error} of outcomes) {
		if (error) continue;
		if (request.operation === 'AssociateApprovedOrigin') origins.add(request.origin);
		if (request.operation === 'DisassociateApprovedOrigin') origins.delete(request.origin);
	}

	return [...origins];
}
