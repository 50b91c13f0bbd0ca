import type {BindingId} from '../keymap/keymap.js';
import {EMPTY_FIELD, type TextField} from '../domain/text-field.js';
import type {AppState, MfaPrompt} from './app-state.js';

/** A new request joins the queue; the first one is on screen. */
export function askMfa(state: AppState, request: {id: number; profile: string; serial: string}): AppState {
	if (state.mfa.some((prompt) => prompt.id === request.id)) return state;
	return {...state, mfa: [...state.mfa, {...request, code: EMPTY_FIELD}]};
}

export function mfaDone(state: AppState, id: number): AppState {
	return {...state, mfa: state.mfa.filter((prompt) => prompt.id !== id)};
}

function withFirst(state: AppState, changes: Partial<MfaPrompt>): AppState {
	const [first, ...rest] = state.mfa;
	if (!first) return state;
	return {...state, mfa: [{...first, ...changes}, ...rest]};
}

export const MFA_CODE_PATTERN = /^\d{6}$/;

export function handleMfaAction(state: AppState, id: BindingId): AppState {
	const first = state.mfa[0];
	if (!first || first.answer) return state;
	switch (id) {
		case 'mfa.submit':
			if (!MFA_CODE_PATTERN.test(first.code.text))
				return withFirst(state, {error: 'The code is the 6 digits your MFA device shows.'});
			return withFirst(state, {answer: {code: first.code.text}, error: undefined});
		case 'mfa.cancel':
			return withFirst(state, {answer: {cancelled: true}, error: undefined});
		default:
			return state;
	}
}

/** The code field of the prompt on screen, while it waits for an answer. */
export function mfaCodeField(state: AppState): TextField | undefined {
	const first = state.mfa[0];
	return first && !first.answer ? first.code : undefined;
}

export function setMfaCode(state: AppState, code: TextField): AppState {
	return withFirst(state, {code, error: undefined});
}

export function refuseMfaText(state: AppState): AppState {
	return withFirst(state, {error: 'Digits only: the 6-digit code from your MFA device.'});
}

/** What typed or pasted text the code takes: its digits (spaces dropped), up to 6 in all; undefined: refused. */
export function mfaDigits(code: TextField, text: string): string | undefined {
	const digits = text.replaceAll(/\s/gu, '');
	if (!/^\d*$/u.test(digits)) return undefined;
	return digits.slice(0, Math.max(0, 6 - code.text.length));
}
