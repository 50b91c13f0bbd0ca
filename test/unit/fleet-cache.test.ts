// Last known attributes and tags across runs: the file's schema, what is saved and what the next run
// starts from (with ages; too old is forgotten), and a bad file set aside without stopping anything.
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {checkFleetCache} from '../../source/domain/local-state.js';
import {shapeProblem} from '../../source/domain/shape.js';
import {openFleetCache} from '../../source/services/fleet-cache.js';
import {fromSaved, REMEMBER_MS, receiveLoads, toSaved, EMPTY_FLEET} from '../../source/state/fleet-reducer.js';

const dir = mkdtempSync(join(tmpdir(), 'connectui-fleet-cache-'));
after(() => rmSync(dir, {recursive: true, force: true}));

const NOW = Date.parse('2026-01-02T10:00:00Z');

describe('the fleet cache', () => {
	it('checks the shape: a map of strings per instance, with a date', () => {
		assert.equal(shapeProblem({a: 'x', b: 'y'}, {record: 'string'}), undefined);
		assert.equal(shapeProblem({a: 1}, {record: 'string'}), 'a: expected string, got number');
		const good = {
			savedAt: '2026-01-02T10:00:00Z',
			instances: [{key: 'p|r|i', attributes: {at: '2026-01-02T09:48:00Z', value: {CONTACT_LENS: 'true'}}}],
		};
		assert.deepEqual(checkFleetCache(good), {ok: true, value: good});
		const bad = {...good, instances: [{key: 'p|r|i', tags: {at: 'yesterday', value: {}}}]};
		assert.deepEqual(checkFleetCache(bad), {
			ok: false,
			reason: 'wrong shape: instances.0.tags.at: expected a date, got "yesterday"',
		});
	});

	it('saves what was read, and the next run starts from it with its age (a month old is forgotten)', () => {
		const fleet = receiveLoads(EMPTY_FLEET, [
			{key: 'a', aspect: 'attributes', at: NOW - 12 * 60_000, result: {kind: 'ok', value: {CONTACT_LENS: 'true'}}},
			{key: 'a', aspect: 'tags', at: NOW - REMEMBER_MS - 1, result: {kind: 'ok', value: {Owner: 'x'}}},
			{key: 'b', aspect: 'tags', at: NOW, result: {kind: 'error', code: 'AccessDeniedException', message: 'no'}},
		]);
		const saved = toSaved(fleet, NOW);
		assert.deepEqual(saved, {
			savedAt: '2026-01-02T10:00:00.000Z',
			instances: [{key: 'a', attributes: {at: '2026-01-02T09:48:00.000Z', value: {CONTACT_LENS: 'true'}}}],
		});
		const next = fromSaved(JSON.parse(JSON.stringify(saved)) as typeof saved, NOW + 60_000);
		const entry = next.entries.get('a');
		assert.deepEqual(entry, {
			attributes: {value: {CONTACT_LENS: 'true'}, at: NOW - 12 * 60_000},
			facts: {attributes: {CONTACT_LENS: true}},
		});
		// Not read in this run: shown with its age and read again when asked.
		assert.equal(next.entries.get('a')?.attributes?.fresh, undefined);
		assert.equal(fromSaved(saved, NOW + REMEMBER_MS).entries.size, 0);
	});

	it('a damaged file is set aside, and the app starts without it', () => {
		const file = join(dir, 'fleet.json');
		writeFileSync(file, '{"savedAt": "2026-01-02T10:00:00Z", "instances": [{"key": 1}]}');
		const cache = openFleetCache(file);
		assert.equal(cache.cached, undefined);
		assert.match(cache.problem?.reason ?? '', /instances\.0\.key: expected string/);
		assert.ok(!existsSync(file));
		assert.ok(readdirSync(dir).some((name) => name.startsWith('fleet.json.bad-')));
		cache.save({savedAt: '2026-01-02T10:00:00.000Z', instances: []});
		assert.deepEqual(openFleetCache(file).cached, {savedAt: '2026-01-02T10:00:00.000Z', instances: []});
	});
});
