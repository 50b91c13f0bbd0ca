import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {instanceKey} from '../../source/domain/instances.js';
import {STORAGE_COLUMNS, storageCell, storageHeader} from '../../source/domain/matrix-layout.js';
import {STORAGE_RESOURCE_TYPES} from '../../source/domain/settings.js';
import {EMPTY_FLEET, factsOf, receiveLoads, rememberValues, requestLoads} from '../../source/state/fleet-reducer.js';
import {summaryRow} from '../helpers/state.js';

const row = summaryRow('alpha');
const key = instanceKey(row);

function part(type: string, value: string | Error) {
	return {
		key,
		aspect: 'storage' as const,
		at: 1000,
		part: {name: type, of: 3},
		result:
			value instanceof Error
				? {kind: 'error' as const, code: 'AccessDeniedException', message: value.message}
				: {kind: 'ok' as const, value: {[type]: value}},
	};
}

describe('the matrix: storage', () => {
	it('has one column per storage resource type, call recordings and chat transcripts first, each with a short header', () => {
		assert.deepEqual([...STORAGE_COLUMNS].sort(), [...STORAGE_RESOURCE_TYPES].sort());
		assert.deepEqual(STORAGE_COLUMNS.slice(0, 2), ['CALL_RECORDINGS', 'CHAT_TRANSCRIPTS']);
		for (const type of STORAGE_COLUMNS) assert.ok(storageHeader(type).length <= 7, type);
		assert.equal(new Set(STORAGE_COLUMNS.map((type) => storageHeader(type))).size, STORAGE_COLUMNS.length);
	});

	it('cells say encrypted, not encrypted, not configured, loading or error', () => {
		const values = {CALL_RECORDINGS: 'encrypted', CHAT_TRANSCRIPTS: 'not-encrypted', MEDIA_STREAMS: 'not-configured'};
		assert.deepEqual(storageCell(values, 'CALL_RECORDINGS', {}), {text: 'KMS', kind: 'on', drift: false});
		assert.deepEqual(storageCell(values, 'CHAT_TRANSCRIPTS', {}, true), {text: 'no KMS', kind: 'warn', drift: true});
		assert.equal(storageCell(values, 'MEDIA_STREAMS', {}).text, 'none');
		assert.equal(storageCell(values, 'ATTACHMENTS', {loading: true}).kind, 'loading');
		assert.equal(storageCell(values, 'ATTACHMENTS', {error: true}).kind, 'error');
		assert.equal(storageCell({ATTACHMENTS: 'error'}, 'ATTACHMENTS', {loading: true}).kind, 'error');
	});

	it('a load read in parts fills cell by cell and is fresh once every part has come, a failed part an error', () => {
		let fleet = requestLoads(EMPTY_FLEET, [row], 'storage');
		fleet = receiveLoads(fleet, [part('CALL_RECORDINGS', 'encrypted')]);
		let known = fleet.entries.get(key)?.storage;
		assert.equal(known?.loading, true);
		assert.equal(known?.fresh, undefined);
		assert.deepEqual(known?.value, {CALL_RECORDINGS: 'encrypted'});
		fleet = receiveLoads(fleet, [part('CHAT_TRANSCRIPTS', new Error('denied')), part('MEDIA_STREAMS', 'stream')]);
		known = fleet.entries.get(key)?.storage;
		assert.equal(known?.loading, undefined);
		assert.equal(known?.fresh, true);
		assert.equal(known?.at, 1000);
		assert.deepEqual(known?.value, {CALL_RECORDINGS: 'encrypted', CHAT_TRANSCRIPTS: 'error', MEDIA_STREAMS: 'stream'});
		assert.equal(known?.error?.code, 'AccessDeniedException');
		// Read again (R): the last values stay on screen while the parts come in again.
		fleet = requestLoads(fleet, [row], 'storage', true);
		fleet = receiveLoads(fleet, [part('CALL_RECORDINGS', 'not-encrypted')]);
		known = fleet.entries.get(key)?.storage;
		assert.deepEqual(known?.value, {
			CALL_RECORDINGS: 'not-encrypted',
			CHAT_TRANSCRIPTS: 'error',
			MEDIA_STREAMS: 'stream',
		});
		assert.equal(known?.error, undefined);
	});

	it('baselines see storage only once every type is read without an error (a type not read is not "not configured")', () => {
		const all = Object.fromEntries(STORAGE_RESOURCE_TYPES.map((type) => [type, 'not-configured']));
		const storageFacts = (value: Record<string, string>) =>
			factsOf(rememberValues(EMPTY_FLEET, 'k', 'storage', value, 0, true).entries.get('k')).storage;
		assert.equal(storageFacts({CALL_RECORDINGS: 'encrypted'}), undefined);
		assert.equal(storageFacts({...all, CALL_RECORDINGS: 'error'}), undefined);
		assert.deepEqual(storageFacts({...all, CALL_RECORDINGS: 'encrypted'}), {
			...all,
			CALL_RECORDINGS: 'encrypted',
		});
	});
});
