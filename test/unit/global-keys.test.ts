// The global keys (? and Ctrl-C) come from the keymap table like every other key, and prompts name keys
// through it.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {globalHints, keyHint} from '../../source/keymap/hints.js';
import {matchGlobal} from '../../source/keymap/match.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';
import {activeScope} from '../../source/state/selectors.js';
import {summaryRow, typed} from '../helpers/state.js';

function list(): AppState {
	const state = initialState({
		profiles: ['prod'],
		regions: ['us-east-1'],
		availableProfiles: ['prod'],
		availableRegions: ['us-east-1'],
	});
	return reducer(state, {
		type: 'inventory/page',
		target: {profile: 'prod', region: 'us-east-1'},
		page: [summaryRow('jade', 'us-east-1', 'prod', 'i-1')],
		first: true,
	});
}

function tagField(): AppState {
	let state = typed(list(), '\r');
	const generation = state.detail!.generation;
	state = reducer(state, {type: 'detail/tags', generation, result: {kind: 'ok', value: {}}});
	return typed(state, 'ta');
}

describe('global keys', () => {
	it('? opens help where the scope does not bind it and no text field takes it', () => {
		assert.equal(matchGlobal('list', '?')?.id, 'help');
		assert.equal(matchGlobal('review', '?')?.id, 'help');
		assert.equal(matchGlobal('help', '?'), undefined, 'help binds ? itself (close)');
		for (const scope of ['filter', 'picker', 'tag-input', 'mfa'] as const)
			assert.equal(matchGlobal(scope, '?'), undefined);
	});

	it('Ctrl-C quits from every scope, text fields included', () => {
		const states: Array<[string, AppState]> = [
			['list', list()],
			['filter', typed(list(), '/ja')],
			['picker', typed(list(), 'p')],
			['help', typed(list(), '?')],
			['detail', typed(list(), '\r')],
			['tag-input', tagField()],
			['mfa', reducer(list(), {type: 'mfa/ask', id: 1, profile: 'prod', serial: 'arn:mfa'})],
		];
		for (const [scope, state] of states) {
			assert.equal(activeScope(state), scope);
			assert.equal(state.quit, false);
			assert.equal(typed(state, '\u0003').quit, true, `Ctrl-C in ${scope}`);
		}
	});

	it('? over a text field is text; over the list it opens help', () => {
		const field = typed(tagField(), '?');
		assert.equal(field.overlay, undefined);
		assert.equal(field.form?.kind === 'tags' ? field.form.input?.key.text : undefined, '?');
		assert.equal(typed(list(), '?').overlay?.kind, 'help');
	});

	it('the footer offers ? help only where it works', () => {
		assert.deepEqual(globalHints('list'), [{keys: '?', label: 'help'}]);
		assert.deepEqual(globalHints('review'), [{keys: '?', label: 'help'}]);
		assert.deepEqual(globalHints('filter'), []);
		assert.deepEqual(globalHints('help'), []);
	});
});

describe('keyHint', () => {
	it('names the first key of a command as the footer shows it', () => {
		assert.equal(keyHint('quit-now'), 'Ctrl-C');
		assert.equal(keyHint('review.apply'), 'y');
		assert.equal(keyHint('review.cancel'), 'n');
		assert.equal(keyHint('picker.toggle'), 'Space');
		assert.equal(keyHint('picker.all'), 'Ctrl-T');
		assert.equal(keyHint('filter.clear'), 'Esc');
		assert.equal(keyHint('review.down'), 'j');
	});
});
