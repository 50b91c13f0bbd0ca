// The approved origins form's keys: move, add an origin (typed, checked as the API checks it before it
// joins the list), mark or unmark for removal, review, back; and the origin field while it is typed. Pure.
import {addOrigin, addProblem, diffOrigins, toggleRemoveOriginAt} from '../domain/origins.js';
import {keyHint} from '../keymap/hints.js';
import type {BindingId} from '../keymap/keymap.js';
import {EMPTY_FIELD, type TextField} from '../domain/text-field.js';
import type {AppState} from './app-state.js';
import {clamp, formCursor, withForm} from './form-common.js';
import {leaveOrClose} from './form-dialogs.js';
import type {OriginInput, OriginsForm} from './form-state.js';

export function handleOrigins(state: AppState, form: OriginsForm, id: BindingId): AppState {
	const rows = form.edit.rows.length;
	switch (id) {
		case 'origins.down':
		case 'origins.up':
		case 'origins.page-down':
		case 'origins.page-up':
		case 'origins.top':
		case 'origins.bottom':
			return withForm(state, {...form, cursor: formCursor(state, id, form.cursor, rows) ?? form.cursor});
		case 'origins.add':
			return withForm(state, {...form, input: {text: EMPTY_FIELD}});
		case 'origins.remove': {
			if (rows === 0) return state;
			const edit = toggleRemoveOriginAt(form.edit, form.cursor);
			return withForm(state, {...form, edit, cursor: clamp(form.cursor, edit.rows.length)});
		}

		case 'origins.review': {
			const diff = diffOrigins(form.edit);
			if (diff.added.length === 0 && diff.removed.length === 0) {
				return withForm(state, form, {
					text: `nothing to review: ${keyHint('origins.add')} adds an origin, ${keyHint('origins.remove')} removes one`,
					tone: 'info',
				});
			}

			return withForm(state, {...form, dialog: {kind: 'review'}});
		}

		case 'origins.back':
			return leaveOrClose(state, form);
		default:
			return state;
	}
}

function setInput(state: AppState, form: OriginsForm, input: OriginInput): AppState {
	return withForm(state, {...form, input});
}

export function handleOriginInput(state: AppState, form: OriginsForm, input: OriginInput, id: BindingId): AppState {
	switch (id) {
		case 'origin-input.cancel':
			return withForm(state, {...form, input: undefined});
		case 'origin-input.done': {
			const origin = input.text.text.trim();
			const problem = addProblem(form.edit, origin);
			if (problem) return setInput(state, form, {...input, refused: problem});
			const edit = addOrigin(form.edit, origin);
			return withForm(state, {...form, input: undefined, edit, cursor: edit.rows.length - 1});
		}

		default:
			return state;
	}
}

/** The origin field being typed in: what it holds, and the form with it changed. */
export function originInputField(state: AppState): {field: TextField; set: (field: TextField) => AppState} | undefined {
	const form = state.form;
	if (form?.kind !== 'origins' || form.busy || form.dialog || !form.input) return undefined;
	return {field: form.input.text, set: (text) => setInput(state, form, {text})};
}
