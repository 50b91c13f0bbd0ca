import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {instanceKey} from '../../source/domain/instances.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';
import {summaryRow, typed} from '../helpers/state.js';

const east = {profile: 'prod', region: 'us-east-1'};
const west = {profile: 'prod', region: 'us-west-2'};
const pair = {
	sourceRegion: 'us-east-1',
	regions: [
		{region: 'us-east-1', status: 'INSTANCE_REPLICATION_COMPLETE'},
		{region: 'us-west-2', status: 'INSTANCE_REPLICATION_FAILED'},
	],
};

function start(): AppState {
	return initialState({
		profiles: ['prod'],
		regions: ['us-east-1', 'us-west-2'],
		availableProfiles: ['prod'],
		availableRegions: [],
		size: {columns: 100, rows: 20},
	});
}

const asked = (state: AppState) => state.replication.pending.map((load) => load.instance.alias);

describe('replication in the list', () => {
	it('asks for the rows on screen once every region has answered, each once per load', () => {
		let state = start();
		const many = Array.from({length: 40}, (_, index) => summaryRow(`east-${String(index).padStart(2, '0')}`));
		state = reducer(state, {type: 'inventory/page', target: east, page: many, first: true});
		// Still listing: nothing asked yet.
		assert.deepEqual(asked(state), []);
		state = reducer(state, {type: 'inventory/done', target: east, count: 40});
		assert.deepEqual(asked(state), [], 'another region still lists');
		state = reducer(state, {type: 'inventory/done', target: west, count: 0});
		const page = asked(state);
		assert.ok(page.length > 5 && page.length < 20, page.join());
		assert.equal(page[0], 'east-00');
		// Moving inside the window asks for nothing more; scrolling down asks for the rows that appear.
		state = typed(state, 'j');
		assert.equal(asked(state).length, page.length);
		state = typed(state, 'G');
		assert.ok(asked(state).includes('east-39'));
		const count = asked(state).length;
		state = typed(state, 'gG');
		assert.equal(asked(state).length, count, 'rows already asked for are not asked again');
	});

	it('an answer marks the row, shows the REPLICA column, and leaves the pending list; R asks again', () => {
		let state = start();
		state = reducer(state, {type: 'inventory/page', target: east, page: [summaryRow('support')], first: true});
		state = reducer(state, {type: 'inventory/done', target: east, count: 1});
		state = reducer(state, {type: 'inventory/done', target: west, count: 0});
		assert.deepEqual(asked(state), ['support']);
		assert.equal(state.replication.any, false);
		const key = instanceKey(summaryRow('support'));
		const generation = state.inventory.generation;
		state = reducer(state, {type: 'replication/results', results: [{key, generation, value: pair}]});
		assert.deepEqual(asked(state), []);
		assert.equal(state.replication.any, true);
		assert.deepEqual(state.replication.entries.get(key)?.value, pair);
		// A refresh reads it again, and keeps showing what was known meanwhile.
		state = typed(state, 'R');
		state = reducer(state, {type: 'inventory/page', target: east, page: [summaryRow('support')], first: true});
		state = reducer(state, {type: 'inventory/done', target: east, count: 1});
		state = reducer(state, {type: 'inventory/done', target: west, count: 0});
		assert.deepEqual(asked(state), ['support']);
		assert.deepEqual(state.replication.entries.get(key)?.value, pair);
		// A failed read keeps what was known.
		state = reducer(state, {
			type: 'replication/results',
			results: [{key, generation: state.inventory.generation, failed: true}],
		});
		assert.deepEqual(state.replication.entries.get(key)?.value, pair);
		assert.deepEqual(asked(state), []);
	});

	it('leaving the list drops the reads not answered yet; back on the list they are asked for again', () => {
		let state = start();
		state = reducer(state, {
			type: 'inventory/page',
			target: east,
			page: [summaryRow('a'), summaryRow('b')],
			first: true,
		});
		state = reducer(state, {type: 'inventory/done', target: east, count: 2});
		state = reducer(state, {type: 'inventory/done', target: west, count: 0});
		const a = instanceKey(summaryRow('a'));
		state = reducer(state, {
			type: 'replication/results',
			results: [{key: a, generation: state.inventory.generation, value: pair}],
		});
		assert.deepEqual(asked(state), ['b']);
		state = typed(state, '\r');
		assert.equal(state.screen, 'detail');
		assert.deepEqual(asked(state), []);
		state = typed(state, '\u001B');
		assert.equal(state.screen, 'list');
		assert.deepEqual(asked(state), ['b'], 'only the row that was not answered');
		assert.deepEqual(state.replication.entries.get(a)?.value, pair);
	});
});
