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
