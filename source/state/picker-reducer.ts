import type {BindingId} from '../keymap/keymap.js';
import {REGION_NAMES} from '../domain/regions.js';
import {targetsOf, type AppState, type PickerItem, type PickerState} from './app-state.js';
import {reloadInventory} from './inventory-reducer.js';
import {EMPTY_FIELD, type TextField} from '../domain/text-field.js';
import {contentHeightOf, visibleItems} from './selectors.js';
import {cursorMoveOf, movedCursor, pickerBodyHeight} from '../domain/layout.js';
import {keyHint} from '../keymap/hints.js';

export function pickerItems(state: AppState, which: PickerState['which']): PickerItem[] {
	if (which === 'profiles') {
		const names = [...new Set([...state.availableProfiles, ...state.profiles])].sort((a, b) => a.localeCompare(b));
		return names.map((name) => ({value: name, label: name}));
	}

	const codes = [...new Set([...state.availableRegions, ...state.regions])];
	return codes.map((code) => ({value: code, label: code, note: REGION_NAMES[code]}));
}

export function openPicker(state: AppState, which: PickerState['which']): AppState {
	const selected = new Set(which === 'profiles' ? state.profiles : state.regions);
	return {
		...state,
		message: undefined,
		overlay: {
			kind: 'picker',
			which,
			items: pickerItems(state, which),
			selected,
			query: EMPTY_FIELD,
			cursor: 0,
			readOnly: new Set(state.readOnlyProfiles),
		},
	};
}

function withPicker(state: AppState, picker: PickerState, changes: Partial<PickerState>): AppState {
	const next: PickerState = {...picker, error: undefined, ...changes};
	const length = visibleItems(next).length;
	const cursor = length === 0 ? 0 : Math.max(0, Math.min(next.cursor, length - 1));
	return {...state, overlay: {...next, cursor}};
}

function toggled(set: ReadonlySet<string>, value: string): Set<string> {
	const next = new Set(set);
	if (next.has(value)) next.delete(value);
	else next.add(value);
	return next;
}

function applyPicker(state: AppState, picker: PickerState): AppState {
	const chosen = picker.items.map((item) => item.value).filter((value) => picker.selected.has(value));
	if (chosen.length === 0) {
		return withPicker(state, picker, {
			error: `Choose at least one ${picker.which === 'profiles' ? 'profile' : 'region'} (${keyHint('picker.toggle')} toggles).`,
		});
	}

	const profiles = picker.which === 'profiles' ? chosen : state.profiles;
	const regions = picker.which === 'regions' ? chosen : state.regions;
	return {
		...state,
		overlay: undefined,
		profiles,
		regions,
		readOnlyProfiles: picker.which === 'profiles' ? new Set(picker.readOnly) : state.readOnlyProfiles,
		list: {...state.list, cursor: 0},
		inventory: reloadInventory(state.inventory, targetsOf(profiles, regions)),
	};
}

export function handlePickerAction(state: AppState, picker: PickerState, id: BindingId): AppState {
	const items = visibleItems(picker);
	const current = items[picker.cursor];
	switch (id) {
		// Like the list: the cursor stops at the first and the last item, it does not wrap.
		case 'picker.down':
		case 'picker.up':
		case 'picker.page-down':
		case 'picker.page-up': {
			const page = pickerBodyHeight(contentHeightOf(state));
			return withPicker(state, picker, {cursor: movedCursor(cursorMoveOf(id)!, picker.cursor, items.length, page)});
		}

		case 'picker.toggle':
			return current ? withPicker(state, picker, {selected: toggled(picker.selected, current.value)}) : state;
		case 'picker.all': {
			const allSelected = items.every((item) => picker.selected.has(item.value));
			const selected = new Set(picker.selected);
			for (const item of items) {
				if (allSelected) selected.delete(item.value);
				else selected.add(item.value);
			}

			return withPicker(state, picker, {selected});
		}

		case 'picker.read-only':
			if (picker.which !== 'profiles' || !current) return state;
			return withPicker(state, picker, {readOnly: toggled(picker.readOnly, current.value)});
		case 'picker.apply':
			return applyPicker(state, picker);
		case 'picker.cancel':
			return {...state, overlay: undefined};
		default:
			return state;
	}
}

/** The picker's query being typed: a new query starts from the first item. */
export function setPickerQuery(state: AppState, picker: PickerState, query: TextField): AppState {
	return withPicker(state, picker, query.text === picker.query.text ? {query} : {query, cursor: 0});
}
