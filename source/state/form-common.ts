// Small state updates every part of the forms uses: put the form back, close it, clamp its cursor.
import type {AppState} from './app-state.js';
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

export function readOnlyMessage(state: AppState): AppState {
	return {...state, message: {text: 'read-only: this form is for viewing only', tone: 'warning'}};
}
