// Moving alike everywhere: the list, the forms, the pickers and the help overlay have the same keys and
// stop at the ends (nothing wraps); the footer keeps `? help`; the hints say what the keys really do.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {movedCursor} from '../../source/domain/layout.js';
import {fitHints, footerHints, globalHints, helpText} from '../../source/keymap/hints.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';
import {bulkTagInputHints, tagInputHints} from '../../source/state/screen-hints.js';
import {EMPTY_FIELD, textField} from '../../source/domain/text-field.js';
import {summaryRow, typed} from '../helpers/state.js';

/** Named keys (arrows, pages) as the terminal layer hands them over. */
function pressed(state: AppState, ...names: string[]): AppState {
	return names.reduce((current, name) => reducer(current, {type: 'key', press: {name}}), state);
}

function listed(regions: number): AppState {
	const names = Array.from({length: regions}, (_, index) => `xx-test-${index + 1}`);
	let state = initialState({
		profiles: ['prod'],
		regions: ['us-east-1'],
		availableProfiles: ['prod'],
		availableRegions: names,
		size: {columns: 100, rows: 20},
	});
	state = reducer(state, {
		type: 'inventory/page',
		target: {profile: 'prod', region: 'us-east-1'},
		page: [summaryRow('a')],
		first: true,
	});
	return state;
}

const pickerCursor = (state: AppState) => (state.overlay?.kind === 'picker' ? state.overlay.cursor : -1);
const helpScroll = (state: AppState) => (state.overlay?.kind === 'help' ? state.overlay.scroll : -1);

describe('movement', () => {
	it('stops at both ends and moves by pages', () => {
		assert.equal(movedCursor('up', 0, 10, 4), 0);
		assert.equal(movedCursor('down', 9, 10, 4), 9);
		assert.equal(movedCursor('page-down', 8, 10, 4), 9);
		assert.equal(movedCursor('page-up', 3, 10, 4), 0);
		assert.equal(movedCursor('bottom', 0, 10, 4), 9);
		assert.equal(movedCursor('top', 7, 10, 4), 0);
		assert.equal(movedCursor('down', 0, 0, 4), 0);
	});

	it('pickers do not wrap at the top (like the list), and PgUp PgDn move by pages', () => {
		let state = typed(listed(40), 'r');
		assert.equal(pickerCursor(state), 0);
		state = pressed(state, 'up');
		assert.equal(pickerCursor(state), 0, 'up at the top stays at the top');
		state = pressed(state, 'pagedown');
		const page = pickerCursor(state);
		assert.ok(page > 5, `a page is ${page}`);
		state = pressed(state, ...Array.from({length: 20}, () => 'pagedown'));
		assert.equal(pickerCursor(state), 40, 'the last of 41 regions');
		state = pressed(state, 'down');
		assert.equal(pickerCursor(state), 40, 'down at the bottom stays at the bottom');
		state = pressed(state, 'pageup');
		assert.equal(pickerCursor(state), 40 - page);
	});

	it('the help overlay: g G, PgUp PgDn (and Space) like the detail view', () => {
		let state = typed(listed(1), '?G');
		const bottom = helpScroll(state);
		assert.ok(bottom > 10, `bottom ${bottom}`);
		state = typed(state, 'g');
		assert.equal(helpScroll(state), 0);
		state = pressed(state, 'pagedown');
		const page = helpScroll(state);
		assert.ok(page > 3);
		state = typed(state, ' ');
		assert.equal(helpScroll(state), 2 * page);
		state = pressed(state, 'pageup', 'pageup', 'pageup');
		assert.equal(helpScroll(state), 0);
	});

	it('at 70 columns the list footer still shows ? help, last; the screen hints give way', () => {
		const hints = fitHints(footerHints('list'), globalHints('list'), 70);
		assert.deepEqual(hints.at(-1), {keys: '?', label: 'help'});
		const text = hints.map((hint) => `${hint.keys} ${hint.label}`).join('  ');
		assert.ok(text.length <= 70, text);
		assert.match(text, /^Enter open {2}\/ filter/);
		// With a note (3 marked) too.
		assert.deepEqual(fitHints(footerHints('list'), globalHints('list'), 70, 10).at(-1), {keys: '?', label: 'help'});
	});

	it('help says what Space does in the forms; only the keys that send say they change AWS', () => {
		const help = helpText();
		assert.match(help, /Space\s+toggle the pending value\n/);
		assert.match(help, /Space\s+toggle the wanted value\n/);
		assert.doesNotMatch(help, /toggle \(changes AWS\)/);
		assert.match(help, /y\s+apply \(changes AWS\)/);
		assert.match(help, /Attributes form:[\s\S]*PgDn\s+page down[\s\S]*g Home\s+first row/);
		assert.match(help, /Help overlay:[\s\S]*G End\s+bottom/);
	});

	it('the tag fields say what Enter and Tab do where the cursor is', () => {
		const labels = (hints: ReturnType<typeof tagInputHints>) => hints.map((hint) => `${hint.keys} ${hint.label}`);
		const key = {mode: 'add', field: 'key', key: EMPTY_FIELD, value: EMPTY_FIELD} as const;
		assert.deepEqual(labels(tagInputHints(key)), ['Enter on to the value', 'Esc cancel']);
		assert.deepEqual(labels(tagInputHints({...key, field: 'value'})), [
			'Enter add',
			'Tab back to the key',
			'Esc cancel',
		]);
		const edit = {mode: 'edit', row: 0, field: 'value', key: textField('Owner'), value: textField('me')} as const;
		assert.deepEqual(labels(tagInputHints(edit)), ['Enter done', 'Esc cancel'], 'no Tab: a key cannot be renamed');
	});

	it('the bulk tags fields say what Enter and Tab do; removing a key offers no Tab', () => {
		const labels = (hints: ReturnType<typeof bulkTagInputHints>) => hints.map((hint) => `${hint.keys} ${hint.label}`);
		const set = {mode: 'set', field: 'key', key: EMPTY_FIELD, value: EMPTY_FIELD} as const;
		assert.deepEqual(labels(bulkTagInputHints(set)), ['Enter on to the value', 'Tab value', 'Esc cancel']);
		assert.deepEqual(labels(bulkTagInputHints({...set, field: 'value'})), [
			'Enter set',
			'Tab back to the key',
			'Esc cancel',
		]);
		assert.deepEqual(labels(bulkTagInputHints({...set, mode: 'remove'})), ['Enter remove this key', 'Esc cancel']);
	});
});
