import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
	ATTRIBUTE_CATALOGUE,
	attributeInfo,
	attributeValueString,
	orderAttributes,
	parseAttributeValue,
} from '../../source/domain/attributes.js';

const API_ORDER = [
	'INBOUND_CALLS',
	'OUTBOUND_CALLS',
	'CONTACTFLOW_LOGS',
	'CONTACT_LENS',
	'AUTO_RESOLVE_BEST_VOICES',
	'USE_CUSTOM_TTS_VOICES',
	'EARLY_MEDIA',
	'MULTI_PARTY_CONFERENCE',
	'HIGH_VOLUME_OUTBOUND',
	'ENHANCED_CONTACT_MONITORING',
	'ENHANCED_CHAT_MONITORING',
	'MULTI_PARTY_CHAT_CONFERENCE',
	'MESSAGE_STREAMING',
];

test('the catalogue lists every attribute type in the API reference order, each described on one line', () => {
	assert.deepEqual(
		ATTRIBUTE_CATALOGUE.map((a) => a.type),
		API_ORDER,
	);
	for (const info of ATTRIBUTE_CATALOGUE) {
		assert.ok(info.label.length > 0 && info.label.length <= 28, info.type);
		assert.ok(info.description.length > 10 && !info.description.includes('\n'), info.type);
	}
	assert.match(attributeInfo('MESSAGE_STREAMING').description, /Lex bot alias/);
	assert.match(attributeInfo('MESSAGE_STREAMING').description, /lex:RecognizeMessageAsync/);
	assert.deepEqual(attributeInfo('NEW_THING'), {type: 'NEW_THING', label: 'NEW_THING', description: ''});
});

test('orderAttributes: catalogue order, missing ones undefined, unknown ones after, sorted', () => {
	const rows = orderAttributes([
		{type: 'ZETA_FEATURE', value: 'true'},
		{type: 'OUTBOUND_CALLS', value: 'false'},
		{type: 'INBOUND_CALLS', value: 'true'},
		{type: 'ALPHA_FEATURE', value: 'maybe'},
		{type: 'CONTACT_LENS', value: 'TRUE'},
	]);
	assert.deepEqual(
		rows.map((r) => r.type),
		[...API_ORDER, 'ALPHA_FEATURE', 'ZETA_FEATURE'],
	);
	const byType = new Map(rows.map((r) => [r.type, r]));
	assert.equal(byType.get('INBOUND_CALLS')?.value, true);
	assert.equal(byType.get('INBOUND_CALLS')?.raw, 'true');
	assert.equal(byType.get('OUTBOUND_CALLS')?.value, false);
	assert.equal(byType.get('CONTACT_LENS')?.value, true);
	assert.equal(byType.get('EARLY_MEDIA')?.value, undefined);
	assert.equal(byType.get('EARLY_MEDIA')?.raw, undefined);
	assert.equal(byType.get('ALPHA_FEATURE')?.value, undefined);
	assert.equal(byType.get('ALPHA_FEATURE')?.raw, 'maybe');
	assert.equal(byType.get('ZETA_FEATURE')?.label, 'ZETA_FEATURE');
});

test('attribute values as strings', () => {
	assert.equal(parseAttributeValue('true'), true);
	assert.equal(parseAttributeValue(' False '), false);
	assert.equal(parseAttributeValue(''), undefined);
	assert.equal(parseAttributeValue(undefined), undefined);
	assert.equal(attributeValueString(true), 'true');
	assert.equal(attributeValueString(false), 'false');
});
