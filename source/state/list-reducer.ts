// The instance list's keys and its filter line, and the window of rows on screen. Pure.
import {windowStart} from '../domain/list-window.js';
import type {BindingId} from '../keymap/keymap.js';
import {copyFrom} from './copy-reducer.js';
import {openErrors} from './errors-reducer.js';
import {nextSortKey, sortLabel, type ListSort} from '../domain/sort.js';
import {EMPTY_FIELD, type TextField} from '../domain/text-field.js';
import {targetsOf, type AppState, type ListState} from './app-state.js';
import {openDetail} from './detail-reducer.js';
import {reloadInventory, withInventory} from './inventory-reducer.js';
import {openPicker} from './picker-reducer.js';
import {listLayoutOf, visibleRows, withView} from './selectors.js';
import {instanceKey} from '../domain/instances.js';
import type {InstanceSummary} from '../domain/types.js';
import {openMatrix} from './matrix-reducer.js';
import {openBulkTags} from './bulk-tags-reducer.js';

function toggleMark(marks: ReadonlySet<string>, key: string): ReadonlySet<string> {
	const next = new Set(marks);
	if (!next.delete(key)) next.add(key);
	return next;
}

/** Marks every shown instance; when they all are already, clears every mark. */
function markAll(marks: ReadonlySet<string>, rows: readonly InstanceSummary[]): ReadonlySet<string> {
	if (rows.length > 0 && rows.every((row) => marks.has(instanceKey(row)))) return new Set();
	const next = new Set(marks);
	for (const row of rows) next.add(instanceKey(row));
	return next;
}

function clampCursor(cursor: number, length: number): number {
	if (length === 0) return 0;
	return Math.max(0, Math.min(cursor, length - 1));
}

function moveTo(state: AppState, cursor: number): AppState {
	const next = clampCursor(cursor, visibleRows(state).length);
	return next === state.list.cursor ? state : {...state, list: {...state.list, cursor: next}};
}

function withList(state: AppState, list: Partial<ListState>): AppState {
	const next = withView({...state, list: {...state.list, ...list}});
	return {...next, list: {...next.list, cursor: clampCursor(next.list.cursor, visibleRows(next).length)}};
}

/**
 * The window of rows on screen follows the cursor (and the terminal's size, the rows and the lines above
 * the table): it moves only when the cursor leaves it, by one row when the cursor stepped one row from
 * where it was `before` the action (domain/list-window.ts). Run after every action.
 */
export function withListWindow(state: AppState, before?: AppState): AppState {
	const {bodyHeight} = listLayoutOf(state);
	const {cursor, scroll: previous} = state.list;
	const scroll = windowStart(previous, cursor, bodyHeight, visibleRows(state).length, before?.list.cursor);
	return scroll === state.list.scroll ? state : {...state, list: {...state.list, scroll}};
}

/** A new order keeps the cursor on the same instance. */
function sortBy(state: AppState, sort: ListSort): AppState {
	const current = visibleRows(state)[state.list.cursor];
	const next: AppState = withView({
		...state,
		list: {...state.list, sort},
		message: {text: `sorted by ${sortLabel(sort)}`, tone: 'info'},
	});
	const cursor = current ? visibleRows(next).indexOf(current) : 0;
	return withList(next, {cursor: Math.max(0, cursor)});
}

export function refresh(state: AppState): AppState {
	return withInventory(state, reloadInventory(state.inventory, targetsOf(state.profiles, state.regions)));
}

export function handleListAction(state: AppState, id: BindingId): AppState {
	const {cursor} = state.list;
	const page = listLayoutOf(state).bodyHeight;
	switch (id) {
		case 'list.down':
			return moveTo(state, cursor + 1);
		case 'list.up':
			return moveTo(state, cursor - 1);
		case 'list.page-down':
			return moveTo(state, cursor + page);
		case 'list.page-up':
			return moveTo(state, cursor - page);
		case 'list.top':
			return moveTo(state, 0);
		case 'list.bottom':
			return moveTo(state, visibleRows(state).length - 1);
		case 'list.open': {
			const row = visibleRows(state)[cursor];
			return row ? openDetail(state, row) : state;
		}

		case 'list.filter':
			return withList(state, {filterEditing: true});
		case 'list.clear-filter':
			return state.list.filter.text === '' ? state : withList(state, {filter: EMPTY_FIELD, cursor: 0});
		case 'list.mark': {
			const row = visibleRows(state)[cursor];
			return row ? withList(state, {marks: toggleMark(state.list.marks, instanceKey(row))}) : state;
		}

		case 'list.mark-all':
			return withList(state, {marks: markAll(state.list.marks, visibleRows(state))});
		case 'list.matrix':
			return openMatrix(state);
		case 'list.bulk-tags':
			return openBulkTags(state);
		case 'list.profiles':
			return openPicker(state, 'profiles');
		case 'list.regions':
			return openPicker(state, 'regions');
		case 'list.refresh':
			return {...refresh(state), message: undefined};
		case 'list.sort':
			return sortBy(state, nextSortKey(state.list.sort));
		case 'list.reverse':
			return sortBy(state, {...state.list.sort, reverse: !state.list.sort.reverse});
		case 'list.errors':
			return openErrors(state);
		case 'list.copy-arn':
			return copyFrom(state, visibleRows(state)[cursor], 'arn');
		case 'list.copy-url':
			return copyFrom(state, visibleRows(state)[cursor], 'access-url');
		case 'list.quit':
			return {...state, quit: true};
		default:
			return state;
	}
}

export function handleFilterAction(state: AppState, id: BindingId): AppState {
	switch (id) {
		case 'filter.keep':
			return withList(state, {filterEditing: false});
		case 'filter.clear':
			return withList(state, {filterEditing: false, filter: EMPTY_FIELD, cursor: 0});
		default:
			return state;
	}
}

/** The filter being typed: a new filter starts from the first row. */
export function setFilter(state: AppState, filter: TextField): AppState {
	return filter.text === state.list.filter.text ? withList(state, {filter}) : withList(state, {filter, cursor: 0});
}
