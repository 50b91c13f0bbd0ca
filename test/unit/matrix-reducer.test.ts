import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {instanceKey} from '../../source/domain/instances.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';
import {matrixLayoutOf} from '../../source/state/matrix-window.js';
import {activeScope, visibleRows} from '../../source/state/selectors.js';
import {listedState, summaryRow, typed} from '../helpers/state.js';

const rows = ['alpha', 'beta', 'gamma'].map((alias) => summaryRow(alias));

const loaded = (): AppState => listedState(rows);

function withAttributes(state: AppState, values: Record<string, string>): AppState {
	return reducer(state, {
		type: 'fleet/results',
		results: rows.map((row) => ({
			key: instanceKey(row),
			aspect: 'attributes',
			at: 0,
			result: {kind: 'ok', value: values},
		})),
	});
}

describe('marks', () => {
	it('Space marks and unmarks the row; * marks every shown row, again clears', () => {
		let state = typed(loaded(), ' ');
		assert.deepEqual([...state.list.marks], [instanceKey(rows[0]!)]);
		state = typed(state, ' ');
		assert.equal(state.list.marks.size, 0);
		state = typed(state, '*');
		assert.equal(state.list.marks.size, 3);
		state = typed(state, '*');
		assert.equal(state.list.marks.size, 0);
	});

	it('survive filtering and a refresh', () => {
		let state = typed(loaded(), ' /gam\r ');
		assert.equal(state.list.marks.size, 2);
		state = typed(state, '\u001BR');
		state = reducer(state, {
			type: 'inventory/page',
			target: {profile: 'prod', region: 'us-east-1'},
			page: rows,
			first: true,
		});
		assert.deepEqual([...state.list.marks].sort(), [instanceKey(rows[0]!), instanceKey(rows[2]!)].sort());
	});
});

describe('the matrix', () => {
	it('opens on the shown rows and asks for their attributes once', () => {
		const state = typed(loaded(), 'm');
		assert.equal(state.screen, 'matrix');
		assert.equal(state.fleet.request?.items.length, 3);
		const again = typed(typed(state, '\u001B'), 'm');
		assert.equal(again.fleet.request?.generation, state.fleet.request?.generation);
	});

	it('Tab cycles attributes → tags → storage → attributes, asking for the tags and the storage once', () => {
		let state = typed(loaded(), 'm\t');
		assert.equal(state.matrix?.group, 'tags');
		assert.deepEqual(
			state.fleet.request?.items.map((item) => item.aspect),
			['tags', 'tags', 'tags'],
		);
		state = typed(state, '\t');
		assert.equal(state.matrix?.group, 'storage');
		assert.deepEqual(
			state.fleet.request?.items.map((item) => item.aspect),
			['storage', 'storage', 'storage'],
		);
		const generation = state.fleet.request?.generation;
		state = typed(state, '\t');
		assert.equal(state.matrix?.group, 'attributes');
		state = typed(state, '\t\t');
		assert.equal(state.matrix?.group, 'storage');
		assert.equal(state.fleet.request?.generation, generation, 'storage being read is not asked for again');
	});

	it('+ wants the column on for the marked rows only; the review leaves out those that hold it', () => {
		let state = typed(loaded(), ' j ');
		state = withAttributes(typed(state, 'm'), {INBOUND_CALLS: 'true'});
		state = typed(state, '+');
		assert.equal(state.matrix?.pending.size, 2);
		state = typed(state, 's');
		assert.equal(state.matrix?.dialog?.kind, 'review');
		const plan = state.matrix?.dialog?.kind === 'review' ? state.matrix.dialog.plan : undefined;
		assert.equal(plan?.items.length, 0);
		assert.equal(plan?.leftOut.length, 2);
	});

	it('Space toggles the cell under the cursor; leaving with pending changes asks first', () => {
		let state = withAttributes(typed(loaded(), 'm'), {INBOUND_CALLS: 'false'});
		state = typed(state, ' ');
		assert.equal(state.matrix?.pending.get(instanceKey(rows[0]!))?.get('INBOUND_CALLS'), true);
		state = typed(state, '\u001B');
		assert.equal(state.matrix?.dialog?.kind, 'leave');
		state = typed(state, 'y');
		assert.equal(state.screen, 'list');
	});

	it('in read-only mode the mutating keys are not bound', () => {
		let state = initialState({
			profiles: ['prod'],
			regions: ['us-east-1'],
			availableProfiles: ['prod'],
			availableRegions: [],
			readOnly: true,
		});
		state = reducer(state, {
			type: 'inventory/page',
			target: {profile: 'prod', region: 'us-east-1'},
			page: rows,
			first: true,
		});
		state = withAttributes(typed(state, 'm'), {INBOUND_CALLS: 'false'});
		state = typed(state, ' +s');
		assert.equal(state.matrix?.pending.size, 0);
		assert.equal(state.matrix?.dialog, undefined);
	});
});

describe('the matrix window', () => {
	const many = Array.from({length: 40}, (_, index) => summaryRow(`inst-${String(index).padStart(2, '0')}`));

	const big = (size: {columns: number; rows: number}): AppState => typed(listedState(many, {size}), 'm');

	it('is in the state: it follows the cursor, stays put while the cursor moves inside it, and pages by what is on screen', () => {
		// 24 rows: 21 for the content, 2 lines above the grid, its header: 18 rows of instances.
		let state = big({columns: 100, rows: 24});
		const {bodyHeight} = matrixLayoutOf(state, state.matrix!);
		assert.equal(bodyHeight, 18);
		assert.equal(state.matrix?.scroll, 0);
		state = typed(state, 'G');
		assert.equal(state.matrix?.row, 39);
		assert.equal(state.matrix?.scroll, 40 - bodyHeight);
		state = typed(state, 'kkk');
		assert.equal(state.matrix?.scroll, 40 - bodyHeight, 'a move inside the window keeps it');
		state = typed(state, 'g');
		assert.equal(state.matrix?.scroll, 0);
		state = typed(state, 'j'.repeat(bodyHeight + 1));
		assert.equal(state.matrix?.scroll, 2, 'steps past the last row move the window a row at a time');
		state = typed(state, 'g');
		state = typed(state, '', {pageDown: true});
		assert.equal(state.matrix?.row, bodyHeight, 'a page down moves one screen of rows');
		assert.ok(state.matrix!.scroll > 0 && state.matrix!.scroll <= bodyHeight);
	});

	it('follows the terminal size, and keeps the current column in view', () => {
		let state = typed(big({columns: 60, rows: 24}), 'G');
		const small = matrixLayoutOf(state, state.matrix!);
		assert.ok(small.cellColumns < 13, 'not every attribute fits 60 columns');
		state = typed(state, 'l'.repeat(12));
		assert.equal(state.matrix?.column, 12);
		assert.equal(state.matrix?.firstColumn, 12 - small.cellColumns + 1);
		state = typed(state, 'h');
		assert.equal(state.matrix?.firstColumn, 12 - small.cellColumns + 1, 'a move inside the window keeps it');
		state = reducer(state, {type: 'resize', size: {columns: 200, rows: 60}});
		assert.equal(state.matrix?.firstColumn, 0, 'every column fits');
		assert.equal(state.matrix?.scroll, 0, 'every row fits');
		// Tab starts the next group at its first column.
		state = typed(reducer(state, {type: 'resize', size: {columns: 60, rows: 24}}), 'lllllllllll\t');
		assert.equal(state.matrix?.column, 0);
		assert.equal(state.matrix?.firstColumn, 0);
	});
});

describe('the matrix filter', () => {
	it('/ in the matrix edits the list filter: rows narrow on the matrix, the cursor stays on a row, Enter keeps it', () => {
		let state = typed(loaded(), 'm' + 'G');
		assert.equal(state.screen, 'matrix');
		assert.equal(state.matrix?.row, 2);
		state = typed(state, '/beta');
		assert.equal(state.screen, 'matrix', 'still the matrix');
		assert.equal(activeScope(state), 'filter');
		assert.deepEqual(
			visibleRows(state).map((row) => row.alias),
			['beta'],
		);
		assert.equal(state.matrix?.row, 0, 'the cursor is on the one row left');
		state = typed(state, '\r');
		assert.equal(activeScope(state), 'matrix');
		assert.equal(state.list.filter.text, 'beta');
		// Esc while typing clears it: every row again.
		state = typed(state, '/\u001B');
		assert.equal(visibleRows(state).length, 3);
		assert.equal(activeScope(state), 'matrix');
	});
});
