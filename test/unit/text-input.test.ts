// Every field in the app edits the same way (readline keys) and takes a paste whole: the list filter, the
// pickers' query, the tag key and value, the MFA code.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {TextField} from '../../source/domain/text-field.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {openDetail} from '../../source/state/detail-reducer.js';
import {reducer} from '../../source/state/reducer.js';
import {activeScope} from '../../source/state/selectors.js';
import {summaryRow, typed} from '../helpers/state.js';

function start(): AppState {
	const state = initialState({
		profiles: ['prod'],
		regions: ['us-east-1'],
		availableProfiles: ['prod', 'staging'],
		availableRegions: ['us-east-1', 'eu-west-2'],
	});
	return reducer(state, {
		type: 'inventory/page',
		target: {profile: 'prod', region: 'us-east-1'},
		page: [summaryRow('alpha'), summaryRow('beta')],
		first: true,
	});
}

function withTags(): AppState {
	const state = openDetail(start(), summaryRow('alpha'));
	return reducer(state, {
		type: 'detail/tags',
		generation: state.detail!.generation,
		result: {kind: 'ok', value: {Owner: 'ops'}},
	});
}

const keys = {
	left: (state: AppState) => typed(state, '', {leftArrow: true}),
	home: (state: AppState) => typed(state, '\u0001'),
	end: (state: AppState) => typed(state, '\u0005'),
	killBefore: (state: AppState) => typed(state, '\u0015'),
	killAfter: (state: AppState) => typed(state, '\u000B'),
	killWord: (state: AppState) => typed(state, '\u0017'),
	delete: (state: AppState) => typed(state, '', {delete: true}),
};

type Case = {
	readonly name: string;
	readonly open: () => AppState;
	readonly field: (state: AppState) => TextField | undefined;
};

const cases: Case[] = [
	{name: 'the list filter', open: () => typed(start(), '/'), field: (state) => state.list.filter},
	{
		name: 'the profile picker',
		open: () => typed(start(), 'p'),
		field: (state) => (state.overlay?.kind === 'picker' ? state.overlay.query : undefined),
	},
	{
		name: 'a new tag key',
		open: () => typed(withTags(), 'ta'),
		field: (state) => (state.form?.kind === 'tags' ? state.form.input?.key : undefined),
	},
	{
		name: 'a tag value',
		open: () => typed(withTags(), 'tax\t'),
		field: (state) => (state.form?.kind === 'tags' ? state.form.input?.value : undefined),
	},
];

describe('one text field everywhere', () => {
	for (const {name, open, field} of cases) {
		it(`${name}: ←, Home/End (Ctrl-A/E), Delete, Ctrl-U/K/W edit at the cursor; a paste arrives whole`, () => {
			const opened = open();
			const scope = activeScope(opened);
			// Typed (a picker's Space toggles, so the space arrives in a paste).
			let state = typed(opened, 'ab');
			state = reducer(state, {type: 'paste', text: ' c'});
			state = typed(state, 'd');
			state = keys.left(keys.left(state));
			state = typed(state, 'X');
			assert.equal(field(state)?.text, 'ab Xcd');
			state = keys.delete(state);
			assert.equal(field(state)?.text, 'ab Xd');
			state = keys.home(state);
			state = typed(state, '<');
			assert.equal(field(state)?.text, '<ab Xd');
			state = keys.end(state);
			state = keys.killWord(state);
			assert.equal(field(state)?.text, '<ab ');
			state = keys.home(keys.killBefore(state));
			assert.equal(field(state)?.text, '');
			state = typed(state, 'keep');
			state = keys.killAfter(keys.home(state));
			assert.equal(field(state)?.text, '');
			// A paste is text, even what would be keys here: Enter, Esc, q, Tab.
			state = reducer(state, {type: 'paste', text: 'q\u001B\tz\n'});
			assert.deepEqual(field(state), {text: 'q z', cursor: 3});
			assert.equal(activeScope(state), scope, 'the paste did not leave the field');
			assert.equal(state.quit, false);
		});
	}

	it('the MFA code: the same keys; a pasted code keeps its digits, anything else is refused', () => {
		let state = reducer(start(), {type: 'mfa/ask', id: 1, profile: 'prod', serial: 'arn:aws:iam::1:mfa/a'});
		state = typed(state, '1245');
		state = keys.left(keys.left(state));
		state = typed(state, '3');
		assert.equal(state.mfa[0]?.code.text, '12345');
		state = keys.killBefore(keys.end(state));
		state = reducer(state, {type: 'paste', text: '654 321\n'});
		assert.equal(state.mfa[0]?.code.text, '654321');
		state = keys.killBefore(state);
		state = reducer(state, {type: 'paste', text: 'hunter2'});
		assert.equal(state.mfa[0]?.code.text, '');
		assert.match(state.mfa[0]?.error ?? '', /Digits only/);
	});

	it('a paste with no field focused changes nothing (a pasted q does not quit)', () => {
		const state = start();
		const after = reducer(state, {type: 'paste', text: 'q'});
		assert.equal(after, state);
	});
});
