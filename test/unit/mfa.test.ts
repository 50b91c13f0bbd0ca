import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {MfaPrompter} from '../../source/services/mfa-prompter.js';
import {reducer} from '../../source/state/reducer.js';
import {activeScope} from '../../source/state/selectors.js';
import {typed} from '../helpers/state.js';

function asked(): AppState {
	const state = initialState({
		profiles: ['ops'],
		regions: ['us-east-1'],
		availableProfiles: ['ops'],
		availableRegions: [],
	});
	return reducer(state, {type: 'mfa/ask', id: 1, profile: 'ops', serial: 'arn:aws:iam::1:mfa/a'});
}

describe('MFA prompt reducer', () => {
	it('takes keys before everything else and only digits, at most 6', () => {
		let state = typed(asked(), '?');
		assert.equal(activeScope(state), 'mfa');
		assert.equal(state.overlay, undefined, '? is not help here');
		assert.match(state.mfa[0]!.error ?? '', /Digits only/);
		state = typed(state, '1234567');
		assert.equal(state.mfa[0]!.code.text, '123456');
		state = typed(state, '', {backspace: true});
		assert.equal(state.mfa[0]!.code.text, '12345');
		state = typed(state, '\r');
		assert.match(state.mfa[0]!.error ?? '', /6 digits/);
		assert.equal(state.mfa[0]!.answer, undefined);
		state = typed(state, '6\r');
		assert.deepEqual(state.mfa[0]!.answer, {code: '123456'});
		state = reducer(state, {type: 'mfa/done', id: 1});
		assert.equal(state.mfa.length, 0);
		assert.equal(activeScope(state), 'list');
	});

	it('Esc answers "cancelled"; a second request waits its turn', () => {
		let state = reducer(asked(), {type: 'mfa/ask', id: 2, profile: 'other', serial: 's'});
		state = reducer(state, {type: 'mfa/ask', id: 2, profile: 'other', serial: 's'});
		assert.equal(state.mfa.length, 2, 'the same request is queued once');
		state = typed(state, '', {escape: true});
		assert.deepEqual(state.mfa[0]!.answer, {cancelled: true});
		state = reducer(state, {type: 'mfa/done', id: 1});
		assert.equal(state.mfa[0]!.profile, 'other');
	});
});

describe('MFA prompter', () => {
	it('replays waiting requests to a late subscriber and settles each once', async () => {
		const prompter = new MfaPrompter();
		const code = prompter.ask('ops', 'serial');
		const seen: number[] = [];
		prompter.subscribe((request) => seen.push(request.id));
		assert.deepEqual(seen, [1]);
		prompter.answer(1, '654321');
		prompter.answer(1, '000000');
		assert.equal(await code, '654321');
		const cancelled = prompter.ask('ops', 'serial');
		prompter.answer(2, undefined);
		await assert.rejects(cancelled, /MFA code not entered for profile ops/);
	});
});
