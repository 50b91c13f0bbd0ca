import type {BindingId} from '../keymap/keymap.js';
import type {KeyPress} from '../keymap/keys.js';
import type {AppState, MfaPrompt} from './app-state.js';

/** A new request joins the queue; the first one is on screen. */
export function askMfa(state: AppState, request: {id: number; profile: string; serial: string}): AppState {
	if (state.mfa.some((prompt) => prompt.id === request.id)) return state;
	return {...state, mfa: [...state.mfa, {...request, code: ''}]};
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

export function handleMfaAction(state: AppState, id: BindingId | undefined, press: KeyPress): AppState {
	const first = state.mfa[0];
	if (!first || first.answer) return state;
	switch (id) {
		case 'mfa.submit':
			if (!MFA_CODE_PATTERN.test(first.code))
				return withFirst(state, {error: 'The code is the 6 digits your MFA device shows.'});
			return withFirst(state, {answer: {code: first.code}, error: undefined});
		case 'mfa.cancel':
			return withFirst(state, {answer: {cancelled: true}, error: undefined});
		case 'mfa.delete':
			return withFirst(state, {code: first.code.slice(0, -1), error: undefined});
		default:
			if (press.text && /^\d$/.test(press.text) && first.code.length < 6) {
				return withFirst(state, {code: first.code + press.text, error: undefined});
			}

			if (press.text) return withFirst(state, {error: 'Digits only: the 6-digit code from your MFA device.'});
			return state;
	}
}
