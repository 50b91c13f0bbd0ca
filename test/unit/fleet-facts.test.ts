// What filters and baselines read of an instance (its facts) is kept in the fleet's state, derived by the
// reducer when a value changes: no cache outside the state, and nothing recomputed when it is read.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {instanceKey} from '../../source/domain/instances.js';
import {
	EMPTY_FLEET,
	factsOf,
	fromSaved,
	receiveLoads,
	rememberValues,
	requestLoads,
} from '../../source/state/fleet-reducer.js';
import {summaryRow} from '../helpers/state.js';

const row = summaryRow('alpha');
const key = instanceKey(row);
const attributes = {CONTACT_LENS: 'true', EARLY_MEDIA: 'false'};

describe('an instance’s facts in the fleet state', () => {
	it('are derived when values arrive, and reading them returns what the state holds', () => {
		const fleet = receiveLoads(EMPTY_FLEET, [
			{key, aspect: 'attributes', at: 1, result: {kind: 'ok', value: attributes}},
			{key, aspect: 'tags', at: 1, result: {kind: 'ok', value: {Team: 'voice'}}},
		]);
		const entry = fleet.entries.get(key);
		assert.deepEqual(entry?.facts, {attributes: {CONTACT_LENS: true, EARLY_MEDIA: false}, tags: {Team: 'voice'}});
		assert.equal(factsOf(entry), entry?.facts, 'read from the state, not made again');
		assert.deepEqual(factsOf(undefined), {});
	});

	it('stay the same object while the values do (a new load asked for), and follow a changed value', () => {
		let fleet = receiveLoads(EMPTY_FLEET, [
			{key, aspect: 'attributes', at: 1, result: {kind: 'ok', value: attributes}},
		]);
		const before = fleet.entries.get(key)!.facts;
		fleet = requestLoads(fleet, [row], 'attributes', true);
		assert.equal(fleet.entries.get(key)?.attributes?.loading, true);
		assert.equal(fleet.entries.get(key)?.facts, before);
		fleet = receiveLoads(fleet, [{key, aspect: 'tags', at: 2, result: {kind: 'ok', value: {Team: 'voice'}}}]);
		assert.equal(
			fleet.entries.get(key)?.facts.attributes,
			before.attributes,
			'a tags load keeps the attributes’ facts',
		);
		fleet = rememberValues(fleet, key, 'attributes', {CONTACT_LENS: 'false'}, 3);
		assert.deepEqual(fleet.entries.get(key)?.facts.attributes, {CONTACT_LENS: false, EARLY_MEDIA: false});
		// A failed read keeps the last value, and so its facts.
		const kept = fleet.entries.get(key)!.facts;
		fleet = receiveLoads(fleet, [
			{key, aspect: 'attributes', at: 4, result: {kind: 'error', code: 'X', message: 'no'}},
		]);
		assert.equal(fleet.entries.get(key)?.facts, kept);
	});

	it('come with the values remembered from an earlier run', () => {
		const fleet = fromSaved(
			{savedAt: '2026-01-02T10:00:00Z', instances: [{key, tags: {at: '2026-01-02T09:00:00Z', value: {Team: 'x'}}}]},
			Date.parse('2026-01-02T10:00:00Z'),
		);
		assert.deepEqual(fleet.entries.get(key)?.facts, {tags: {Team: 'x'}});
	});
});
