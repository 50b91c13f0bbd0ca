import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';
import {summaryRow, typed} from '../helpers/state.js';

const row = summaryRow('jade', 'us-east-1', 'prod', 'i-1');

function opened(): AppState {
	let state = initialState({
		profiles: ['prod'],
		regions: ['us-east-1'],
		availableProfiles: ['prod'],
		availableRegions: [],
	});
	state = reducer(state, {
		type: 'inventory/page',
		target: {profile: 'prod', region: 'us-east-1'},
		page: [row],
		first: true,
	});
	return typed(state, '\r');
}

describe('detail reducer', () => {
	it('a form asked for while its section loads opens when it arrives', () => {
		let state = typed(opened(), 't');
		assert.equal(state.screen, 'detail');
		assert.match(state.message?.text ?? '', /opens when they arrive/);
		const generation = state.detail!.generation;
		state = reducer(state, {type: 'detail/attributes', generation, result: {kind: 'ok', value: []}});
		assert.equal(state.screen, 'detail', 'attributes were not asked for');
		state = reducer(state, {type: 'detail/tags', generation, result: {kind: 'ok', value: {Owner: 'ops'}}});
		assert.equal(state.screen, 'tags');
		assert.equal(state.form?.kind, 'tags');
	});

	it('an answer for an older load is ignored', () => {
		let state = opened();
		const generation = state.detail!.generation;
		state = typed(state, 'R');
		state = reducer(state, {type: 'detail/tags', generation, result: {kind: 'ok', value: {Old: 'x'}}});
		assert.equal(state.detail?.tags.kind, 'loading');
	});

	it('leaving the detail drops a form waiting to open', () => {
		let state = typed(opened(), 'a');
		const generation = state.detail!.generation;
		state = typed(state, 'q');
		state = reducer(state, {type: 'detail/attributes', generation, result: {kind: 'ok', value: []}});
		assert.equal(state.screen, 'list');
	});
});
