import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
	effectiveValue,
	isPending,
	pendingChanges,
	startAttributeEdit,
	togglePending,
} from '../../source/domain/attribute-edit.js';

const attrs = [
	{type: 'INBOUND_CALLS', value: 'true'},
	{type: 'OUTBOUND_CALLS', value: 'false'},
	{type: 'CONTACT_LENS', value: 'true'},
	{type: 'CUSTOM_THING', value: 'weird'},
];

test('starts with nothing pending, rows in catalogue order', () => {
	const edit = startAttributeEdit(attrs);
	assert.deepEqual(pendingChanges(edit), []);
	assert.equal(edit.rows[0]?.type, 'INBOUND_CALLS');
	assert.equal(edit.rows.at(-1)?.type, 'CUSTOM_THING');
});

test('toggling records a change; toggling back drops it', () => {
	let edit = startAttributeEdit(attrs);
	edit = togglePending(edit, 'OUTBOUND_CALLS');
	edit = togglePending(edit, 'INBOUND_CALLS');
	assert.equal(effectiveValue(edit, 'OUTBOUND_CALLS'), true);
	assert.ok(isPending(edit, 'OUTBOUND_CALLS'));
	assert.deepEqual(pendingChanges(edit), [
		{type: 'INBOUND_CALLS', from: true, to: false},
		{type: 'OUTBOUND_CALLS', from: false, to: true},
	]);
	edit = togglePending(edit, 'OUTBOUND_CALLS');
	assert.ok(!isPending(edit, 'OUTBOUND_CALLS'));
	assert.deepEqual(pendingChanges(edit), [{type: 'INBOUND_CALLS', from: true, to: false}]);
});

test('a missing attribute counts as off; an odd value stays pending', () => {
	let edit = startAttributeEdit(attrs);
	edit = togglePending(edit, 'EARLY_MEDIA');
	assert.deepEqual(pendingChanges(edit), [{type: 'EARLY_MEDIA', from: undefined, to: true}]);
	edit = togglePending(edit, 'EARLY_MEDIA');
	assert.deepEqual(pendingChanges(edit), []);
	assert.equal(effectiveValue(edit, 'EARLY_MEDIA'), undefined);
	edit = togglePending(edit, 'CUSTOM_THING');
	assert.deepEqual(pendingChanges(edit), [{type: 'CUSTOM_THING', from: undefined, to: true}]);
	edit = togglePending(edit, 'CUSTOM_THING');
	assert.deepEqual(pendingChanges(edit), [{type: 'CUSTOM_THING', from: undefined, to: false}]);
});

test('unknown types are ignored and edits are immutable', () => {
	const edit = startAttributeEdit(attrs);
	assert.equal(togglePending(edit, 'NOT_IN_FORM'), edit);
	togglePending(edit, 'INBOUND_CALLS');
	assert.deepEqual(edit.pending, {});
});
