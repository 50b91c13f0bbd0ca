import assert from 'node:assert/strict';
import {test} from 'node:test';
import {cellText, headerLine, layoutColumns, rowLine} from '../../source/domain/columns.js';
import type {InstanceSummary} from '../../source/domain/types.js';

const row: InstanceSummary = {
	profile: 'contact-center-emea-production',
	accountId: '123456789012',
	region: 'eu-central-1',
	id: '11111111-2222-3333-4444-555555555555',
	arn: 'arn:aws:connect:eu-central-1:123456789012:instance/11111111-2222-3333-4444-555555555555',
	alias: 'emea',
	status: 'ACTIVE',
	identityManagementType: 'SAML',
	inboundCalls: true,
	outboundCalls: true,
};

test('with accounts beside profiles, the profile column names the account and always shows its id', () => {
	const columns = layoutColumns(160, true, true);
	assert.deepEqual(
		columns.map((c) => c.id),
		['alias', 'id', 'region', 'account', 'status', 'identity', 'calls', 'created'],
	);
	assert.match(headerLine(columns), /ACCOUNT/);
	const account = cellText(row, 'account');
	assert.ok(account.endsWith(' 123456789012'), account);
	assert.ok(account.length <= 32);
	assert.match(rowLine(row, columns), / contact-center-eme… 123456789012 /);
	// Profiles only: the profile column as before.
	assert.deepEqual(
		layoutColumns(160, true).map((c) => c.id),
		['alias', 'id', 'region', 'profile', 'status', 'identity', 'calls', 'created'],
	);
	assert.ok(!layoutColumns(160, false, true).some((c) => c.id === 'account'));
});

test('the REPLICA column shows once an instance is known to be replicated, last, and outlasts the id at 80 columns', () => {
	assert.ok(!layoutColumns(120, false).some((c) => c.id === 'replica'));
	assert.equal(layoutColumns(120, false, false, true).at(-1)?.id, 'replica');
	// Two profiles at 80 columns: the short id goes before the marker does.
	const narrow = layoutColumns(80, true, false, true).map((c) => c.id);
	assert.deepEqual(narrow, ['alias', 'region', 'profile', 'status', 'replica']);
	assert.deepEqual(
		layoutColumns(80, false, false, true).map((c) => c.id),
		['alias', 'id', 'region', 'status', 'created', 'replica'],
	);
	const replicated = layoutColumns(120, false, false, true);
	assert.ok(rowLine(row, replicated).endsWith(' '.repeat(13)));
	assert.equal(cellText(row, 'replica', '→eu-west-2'), '→eu-west-2');
});
