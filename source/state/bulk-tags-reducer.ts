// The bulk tags form (`T` in the list): tags to set and keys to remove on the marked (or shown)
// instances, typed in the shared text fields and checked with the API's rules; one review for all of
// them; `y` starts the bulk apply. Failed instances stay in the plan: `s` → `y` retries just them. Pure.
import {planTags, type BulkPlan, type TagOperations} from '../domain/bulk-plan.js';
import {instanceKey} from '../domain/instances.js';
import {validateTagKey, validateTagValue} from '../domain/tags.js';
import {EMPTY_FIELD, type TextField} from '../domain/text-field.js';
import type {InstanceSummary} from '../domain/types.js';
import type {BindingId} from '../keymap/keymap.js';
import {keyHint} from '../keymap/hints.js';
import {isReadOnlyFor, type AppState, type Message} from './app-state.js';
import {startBulk} from './bulk-reducer.js';
import {requestLoads} from './fleet-reducer.js';
import {scrollReview} from './matrix-reducer.js';
import type {BulkTagInput, BulkTagsForm} from './matrix-state.js';
import {contentHeightOf, visibleRows} from './selectors.js';

/** Opens the form for the marked instances shown, else every shown one, and reads their tags. */
export function openBulkTags(state: AppState): AppState {
	const rows = visibleRows(state);
	const marked = rows.filter((row) => state.list.marks.has(instanceKey(row)));
	const targets = marked.length > 0 ? marked : rows;
	if (targets.length === 0) return {...state, message: {text: 'No instance is shown: nothing to tag', tone: 'info'}};
	return {
		...state,
		screen: 'bulk-tags',
		bulkTags: {
			keys: targets.map((row) => instanceKey(row)),
			marked: marked.length > 0,
			operations: {set: {}, remove: []},
		},
		fleet: requestLoads(state.fleet, targets, 'tags'),
		message: undefined,
	};
}

/** The form's instances, in the order they were shown when it opened (those gone from the inventory left out). */
export function bulkTagsInstances(state: AppState, form: BulkTagsForm): InstanceSummary[] {
	const byKey = new Map(state.inventory.rows.map((row) => [instanceKey(row), row]));
	return form.keys.flatMap((key) => byKey.get(key) ?? []);
}

/** The plan the form would apply now, against the tags last read. */
export function bulkTagsPlan(state: AppState, form: BulkTagsForm): BulkPlan {
	return planTags(bulkTagsInstances(state, form), form.operations, (key) => state.fleet.entries.get(key)?.tags?.value, {
		readOnly: (instance) => isReadOnlyFor(state, instance.profile),
	});
}

function withForm(state: AppState, bulkTags: BulkTagsForm, message?: Message): AppState {
	return {...state, bulkTags, message};
}

function close(state: AppState): AppState {
	return {...state, screen: 'list', bulkTags: undefined, message: undefined};
}

const isEmpty = (operations: TagOperations) =>
	Object.keys(operations.set).length === 0 && operations.remove.length === 0;

/** Whether leaving would drop changes not yet made (every instance holding them already: nothing is lost). */
function unapplied(state: AppState, form: BulkTagsForm): boolean {
	if (isEmpty(form.operations)) return false;
	const plan = bulkTagsPlan(state, form);
	return plan.items.length > 0 || plan.leftOut.some((left) => left.reason === 'not-loaded');
}

export function handleBulkTagsKey(state: AppState, form: BulkTagsForm, id: BindingId | undefined): AppState {
	switch (id) {
		case 'bulk-tags.set':
			return withForm(state, {...form, input: {mode: 'set', field: 'key', key: EMPTY_FIELD, value: EMPTY_FIELD}});
		case 'bulk-tags.remove':
			return withForm(state, {...form, input: {mode: 'remove', field: 'key', key: EMPTY_FIELD, value: EMPTY_FIELD}});
		case 'bulk-tags.review':
			if (isEmpty(form.operations)) {
				return withForm(state, form, {
					text: `Nothing to review: ${keyHint('bulk-tags.set')} sets a tag, ${keyHint('bulk-tags.remove')} removes one`,
					tone: 'info',
				});
			}

			return withForm(state, {...form, dialog: {kind: 'review', plan: bulkTagsPlan(state, form), scroll: 0}});
		case 'bulk-tags.back':
			return unapplied(state, form) ? withForm(state, {...form, dialog: {kind: 'leave'}}) : close(state);
		default:
			return state;
	}
}

/** Why the input cannot be taken as it is (the whole reason), or undefined. */
export function bulkTagInputProblem(input: BulkTagInput): string | undefined {
	const keyProblem = validateTagKey(input.key.text);
	if (keyProblem) return keyProblem;
	return input.mode === 'set' ? validateTagValue(input.value.text) : undefined;
}

function addOperation(operations: TagOperations, input: BulkTagInput): TagOperations {
	const key = input.key.text;
	const set = {...operations.set};
	delete set[key];
	const remove = operations.remove.filter((candidate) => candidate !== key);
	return input.mode === 'set' ? {set: {...set, [key]: input.value.text}, remove} : {set, remove: [...remove, key]};
}

export function handleBulkTagInput(
	state: AppState,
	form: BulkTagsForm,
	input: BulkTagInput,
	id: BindingId | undefined,
): AppState {
	switch (id) {
		case 'bulk-tag-input.next':
			if (input.mode === 'remove') return state;
			return withForm(state, {...form, input: {...input, field: input.field === 'key' ? 'value' : 'key'}});
		case 'bulk-tag-input.done': {
			const keyProblem = validateTagKey(input.key.text);
			if (keyProblem) return withForm(state, {...form, input: {...input, field: 'key', refused: keyProblem}});
			// Enter on a new tag's key moves on to its value.
			if (input.mode === 'set' && input.field === 'key')
				return withForm(state, {...form, input: {...input, field: 'value', refused: undefined}});
			const problem = bulkTagInputProblem(input);
			if (problem) return withForm(state, {...form, input: {...input, refused: problem}});
			return withForm(state, {...form, input: undefined, operations: addOperation(form.operations, input)});
		}

		case 'bulk-tag-input.cancel':
			return withForm(state, {...form, input: undefined});
		default:
			return state;
	}
}

/** The field being typed in the bulk tags form, for the shared text input. */
export function bulkTagInputField(
	state: AppState,
): {field: TextField; set: (field: TextField) => AppState} | undefined {
	const form = state.bulkTags;
	const input = form?.input;
	if (!form || !input || form.dialog) return undefined;
	return {
		field: input[input.field],
		set: (field) => withForm(state, {...form, input: {...input, [input.field]: field, refused: undefined}}),
	};
}

export function handleBulkTagsReviewKey(state: AppState, form: BulkTagsForm, id: BindingId | undefined): AppState {
	const dialog = form.dialog;
	if (dialog?.kind !== 'review') return state;
	switch (id) {
		case 'bulk-review.apply':
			if (dialog.plan.items.length === 0)
				return withForm(state, {...form, dialog: undefined}, {text: 'Nothing to send', tone: 'info'});
			return startBulk(withForm(state, {...form, dialog: undefined}), 'tags', dialog.plan.items);
		case 'bulk-review.cancel':
			return withForm(state, {...form, dialog: undefined});
		default:
			return withForm(state, {
				...form,
				dialog: scrollReview(dialog, id, Math.max(1, contentHeightOf(state) - 6)),
			});
	}
}

export function handleBulkTagsConfirmKey(state: AppState, form: BulkTagsForm, id: BindingId | undefined): AppState {
	switch (id) {
		case 'bulk-confirm.yes':
			return close(state);
		case 'bulk-confirm.no':
			return withForm(state, {...form, dialog: undefined});
		default:
			return state;
	}
}
