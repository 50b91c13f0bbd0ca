// The forms' reducer: key presses against the state they find, and the apply results. No rendering.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ATTRIBUTE_CATALOGUE} from '../../source/domain/attributes.js';
import type {InstanceSummary} from '../../source/domain/types.js';
import {toKeyPresses} from '../../source/keymap/keys.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {openDetail} from '../../source/state/detail-reducer.js';
import {activeScope, reducer} from '../../source/state/reducer.js';

const row: InstanceSummary = {
	profile: 'prod',
	region: 'us-east-1',
	id: 'i-1',
	arn: 'arn:aws:connect:us-east-1:1:instance/i-1',
	alias: 'alpha',
	status: 'ACTIVE',
	identityManagementType: 'SAML',
	inboundCalls: true,
	outboundCalls: true,
};

function loaded(options: {readOnly?: boolean; readOnlyProfiles?: string[]} = {}): AppState {
	let state = openDetail(initialState({profiles: ['prod'], regions: ['us-east-1'], availableProfiles: ['prod'], availableRegions: ['us-east-1'], ...options}), row);
	const generation = state.detail!.generation;
	state = reducer(state, {type: 'detail/attributes', generation, result: {kind: 'ok', value: ATTRIBUTE_CATALOGUE.map(info => ({type: info.type, value: info.type === 'INBOUND_CALLS' ? 'true' : 'false'}))}});
	return reducer(state, {type: 'detail/tags', generation, result: {kind: 'ok', value: {Owner: 'a', Env: 'prod'}}});
}

/** Types a string as one terminal read (typed-ahead keys each count). */
function type(state: AppState, input: string, flags = {}): AppState {
	return toKeyPresses(input, flags).reduce((current, press) => reducer(current, {type: 'key', press}), state);
}

describe('attributes form reducer', () => {
	it('a opens the form; Space toggles; s reviews; y asks the apply hook with exactly the pending changes', () => {
		let state = type(loaded(), 'a');
		assert.equal(state.screen, 'attributes');
		assert.equal(activeScope(state), 'attributes');
		state = type(state, 'jjj s');
		assert.equal(activeScope(state), 'review');
		state = type(state, 'y');
		assert.equal(state.form?.busy, true);
		assert.deepEqual(state.apply?.plan, {kind: 'attributes', changes: [{type: 'CONTACT_LENS', from: false, to: true}]});
		assert.deepEqual(state.apply?.expected, {CONTACT_LENS: 'false'});
		// Keys are ignored while applying.
		assert.equal(type(state, 'jn\u001B'), state);
	});

	it('n cancels the review without an apply request; Esc with pending changes asks first', () => {
		let state = type(loaded(), 'ajjj sn');
		assert.equal(state.apply, undefined);
		assert.equal(activeScope(state), 'attributes');
		state = type(state, '\u001B');
		assert.equal(activeScope(state), 'confirm');
		assert.equal(type(state, 'n').screen, 'attributes');
		assert.equal(type(state, 'y').screen, 'detail');
	});

	it('read-only: the form opens, but Space and s do nothing but say read-only', () => {
		for (const options of [{readOnly: true}, {readOnlyProfiles: ['prod']}]) {
			const state = type(loaded(options), 'ajjj s');
			assert.equal(state.screen, 'attributes');
			assert.equal(state.form?.dialog, undefined);
			assert.equal(state.apply, undefined);
			assert.match(state.message?.text ?? '', /read-only/);
		}
	});

	it('a partial failure keeps the failed change pending and rebases the rest on what AWS holds', () => {
		let state = type(loaded(), 'ajjj jjj sy');
		const request = state.apply!;
		const [first, second] = [
			{operation: 'UpdateInstanceAttribute' as const, attributeType: 'CONTACT_LENS', value: 'true'},
			{operation: 'UpdateInstanceAttribute' as const, attributeType: 'EARLY_MEDIA', value: 'true'},
		];
		assert.deepEqual(request.plan.kind === 'attributes' ? request.plan.changes.map(change => change.type) : [], ['CONTACT_LENS', 'EARLY_MEDIA']);
		state = reducer(state, {
			type: 'apply/result',
			generation: request.generation,
			result: {kind: 'done', outcomes: [{request: first}, {request: second, error: {code: 'AccessDeniedException', message: 'no'}}], readBack: {CONTACT_LENS: 'true', EARLY_MEDIA: 'false'}},
		});
		assert.equal(state.apply, undefined);
		assert.equal(state.form?.busy, false);
		assert.deepEqual(state.form?.kind === 'attributes' ? state.form.edit.pending : {}, {EARLY_MEDIA: true});
		assert.equal(state.form?.kind === 'attributes' ? state.form.edit.rows.find(r => r.type === 'CONTACT_LENS')?.value : undefined, true);
		assert.equal(state.form?.report?.failed.length, 1);
		assert.match(state.message?.text ?? '', /partly applied: 1 of 2/);
		// The detail view reloads.
		assert.equal(state.detail?.attributes.kind, 'loading');
	});

	it('a failed read-back or journal says so instead of claiming what AWS holds', () => {
		const state = type(loaded(), 'ajjj sy');
		const request = state.apply!;
		const outcome = {request: {operation: 'UpdateInstanceAttribute' as const, attributeType: 'CONTACT_LENS', value: 'true'}};
		const unread = reducer(state, {
			type: 'apply/result',
			generation: request.generation,
			result: {kind: 'done', outcomes: [outcome], readBack: {error: {code: 'ThrottlingException', message: 'slow down'}}},
		});
		assert.match(unread.message?.text ?? '', /applied 1 of 1, but reading back failed/);
		assert.doesNotMatch(unread.message?.text ?? '', /AWS now holds/);
		assert.equal(unread.message?.tone, 'warning');
		const unjournaled = reducer(state, {
			type: 'apply/result',
			generation: request.generation,
			result: {kind: 'done', outcomes: [outcome], readBack: {CONTACT_LENS: 'true'}},
			journalFailed: true,
		});
		assert.match(unjournaled.message?.text ?? '', /applied 1 of 1: AWS now holds the values shown · the journal could not be written/);
		assert.equal(unjournaled.message?.tone, 'warning');
	});

	it('a stale result is ignored', () => {
		const state = type(loaded(), 'ajjj sy');
		assert.equal(reducer(state, {type: 'apply/result', generation: state.apply!.generation - 1, result: {kind: 'conflict', conflicts: [], current: {}}}), state);
	});
});

describe('tags form reducer', () => {
	it('letters are text while a field has focus; Tab switches fields; Enter adds', () => {
		let state = type(loaded(), 't');
		assert.equal(activeScope(state), 'tags');
		state = type(state, 'adsey');
		assert.equal(activeScope(state), 'tag-input');
		assert.equal(state.form?.kind === 'tags' ? state.form.input?.key : '', 'dsey');
		state = type(state, '\tq?s\r');
		assert.equal(activeScope(state), 'tags');
		const rows = state.form?.kind === 'tags' ? state.form.edit.rows : [];
		assert.deepEqual(rows.at(-1), {key: 'dsey', value: 'q?s', removed: false, isNew: true});
	});

	it('refuses an invalid key with the field and the rule, and s refuses to review', () => {
		let state = type(loaded(), 'taaws:x\r');
		assert.equal(activeScope(state), 'tag-input');
		assert.match(state.form?.kind === 'tags' ? state.form.input?.refused ?? '' : '', /key "aws:x": keys starting with aws: are reserved/);
		state = type(state, '\u001B');
		state = type(state, 'aOwner\r');
		assert.match(state.form?.kind === 'tags' ? state.form.input?.refused ?? '' : '', /already exists/);
	});

	it('d marks for removal, e edits a value; y requests exactly those keys', () => {
		// Sorted: Env, Owner.
		let state = type(loaded(), 'tdje');
		state = type(state, '\u007Fb\r');
		state = type(state, 'sy');
		assert.deepEqual(state.apply?.plan, {kind: 'tags', diff: {added: {}, changed: [{key: 'Owner', from: 'a', to: 'b'}], removed: ['Env']}});
		assert.deepEqual(state.apply?.expected, {Owner: 'a', Env: 'prod'});
	});

	it('d and e act on the row under the cursor, even when an added key was dropped and added again', () => {
		// Sorted: Env, Owner; then Foo "bar" added and dropped, Foo "baz" added again.
		let state = type(loaded(), 'taFoo\tbar\rdaFoo\tbaz\r');
		const rows = () => (state.form?.kind === 'tags' ? state.form.edit.rows : []);
		assert.deepEqual(rows().slice(2).map(row => [row.value, row.removed]), [['bar', true], ['baz', false]]);
		state = type(state, 'k');
		assert.equal(state.form?.cursor, 2);
		state = type(state, 'd');
		assert.deepEqual(rows().slice(2).map(row => [row.value, row.removed]), [['bar', false], ['baz', false]]);
		state = type(state, 'jd');
		assert.deepEqual(rows().slice(2).map(row => [row.value, row.removed]), [['bar', false], ['baz', true]]);
		state = type(state, 'ke\u007F\u007F\u007Fqux\r');
		assert.deepEqual(rows().slice(2).map(row => [row.value, row.removed]), [['qux', false], ['baz', true]]);
		state = type(state, 'sy');
		assert.deepEqual(state.apply?.plan, {kind: 'tags', diff: {added: {Foo: 'qux'}, changed: [], removed: []}});
	});

	it('a conflict asks again; y re-requests with what AWS now holds as the expectation', () => {
		let state = type(loaded(), 'tjeX\rsy');
		const first = state.apply!;
		state = reducer(state, {type: 'apply/result', generation: first.generation, result: {kind: 'conflict', conflicts: [{key: 'Owner', expected: 'a', current: 'c'}], current: {Owner: 'c'}}});
		assert.equal(state.form?.dialog?.kind, 'conflict');
		assert.equal(activeScope(state), 'confirm');
		state = type(state, 'y');
		assert.notEqual(state.apply?.generation, first.generation);
		assert.deepEqual(state.apply?.expected, {Owner: 'c'});
	});
});
