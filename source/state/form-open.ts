// Opening the attributes and tags forms from the detail view: at once when their section has loaded,
// on arrival while it loads, with the reason when it failed. Pure.
import {startAttributeEdit} from '../domain/attribute-edit.js';
import {sanitizeLine} from '../domain/sanitize.js';
import {originSnapshot, startOriginEdit} from '../domain/origins.js';
import {startTagEdit} from '../domain/tags.js';
import type {Loadable} from '../domain/types.js';
import type {AppState} from './app-state.js';
import {readOnlyMessage} from './form-common.js';
import type {Form} from './form-state.js';

/** A form asked for before its section has loaded opens as soon as it arrives (keys typed ahead still count). */
function openWhenLoaded(state: AppState, form: 'attributes' | 'tags' | 'origins'): AppState {
	if (!state.detail) return state;
	return {
		...state,
		detail: {...state.detail, pendingForm: form},
		message: {
			text: `${form === 'origins' ? 'approved origins' : form} are still loading: the form opens when they arrive`,
			tone: 'info',
		},
	};
}

/**
 * The form over a section of the detail view once it has loaded; while it loads, the form opens when it
 * arrives; a section that failed says why. Read-only forms open for viewing.
 */
function openForm<T>(
	state: AppState,
	name: 'attributes' | 'tags' | 'origins',
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

/** `o` in the detail view: the approved origins form over what ListApprovedOrigins said. */
export function openOriginsForm(state: AppState, readOnly: boolean): AppState {
	return openForm(state, 'origins', state.detail?.settings?.origins, readOnly, (origins) => ({
		kind: 'origins',
		edit: startOriginEdit(origins),
		cursor: 0,
		expected: originSnapshot(origins),
	}));
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
