// The forms' dialogs: the review (y sends), leaving with pending changes, and a conflict found before
// sending. Applying sets state.apply, which the apply hook performs. Pure.
import {plannedRequests, snapshotOf, type Snapshot} from '../domain/apply-plan.js';
import type {BindingId} from '../keymap/keymap.js';
import {cursorMoveOf, formPageHeight, movedCursor, type CursorMove} from '../domain/layout.js';
import type {AppState} from './app-state.js';
import {rebaseOnConflict} from './apply-result.js';
import {closeForm, readOnlyMessage, withForm} from './form-common.js';
import type {Form, FormDialog} from './form-state.js';
import {contentHeightOf, formPlan, hasPending} from './selectors.js';

function startApply(state: AppState, form: Form, expected: Snapshot, readOnly: boolean): AppState {
	if (readOnly) return readOnlyMessage(state);
	const detail = state.detail;
	if (!detail) return state;
	const plan = formPlan(form);
	if (plannedRequests(plan).length === 0)
		return withForm(state, {...form, dialog: undefined}, {text: 'nothing to apply', tone: 'info'});
	const generation = state.generations.apply + 1;
	return {
		...state,
		generations: {...state.generations, apply: generation},
		form: {...form, expected, dialog: form.dialog?.kind === 'conflict' ? {kind: 'review'} : form.dialog, busy: true},
		apply: {
			generation,
			target: detail.target,
			instanceId: detail.instanceId,
			instanceArn: detail.summary.arn,
			plan,
			expected: snapshotOf(
				plan,
				Object.fromEntries(
					Object.entries(expected).filter((entry): entry is [string, string] => entry[1] !== undefined),
				),
			),
		},
		message: {text: 'checking what AWS holds now…', tone: 'info'},
	};
}

/** The view tells how far the open dialog can scroll (its lines less what fits). */
export function setDialogMaxScroll(state: AppState, maxScroll: number): AppState {
	const form = state.form;
	if (!form?.dialog || form.dialog.maxScroll === maxScroll) return state;
	const scroll = Math.min(form.dialog.scroll ?? 0, maxScroll);
	return {...state, form: {...form, dialog: {...form.dialog, scroll, maxScroll}}};
}

/** Scrolls the dialog like a cursor over its positions 0…maxScroll (j k, PgUp PgDn, g G). */
function scrollDialog(state: AppState, form: Form, dialog: FormDialog, move: CursorMove): AppState {
	// Until the view has said how far it can scroll, it may scroll on (the view's report clamps it).
	const positions = dialog.maxScroll === undefined ? Number.MAX_SAFE_INTEGER : dialog.maxScroll + 1;
	const page = formPageHeight(contentHeightOf(state));
	const scroll = movedCursor(move, dialog.scroll ?? 0, positions, page);
	return withForm(state, {...form, dialog: {...dialog, scroll}}, state.message);
}

/** A key press while a dialog is open over the form. */
export function handleDialog(state: AppState, form: Form, id: BindingId | undefined, readOnly: boolean): AppState {
	const dialog = form.dialog;
	if (!dialog || !id) return state;
	const move = (id.startsWith('review.') || id.startsWith('confirm.')) && cursorMoveOf(id);
	if (move) return scrollDialog(state, form, dialog, move);
	switch (dialog.kind) {
		case 'review':
			if (id === 'review.apply') return startApply(state, form, form.expected, readOnly);
			if (id === 'review.cancel')
				return withForm(state, {...form, dialog: undefined}, {text: 'cancelled: nothing was sent', tone: 'info'});
			return state;
		case 'leave':
			if (id === 'confirm.yes') return closeForm(state, {text: 'changes discarded: nothing was sent', tone: 'info'});
			if (id === 'confirm.no') return withForm(state, {...form, dialog: undefined});
			return state;
		case 'conflict':
			if (id === 'confirm.yes') return startApply(state, form, {...form.expected, ...dialog.current}, readOnly);
			if (id === 'confirm.no') {
				const rebased = rebaseOnConflict({...form, dialog: undefined}, dialog.current);
				const text = hasPending(rebased)
					? 'nothing was sent; the form now starts from what AWS holds, with your other changes still pending'
					: 'nothing was sent; AWS already holds what you wanted: nothing is pending';
				return withForm(state, rebased, {text, tone: 'info'});
			}

			return state;
	}
}

/** Back from a form: with pending changes, ask first. */
export function leaveOrClose(state: AppState, form: Form): AppState {
	return hasPending(form) ? withForm(state, {...form, dialog: {kind: 'leave'}}) : closeForm(state);
}
