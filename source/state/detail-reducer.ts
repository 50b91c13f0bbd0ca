// The detail view: opening it, loading its three sections (by generation), scrolling, and its keys. Pure.
import {copyFrom, detailInstance} from './copy-reducer.js';
import {detailBodyHeight} from '../domain/layout.js';
import type {InstanceSummary} from '../domain/types.js';
import type {BindingId} from '../keymap/keymap.js';
import {isReadOnlyFor, type AppState, type DetailState} from './app-state.js';
import {openAttributesForm, openOriginsForm, openTagsForm} from './form-open.js';
import {contentHeightOf} from './selectors.js';

/** The state with the next detail generation taken: results carrying an earlier one are dropped. */
function nextGeneration(state: AppState): [AppState, number] {
	const detail = state.generations.detail + 1;
	return [{...state, generations: {...state.generations, detail}}, detail];
}

export function openDetail(current: AppState, row: InstanceSummary): AppState {
	const [state, generation] = nextGeneration(current);
	return {
		...state,
		screen: 'detail',
		message: undefined,
		detail: {
			target: {profile: row.profile, region: row.region},
			instanceId: row.id,
			summary: row,
			generation,
			describe: {kind: 'loading'},
			attributes: {kind: 'loading'},
			tags: {kind: 'loading'},
			scroll: 0,
			maxScroll: Number.MAX_SAFE_INTEGER,
		},
	};
}

export function reloadDetail(current: AppState): AppState {
	if (!current.detail) return current;
	const [state, generation] = nextGeneration(current);
	return {
		...state,
		detail: {
			...current.detail,
			generation,
			describe: {kind: 'loading'},
			attributes: {kind: 'loading'},
			tags: {kind: 'loading'},
			settings: undefined,
		},
	};
}

export function receiveDetail<K extends 'describe' | 'attributes' | 'tags'>(
	state: AppState,
	generation: number,
	field: K,
	result: DetailState[K],
): AppState {
	if (!state.detail || state.detail.generation !== generation) return state;
	const next: AppState = {...state, detail: {...state.detail, [field]: result}};
	const pending = state.detail.pendingForm;
	if (pending !== field || state.screen !== 'detail' || !next.detail) return next;
	// The form asked for while this section was loading opens now.
	const opened: AppState = {...next, detail: {...next.detail, pendingForm: undefined}, message: undefined};
	const readOnly = isReadOnlyFor(state, state.detail.target.profile);
	return field === 'tags' ? openTagsForm(opened, readOnly) : openAttributesForm(opened, readOnly);
}

export function setMaxScroll(state: AppState, maxScroll: number): AppState {
	if (!state.detail || state.detail.maxScroll === maxScroll) return state;
	return {...state, detail: {...state.detail, maxScroll}};
}

export function handleDetailAction(state: AppState, id: BindingId, readOnly = false): AppState {
	const detail = state.detail;
	if (!detail) return {...state, screen: 'list'};
	// The view reports how far it can scroll; until it has, moves start from what is on screen.
	const current = Math.min(detail.scroll, detail.maxScroll);
	const page = detailBodyHeight(contentHeightOf(state));
	const scrollTo = (scroll: number): AppState => ({
		...state,
		detail: {...detail, scroll: Math.max(0, Math.min(scroll, detail.maxScroll))},
	});
	switch (id) {
		case 'detail.down':
			return scrollTo(current + 1);
		case 'detail.up':
			return scrollTo(current - 1);
		case 'detail.page-down':
			return scrollTo(current + page);
		case 'detail.page-up':
			return scrollTo(current - page);
		case 'detail.top':
			return scrollTo(0);
		case 'detail.bottom':
			// Stays at the bottom even when more content arrives after the key.
			return {...state, detail: {...detail, scroll: Number.MAX_SAFE_INTEGER}};
		case 'detail.attributes':
			return openAttributesForm(state, readOnly);
		case 'detail.tags':
			return openTagsForm(state, readOnly);
		case 'detail.origins':
			return openOriginsForm(state, readOnly);
		case 'detail.reload':
			return reloadDetail(state);
		case 'detail.copy-arn':
			return copyFrom(state, detailInstance(state), 'arn');
		case 'detail.copy-url':
			return copyFrom(state, detailInstance(state), 'access-url');
		case 'detail.back':
			return {...state, screen: 'list', detail: undefined, message: undefined};
		default:
			return state;
	}
}
