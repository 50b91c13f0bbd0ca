// The tags form's keys: move, add, edit a value, mark for removal, review, back; and the key and value
// fields while one is being typed. Pure.
import {
	addTag,
	diffTags,
	isTagDiffEmpty,
	problemLine,
	setTagValueAt,
	toggleRemoveAt,
	validateTagEdit,
} from '../domain/tags.js';
import type {BindingId} from '../keymap/keymap.js';
import {EMPTY_FIELD, textField, type TextField} from '../domain/text-field.js';
import type {AppState} from './app-state.js';
import {formCursor, withForm} from './form-common.js';
import {leaveOrClose} from './form-dialogs.js';
import type {TagInput, TagsForm} from './form-state.js';
import {inputProblems} from './selectors.js';
import {keyHint} from '../keymap/hints.js';

export function handleTags(state: AppState, form: TagsForm, id: BindingId): AppState {
	const row = form.edit.rows[form.cursor];
	switch (id) {
		case 'tags.down':
		case 'tags.up':
		case 'tags.page-down':
		case 'tags.page-up':
		case 'tags.top':
		case 'tags.bottom':
			return withForm(state, {
				...form,
				cursor: formCursor(state, id, form.cursor, form.edit.rows.length) ?? form.cursor,
			});
		case 'tags.add':
			return withForm(state, {...form, input: {mode: 'add', field: 'key', key: EMPTY_FIELD, value: EMPTY_FIELD}});
		case 'tags.edit':
			if (!row) return state;
			if (row.removed)
				return withForm(state, form, {
					text: `marked for removal: ${keyHint('tags.remove')} unmarks it`,
					tone: 'warning',
				});
			return withForm(state, {
				...form,
				input: {mode: 'edit', field: 'value', key: textField(row.key), value: textField(row.value), row: form.cursor},
			});
		case 'tags.remove':
			return row ? withForm(state, {...form, edit: toggleRemoveAt(form.edit, form.cursor)}) : state;
		case 'tags.review': {
			const problems = validateTagEdit(form.edit);
			if (problems[0])
				return withForm(state, form, {text: `cannot review: ${problemLine(problems[0])}`, tone: 'error'});
			if (isTagDiffEmpty(diffTags(form.edit))) {
				return withForm(state, form, {
					text: `nothing to review: ${keyHint('tags.add')} adds, ${keyHint('tags.edit')} edits, ${keyHint('tags.remove')} removes`,
					tone: 'info',
				});
			}

			return withForm(state, {...form, dialog: {kind: 'review'}});
		}

		case 'tags.back':
			return leaveOrClose(state, form);
		default:
			return state;
	}
}

function setInput(state: AppState, form: TagsForm, input: TagInput): AppState {
	return withForm(state, {...form, input});
}

export function handleTagInput(state: AppState, form: TagsForm, input: TagInput, id: BindingId): AppState {
	const focused = input.field;
	switch (id) {
		case 'tag-input.next':
			if (input.mode === 'edit')
				return setInput(state, form, {
					...input,
					refused: `a key cannot be renamed: remove it (${keyHint('tags.remove')}) and add (${keyHint('tags.add')}) a new one`,
				});
			return setInput(state, form, {...input, field: focused === 'key' ? 'value' : 'key', refused: undefined});
		case 'tag-input.cancel':
			return withForm(state, {...form, input: undefined});
		case 'tag-input.done': {
			const problems = inputProblems(form);
			const keyProblem = problems.find((problem) => problem.field === 'key');
			if (input.mode === 'add' && focused === 'key' && !keyProblem)
				return setInput(state, form, {...input, field: 'value', refused: undefined});
			if (problems[0]) return setInput(state, form, {...input, refused: problemLine(problems[0])});
			if (input.mode === 'edit')
				return withForm(state, {
					...form,
					input: undefined,
					edit: setTagValueAt(form.edit, input.row, input.value.text),
				});

			const edit = addTag(form.edit, input.key.text, input.value.text);
			return withForm(state, {...form, input: undefined, edit, cursor: edit.rows.length - 1});
		}

		default:
			return state;
	}
}

/** The tag field being typed in: what it holds, and the form with it changed. */
export function tagInputField(state: AppState): {field: TextField; set: (field: TextField) => AppState} | undefined {
	const form = state.form;
	if (form?.kind !== 'tags' || form.busy || form.dialog || !form.input) return undefined;
	const input = form.input;
	return {
		field: input[input.field],
		set: (field) => setInput(state, form, {...input, [input.field]: field, refused: undefined}),
	};
}
