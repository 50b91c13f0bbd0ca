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

	it("keys typed after asking for a loading form are that form's, in order, once it opens", () => {
		// Enter t a Foo Tab bar Enter in one read: open the instance, its tags, add Foo=bar.
		let state = typed(opened(), 'ta');
		assert.equal(state.screen, 'detail', 'the a waits for the tags form instead of opening the attributes');
		state = typed(state, 'Foo\tbar\r');
		const generation = state.detail!.generation;
		state = reducer(state, {type: 'detail/attributes', generation, result: {kind: 'ok', value: []}});
		assert.equal(state.screen, 'detail', 'the attributes arriving open nothing');
		state = reducer(state, {type: 'detail/tags', generation, result: {kind: 'ok', value: {Owner: 'ops'}}});
		assert.equal(state.screen, 'tags');
		assert.equal(state.form?.kind, 'tags');
		const rows = state.form?.kind === 'tags' ? state.form.edit.rows : [];
		assert.ok(
			rows.some((row) => row.key === 'Foo' && row.value === 'bar'),
			`Foo=bar was added: ${JSON.stringify(rows)}`,
		);
	});

	it('keys waiting for a form whose section failed are dropped, not replayed on the detail view', () => {
		let state = typed(opened(), 'ta');
		const generation = state.detail!.generation;
		state = reducer(state, {
			type: 'detail/tags',
			generation,
			result: {kind: 'error', code: 'AccessDeniedException', message: 'no'},
		});
		assert.equal(state.screen, 'detail');
		assert.equal(state.form, undefined, 'the queued a did not open the attributes form');
		assert.equal(state.detail?.queuedKeys, undefined);
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
