// Editing through the whole app (reducer, hooks, forms) with the real Connect client against the emulator:
// the exact requests sent, for applies, cancels, invalid input, read-only mode, partial failures and conflicts.
import assert from 'node:assert/strict';
import {afterEach, beforeEach, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {AwsError} from '../../source/domain/errors.js';
import {DEMO_PROFILES, demoSeed, type RecordedRequest} from '../../source/emulator/index.js';
import {openForm, openInstance, toggle} from '../helpers/edit-flow.js';
import {gatewayFixture} from '../helpers/gateway-fixture.js';
import {KEY, renderApp} from '../helpers/render-app.js';

const prod = DEMO_PROFILES[0]!;
const WRITES = new Set(['UpdateInstanceAttribute', 'TagResource', 'UntagResource']);
let instanceId: string;
let arn: string;
const fixture = gatewayFixture({
	seed: demoSeed(),
	async setUp({gateway}) {
		const rows = await gateway.listInstances({profile: prod.profile, region: 'us-east-1'});
		const billing = rows.find((row) => row.alias === 'acme-billing')!;
		instanceId = billing.id;
		arn = billing.arn;
	},
});

let savedTags: Record<string, string> = {};
let savedAttributes: Record<string, string> = {};
beforeEach(() => {
	savedTags = {...fixture.emulator.tagsOf(arn)};
	savedAttributes = {...attributes()};
});
afterEach(() => {
	cleanup();
	// Each test starts from the demo estate.
	for (const key of Object.keys(fixture.emulator.tagsOf(arn) ?? {})) fixture.emulator.setTag(arn, key, undefined);
	for (const [key, value] of Object.entries(savedTags)) fixture.emulator.setTag(arn, key, value);
	for (const [type, value] of Object.entries(savedAttributes))
		fixture.emulator.setAttribute(prod.accountId, 'us-east-1', instanceId, type, value);
});

const since = (): RecordedRequest[] => fixture.since();

function writes(): RecordedRequest[] {
	return since().filter((request) => WRITES.has(request.operation));
}

function attributes() {
	return fixture.emulator.attributesOf(prod.accountId, 'us-east-1', instanceId) ?? {};
}

function app(options: {readOnly?: boolean; readOnlyProfiles?: string[]} = {}) {
	return renderApp(fixture.gateway, {
		profiles: [prod.profile],
		regions: ['us-east-1'],
		availableProfiles: DEMO_PROFILES.map((profile) => profile.profile),
		...options,
	});
}

async function tagsForm(rendered: ReturnType<typeof app>) {
	await openInstance(rendered, 'acme-billing');
	return openForm(rendered, 't');
}

async function attributesForm(rendered: ReturnType<typeof app>) {
	await openInstance(rendered, 'acme-billing');
	return openForm(rendered, 'a');
}

describe('editing attributes through the emulator', () => {
	it('sends one UpdateInstanceAttribute per change, after re-reading them, and reads back', async () => {
		const before = attributes();
		const rendered = app();
		await attributesForm(rendered);
		const opened = since().length;
		// CONTACT_LENS (4th) on, EARLY_MEDIA (7th) toggled.
		await toggle(rendered, 'CONTACT_LENS', 'EARLY_MEDIA');
		rendered.press('s');
		await rendered.waitFor('Review');
		rendered.press('y');
		await rendered.waitFor('applied 2 of 2');
		// The list's own requests may come in between: only the attribute reads and writes, in order.
		const sent = since()
			.slice(opened)
			.filter(
				(request) =>
					request.operation === 'DescribeInstanceAttribute' || request.operation === 'UpdateInstanceAttribute',
			)
			.map((request) => `${request.operation} ${request.path.split('/').pop()}`);
		const wantEarly = before['EARLY_MEDIA'] === 'true' ? 'false' : 'true';
		assert.deepEqual(
			writes().map((request) => [
				request.operation,
				request.path.split('/').pop(),
				(request.body as {Value: string}).Value,
			]),
			[
				['UpdateInstanceAttribute', 'CONTACT_LENS', 'true'],
				['UpdateInstanceAttribute', 'EARLY_MEDIA', wantEarly],
			],
		);
		assert.deepEqual(sent.slice(0, 4), [
			'DescribeInstanceAttribute CONTACT_LENS',
			'DescribeInstanceAttribute EARLY_MEDIA',
			'UpdateInstanceAttribute CONTACT_LENS',
			'UpdateInstanceAttribute EARLY_MEDIA',
		]);
		assert.deepEqual(sent.slice(4, 6), [
			'DescribeInstanceAttribute CONTACT_LENS',
			'DescribeInstanceAttribute EARLY_MEDIA',
		]);
		assert.equal(attributes()['CONTACT_LENS'], 'true');
		assert.equal(attributes()['EARLY_MEDIA'], wantEarly);
		assert.match(rendered.lastFrame() ?? '', /AWS now holds: CONTACT_LENS on, EARLY_MEDIA (on|off)/);
		assert.deepEqual(
			rendered
				.journal()
				.map((entry) => [
					entry.operation,
					entry.instanceArn,
					entry.profile,
					entry.account,
					entry.region,
					entry.outcome.status,
				]),
			[
				['UpdateInstanceAttribute', arn, prod.profile, prod.accountId, 'us-east-1', 'ok'],
				['UpdateInstanceAttribute', arn, prod.profile, prod.accountId, 'us-east-1', 'ok'],
			],
		);
		// Put it back for the other tests.
		fixture.emulator.setAttribute(
			prod.accountId,
			'us-east-1',
			instanceId,
			'CONTACT_LENS',
			before['CONTACT_LENS'] ?? 'false',
		);
		fixture.emulator.setAttribute(
			prod.accountId,
			'us-east-1',
			instanceId,
			'EARLY_MEDIA',
			before['EARLY_MEDIA'] ?? 'false',
		);
	});

	it('sends nothing when the review is cancelled or the form is left', async () => {
		const rendered = app();
		await attributesForm(rendered);
		await toggle(rendered, 'CONTACT_LENS');
		rendered.press('s');
		await rendered.waitFor('Review');
		rendered.press('n');
		await rendered.waitFor('cancelled: nothing was sent');
		rendered.press(KEY.esc);
		await rendered.waitFor('Leave the form?');
		rendered.press('y');
		await rendered.waitFor('changes discarded');
		assert.deepEqual(writes(), []);
		assert.deepEqual(rendered.journal(), []);
	});

	it('reports a partial failure exactly, keeps the failed change pending and retries only it', async () => {
		const before = attributes();
		fixture.emulator.inject({
			kind: 'deny',
			operation: 'UpdateInstanceAttribute',
			attributeType: 'EARLY_MEDIA',
			times: 1,
		});
		const second = app();
		await attributesForm(second);
		await toggle(second, 'CONTACTFLOW_LOGS', 'CONTACT_LENS', 'EARLY_MEDIA');
		second.press('s');
		const review = await second.waitFor('Review');
		assert.match(review, /3 attribute changes/);
		second.press('y');
		const frame = await second.waitFor('partly applied: 2 of 3 went through, 1 failed');
		assert.match(frame, /✓ CONTACTFLOW_LOGS/);
		assert.match(frame, /✓ CONTACT_LENS/);
		assert.match(
			frame,
			/✗ EARLY_MEDIA → (on|off): AccessDeniedException \(missing IAM permission connect:UpdateInstanceAttribute\)/,
		);
		assert.match(frame, /EARLY_MEDIA\s+(on → off|off → on)/);
		assert.equal(writes().length, 3);
		assert.notEqual(attributes()['CONTACT_LENS'], before['CONTACT_LENS']);
		assert.equal(attributes()['EARLY_MEDIA'], before['EARLY_MEDIA'] ?? 'false');
		assert.deepEqual(
			second.journal().map((entry) => (entry.outcome.status === 'failed' ? entry.outcome.code : entry.outcome.status)),
			['ok', 'ok', 'AccessDeniedException'],
		);
		const denied = second.journal()[2]?.outcome;
		assert.ok(denied?.status === 'failed' && denied.requestId, 'the failed request keeps its request id');
		// Retry: exactly the failed change.
		second.press('s');
		await second.waitFor('1 attribute change');
		second.press('y');
		await second.waitFor('applied 1 of 1');
		assert.deepEqual(
			writes().map((request) => request.path.split('/').pop()),
			['CONTACTFLOW_LOGS', 'CONTACT_LENS', 'EARLY_MEDIA', 'EARLY_MEDIA'],
		);
		assert.notEqual(attributes()['EARLY_MEDIA'], before['EARLY_MEDIA'] ?? 'false');
		for (const type of ['CONTACTFLOW_LOGS', 'CONTACT_LENS', 'EARLY_MEDIA']) {
			fixture.emulator.setAttribute(prod.accountId, 'us-east-1', instanceId, type, before[type] ?? 'false');
		}
	});

	it('detects a change made behind the form, sends nothing, and asks again', async () => {
		const before = attributes();
		const rendered = app();
		await attributesForm(rendered);
		await toggle(rendered, 'CONTACT_LENS');
		rendered.press('s');
		await rendered.waitFor('Review');
		fixture.emulator.setAttribute(prod.accountId, 'us-east-1', instanceId, 'CONTACT_LENS', 'true');
		rendered.press('y');
		const frame = await rendered.waitFor('Changed by someone else');
		assert.match(frame, /\(then → now\):[^\n]*\n[^\n]*CONTACT_LENS {2}off → on/);
		assert.deepEqual(writes(), []);
		rendered.press('y');
		await rendered.waitFor('applied 1 of 1');
		assert.equal(writes().length, 1);
		fixture.emulator.setAttribute(
			prod.accountId,
			'us-east-1',
			instanceId,
			'CONTACT_LENS',
			before['CONTACT_LENS'] ?? 'false',
		);
	});

	it('sends nothing in read-only mode, globally or for the profile', async () => {
		for (const options of [{readOnly: true}, {readOnlyProfiles: [prod.profile]}]) {
			fixture.mark();
			const rendered = app(options);
			const frame = await attributesForm(rendered);
			assert.match(frame, /\[read-only\]/);
			await toggle(rendered, 'CONTACT_LENS');
			rendered.press('sy');
			await rendered.waitFor('read-only');
			assert.doesNotMatch(rendered.lastFrame() ?? '', /Review/);
			assert.deepEqual(writes(), []);
			cleanup();
		}
	});
});

describe('editing tags through the emulator', () => {
	it('sends one TagResource with exactly the added and changed keys and one UntagResource with exactly the removed', async () => {
		const before = {...fixture.emulator.tagsOf(arn)};
		const rendered = app();
		await tagsForm(rendered);
		// Sorted: CostCenter, Environment, Owner. Remove CostCenter, change Owner, add Team.
		rendered.press('d');
		rendered.press('jj');
		rendered.press('e');
		await rendered.waitFor('Edit the value of Owner');
		rendered.press(`${KEY.backspace.repeat(40)}voice-platform@acme.example`);
		rendered.press(KEY.enter);
		rendered.press('a');
		await rendered.waitFor('Add a tag');
		rendered.press('Team');
		rendered.press(KEY.tab);
		rendered.press('voice ops');
		rendered.press(KEY.enter);
		await rendered.waitFor(/\+ Team/);
		rendered.press('s');
		const review = await rendered.waitFor('Review');
		assert.match(review, /\+ Team = "voice ops"/);
		assert.match(review, /~ Owner {2}"billing-systems@acme.example" → "voice-platform@acme.example"/);
		assert.match(review, /- CostCenter/);
		rendered.press('y');
		await rendered.waitFor('applied 2 of 2');
		const sent = writes();
		assert.deepEqual(
			sent.map((request) => request.operation),
			['TagResource', 'UntagResource'],
		);
		assert.deepEqual(sent[0]!.body, {tags: {Team: 'voice ops', Owner: 'voice-platform@acme.example'}});
		assert.deepEqual(sent[1]!.query, {tagKeys: 'CostCenter'});
		// The re-read before and the read-back after (the list's own requests may come in between).
		const operations = since()
			.map((request) => request.operation)
			.filter((operation) => ['ListTagsForResource', 'TagResource', 'UntagResource'].includes(operation));
		const first = operations.indexOf('TagResource');
		assert.equal(operations[first - 1], 'ListTagsForResource');
		assert.equal(operations[first + 2], 'ListTagsForResource');
		assert.deepEqual(fixture.emulator.tagsOf(arn), {
			Environment: before['Environment'],
			Owner: 'voice-platform@acme.example',
			Team: 'voice ops',
		});
		assert.match(
			rendered.lastFrame() ?? '',
			/AWS now holds: Team = "voice ops", Owner = "voice-platform@acme.example", CostCenter \(absent\)/,
		);
		for (const key of Object.keys(fixture.emulator.tagsOf(arn) ?? {})) fixture.emulator.setTag(arn, key, undefined);
		for (const [key, value] of Object.entries(before)) fixture.emulator.setTag(arn, key, value);
	});

	it('refuses invalid keys as they are typed and sends nothing', async () => {
		const rendered = app();
		await tagsForm(rendered);
		rendered.press('a');
		await rendered.waitFor('Add a tag');
		rendered.press('aws:cost');
		await rendered.waitFor('keys starting with aws: are reserved');
		rendered.press(KEY.enter);
		await rendered.waitFor('Add a tag');
		rendered.press(`${KEY.backspace.repeat(8)}bad<key>`);
		await rendered.waitFor('key may only contain');
		rendered.press(KEY.esc);
		rendered.press('s');
		await rendered.waitFor('nothing to review');
		assert.deepEqual(writes(), []);
	});

	it('refuses a 51st tag before review; the emulator refuses it too when sent directly', async () => {
		const before = {...fixture.emulator.tagsOf(arn)};
		for (let index = Object.keys(before).length; index < 50; index++) fixture.emulator.setTag(arn, `k${index}`, 'v');
		const rendered = app();
		await tagsForm(rendered);
		rendered.press('a');
		await rendered.waitFor('Add a tag');
		rendered.press(`one-too-many${KEY.tab}x${KEY.enter}`);
		await rendered.waitFor('at most 50 tags per resource (this would make 51)');
		rendered.press('s');
		await rendered.waitFor('cannot review: at most 50 tags');
		assert.deepEqual(writes(), []);
		await assert.rejects(
			fixture.gateway.tagResource({profile: prod.profile, region: 'us-east-1'}, arn, {'one-too-many': 'x'}),
			(error: unknown) => {
				assert.ok(error instanceof AwsError);
				assert.equal(error.code, 'InvalidParameterException');
				return true;
			},
		);
		for (const key of Object.keys(fixture.emulator.tagsOf(arn) ?? {}))
			if (!(key in before)) fixture.emulator.setTag(arn, key, undefined);
	});

	it('TagResource succeeds and UntagResource fails: the report says so and the removal stays pending', async () => {
		const before = {...fixture.emulator.tagsOf(arn)};
		fixture.emulator.inject({kind: 'deny', operation: 'UntagResource', times: 1});
		const rendered = app();
		await tagsForm(rendered);
		rendered.press('d');
		rendered.press('a');
		await rendered.waitFor('Add a tag');
		rendered.press(`Team${KEY.tab}ops${KEY.enter}`);
		await rendered.waitFor(/\+ Team/);
		rendered.press('s');
		await rendered.waitFor('Review');
		rendered.press('y');
		const frame = await rendered.waitFor('partly applied: 1 of 2 went through, 1 failed');
		assert.match(frame, /✓ TagResource Team/);
		assert.match(
			frame,
			/✗ UntagResource CostCenter: AccessDeniedException \(missing IAM permission connect:UntagResource\)/,
		);
		assert.match(frame, /- CostCenter\s+"CC-4410" \(will be removed\)/);
		assert.equal(fixture.emulator.tagsOf(arn)?.['Team'], 'ops');
		assert.equal(fixture.emulator.tagsOf(arn)?.['CostCenter'], 'CC-4410');
		rendered.press('s');
		const retry = await rendered.waitFor('Review');
		assert.match(retry, /1 tag change/);
		rendered.press('y');
		await rendered.waitFor('applied 1 of 1');
		assert.deepEqual(
			writes().map((request) => [
				request.operation,
				request.operation === 'UntagResource'
					? request.query['tagKeys']
					: Object.keys((request.body as {tags: object}).tags).join(','),
			]),
			[
				['TagResource', 'Team'],
				['UntagResource', 'CostCenter'],
				['UntagResource', 'CostCenter'],
			],
		);
		for (const key of Object.keys(fixture.emulator.tagsOf(arn) ?? {})) fixture.emulator.setTag(arn, key, undefined);
		for (const [key, value] of Object.entries(before)) fixture.emulator.setTag(arn, key, value);
	});

	it('detects a tag changed behind the form; untouched tags changed meanwhile are no conflict and are not rewritten', async () => {
		const before = {...fixture.emulator.tagsOf(arn)};
		const rendered = app();
		await tagsForm(rendered);
		rendered.press('jj');
		rendered.press('e');
		await rendered.waitFor('Edit the value of Owner');
		rendered.press(`-x${KEY.enter}`);
		rendered.press('s');
		await rendered.waitFor('Review');
		fixture.emulator.setTag(arn, 'Environment', 'staging');
		fixture.emulator.setTag(arn, 'Owner', 'someone-else@acme.example');
		rendered.press('y');
		const frame = await rendered.waitFor('Changed by someone else');
		assert.match(frame, /Owner {2}"billing-systems@acme.example" → "someone-else@acme.example"/);
		assert.doesNotMatch(frame, /Environment /);
		assert.deepEqual(writes(), []);
		rendered.press('y');
		await rendered.waitFor('applied 1 of 1');
		assert.deepEqual(
			writes().map((request) => request.body),
			[{tags: {Owner: 'billing-systems@acme.example-x'}}],
		);
		assert.equal(fixture.emulator.tagsOf(arn)?.['Environment'], 'staging');
		for (const key of Object.keys(fixture.emulator.tagsOf(arn) ?? {})) fixture.emulator.setTag(arn, key, undefined);
		for (const [key, value] of Object.entries(before)) fixture.emulator.setTag(arn, key, value);
	});

	it('sends nothing in read-only mode', async () => {
		const rendered = app({readOnly: true});
		const frame = await tagsForm(rendered);
		assert.match(frame, /view only/);
		rendered.press('d');
		await rendered.waitFor('read-only');
		rendered.press('a');
		rendered.press('s');
		assert.doesNotMatch(rendered.lastFrame() ?? '', /Add a tag|Review/);
		assert.deepEqual(writes(), []);
	});
});
