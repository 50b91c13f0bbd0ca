// The one way text is typed, edited and pasted into a field, whichever screen holds it. Pure.
import {editField, insertText, pastedLine, type TextEdit, type TextField} from '../domain/text-field.js';
import type {BindingId, Scope} from '../keymap/keymap.js';
import type {KeyPress} from '../keymap/keys.js';
import {matchBinding} from '../keymap/match.js';
import type {AppState} from './app-state.js';
import {originInputField} from './origins-form-reducer.js';
import {tagInputField} from './tags-form-reducer.js';
import {bulkTagInputField} from './bulk-tags-reducer.js';
import {setFilter} from './list-reducer.js';
import {mfaCodeField, mfaDigits, refuseMfaText, setMfaCode} from './mfa-reducer.js';
import {setPickerQuery} from './picker-reducer.js';

/** A field on screen: what it holds, the state with it changed, and what typed or pasted text it takes. */
type FocusedField = {
	readonly field: TextField;
	readonly set: (field: TextField) => AppState;
	/** The part of `text` the field takes; undefined refuses it (the state to show instead is `refuse`). */
	readonly accept?: (text: string) => string | undefined;
	readonly refuse?: () => AppState;
};

/** The field that has focus in a scope, if that scope has one. */
export function focusedField(state: AppState, scope: Scope): FocusedField | undefined {
	switch (scope) {
		case 'filter':
			return {field: state.list.filter, set: (filter) => setFilter(state, filter)};
		case 'picker': {
			const picker = state.overlay?.kind === 'picker' ? state.overlay : undefined;
			return picker && {field: picker.query, set: (query) => setPickerQuery(state, picker, query)};
		}

		case 'tag-input':
			return tagInputField(state);
		case 'origin-input':
			return originInputField(state);
		case 'bulk-tag-input':
			return bulkTagInputField(state);
		case 'mfa': {
			const code = mfaCodeField(state);
			return (
				code && {
					field: code,
					set: (field) => setMfaCode(state, field),
					accept: (text) => mfaDigits(code, text),
					refuse: () => refuseMfaText(state),
				}
			);
		}

		default:
			return undefined;
	}
}

const EDITS: Partial<Record<BindingId, TextEdit>> = {
	'text.left': 'left',
	'text.right': 'right',
	'text.home': 'home',
	'text.end': 'end',
	'text.backspace': 'backspace',
	'text.delete': 'delete',
	'text.kill-before': 'kill-before',
	'text.kill-after': 'kill-after',
	'text.kill-word': 'kill-word-before',
};

function insert(state: AppState, focused: FocusedField, text: string): AppState {
	const accepted = focused.accept ? focused.accept(text) : text;
	if (accepted === undefined) return focused.refuse?.() ?? state;
	return focused.set(insertText(focused.field, accepted));
}

/**
 * A key the scope itself does not bind, in a scope with a text field: an editing key (readline's) or
 * text to insert. Undefined when the key means nothing to a field.
 */
export function textKey(state: AppState, scope: Scope, press: KeyPress): AppState | undefined {
	const focused = focusedField(state, scope);
	if (!focused) return undefined;
	const id = matchBinding('text-field', press.name)?.id;
	const edit = id === undefined ? undefined : EDITS[id];
	if (edit) return focused.set(editField(focused.field, edit));
	if (press.text !== undefined) return insert(state, focused, press.text);
	return undefined;
}

/** Pasted text arrives whole, as one line, in the field that has focus; with no field it is dropped. */
export function pasteText(state: AppState, scope: Scope, text: string): AppState {
	const focused = focusedField(state, scope);
	return focused ? insert(state, focused, pastedLine(text)) : state;
}
