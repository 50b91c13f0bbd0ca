// What the views (and the reducers) read from the state, derived in one place: the rows the list shows,
// the picker's items, which scope has the keys, whether changes are off here, and the open form's plan.
import {plannedRequests, type ApplyPlan} from '../domain/apply-plan.js';
import {pendingChanges} from '../domain/attribute-edit.js';
import {filterNeeds, type Filter} from '../domain/filter.js';
import {filterRows, parseListFilter, type LoadableFact, type RowsFilter} from '../domain/filter-rows.js';
import {instanceKey} from '../domain/instances.js';
import {sortRows} from '../domain/sort.js';
import {contentHeight, listLayout, type ListFacts, type ListLayout} from '../domain/layout.js';
import {diffOrigins} from '../domain/origins.js';
import {addTag, diffTags, validateTagEdit, validateTagValue, type TagProblem} from '../domain/tags.js';
import type {InstanceSummary} from '../domain/types.js';
import type {Scope} from '../keymap/keymap.js';
import {isReadOnlyFor, type AppState, type ListView, type PickerItem, type PickerState} from './app-state.js';
import type {Form, TagsForm} from './form-state.js';

import {factsOf, requestLoads} from './fleet-reducer.js';

/**
 * The list's view of `state`, reusing what `previous` (the view it carries from an earlier state) made
 * from the same inputs; `previous` itself when nothing it depends on changed.
 */
function deriveView(state: AppState, previous: ListView | undefined): ListView {
	const text = state.list.filter.text;
	const {baseline, inventory} = state;
	const filter =
		previous?.text === text && previous.baseline === baseline ? previous.filter : parseListFilter(text, baseline);
	// Facts matter only to filters that need them.
	const entries = filterNeeds(filter).size > 0 ? state.fleet.entries : undefined;
	const filtered =
		previous?.filter === filter && previous.rows === inventory.rows && previous.entries === entries
			? previous.filtered
			: filterRows(filter, inventory.rows, (row) => factsOf(state.fleet.entries.get(instanceKey(row))), baseline);
	const {sort} = state.list;
	// The same filtered rows mean the same filter, text, baseline, rows and facts.
	if (previous?.filtered === filtered && previous.sort === sort) return previous;
	const visible =
		previous?.filtered.rows === filtered.rows && previous.sort === sort
			? previous.visible
			: sortRows(filtered.rows, sort);
	return {text, baseline, filter, rows: inventory.rows, entries, filtered, sort, visible};
}

/** The state with its list view up to date (the same state when it was). Run after every action. */
export function withView(state: AppState): AppState {
	const view = deriveView(state, state.view);
	return view === state.view ? state : {...state, view};
}

/** The list's filter, parsed (the same parser as `--filter`). */
export function listFilterOf(state: AppState): Filter {
	return deriveView(state, state.view).filter;
}

/** The inventory through the list's filter, with what is known of each instance. */
export function rowsFilter(state: AppState): RowsFilter<InstanceSummary> {
	return deriveView(state, state.view).filtered;
}

/** The rows the list shows: the inventory through the filter, in the list's order. */
export function visibleRows(state: AppState): readonly InstanceSummary[] {
	return deriveView(state, state.view).visible;
}

export type FilterProgress = {readonly fact: LoadableFact; readonly done: number; readonly total: number};

/** How far loading what the filter needs has got, for each fact still loading. */
export function filterProgress(state: AppState): FilterProgress[] {
	const progress: FilterProgress[] = [];
	for (const [fact, rows] of rowsFilter(state).candidates) {
		let loading = 0;
		for (const row of rows) if (state.fleet.entries.get(instanceKey(row))?.[fact]?.loading) loading++;
		if (loading > 0) progress.push({fact, done: rows.length - loading, total: rows.length});
	}

	return progress;
}

/**
 * Asks for the attributes or tags the filter needs to decide its rows: those not read in this run,
 * not being read and not failed (a failed read is not retried on every key; `R` in the matrix reads
 * again). Run after every action; cheap when nothing is missing. `before` is the request the state
 * had before the action: one asked for during the action is kept in the same request (the fleet hook
 * starts only the latest).
 */
export function withFilterLoads(state: AppState, before = state.fleet.request): AppState {
	const {candidates} = rowsFilter(state);
	let {fleet} = state;
	const items = fleet.request === before ? [] : [...(fleet.request?.items ?? [])];
	const asked = items.length;
	for (const [fact, rows] of candidates) {
		const missing = rows.filter((row) => {
			const known = fleet.entries.get(instanceKey(row))?.[fact];
			return !known?.fresh && !known?.loading && !known?.error;
		});
		if (missing.length === 0) continue;
		const next = requestLoads(fleet, missing, fact);
		if (next !== fleet) items.push(...(next.request?.items ?? []));
		fleet = next;
	}

	if (items.length === asked) return state;
	// The fleet's entries are an input of the view: the state leaves with the view made from the new ones.
	return withView({...state, fleet: {...fleet, request: {generation: fleet.request!.generation, items}}});
}

/** Lines for the screen or overlay under the header and any MFA prompt. */
export function contentHeightOf(state: AppState): number {
	return contentHeight(state.size.rows, state.mfa.length);
}

/** What the list's layout depends on, from the state. */
export function listFacts(state: AppState): ListFacts {
	const pairs = [...state.inventory.pairs.values()];
	return {
		pairs: pairs.length,
		errors: pairs.filter((pair) => pair.status.kind === 'error').length,
		filterLine: state.list.filterEditing || state.list.filter.text !== '',
		filterNote: listFilterOf(state).malformed.length > 0 || filterProgress(state).length > 0,
		stale: state.inventory.staleSince !== undefined,
	};
}

/** The list as it is laid out on this terminal now. */
export function listLayoutOf(state: AppState): ListLayout {
	return listLayout(contentHeightOf(state), listFacts(state));
}

/** The picker's items through its query (case-insensitive substring on value, label and note). */
export function visibleItems(picker: PickerState): readonly PickerItem[] {
	const query = picker.query.text.toLowerCase();
	if (query === '') return picker.items;
	return picker.items.filter((item) =>
		[item.value, item.label, item.note ?? ''].some((text) => text.toLowerCase().includes(query)),
	);
}

/** The scope a form gives keys to: its text field, its dialog, or the form itself. */
export function formScope(form: Form): Scope {
	if (form.kind === 'tags' && form.input) return 'tag-input';
	if (form.kind === 'origins' && form.input) return 'origin-input';
	if (form.dialog) return form.dialog.kind === 'review' ? 'review' : 'confirm';
	return form.kind;
}

/** The scope that receives keys now: the top overlay, else the screen. */
export function activeScope(state: AppState): Scope {
	if (state.mfa.length > 0) return 'mfa';
	if (state.overlay) return state.overlay.kind;
	if ((state.screen === 'attributes' || state.screen === 'tags' || state.screen === 'origins') && state.form) {
		return formScope(state.form);
	}

	if (state.screen === 'detail') return 'detail';
	if (state.screen === 'matrix' && state.matrix) {
		if (state.bulk) return state.bulk.finished ? 'bulk-report' : 'bulk-running';
		if (state.matrix.dialog?.kind === 'review') return 'bulk-review';
		if (state.matrix.dialog?.kind === 'leave') return 'bulk-confirm';
		// `/` in the matrix edits the list's filter: the matrix shows the rows the list shows.
		return state.list.filterEditing ? 'filter' : 'matrix';
	}

	if (state.screen === 'bulk-tags' && state.bulkTags) {
		if (state.bulk) return state.bulk.finished ? 'bulk-report' : 'bulk-running';
		if (state.bulkTags.dialog) return state.bulkTags.dialog.kind === 'review' ? 'bulk-review' : 'bulk-confirm';
		return state.bulkTags.input ? 'bulk-tag-input' : 'bulk-tags';
	}

	return state.list.filterEditing ? 'filter' : 'list';
}

/** Read-only as it applies to what is on screen. */
export function readOnlyHere(state: AppState): boolean {
	// The list and the matrix span profiles: read-only profiles apply per instance there.
	const spansProfiles = state.screen === 'list' || state.screen === 'matrix' || state.screen === 'bulk-tags';
	return isReadOnlyFor(state, spansProfiles ? undefined : state.detail?.target.profile);
}

/** The plan the form would apply now. */
export function formPlan(form: Form): ApplyPlan {
	if (form.kind === 'origins') return {kind: 'origins', diff: diffOrigins(form.edit)};
	return form.kind === 'attributes'
		? {kind: 'attributes', changes: pendingChanges(form.edit)}
		: {kind: 'tags', diff: diffTags(form.edit)};
}

export function hasPending(form: Form): boolean {
	return plannedRequests(formPlan(form)).length > 0;
}

/** Problems with what is being typed, checked as the API would (as the user types). */
export function inputProblems(form: TagsForm): TagProblem[] {
	const input = form.input;
	if (!input) return [];
	if (input.mode === 'edit') {
		const reason = validateTagValue(input.value.text);
		return reason ? [{key: input.key.text, field: 'value', reason}] : [];
	}

	const draft = addTag(form.edit, input.key.text, input.value.text);
	return validateTagEdit(draft).filter((problem) => problem.key === input.key.text && problem.field !== 'form');
}
