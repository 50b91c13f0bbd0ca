import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {checkCache, checkSettings} from '../../source/domain/local-state.js';
import {shapeProblem} from '../../source/domain/shape.js';

describe('local state schemas', () => {
	it('names the first place a value has the wrong shape', () => {
		const shape = {object: {rows: {array: {object: {alias: 'string', on: 'boolean'}}}}} as const;
		assert.equal(shapeProblem({rows: [{alias: 'a', on: true}]}, shape), undefined);
		assert.equal(shapeProblem({rows: [null]}, shape), 'rows.0: expected object, got null');
		assert.equal(shapeProblem({rows: [{on: true}]}, shape), 'rows.0.alias: expected string, got undefined');
		assert.equal(shapeProblem({rows: [], extra: 1}, shape), 'unexpected field "extra"');
		assert.equal(shapeProblem('x', {optional: 'date'}), 'expected a date, got "x"');
		assert.equal(shapeProblem(undefined, {optional: 'date'}), undefined);
	});

	it('settings: absent lists are empty, other keys (conf’s own) are allowed, wrong types are refused', () => {
		assert.deepEqual(checkSettings({regions: ['us-east-1'], __internal__: {}}), {
			ok: true,
			value: {profiles: [], regions: ['us-east-1'], readOnlyProfiles: []},
		});
		assert.deepEqual(checkSettings({readOnlyProfiles: 'prod'}), {
			ok: false,
			reason: 'wrong shape: readOnlyProfiles: expected array, got string',
		});
	});

	it('cache: a row without an alias or with a bad date is refused', () => {
		const row = {
			profile: 'p',
			region: 'r',
			id: 'i',
			arn: 'a',
			alias: 'x',
			status: 'ACTIVE',
			identityManagementType: 'SAML',
			inboundCalls: true,
			outboundCalls: false,
		};
		assert.equal(checkCache({savedAt: '2026-01-01T00:00:00Z', rows: [row]}).ok, true);
		const {alias: _alias, ...noAlias} = row;
		assert.deepEqual(checkCache({savedAt: '2026-01-01T00:00:00Z', rows: [noAlias]}), {
			ok: false,
			reason: 'wrong shape: rows.0.alias: expected string, got undefined',
		});
		assert.equal(checkCache({savedAt: 'yesterday', rows: []}).ok, false);
	});
});
