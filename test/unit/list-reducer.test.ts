import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';
import {visibleRows} from '../../source/state/selectors.js';
import {summaryRow, typed} from '../helpers/state.js';

function loaded(): AppState {
	let state = initialState({
		profiles: ['prod'],
		regions: ['us-east-1', 'eu-west-2'],
		availableProfiles: ['prod'],
		availableRegions: [],
	});
	state = reducer(state, {
		type: 'inventory/page',
		target: {profile: 'prod', region: 'us-east-1'},
		page: [summaryRow('zeta'), summaryRow('alpha')],
		first: true,
	});
	state = reducer(state, {
		type: 'inventory/page',
		target: {profile: 'prod', region: 'eu-west-2'},
		page: [summaryRow('alpha', 'eu-west-2')],
		first: true,
	});
	return state;
}

describe('list reducer', () => {
	it('sorts rows by alias then region as pages arrive', () => {
		const state = loaded();
		assert.deepEqual(
			state.inventory.rows.map((r) => `${r.alias}/${r.region}`),
			['alpha/eu-west-2', 'alpha/us-east-1', 'zeta/us-east-1'],
		);
	});

	it('moves with typed-ahead keys and clamps at the ends', () => {
		let state = typed(loaded(), 'jjjjj');
		assert.equal(state.list.cursor, 2);
		state = typed(state, 'kkkkkk');
		assert.equal(state.list.cursor, 0);
		state = typed(state, 'G');
		assert.equal(state.list.cursor, 2);
		state = typed(state, 'g');
		assert.equal(state.list.cursor, 0);
	});

	it('/ then text edits the filter in the same read; Enter keeps it; Esc clears it', () => {
		let state = typed(loaded(), '/zet');
		assert.equal(state.list.filter.text, 'zet');
		assert.equal(state.list.filterEditing, true);
		assert.deepEqual(
			visibleRows(state).map((r) => r.alias),
			['zeta'],
		);
		state = typed(state, '\r');
		assert.equal(state.list.filterEditing, false);
		// With the filter kept, q quits rather than typing.
		assert.equal(typed(state, 'q').quit, true);
		state = reducer(state, {type: 'key', press: {name: 'esc'}});
		assert.equal(state.list.filter.text, '');
		assert.equal(visibleRows(state).length, 3);
	});

	it('the cursor stays on its instance while rows arrive above it, and at the top when it was there', () => {
		let state = typed(loaded(), 'G');
		assert.equal(state.list.cursor, 2);
		state = reducer(state, {
			type: 'inventory/page',
			target: {profile: 'prod', region: 'us-east-1'},
			page: [summaryRow('aardvark'), summaryRow('beta')],
			first: false,
		});
		assert.equal(visibleRows(state)[state.list.cursor]?.alias, 'zeta');
		state = typed(state, 'g');
		state = reducer(state, {
			type: 'inventory/page',
			target: {profile: 'prod', region: 'us-east-1'},
			page: [summaryRow('aaa-first')],
			first: false,
		});
		assert.equal(state.list.cursor, 0);
		assert.equal(visibleRows(state)[0]?.alias, 'aaa-first');
	});

	it('the cursor never points past the last row when rows go away', () => {
		let state = typed(loaded(), 'G');
		state = reducer(state, {
			type: 'inventory/error',
			target: {profile: 'prod', region: 'us-east-1'},
			code: 'AccessDeniedException',
			message: 'no',
		});
		assert.equal(state.list.cursor, 0);
		assert.equal(visibleRows(state)[state.list.cursor]?.region, 'eu-west-2');
	});

	it('a failing pair keeps its error and drops its rows; the others stay', () => {
		const state = reducer(loaded(), {
			type: 'inventory/error',
			target: {profile: 'prod', region: 'eu-west-2'},
			code: 'AccessDeniedException',
			message: 'denied',
		});
		assert.deepEqual(
			state.inventory.rows.map((r) => r.region),
			['us-east-1', 'us-east-1'],
		);
		const pair = [...state.inventory.pairs.values()].find((p) => p.target.region === 'eu-west-2');
		assert.deepEqual(pair?.status, {kind: 'error', code: 'AccessDeniedException', message: 'denied'});
	});

	it('refresh keeps rows until each pair answers again, then replaces them', () => {
		let state = typed(loaded(), 'R');
		assert.equal(state.inventory.generation, 2);
		assert.equal(state.inventory.rows.length, 3);
		state = reducer(state, {
			type: 'inventory/page',
			target: {profile: 'prod', region: 'us-east-1'},
			page: [summaryRow('beta')],
			first: true,
		});
		assert.deepEqual(
			state.inventory.rows.map((r) => r.alias),
			['alpha', 'beta'],
		);
	});

	it('cached rows are stale until every pair has answered', () => {
		let state = initialState({
			profiles: ['prod'],
			regions: ['us-east-1'],
			availableProfiles: ['prod'],
			availableRegions: [],
			cachedRows: [summaryRow('cached')],
			cachedAt: '2026-01-01T00:00:00.000Z',
		});
		assert.equal(state.inventory.staleSince, '2026-01-01T00:00:00.000Z');
		state = reducer(state, {
			type: 'inventory/page',
			target: {profile: 'prod', region: 'us-east-1'},
			page: [summaryRow('fresh')],
			first: true,
		});
		assert.deepEqual(
			state.inventory.rows.map((r) => r.alias),
			['fresh'],
		);
		state = reducer(state, {type: 'inventory/done', target: {profile: 'prod', region: 'us-east-1'}, count: 1});
		assert.equal(state.inventory.staleSince, undefined);
	});

	it('Enter opens the row under the cursor; Esc goes back', () => {
		let state = typed(loaded(), 'j\r');
		assert.equal(state.screen, 'detail');
		assert.equal(state.detail?.summary.alias, 'alpha');
		assert.equal(state.detail?.target.region, 'us-east-1');
		state = reducer(state, {type: 'key', press: {name: 'esc'}});
		assert.equal(state.screen, 'list');
	});

	it('the help overlay scrolls within its lines: one k after many j moves up at once', () => {
		let state = typed(loaded(), '?' + 'j'.repeat(500));
		const bottom = state.overlay?.kind === 'help' ? state.overlay.scroll : -1;
		assert.ok(bottom > 0 && bottom < 500, `scroll ${bottom}`);
		state = typed(state, 'k');
		assert.equal(state.overlay?.kind === 'help' ? state.overlay.scroll : -1, bottom - 1);
	});

	it('? opens help; typing ? in the filter is text', () => {
		assert.equal(typed(loaded(), '?').overlay?.kind, 'help');
		const state = typed(loaded(), '/a?');
		assert.equal(state.list.filter.text, 'a?');
		assert.equal(state.overlay, undefined);
	});
});
