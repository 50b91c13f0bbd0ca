import type {BindingId} from '../keymap/keymap.js';
// The attributes and tags forms: every key press against the form it finds, and the apply results. Pure.
import {
	applyReport,
	describeError,
	failedPart,
	plannedRequests,
	readBackFailure,
	snapshotOf,
	type ApplyPlan,
	type RequestOutcome,
	type Snapshot,
} from '../domain/apply-plan.js';
import {pendingChanges, startAttributeEdit, togglePending, type AttributeEdit} from '../domain/attribute-edit.js';
import {parseAttributeValue} from '../domain/attributes.js';
import {sanitizeLine} from '../domain/sanitize.js';
import {
	addTag,
	diffTags,
	isTagDiffEmpty,
	setTagValue,
	setTagValueAt,
	startTagEdit,
	toggleRemove,
	toggleRemoveAt,
	validateTagEdit,
	validateTagValue,
	type TagEdit,
	type TagProblem,
} from '../domain/tags.js';
import type {Loadable, Tags} from '../domain/types.js';
import type {Scope} from '../keymap/keymap.js';
import type {KeyPress} from '../keymap/keys.js';
import type {AppState} from './app-state.js';
import {reloadDetail} from './detail-reducer.js';
import type {ApplyResult, AttributesForm, Form, FormDialog, TagInput, TagsForm} from './form-state.js';

let applyGeneration = 0;

/** The scope a form gives keys to: its text field, its dialog, or the form itself. */
export function formScope(form: Form): Scope {
	if (form.kind === 'tags' && form.input) return 'tag-input';
	if (form.dialog) return form.dialog.kind === 'review' ? 'review' : 'confirm';
	return form.kind;
}

function readOnlyMessage(state: AppState): AppState {
	return {...state, message: {text: 'read-only: this form is for viewing only', tone: 'warning'}};
}

/** A form asked for before its section has loaded opens as soon as it arrives (keys typed ahead still count). */
function openWhenLoaded(state: AppState, form: 'attributes' | 'tags'): AppState {
	if (!state.detail) return state;
	return {
		...state,
		detail: {...state.detail, pendingForm: form},
		message: {text: `${form} are still loading: the form opens when they arrive`, tone: 'info'},
	};
}

/**
 * The form over a section of the detail view once it has loaded; while it loads, the form opens when it
 * arrives; a section that failed says why. Read-only forms open for viewing.
 */
function openForm<T>(
	state: AppState,
	name: 'attributes' | 'tags',
	section: Loadable<T> | undefined,
	readOnly: boolean,
	form: (value: T) => Form,
): AppState {
	if (!section || section.kind === 'loading') return openWhenLoaded(state, name);
	if (section.kind === 'error') {
		return {
			...state,
			message: {
				text: `${name} unavailable: ${sanitizeLine(section.code)}: ${sanitizeLine(section.message)}`,
				tone: 'error',
			},
		};
	}

	const next: AppState = {...state, screen: name, form: form(section.value), message: undefined};
	return readOnly ? readOnlyMessage(next) : next;
}

/** `a` in the detail view: the attributes form over what ListInstanceAttributes said. */
export function openAttributesForm(state: AppState, readOnly: boolean): AppState {
	return openForm(state, 'attributes', state.detail?.attributes, readOnly, (attributes) => {
		const edit = startAttributeEdit(attributes);
		const expected = Object.fromEntries(edit.rows.map((row) => [row.type, row.raw]));
		return {kind: 'attributes', edit, cursor: 0, expected};
	});
}

/** `t` in the detail view: the tags form over what ListTagsForResource said. */
export function openTagsForm(state: AppState, readOnly: boolean): AppState {
	return openForm(state, 'tags', state.detail?.tags, readOnly, (tags) => ({
		kind: 'tags',
		edit: startTagEdit(tags),
		cursor: 0,
		expected: {...tags},
	}));
}

/** The plan the form would apply now. */
export function formPlan(form: Form): ApplyPlan {
	return form.kind === 'attributes'
		? {kind: 'attributes', changes: pendingChanges(form.edit)}
		: {kind: 'tags', diff: diffTags(form.edit)};
}

export function hasPending(form: Form): boolean {
	return plannedRequests(formPlan(form)).length > 0;
}

function withForm(state: AppState, form: Form, message?: AppState['message']): AppState {
	return {...state, form, message};
}

function closeForm(state: AppState, message?: AppState['message']): AppState {
	return {...state, screen: 'detail', form: undefined, message};
}

function clamp(cursor: number, length: number): number {
	return Math.max(0, Math.min(cursor, length - 1));
}

function startApply(state: AppState, form: Form, expected: Snapshot, readOnly: boolean): AppState {
	if (readOnly) return readOnlyMessage(state);
	const detail = state.detail;
	if (!detail) return state;
	const plan = formPlan(form);
	if (plannedRequests(plan).length === 0)
		return withForm(state, {...form, dialog: undefined}, {text: 'nothing to apply', tone: 'info'});
	applyGeneration++;
	return {
		...state,
		form: {...form, expected, dialog: form.dialog?.kind === 'conflict' ? {kind: 'review'} : form.dialog, busy: true},
		apply: {
			generation: applyGeneration,
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

function scrollDialog(state: AppState, form: Form, dialog: FormDialog, by: number): AppState {
	const maxScroll = dialog.maxScroll ?? Number.MAX_SAFE_INTEGER;
	const scroll = Math.max(0, Math.min((dialog.scroll ?? 0) + by, maxScroll));
	return withForm(state, {...form, dialog: {...dialog, scroll}}, state.message);
}

function handleDialog(state: AppState, form: Form, id: BindingId | undefined, readOnly: boolean): AppState {
	const dialog = form.dialog;
	if (!dialog || !id) return state;
	if (id === 'review.down' || id === 'confirm.down') return scrollDialog(state, form, dialog, 1);
	if (id === 'review.up' || id === 'confirm.up') return scrollDialog(state, form, dialog, -1);
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
				return withForm(
					state,
					{...form, dialog: undefined},
					{text: 'nothing was sent; your changes are still pending', tone: 'info'},
				);
			}

			return state;
	}
}

function leaveOrClose(state: AppState, form: Form): AppState {
	return hasPending(form) ? withForm(state, {...form, dialog: {kind: 'leave'}}) : closeForm(state);
}

function handleAttributes(state: AppState, form: AttributesForm, id: BindingId): AppState {
	const row = form.edit.rows[form.cursor];
	switch (id) {
		case 'attributes.down':
			return withForm(state, {...form, cursor: clamp(form.cursor + 1, form.edit.rows.length)});
		case 'attributes.up':
			return withForm(state, {...form, cursor: clamp(form.cursor - 1, form.edit.rows.length)});
		case 'attributes.toggle':
			return row ? withForm(state, {...form, edit: togglePending(form.edit, row.type)}) : state;
		case 'attributes.review':
			return hasPending(form)
				? withForm(state, {...form, dialog: {kind: 'review'}})
				: withForm(state, form, {text: 'nothing to review: Space toggles an attribute', tone: 'info'});
		case 'attributes.back':
			return leaveOrClose(state, form);
		default:
			return state;
	}
}

/** Why the form cannot be reviewed, as one line naming the field and the rule. */
export function problemLine(problem: TagProblem): string {
	if (problem.field === 'form') return problem.reason;
	return `${problem.field} "${sanitizeLine(problem.key)}": ${problem.reason}`;
}

function handleTags(state: AppState, form: TagsForm, id: BindingId): AppState {
	const row = form.edit.rows[form.cursor];
	switch (id) {
		case 'tags.down':
			return withForm(state, {...form, cursor: clamp(form.cursor + 1, form.edit.rows.length)});
		case 'tags.up':
			return withForm(state, {...form, cursor: clamp(form.cursor - 1, form.edit.rows.length)});
		case 'tags.add':
			return withForm(state, {...form, input: {mode: 'add', field: 'key', key: '', value: ''}});
		case 'tags.edit':
			if (!row) return state;
			if (row.removed) return withForm(state, form, {text: 'marked for removal: d unmarks it', tone: 'warning'});
			return withForm(state, {
				...form,
				input: {mode: 'edit', field: 'value', key: row.key, value: row.value, row: form.cursor},
			});
		case 'tags.remove':
			return row ? withForm(state, {...form, edit: toggleRemoveAt(form.edit, form.cursor)}) : state;
		case 'tags.review': {
			const problems = validateTagEdit(form.edit);
			if (problems[0])
				return withForm(state, form, {text: `cannot review: ${problemLine(problems[0])}`, tone: 'error'});
			if (isTagDiffEmpty(diffTags(form.edit))) {
				return withForm(state, form, {text: 'nothing to review: a adds, e edits, d removes', tone: 'info'});
			}

			return withForm(state, {...form, dialog: {kind: 'review'}});
		}

		case 'tags.back':
			return leaveOrClose(state, form);
		default:
			return state;
	}
}

/** Problems with what is being typed, checked as the API would (as the user types). */
export function inputProblems(form: TagsForm): TagProblem[] {
	const input = form.input;
	if (!input) return [];
	if (input.mode === 'edit') {
		const reason = validateTagValue(input.value);
		return reason ? [{key: input.key, field: 'value', reason}] : [];
	}

	const draft = addTag(form.edit, input.key, input.value);
	return validateTagEdit(draft).filter((problem) => problem.key === input.key && problem.field !== 'form');
}

function setInput(state: AppState, form: TagsForm, input: TagInput): AppState {
	return withForm(state, {...form, input});
}

function handleTagInput(
	state: AppState,
	form: TagsForm,
	input: TagInput,
	id: BindingId | undefined,
	press: KeyPress,
): AppState {
	const focused = input.field;
	switch (id) {
		case 'tag-input.next':
			if (input.mode === 'edit')
				return setInput(state, form, {
					...input,
					refused: 'a key cannot be renamed: remove it (d) and add (a) a new one',
				});
			return setInput(state, form, {...input, field: focused === 'key' ? 'value' : 'key', refused: undefined});
		case 'tag-input.cancel':
			return withForm(state, {...form, input: undefined});
		case 'tag-input.delete':
			return setInput(state, form, {
				...input,
				[focused]: [...input[focused]].slice(0, -1).join(''),
				refused: undefined,
			});
		case 'tag-input.done': {
			const problems = inputProblems(form);
			const keyProblem = problems.find((problem) => problem.field === 'key');
			if (input.mode === 'add' && focused === 'key' && !keyProblem)
				return setInput(state, form, {...input, field: 'value', refused: undefined});
			if (problems[0]) return setInput(state, form, {...input, refused: problemLine(problems[0])});
			if (input.mode === 'edit')
				return withForm(state, {...form, input: undefined, edit: setTagValueAt(form.edit, input.row, input.value)});

			const edit = addTag(form.edit, input.key, input.value);
			return withForm(state, {...form, input: undefined, edit, cursor: edit.rows.length - 1});
		}

		default:
			if (press.text === undefined) return state;
			return setInput(state, form, {...input, [focused]: input[focused] + press.text, refused: undefined});
	}
}

/** A key press while a form is the screen. */
export function handleFormKey(
	state: AppState,
	form: Form,
	id: BindingId | undefined,
	press: KeyPress,
	readOnly: boolean,
): AppState {
	if (form.busy) return state;
	if (form.dialog) return handleDialog(state, form, id, readOnly);
	if (form.kind === 'tags' && form.input) return handleTagInput(state, form, form.input, id, press);
	if (!id) return state;
	return form.kind === 'attributes' ? handleAttributes(state, form, id) : handleTags(state, form, id);
}

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

/** The message line after an apply: how much went through, and whether AWS's values could be read back. */
function appliedMessage(total: number, failures: number, readBackFailed: boolean): string {
	if (failures === 0) {
		return readBackFailed
			? `applied ${total} of ${total}, but reading back failed: the form shows what was sent (R on the detail view reloads)`
			: `applied ${total} of ${total}: AWS now holds the values shown`;
	}

	if (failures === total)
		return `nothing went through (${failures} failed): the changes are still pending; s reviews them to retry`;
	return `partly applied: ${total - failures} of ${total} went through, ${failures} failed and ${failures === 1 ? 'is' : 'are'} still pending; s reviews to retry`;
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
			} else {
				const holds = readBackFailed ? assumedTags(form, result.outcomes) : (result.readBack as Tags);
				next = rebaseTags(form, plan, result.outcomes, holds);
			}

			const text =
				appliedMessage(total, failures, readBackFailed) + (journalFailed ? ' · the journal could not be written' : '');
			const applied = reloadDetail({...cleared, form: {...next, busy: false, dialog: undefined, report}});
			const tone = failures > 0 ? 'error' : readBackFailed || journalFailed ? 'warning' : 'success';
			return {...applied, message: {text, tone}};
		}
	}
}
