// The list's view (its rows through the filter, in order) is state: made by the reducer after every
// action from the inputs that changed, carried on otherwise, and never kept in a module variable.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {instanceKey} from '../../source/domain/instances.js';
import {reducer} from '../../source/state/reducer.js';
import {visibleRows, withView} from '../../source/state/selectors.js';
import {listedState, summaryRow, typed} from '../helpers/state.js';

const loaded = () => listedState(['zeta', 'alpha', 'mike'].map((alias) => summaryRow(alias)));

describe('the list view', () => {
	it('is in the state after an action, and a cursor move carries it on untouched', () => {
		const state = loaded();
		assert.deepEqual(
			state.view?.visible.map((row) => row.alias),
			['alpha', 'mike', 'zeta'],
		);
		const moved = typed(state, 'j');
		assert.equal(moved.list.cursor, 1);
		assert.equal(moved.view, state.view);
	});

	it('a new order sorts again but keeps the filtered rows; a filter filters again', () => {
		const state = loaded();
		const sorted = typed(state, 'o');
		assert.notEqual(sorted.list.sort, state.list.sort);
		assert.equal(sorted.view?.filtered, state.view?.filtered);
		assert.notEqual(sorted.view?.visible, state.view?.visible);
		const filtered = typed(state, '/zet');
		assert.notEqual(filtered.view?.filtered, state.view?.filtered);
		assert.deepEqual(
			visibleRows(filtered).map((row) => row.alias),
			['zeta'],
		);
		// The older state still reads its own rows: nothing is shared between states but what they carry.
		assert.deepEqual(
			visibleRows(state).map((row) => row.alias),
			['alpha', 'mike', 'zeta'],
		);
	});

	it('no reducer or selector keeps state in a module variable', () => {
		const folder = fileURLToPath(new URL('../../source/state', import.meta.url));
		for (const file of readdirSync(folder).filter((name) => /\.tsx?$/.test(name))) {
			const source = readFileSync(join(folder, file), 'utf8');
			assert.doesNotMatch(source, /^(let|var) /m, `${file} has a module-level let or var`);
			assert.doesNotMatch(source, /^const \w+ = new (Map|WeakMap|Set)\b/m, `${file} keeps a module-level collection`);
		}
	});
});

describe('the list view and the loads a filter asks for', () => {
	it('is current in the state the reducer returns, also when the action made the filter ask for tags', () => {
		// `tag:` needs each instance's tags. Rows that arrive under it are asked for (the fleet's entries
		// change after the view was made): the state still carries the view made from those entries.
		const filtering = typed(loaded(), '/tag:team=x\r');
		const more = reducer(filtering, {
			type: 'inventory/page',
			target: {profile: 'prod', region: 'us-east-1'},
			page: [summaryRow('oscar')],
			first: false,
		});
		assert.ok(more.fleet.entries.get(instanceKey(summaryRow('oscar')))?.tags?.loading, 'the new row was asked for');
		assert.equal(more.view?.entries, more.fleet.entries);
		assert.equal(withView(more), more);
	});
});
