// The footer's hints for what has the keys now: the keymap table's, except where what a key does
// depends on the state (the tag fields: Enter on a new tag's key moves on to its value).
import {footerHints, keyHint, type Hint} from '../keymap/hints.js';
import type {Scope} from '../keymap/keymap.js';
import type {AppState} from './app-state.js';
import type {TagInput} from './form-state.js';
import type {BulkTagInput} from './matrix-state.js';

/** What Enter, Tab and Esc do in the tag field that has focus. */
export function tagInputHints(input: TagInput): Hint[] {
	const cancel = {keys: keyHint('tag-input.cancel'), label: 'cancel'};
	const enter = keyHint('tag-input.done');
	const tab = keyHint('tag-input.next');
	// A key cannot be renamed: while a value is edited, Tab has nowhere to go.
	if (input.mode === 'edit') return [{keys: enter, label: 'done'}, cancel];
	if (input.field === 'key') return [{keys: enter, label: 'on to the value'}, cancel];
	return [{keys: enter, label: 'add'}, {keys: tab, label: 'back to the key'}, cancel];
}

/** What Enter, Tab and Esc do in the bulk tags form's fields: removing a key has no value to Tab to. */
export function bulkTagInputHints(input: BulkTagInput): Hint[] {
	const cancel = {keys: keyHint('bulk-tag-input.cancel'), label: 'cancel'};
	const enter = keyHint('bulk-tag-input.done');
	const tab = keyHint('bulk-tag-input.next');
	if (input.mode === 'remove') return [{keys: enter, label: 'remove this key'}, cancel];
	if (input.field === 'key') return [{keys: enter, label: 'on to the value'}, {keys: tab, label: 'value'}, cancel];
	return [{keys: enter, label: 'set'}, {keys: tab, label: 'back to the key'}, cancel];
}

export function screenHints(state: AppState, scope: Scope, readOnly: boolean): Hint[] {
	if (scope === 'tag-input' && state.form?.kind === 'tags' && state.form.input) return tagInputHints(state.form.input);
	if (scope === 'bulk-tag-input' && state.bulkTags?.input) return bulkTagInputHints(state.bulkTags.input);
	return footerHints(scope, {readOnly});
}
