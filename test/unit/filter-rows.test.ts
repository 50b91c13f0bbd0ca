// The list's `/` filter: the filter language over the inventory, rows waiting for what attr:/tag:/drift
// need, the loads asked for (only for rows the summary does not rule out), progress and malformed terms.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Baseline} from '../../source/domain/baseline.js';
import {parseBaseline} from '../../source/domain/baseline-parse.js';
import {filterRows, parseListFilter} from '../../source/domain/filter-rows.js';
import {instanceKey} from '../../source/domain/instances.js';
import {STORAGE_RESOURCE_TYPES} from '../../source/domain/settings.js';
import type {AppState} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';
import {filterProgress, listFilterOf, visibleRows} from '../../source/state/selectors.js';
import {answered, listedState, summaryRow, typed} from '../helpers/state.js';

const rows = [
	summaryRow('alpha', 'eu-west-2'),
	summaryRow('beta', 'us-east-1'),
	{...summaryRow('gamma', 'us-east-1'), status: 'CREATION_IN_PROGRESS'},
];

function baseline(text: string): Baseline {
	const result = parseBaseline(text, 'b.yaml');
	if ('error' in result) throw new Error(result.error);
	return result.baseline;
}

const loaded = (extra: {baseline?: Baseline} = {}): AppState =>
	listedState(rows, {regions: ['eu-west-2', 'us-east-1'], ...extra});

const answer = (state: AppState, aspect: 'attributes' | 'tags', values: Record<string, Record<string, string>>) =>
	answered(state, rows, aspect, values);

const aliases = (state: AppState) => visibleRows(state).map((row) => row.alias);
const loading = (state: AppState, aspect: 'attributes' | 'tags' | 'storage') =>
	rows.filter((row) => state.fleet.entries.get(instanceKey(row))?.[aspect]?.loading).map((row) => row.alias);

describe("the list's filter", () => {
	it('plain words, the status as shown, region globs and negation', () => {
		const state = loaded();
		assert.deepEqual(aliases(typed(state, '/creating')), ['gamma']);
		assert.deepEqual(aliases(typed(state, '/region:eu-*')), ['alpha']);
		assert.deepEqual(aliases(typed(state, '/-region:eu-* -creating')), ['beta']);
		assert.deepEqual(aliases(typed(state, '/status:active')), ['alpha', 'beta']);
	});

	it('a malformed term is kept and said, never ignored', () => {
		const state = typed(loaded(), '/atr:X beta');
		assert.deepEqual(
			listFilterOf(state).malformed.map((term) => term.text),
			['atr:X'],
		);
		assert.match(listFilterOf(state).malformed[0]!.reason, /unknown filter 'atr:'/);
		assert.deepEqual(aliases(typed(loaded(), '/drift')), ['alpha', 'beta', 'gamma']);
		assert.match(listFilterOf(typed(loaded(), '/drift')).malformed[0]!.reason, /needs a baseline/);
	});

	it('attr: loads the attributes of the rows the summary keeps, shows progress, and rows appear as they qualify', () => {
		let state = typed(loaded(), '/us-east attr:contact_lens=on');
		assert.deepEqual(aliases(state), []);
		// alpha (eu-west-2) is ruled out by `us-east`: nothing is loaded for it.
		assert.deepEqual(loading(state, 'attributes'), ['beta', 'gamma']);
		assert.deepEqual(
			state.fleet.request?.items.map((item) => item.instance.alias),
			['beta', 'gamma'],
		);
		assert.deepEqual(filterProgress(state), [{fact: 'attributes', done: 0, total: 2}]);
		state = answer(state, 'attributes', {beta: {CONTACT_LENS: 'true'}});
		assert.deepEqual(aliases(state), ['beta']);
		assert.deepEqual(filterProgress(state), [{fact: 'attributes', done: 1, total: 2}]);
		state = answer(state, 'attributes', {gamma: {CONTACT_LENS: 'false'}});
		assert.deepEqual(aliases(state), ['beta']);
		assert.deepEqual(filterProgress(state), []);
		// Read once: typing on does not read them again.
		const generation = state.fleet.request?.generation;
		state = typed(state, ' -tag:Owner');
		assert.equal(
			state.fleet.request?.items.every((item) => item.aspect === 'tags'),
			true,
		);
		assert.notEqual(state.fleet.request?.generation, generation);
	});

	it('a failed read is not asked for again on every key', () => {
		let state = typed(loaded(), '/tag:Owner');
		state = reducer(state, {
			type: 'fleet/results',
			results: rows.map((row) => ({
				key: instanceKey(row),
				aspect: 'tags' as const,
				at: 0,
				result: {kind: 'error' as const, code: 'AccessDeniedException', message: 'no'},
			})),
		});
		const generation = state.fleet.request?.generation;
		state = typed(state, 'x');
		assert.equal(state.fleet.request?.generation, generation);
		assert.deepEqual(filterProgress(state), []);
	});

	it('drift loads what the baseline needs and keeps the rows that differ', () => {
		const rules = baseline('rules:\n  - attributes: {CONTACT_LENS: on}\n    tags: {required: [Owner]}\n');
		let state = typed(loaded({baseline: rules}), '/drift');
		assert.deepEqual(listFilterOf(state).malformed, []);
		assert.deepEqual(loading(state, 'attributes'), ['alpha', 'beta', 'gamma']);
		assert.deepEqual(loading(state, 'tags'), ['alpha', 'beta', 'gamma']);
		// Both in the one request the fleet hook starts.
		assert.deepEqual(
			state.fleet.request?.items.map((item) => `${item.aspect} ${item.instance.alias}`),
			['attributes alpha', 'attributes beta', 'attributes gamma', 'tags alpha', 'tags beta', 'tags gamma'],
		);
		// One section that differs is enough to show the row.
		state = answer(state, 'attributes', {
			alpha: {CONTACT_LENS: 'false'},
			beta: {CONTACT_LENS: 'true'},
			gamma: {CONTACT_LENS: 'true'},
		});
		assert.deepEqual(aliases(state), ['alpha']);
		state = answer(state, 'tags', {alpha: {Owner: 'a'}, beta: {Owner: 'b'}, gamma: {}});
		assert.deepEqual(aliases(state), ['alpha', 'gamma']);
		assert.deepEqual(aliases(typed(state, ' -drift')), []);
		assert.deepEqual(aliases(typed(state, '\u007F\u007F\u007F\u007F\u007F\u007F-drift')), ['beta']);
	});

	it('drift with a storage rule loads storage, and decides a row only once every storage type is read', () => {
		const rules = baseline('rules:\n  - storage: {CALL_RECORDINGS: encrypted}\n');
		let state = typed(loaded({baseline: rules}), '/drift');
		assert.deepEqual(loading(state, 'storage'), ['alpha', 'beta', 'gamma']);
		const storage = (alias: string, calls: string, types: readonly string[] = STORAGE_RESOURCE_TYPES) =>
			reducer(state, {
				type: 'fleet/results',
				results: types.map((type) => ({
					key: instanceKey(rows.find((row) => row.alias === alias)!),
					aspect: 'storage' as const,
					at: 0,
					part: {name: type, of: STORAGE_RESOURCE_TYPES.length},
					result: {kind: 'ok' as const, value: {[type]: type === 'CALL_RECORDINGS' ? calls : 'not-configured'}},
				})),
			});
		state = storage('alpha', 'not-encrypted', STORAGE_RESOURCE_TYPES.slice(0, 3));
		assert.deepEqual(aliases(state), [], 'not every type read yet: undecided');
		state = storage('alpha', 'not-encrypted');
		state = storage('beta', 'encrypted');
		assert.deepEqual(aliases(state), ['alpha']);
	});

	it('filterRows names, per fact, the rows it waits for', () => {
		const filter = parseListFilter('tag:Env=prod region:us-*', undefined);
		const result = filterRows(filter, rows, (row) => (row.alias === 'beta' ? {tags: {Env: 'prod'}} : {}));
		assert.deepEqual(
			result.rows.map((row) => row.alias),
			['beta'],
		);
		assert.deepEqual(
			result.candidates.get('tags')?.map((row) => row.alias),
			['beta', 'gamma'],
		);
	});
});
