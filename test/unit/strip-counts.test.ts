import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {chipStatusText, countOf, stripSummary} from '../../source/domain/strip-counts.js';
import {pairReportLines} from '../../source/domain/pair-report.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';
import {summaryRow} from '../helpers/state.js';

const east = {profile: 'prod', region: 'us-east-1'};
const west = {profile: 'prod', region: 'eu-west-2'};

function start(): AppState {
	return initialState({
		profiles: ['prod'],
		regions: ['us-east-1', 'eu-west-2'],
		availableProfiles: ['prod'],
		availableRegions: [],
	});
}

function statuses(state: AppState) {
	return [...state.inventory.pairs.values()].map((pair) => pair.status);
}

describe('strip counts', () => {
	it('one instance is singular; none and many are plural', () => {
		assert.equal(countOf(1, 'instance'), '1 instance');
		assert.equal(countOf(0, 'instance'), '0 instances');
		assert.equal(countOf(2, 'instance'), '2 instances');
		assert.equal(stripSummary([{kind: 'ok', count: 1}], 1), '1 instance');
		assert.equal(
			pairReportLines([{target: east, status: {kind: 'ok', count: 1}}], 80).at(-1)?.text,
			'  prod/us-east-1  1 instance',
		);
	});

	it('while a region loads, the summary counts the rows already listed', () => {
		let state = start();
		const page = Array.from({length: 400}, (_, index) => summaryRow(`i${index}`));
		state = reducer(state, {type: 'inventory/page', target: east, page, first: true});
		assert.equal(stripSummary(statuses(state), state.inventory.rows.length), 'loading 2/2 · 400 so far');
		state = reducer(state, {type: 'inventory/done', target: east, count: 400});
		assert.equal(stripSummary(statuses(state), state.inventory.rows.length), 'loading 1/2 · 400 so far');
		assert.equal(chipStatusText(state.inventory.pairs.values().next().value!.status), '400');
	});

	it('an instance repeated across pages is one row and counts once, in the chip and in the summary', () => {
		let state = start();
		const pageOne = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((alias) => summaryRow(alias));
		// The next page repeats two instances of the first (as a listing that shifts under paging can).
		const pageTwo = ['g', 'h', 'i', 'j', 'k', 'l', 'm'].map((alias) => summaryRow(alias));
		state = reducer(state, {type: 'inventory/page', target: east, page: pageOne, first: true});
		state = reducer(state, {type: 'inventory/page', target: east, page: pageTwo, first: false});
		state = reducer(state, {type: 'inventory/done', target: east, count: 15});
		state = reducer(state, {type: 'inventory/done', target: west, count: 0});
		assert.equal(state.inventory.rows.length, 13);
		const chips = statuses(state).map((status) => chipStatusText(status));
		assert.deepEqual(chips, ['13', '0']);
		assert.equal(stripSummary(statuses(state), state.inventory.rows.length), '13 instances');
	});

	it('errors and regions not enabled read as such', () => {
		assert.equal(
			chipStatusText({kind: 'error', code: 'AccessDeniedException', message: 'no'}),
			'✗ AccessDeniedException',
		);
		assert.equal(chipStatusText({kind: 'ok', count: 0, notEnabled: true}), 'not enabled');
		assert.equal(chipStatusText({kind: 'loading'}), '…');
	});
});
