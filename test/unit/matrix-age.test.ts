// The matrix marks last known values with their age: short in the age column (`3h`, under `age`), and
// in words on the progress line, as the list's stale line says it (`from 3 h ago`).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {instanceKey} from '../../source/domain/instances.js';
import {shortAge} from '../../source/domain/matrix-layout.js';
import {initialState} from '../../source/state/app-state.js';
import {fromSaved} from '../../source/state/fleet-reducer.js';
import {progressText} from '../../source/state/matrix-view.js';
import {visibleRows} from '../../source/state/selectors.js';
import {summaryRow, typed} from '../helpers/state.js';

const NOW = Date.now();
const rows = ['alpha', 'beta'].map((alias) => summaryRow(alias));
const at = new Date(NOW - 3 * 3_600_000).toISOString();

describe('the matrix’s ages', () => {
	it('the progress line says how old the values shown are in the list’s words', () => {
		const fleet = fromSaved(
			{
				savedAt: at,
				instances: rows.map((row) => ({key: instanceKey(row), attributes: {at, value: {CONTACT_LENS: 'true'}}})),
			},
			NOW,
		);
		const state = typed(
			initialState({
				profiles: ['prod'],
				regions: ['us-east-1'],
				availableProfiles: ['prod'],
				availableRegions: [],
				cachedRows: rows,
				cachedAt: at,
				fleet,
			}),
			'm',
		);
		assert.ok(state.matrix, 'm opens the matrix');
		const text = progressText(state, visibleRows(state), state.matrix, NOW);
		assert.match(text, /attributes 0 of 2 read · about .* left · others as last known from 3 h ago$/);
		assert.equal(shortAge(NOW - 3 * 3_600_000, false, NOW), '3h', 'the column stays short');
	});
});
