// Small state updates every part of the forms uses: put the form back, close it, clamp and move its cursor.
import {cursorMoveOf, formPageHeight, movedCursor} from '../domain/layout.js';
import type {AppState} from './app-state.js';
import {contentHeightOf} from './selectors.js';
import type {Form} from './form-state.js';

export function withForm(state: AppState, form: Form, message?: AppState['message']): AppState {
	return {...state, form, message};
}

export function closeForm(state: AppState, message?: AppState['message']): AppState {
	return {...state, screen: 'detail', form: undefined, message};
}

export function clamp(cursor: number, length: number): number {
	return Math.max(0, Math.min(cursor, length - 1));
}

/** A form's cursor after a move binding (`tags.down`, `attributes.page-up`, `origins.top`…); undefined for other ids. */
export function formCursor(state: AppState, id: string, cursor: number, length: number): number | undefined {
	const move = cursorMoveOf(id);
	if (!move) return undefined;
	return movedCursor(move, cursor, length, formPageHeight(contentHeightOf(state)));
}

export function readOnlyMessage(state: AppState): AppState {
	return {...state, message: {text: 'read-only: this form is for viewing only', tone: 'warning'}};
}
