// Reducers are pure and page with the views' own layout: generations and the list's window live in the
// state, and a page is exactly what the view shows.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ATTRIBUTE_CATALOGUE} from '../../source/domain/attributes.js';
import {contentHeight, helpMaxScroll, listLayout} from '../../source/domain/layout.js';
import type {AppState} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';
import {listedState, summaryRow, typed} from '../helpers/state.js';

function listOf(count: number, size = {columns: 100, rows: 30}): AppState {
	const page = Array.from({length: count}, (_, index) => summaryRow(`row-${String(index).padStart(3, '0')}`));
	return listedState(page, {size});
}

function cursorOnScreen(state: AppState, body: number): void {
	const {cursor, scroll} = state.list;
	assert.ok(cursor >= scroll && cursor < scroll + body, `cursor ${cursor} in ${scroll}..${scroll + body - 1}`);
}

describe('layout', () => {
	it('the list on a 30-line terminal: one status line, the table header, 25 rows', () => {
		assert.equal(contentHeight(30), 27);
		assert.deepEqual(listLayout(27, {pairs: 1, errors: 0, filterLine: false, stale: false}), {
			chipLines: 2,
			errorLines: 0,
			tableHeight: 26,
			bodyHeight: 25,
		});
		// A filter line and a failing pair's line take a row each.
		assert.equal(listLayout(27, {pairs: 2, errors: 1, filterLine: true, stale: false}).bodyHeight, 22);
	});

	it('the help overlay scrolls until its last line is the view last line', () => {
		assert.equal(helpMaxScroll(100, 27), 100 - 23);
		assert.equal(helpMaxScroll(10, 27), 0);
	});
});

describe('the list window in the state', () => {
	it('stays put while the cursor moves inside it, then follows it a row at a time', () => {
		let state = typed(listOf(100), 'j'.repeat(24));
		assert.equal(state.list.cursor, 24);
		assert.equal(state.list.scroll, 0);
		state = typed(state, 'j');
		assert.equal(state.list.scroll, 1);
		cursorOnScreen(state, 25);
		state = typed(state, 'jjj');
		assert.equal(state.list.scroll, 4);
		state = typed(state, 'k'.repeat(24));
		assert.equal(state.list.scroll, 4, 'up inside the window');
		state = typed(state, 'kk');
		assert.deepEqual([state.list.cursor, state.list.scroll], [2, 2]);
	});

	it('PgDn and PgUp move exactly the rows on screen, and the window jumps to put the cursor mid-screen', () => {
		const state = typed(listOf(100), '', {pageDown: true});
		assert.equal(state.list.cursor, 25);
		assert.equal(state.list.scroll, 25 - 12);
		const up = typed(state, '', {pageUp: true});
		assert.deepEqual([up.list.cursor, up.list.scroll], [0, 0]);
	});

	it('a smaller terminal keeps the cursor on screen', () => {
		let state = typed(listOf(100), 'j'.repeat(20));
		assert.equal(state.list.scroll, 0);
		state = reducer(state, {type: 'resize', size: {columns: 100, rows: 15}});
		cursorOnScreen(state, listLayout(12, {pairs: 1, errors: 0, filterLine: false, stale: false}).bodyHeight);
		assert.ok(state.list.scroll > 0);
	});

	it('G and g: the last row at the bottom of the window, then back to the top', () => {
		let state = typed(listOf(100), 'G');
		assert.deepEqual([state.list.cursor, state.list.scroll], [99, 75]);
		state = typed(state, 'g');
		assert.deepEqual([state.list.cursor, state.list.scroll], [0, 0]);
	});
});

describe('generations in the state', () => {
	it('the same keys from the same state give the same state, detail generation included', () => {
		const list = listOf(3);
		const first = typed(list, '\r');
		const second = typed(list, '\r');
		assert.deepEqual(first, second);
		// Leaving and opening again takes a new generation, so answers for the first load are dropped.
		const again = typed(first, 'q\r');
		assert.ok(again.detail!.generation > first.detail!.generation);
	});

	it('the same apply from the same state asks with the same generation; the next one with a new one', () => {
		let state = typed(listOf(1), '\r');
		const generation = state.detail!.generation;
		state = reducer(state, {
			type: 'detail/attributes',
			generation,
			result: {kind: 'ok', value: ATTRIBUTE_CATALOGUE.map((info) => ({type: info.type, value: 'false'}))},
		});
		const review = typed(state, 'a s');
		const first = typed(review, 'y');
		assert.deepEqual(typed(review, 'y'), first);
		const request = first.apply!;
		const done = reducer(first, {
			type: 'apply/result',
			generation: request.generation,
			result: {kind: 'check-failed', operation: 'DescribeInstanceAttribute', code: 'Throttling', message: 'slow'},
		});
		assert.ok(typed(done, 'sy').apply!.generation > request.generation);
	});
});
