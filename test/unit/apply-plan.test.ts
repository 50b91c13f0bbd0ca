import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {pickValues, requestKeys, requestParameters} from '../../source/domain/apply-journal.js';
import {
	failedPart,
	findConflicts,
	plannedRequests,
	snapshotOf,
	type ApplyPlan,
} from '../../source/domain/apply-plan.js';
import {applyReport, describeError, reviewLines} from '../../source/domain/apply-text.js';
import {addTag, diffTags, setTagValue, startTagEdit, toggleRemove} from '../../source/domain/tags.js';

const tagEdit = toggleRemove(setTagValue(addTag(startTagEdit({A: '1', B: '2', C: '3'}), 'D', '4'), 'B', '20'), 'C');
const tagsPlan: ApplyPlan = {kind: 'tags', diff: diffTags(tagEdit)};
const attributesPlan: ApplyPlan = {
	kind: 'attributes',
	changes: [
		{type: 'CONTACT_LENS', from: false, to: true},
		{type: 'EARLY_MEDIA', from: true, to: false},
	],
};

describe('plannedRequests', () => {
	it('one UpdateInstanceAttribute per change, in order', () => {
		assert.deepEqual(plannedRequests(attributesPlan), [
			{operation: 'UpdateInstanceAttribute', attributeType: 'CONTACT_LENS', value: 'true'},
			{operation: 'UpdateInstanceAttribute', attributeType: 'EARLY_MEDIA', value: 'false'},
		]);
	});

	it('one TagResource with added and changed keys, one UntagResource with removed keys, untouched keys never', () => {
		assert.deepEqual(plannedRequests(tagsPlan), [
			{operation: 'TagResource', tags: {D: '4', B: '20'}},
			{operation: 'UntagResource', tagKeys: ['C']},
		]);
	});

	it('nothing for an empty edit', () => {
		assert.deepEqual(plannedRequests({kind: 'tags', diff: diffTags(startTagEdit({A: '1'}))}), []);
		assert.deepEqual(plannedRequests({kind: 'attributes', changes: []}), []);
	});
});

describe('review lines', () => {
	it('shows + added, ~ changed old → new, - removed, and on → off', () => {
		assert.deepEqual(reviewLines(tagsPlan), ['+ D = "4"', '~ B  "2" → "20"', '- C']);
		assert.deepEqual(reviewLines(tagsPlan, {B: '2', C: 'gone \u001B[2J'}), [
			'+ D = "4"',
			'~ B  "2" → "20"',
			'- C  was "gone ␛[2J"',
		]);
		assert.deepEqual(reviewLines(attributesPlan), ['CONTACT_LENS  off → on', 'EARLY_MEDIA  on → off']);
	});

	it('renders hostile keys inert', () => {
		const plan: ApplyPlan = {kind: 'tags', diff: diffTags(addTag(startTagEdit({}), 'k\u001B[31m', 'v\u202E'))};
		for (const line of reviewLines(plan)) assert.doesNotMatch(line, /[\u001B\u202E]/);
	});

	it('renders an attribute type AWS listed but the catalogue does not know inert, in the review and the report', () => {
		const type = 'NEW_\u001B]0;owned\u0007TYPE\u202E';
		const plan: ApplyPlan = {kind: 'attributes', changes: [{type, from: false, to: true}]};
		const [request] = plannedRequests(plan);
		const lines = [
			...reviewLines(plan),
			...applyReport(plan, [{request: request!}], {[type]: 'true'}).applied,
			...applyReport(plan, [{request: request!}], {[type]: 'true'}).holds,
			...applyReport(plan, [{request: request!, error: {code: 'X', message: 'm'}}], {
				error: {code: 'E', message: 'n'},
			}).failed.map((failure) => failure.summary),
		];
		assert.equal(lines.length, 4);
		for (const line of lines) assert.doesNotMatch(line, /[\u0000-\u001F\u007F\u202E]/);
	});
});

describe('conflicts', () => {
	it('only touched keys that changed count; attribute values compare as booleans', () => {
		assert.deepEqual(findConflicts(tagsPlan, {A: '1', B: '2', C: '3'}, {A: 'changed', B: '2', C: '3'}), []);
		assert.deepEqual(findConflicts(tagsPlan, {B: '2', C: '3'}, {B: 'x', C: '3', D: 'someone added it'}), [
			{key: 'D', expected: undefined, current: 'someone added it'},
			{key: 'B', expected: '2', current: 'x'},
		]);
		assert.deepEqual(
			findConflicts(
				attributesPlan,
				{CONTACT_LENS: 'false', EARLY_MEDIA: 'true'},
				{CONTACT_LENS: 'FALSE', EARLY_MEDIA: 'true'},
			),
			[],
		);
		assert.deepEqual(
			findConflicts(
				attributesPlan,
				{CONTACT_LENS: undefined, EARLY_MEDIA: 'true'},
				{CONTACT_LENS: 'false', EARLY_MEDIA: 'false'},
			),
			[{key: 'EARLY_MEDIA', expected: 'true', current: 'false'}],
		);
	});

	it('snapshotOf keeps the touched keys only', () => {
		assert.deepEqual(snapshotOf(tagsPlan, {A: '1', B: '2', C: '3'}), {D: undefined, B: '2', C: '3'});
	});
});

describe('reports', () => {
	const outcomes = [
		{request: plannedRequests(tagsPlan)[0]!},
		{request: plannedRequests(tagsPlan)[1]!, error: {code: 'AccessDeniedException', message: 'no'}},
	];

	it('lists what went through, what did not with the missing IAM action, and what AWS holds', () => {
		assert.deepEqual(applyReport(tagsPlan, outcomes, {A: '1', B: '20', C: '3', D: '4'}), {
			applied: ['TagResource D, B'],
			failed: [
				{
					summary: 'UntagResource C: AccessDeniedException (missing IAM permission connect:UntagResource)',
					message: 'no',
				},
			],
			holds: ['D = "4"', 'B = "20"', 'C = "3"'],
		});
		assert.deepEqual(
			applyReport(tagsPlan, outcomes, {error: {code: 'ThrottlingException', message: 'slow down'}}).holds,
			['could not read back: ThrottlingException: slow down'],
		);
	});

	it('keeps only the failed part', () => {
		assert.deepEqual(failedPart(tagsPlan, outcomes), {kind: 'tags', diff: {added: {}, changed: [], removed: ['C']}});
		const attributeOutcomes = [
			{request: plannedRequests(attributesPlan)[0]!, error: {code: 'InvalidRequestException', message: 'x'}},
			{request: plannedRequests(attributesPlan)[1]!},
		];
		assert.deepEqual(failedPart(attributesPlan, attributeOutcomes), {
			kind: 'attributes',
			changes: [attributesPlan.changes[0]],
		});
	});

	it('names the IAM action for each write on AccessDenied only', () => {
		assert.equal(
			describeError('UpdateInstanceAttribute', 'AccessDeniedException', 'm'),
			'AccessDeniedException (missing IAM permission connect:UpdateInstanceAttribute): m',
		);
		assert.equal(
			describeError('TagResource', 'AccessDeniedException', 'm'),
			'AccessDeniedException (missing IAM permission connect:TagResource): m',
		);
		assert.equal(describeError('TagResource', 'ThrottlingException', 'm'), 'ThrottlingException: m');
	});

	it('journals each request with its parameters (API field names) and the touched keys before', () => {
		const [tag, untag] = plannedRequests(tagsPlan);
		assert.deepEqual(requestKeys(tag!), ['D', 'B']);
		assert.deepEqual(requestParameters(tag!, 'i-1', 'arn:i-1'), {resourceArn: 'arn:i-1', tags: {D: '4', B: '20'}});
		assert.deepEqual(requestParameters(untag!, 'i-1', 'arn:i-1'), {resourceArn: 'arn:i-1', tagKeys: ['C']});
		assert.deepEqual(pickValues({B: '2', C: '3', D: undefined}, requestKeys(tag!)), {D: null, B: '2'});
	});
});
