// `o` / `O`: the list's order by alias, region, profile, status or created, either way; the cursor stays on
// its instance.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {DEFAULT_SORT, nextSortKey, sortLabel, sortRows, type ListSort, type SortKey} from '../../source/domain/sort.js';
import {initialState} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';
import {visibleRows} from '../../source/state/selectors.js';
import {summaryRow, typed} from '../helpers/state.js';

const rows = [
	{...summaryRow('alpha', 'us-west-2', 'prod'), createdTime: '2024-01-01T00:00:00Z'},
	{...summaryRow('beta', 'eu-west-2', 'dev'), status: 'CREATION_FAILED', createdTime: '2020-01-01T00:00:00Z'},
	{...summaryRow('gamma', 'ap-south-1', 'prod'), status: 'CREATION_IN_PROGRESS'},
];

describe('list order', () => {
	it('o steps alias → region → profile → status → created → alias; O reverses', () => {
		let sort: ListSort = DEFAULT_SORT;
		const keys = [];
		for (let step = 0; step < 5; step++) {
			keys.push(sort.key);
			sort = nextSortKey(sort);
		}

		assert.deepEqual(keys, ['alias', 'region', 'profile', 'status', 'created']);
		assert.equal(sort.key, 'alias');
		const aliases = (key: SortKey, reverse = false) => sortRows(rows, {key, reverse}).map((row) => row.alias);
		assert.deepEqual(aliases('alias'), ['alpha', 'beta', 'gamma']);
		assert.deepEqual(aliases('alias', true), ['gamma', 'beta', 'alpha']);
		assert.deepEqual(aliases('region'), ['gamma', 'beta', 'alpha']);
		assert.deepEqual(aliases('profile'), ['beta', 'alpha', 'gamma']);
		assert.deepEqual(aliases('status'), ['alpha', 'gamma', 'beta'], 'active, creating, failed');
		assert.deepEqual(aliases('created'), ['gamma', 'beta', 'alpha'], 'unknown first, then oldest');
		assert.equal(sortLabel({key: 'created', reverse: true}), 'created ↓');
	});

	it('the cursor stays on its instance when the order changes', () => {
		let state = initialState({
			profiles: ['prod', 'dev'],
			regions: ['us-west-2', 'eu-west-2', 'ap-south-1'],
			availableProfiles: [],
			availableRegions: [],
		});
		state = reducer(state, {
			type: 'inventory/page',
			target: {profile: 'prod', region: 'us-west-2'},
			page: rows,
			first: true,
		});
		state = typed(state, 'j');
		assert.equal(visibleRows(state)[state.list.cursor]?.alias, 'beta');
		state = typed(state, 'o');
		assert.deepEqual(
			visibleRows(state).map((row) => row.region),
			['ap-south-1', 'eu-west-2', 'us-west-2'],
		);
		assert.equal(visibleRows(state)[state.list.cursor]?.alias, 'beta');
		state = typed(state, 'O');
		assert.deepEqual(state.list.sort, {key: 'region', reverse: true});
		assert.equal(visibleRows(state)[0]?.region, 'us-west-2');
		assert.equal(visibleRows(state)[state.list.cursor]?.alias, 'beta');
	});
});
