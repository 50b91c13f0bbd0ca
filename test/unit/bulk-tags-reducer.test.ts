import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {instanceKey} from '../../source/domain/instances.js';
import type {AppState} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';
import {activeScope} from '../../source/state/selectors.js';
import {listedState, summaryRow, typed} from '../helpers/state.js';

const rows = ['alpha', 'beta', 'gamma'].map((alias) => summaryRow(alias));

function withTags(state: AppState, tags: Record<string, string>): AppState {
	return reducer(state, {
		type: 'fleet/results',
		results: rows.map((row) => ({key: instanceKey(row), aspect: 'tags', at: 0, result: {kind: 'ok', value: tags}})),
	});
}

describe('the bulk tags form', () => {
	it('T opens it for the marked instances (none marked: every shown one) and reads their tags', () => {
		let state = typed(listedState(rows), ' jT');
		assert.equal(state.screen, 'bulk-tags');
		assert.deepEqual(state.bulkTags?.keys, [instanceKey(rows[0]!)]);
		assert.deepEqual(
			state.fleet.request?.items.map((item) => [item.key, item.aspect]),
			[[instanceKey(rows[0]!), 'tags']],
		);
		state = typed(listedState(rows), 'T');
		assert.equal(state.bulkTags?.keys.length, 3);
		assert.equal(state.bulkTags?.marked, false);
	});

	it('a types a key, Tab or Enter the value, Enter sets it; d types a key to remove; the last word on a key wins', () => {
		let state = typed(listedState(rows), 'Ta');
		assert.equal(activeScope(state), 'bulk-tag-input');
		// Letters are text here, not keys: `s` and `d` do not review or remove.
		state = typed(state, 'Owners\u007F\rsales\r');
		assert.deepEqual(state.bulkTags?.operations, {set: {Owner: 'sales'}, remove: []});
		assert.equal(activeScope(state), 'bulk-tags');
		state = typed(state, 'dOwner\r');
		assert.deepEqual(state.bulkTags?.operations, {set: {}, remove: ['Owner']});
		state = typed(state, 'aOwner\tops\r');
		assert.deepEqual(state.bulkTags?.operations, {set: {Owner: 'ops'}, remove: []});
	});

	it('refuses a key or value the API would refuse, with the whole reason, and keeps what was typed', () => {
		let state = typed(listedState(rows), 'Taaws:x\r');
		assert.equal(state.bulkTags?.input?.refused, 'keys starting with aws: are reserved');
		assert.equal(state.bulkTags?.input?.key.text, 'aws:x');
		state = typed(state, '\u001B');
		state = typed(state, `aK\t${'v'.repeat(257)}\r`);
		assert.match(state.bulkTags?.input?.refused ?? '', /at most 256/);
		assert.deepEqual(state.bulkTags?.operations, {set: {}, remove: []});
	});

	it('s reviews against the tags read: changes per instance, who already holds them, read-only profiles left out', () => {
		let state = withTags(typed(listedState(rows, {readOnlyProfiles: []}), 'T'), {Owner: 'ops'});
		state = reducer(state, {
			type: 'fleet/results',
			results: [{key: instanceKey(rows[1]!), aspect: 'tags', at: 0, result: {kind: 'ok', value: {Owner: 'sales'}}}],
		});
		state = typed(state, 'aOwner\tsales\rs');
		assert.equal(activeScope(state), 'bulk-review');
		const dialog = state.bulkTags?.dialog;
		assert.equal(dialog?.kind, 'review');
		if (dialog?.kind !== 'review') return;
		assert.deepEqual(
			dialog.plan.items.map((item) => item.instance.alias),
			['alpha', 'gamma'],
		);
		assert.deepEqual(
			dialog.plan.leftOut.map((left) => [left.instance.alias, left.reason]),
			[['beta', 'holds']],
		);
		state = typed(state, 'y');
		assert.equal(state.bulk?.kind, 'tags');
		assert.equal(state.bulk?.total, 2);
		assert.equal(activeScope(state), 'bulk-running');
	});

	it('Esc asks before dropping typed changes; with none it goes straight back', () => {
		let state = typed(listedState(rows), 'T\u001B');
		assert.equal(state.screen, 'list');
		state = typed(state, 'TdOld\r\u001B');
		assert.equal(activeScope(state), 'bulk-confirm');
		state = typed(state, 'n');
		assert.equal(state.screen, 'bulk-tags');
		state = typed(state, '\u001By');
		assert.equal(state.screen, 'list');
		assert.equal(state.bulkTags, undefined);
	});

	it('is not bound in read-only mode', () => {
		const state = typed({...listedState(rows), readOnly: true}, 'T');
		assert.equal(state.screen, 'list');
		assert.match(state.message?.text ?? '', /read-only/);
	});
});
