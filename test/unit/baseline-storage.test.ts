import {test} from 'node:test';
import assert from 'node:assert/strict';
import {baselineNeeds, instanceDrift, type Baseline} from '../../source/domain/baseline.js';
import {parseBaseline} from '../../source/domain/baseline-parse.js';
import {summaryRow} from '../helpers/state.js';

function parsed(text: string): Baseline {
	const result = parseBaseline(text, 'baseline.yaml');
	if ('error' in result) assert.fail(result.error);
	return result.baseline;
}

function error(text: string): string {
	const result = parseBaseline(text, 'baseline.yaml');
	if (!('error' in result)) assert.fail('expected an error');
	return result.error;
}

const row = summaryRow('jade', 'eu-central-1', 'prod', 'aaaa');

test('storage: {CALL_RECORDINGS: encrypted} needs the storage facts, and says which types differ and how', () => {
	const baseline = parsed(
		'rules:\n  - storage: {CALL_RECORDINGS: encrypted, chat_transcripts: encrypted, CONTACT_TRACE_RECORDS: encrypted, AGENT_EVENTS: configured, ATTACHMENTS: configured}\n',
	);
	assert.ok(baselineNeeds(baseline).has('storage'));
	assert.deepEqual(instanceDrift(baseline, row, {}), {known: false, needs: new Set(['storage']), drift: []});
	const result = instanceDrift(baseline, row, {
		storage: {
			CALL_RECORDINGS: 'not-encrypted',
			CHAT_TRANSCRIPTS: 'encrypted',
			CONTACT_TRACE_RECORDS: 'stream',
			AGENT_EVENTS: 'stream',
		},
	});
	assert.deepEqual(result, {
		known: true,
		drift: [
			{Kind: 'storage', Name: 'CALL_RECORDINGS', Want: 'encrypted', Have: 'not encrypted', rule: 0},
			{
				Kind: 'storage',
				Name: 'CONTACT_TRACE_RECORDS',
				Want: 'encrypted',
				Have: 'Kinesis stream (its encryption is set on the stream, not in Amazon Connect)',
				rule: 0,
			},
			{Kind: 'storage', Name: 'ATTACHMENTS', Want: 'configured', Have: 'not configured', rule: 0},
		],
	});
});

test('an unknown storage type or wanted value is refused with the place and the known values', () => {
	assert.match(
		error('rules:\n  - storage: {VOICEMAIL: encrypted}\n'),
		/rules\[0\]\.storage\.VOICEMAIL.*unknown storage type 'VOICEMAIL' \(known: CHAT_TRANSCRIPTS, CALL_RECORDINGS/,
	);
	assert.match(error('rules:\n  - storage: {CALL_RECORDINGS: on}\n'), /needs encrypted or configured, not "on"/);
	assert.match(error('rules:\n  - storage: [CALL_RECORDINGS]\n'), /needs a map of storage types/);
});
