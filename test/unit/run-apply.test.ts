// The apply runner and the journal: an intent on record before each request, the answer and the
// read-back after; no journal, no request.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {AwsError} from '../../source/domain/errors.js';
import {memoryJournal} from '../../source/services/journal-reader.js';
import {fileJournal} from '../../source/services/journal.js';
import {runApply} from '../../source/services/run-apply.js';
import type {ApplyRequest} from '../../source/state/form-state.js';
import {createFakeGateway, fakeInstance} from '../helpers/fake-gateway.js';

const root = mkdtempSync(join(tmpdir(), 'connectui-run-apply-'));
after(() => rmSync(root, {recursive: true, force: true}));

function setup() {
	const instance = fakeInstance({id: 'i-1', alias: 'alpha', tags: {Team: 'a'}});
	const gateway = createFakeGateway([instance]);
	const request: ApplyRequest = {
		generation: 1,
		target: {profile: 'prod', region: 'us-east-1'},
		instanceId: instance.id,
		instanceArn: instance.arn,
		plan: {
			kind: 'attributes',
			changes: [
				{type: 'CONTACT_LENS', from: true, to: false},
				{type: 'INBOUND_CALLS', from: true, to: false},
			],
		},
		expected: {CONTACT_LENS: 'true', INBOUND_CALLS: 'true'},
	};
	return {instance, gateway, request};
}

describe('applying with the write-ahead journal', () => {
	it('each request is on record (intent) before it is sent; its answer and read-back follow', async () => {
		const {gateway, request} = setup();
		const journal = memoryJournal();
		const seenAtSend: string[][] = [];
		const update = gateway.updateInstanceAttribute.bind(gateway);
		gateway.updateInstanceAttribute = async (...args) => {
			seenAtSend.push(journal.lines.map((line) => line.type));
			return update(...args);
		};

		gateway.fail(
			{method: 'updateInstanceAttribute', attributeType: 'INBOUND_CALLS'},
			new AwsError('AccessDeniedException', 'no', 403, 'req-9'),
		);
		const result = await runApply(gateway, request, {journal});
		assert.equal(result.kind, 'done');
		assert.deepEqual(seenAtSend, [['intent'], ['intent', 'outcome', 'intent']]);
		assert.deepEqual(
			journal.lines.map((line) => line.type),
			['intent', 'outcome', 'intent', 'outcome', 'readback'],
		);
		const [lens, inbound] = journal.records();
		assert.equal(lens?.account, '111122223333');
		assert.deepEqual(lens?.parameters, {InstanceId: 'i-1', AttributeType: 'CONTACT_LENS', Value: 'false'});
		assert.deepEqual(lens?.before, {CONTACT_LENS: 'true'});
		assert.deepEqual(lens?.readBack, {after: {CONTACT_LENS: 'false'}});
		assert.deepEqual(
			{...inbound?.outcome, time: ''},
			{
				status: 'failed',
				time: '',
				code: 'AccessDeniedException',
				message: 'no',
				requestId: 'req-9',
			},
		);
	});

	it('a journal that cannot be written sends nothing, and says why', async () => {
		const {gateway, request} = setup();
		const file = join(root, 'journal-is-a-dir');
		mkdirSync(file);
		const result = await runApply(gateway, request, {journal: fileJournal(file)});
		assert.deepEqual(gateway.writes, []);
		assert.equal(result.kind, 'done');
		if (result.kind !== 'done') return;
		assert.deepEqual(
			result.outcomes.map((outcome) => outcome.error?.message),
			[
				`not sent: cannot write the journal ${file} (it is a directory)`,
				`not sent: cannot write the journal ${file} (it is a directory)`,
			],
		);
	});

	it('a conflict sends nothing and writes nothing', async () => {
		const {gateway, request} = setup();
		const journal = memoryJournal();
		const result = await runApply(gateway, {...request, expected: {CONTACT_LENS: 'false'}}, {journal});
		assert.equal(result.kind, 'conflict');
		assert.deepEqual(journal.lines, []);
		assert.deepEqual(gateway.writes, []);
	});
});
