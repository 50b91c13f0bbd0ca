import {useEffect, type Dispatch} from 'react';
import type {Action} from './actions.js';
import type {MfaPrompt} from './app-state.js';
import {useServices} from './services.js';

/**
 * Shows each MFA code request of the credential chain as a prompt, and hands the person's answer
 * back. The rest of the app keeps working while a prompt waits.
 */
export function useMfa(prompts: readonly MfaPrompt[], dispatch: Dispatch<Action>): void {
	const {mfa} = useServices();
	useEffect(() => {
		if (!mfa) return;
		return mfa.subscribe((request) => dispatch({type: 'mfa/ask', ...request}));
	}, [mfa, dispatch]);

	const first = prompts[0];
	useEffect(() => {
		if (!mfa || !first?.answer) return;
		mfa.answer(first.id, 'code' in first.answer ? first.answer.code : undefined);
		dispatch({type: 'mfa/done', id: first.id});
	}, [mfa, first, dispatch]);
}
