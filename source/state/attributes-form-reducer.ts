// The attributes form's keys: move, toggle a pending change, review, back. Pure.
import {togglePending} from '../domain/attribute-edit.js';
import type {BindingId} from '../keymap/keymap.js';
import type {AppState} from './app-state.js';
import {formCursor, withForm} from './form-common.js';
import {leaveOrClose} from './form-dialogs.js';
import type {AttributesForm} from './form-state.js';
import {hasPending} from './selectors.js';
import {keyHint} from '../keymap/hints.js';

export function handleAttributes(state: AppState, form: AttributesForm, id: BindingId): AppState {
	const row = form.edit.rows[form.cursor];
	switch (id) {
		case 'attributes.down':
		case 'attributes.up':
		case 'attributes.page-down':
		case 'attributes.page-up':
		case 'attributes.top':
		case 'attributes.bottom':
			return withForm(state, {
				...form,
				cursor: formCursor(state, id, form.cursor, form.edit.rows.length) ?? form.cursor,
			});
		case 'attributes.toggle':
			return row ? withForm(state, {...form, edit: togglePending(form.edit, row.type)}) : state;
		case 'attributes.review':
			return hasPending(form)
				? withForm(state, {...form, dialog: {kind: 'review'}})
				: withForm(state, form, {
						text: `nothing to review: ${keyHint('attributes.toggle')} toggles an attribute`,
						tone: 'info',
					});
		case 'attributes.back':
			return leaveOrClose(state, form);
		default:
			return state;
	}
}
