// The attributes form and its review dialog, through the whole app with an in-memory gateway.
import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {ATTRIBUTE_CATALOGUE} from '../../source/domain/attributes.js';
import {AwsError} from '../../source/domain/errors.js';
import {openForm, openInstance, toggle} from '../helpers/edit-flow.js';
import {createFakeGateway, fakeInstance} from '../helpers/fake-gateway.js';
import {KEY as keys, renderApp, type RenderedApp} from '../helpers/render-app.js';

afterEach(() => cleanup());

function setup(options: {readOnly?: boolean; readOnlyProfiles?: string[]} = {}) {
	const instance = fakeInstance({id: 'aaaaaaaa-1111-4111-8111-111111111111', alias: 'alpha'});
	// Like AWS, every attribute type is listed.
	instance.attributes = {
		...Object.fromEntries(ATTRIBUTE_CATALOGUE.map((info) => [info.type, 'false'])),
		INBOUND_CALLS: 'true',
		OUTBOUND_CALLS: 'true',
		CONTACTFLOW_LOGS: 'true',
		EARLY_MEDIA: 'true',
	};
	const gateway = createFakeGateway([instance]);
	const app = renderApp(gateway, options);
	return {gateway, app};
}

async function openAttributes(app: RenderedApp) {
	await openInstance(app, 'alpha');
	return openForm(app, 'a');
}

describe('attributes form', () => {
	it('lists every attribute type in API order with its value and description', async () => {
		const {app} = setup();
		const frame = await openAttributes(app);
		const order = ['INBOUND_CALLS', 'OUTBOUND_CALLS', 'CONTACTFLOW_LOGS', 'CONTACT_LENS', 'AUTO_RESOLVE_BEST_VOICES'];
		const positions = order.map((type) => frame.indexOf(type));
		assert.ok(
			positions.every((position) => position >= 0),
			frame,
		);
		assert.deepEqual(
			[...positions].sort((a, b) => a - b),
			positions,
		);
		assert.match(frame, /CONTACT_LENS\s+off\s+Conversational analytics/);
		assert.match(frame, /Space toggle/);
	});

	it('Space shows the pending value as on → off; s reviews; n cancels and sends nothing', async () => {
		const {app, gateway} = setup();
		await openAttributes(app);
		await toggle(app, 'CONTACT_LENS');
		await app.waitFor(/CONTACT_LENS\s+off → on/);
		await toggle(app, 'AUTO_RESOLVE_BEST_VOICES');
		await app.waitFor(/AUTO_RESOLVE_BEST_VOICES\s+off → on/);
		app.press('s');
		const review = await app.waitFor('Review');
		assert.match(review, /2 attribute changes to alpha/);
		assert.match(review, /CONTACT_LENS {2}off → on/);
		assert.match(review, /AUTO_RESOLVE_BEST_VOICES {2}off → on/);
		app.press('n');
		await app.waitFor('cancelled: nothing was sent');
		assert.deepEqual(gateway.writes, []);
		// Esc in the review dialog cancels too.
		app.press('s');
		await app.waitFor('Review');
		app.press(keys.esc);
		await app.waitFor('cancelled: nothing was sent');
		assert.deepEqual(gateway.writes, []);
	});

	it('toggling back to what AWS holds drops the change', async () => {
		const {app, gateway} = setup();
		await openAttributes(app);
		await app.moveTo('CONTACT_LENS');
		app.press('  s');
		await app.waitFor('nothing to review');
		assert.deepEqual(gateway.writes, []);
	});

	it('y applies one UpdateInstanceAttribute per change, in order, then shows what AWS holds', async () => {
		const {app, gateway} = setup();
		await openAttributes(app);
		await toggle(app, 'CONTACTFLOW_LOGS', 'CONTACT_LENS');
		app.press('s');
		await app.waitFor('Review');
		app.press('y');
		const frame = await app.waitFor('applied 2 of 2');
		assert.deepEqual(
			gateway.writes.map((call) => call.args.slice(1)),
			[
				['CONTACTFLOW_LOGS', 'false'],
				['CONTACT_LENS', 'true'],
			],
		);
		assert.match(frame, /AWS now holds: CONTACTFLOW_LOGS off, CONTACT_LENS on/);
		assert.match(frame, /CONTACT_LENS\s+on\s/);
		// The re-read came before the first write and the read-back after the last.
		const methods = gateway.calls.map((call) => call.method);
		const firstWrite = methods.indexOf('updateInstanceAttribute');
		assert.deepEqual(methods.slice(firstWrite - 2, firstWrite), [
			'describeInstanceAttribute',
			'describeInstanceAttribute',
		]);
		assert.deepEqual(methods.slice(firstWrite + 2, firstWrite + 4), [
			'describeInstanceAttribute',
			'describeInstanceAttribute',
		]);
		const journal = app.journal();
		assert.equal(journal.length, 2);
		assert.deepEqual(journal[0]?.before, {CONTACTFLOW_LOGS: 'true'});
		assert.deepEqual(journal[0]?.parameters, {
			InstanceId: 'aaaaaaaa-1111-4111-8111-111111111111',
			AttributeType: 'CONTACTFLOW_LOGS',
			Value: 'false',
		});
		assert.deepEqual(journal[0]?.readBack, {after: {CONTACTFLOW_LOGS: 'false'}});
		assert.equal(journal[0]?.outcome.status, 'ok');
	});

	it('Esc with pending changes asks first; y discards and sends nothing', async () => {
		const {app, gateway} = setup();
		await openAttributes(app);
		await app.moveTo('CONTACT_LENS');
		app.press(' ' + keys.esc);
		const frame = await app.waitFor('Leave the form?');
		assert.match(frame, /CONTACT_LENS {2}off → on/);
		app.press('n');
		await app.waitFor(/CONTACT_LENS\s+off → on/);
		app.press(keys.esc);
		await app.waitFor('Leave the form?');
		app.press('y');
		await app.waitFor('changes discarded');
		await app.waitFor('Overview');
		assert.deepEqual(gateway.writes, []);
	});

	it('a partial failure lists what went through and what did not, keeps the failure pending, and retries it', async () => {
		const {app, gateway} = setup();
		gateway.fail(
			{method: 'updateInstanceAttribute', attributeType: 'CONTACT_LENS', times: 1},
			new AwsError('AccessDeniedException', 'not allowed'),
		);
		await openAttributes(app);
		await toggle(app, 'CONTACTFLOW_LOGS', 'CONTACT_LENS');
		app.press('s');
		await app.waitFor('Review');
		app.press('y');
		const frame = await app.waitFor('partly applied: 1 of 2 went through, 1 failed');
		assert.match(frame, /✓ CONTACTFLOW_LOGS → off/);
		assert.match(
			frame,
			/✗ CONTACT_LENS → on: AccessDeniedException \(missing IAM permission connect:UpdateInstanceAttribute\)\n\s+not allowed/,
		);
		assert.match(frame, /CONTACT_LENS\s+off → on/);
		assert.match(frame, /CONTACTFLOW_LOGS\s+off\s/);
		const journal = app.journal();
		assert.equal(journal.length, 2);
		assert.deepEqual(
			{...journal[1]?.outcome, time: undefined},
			{status: 'failed', code: 'AccessDeniedException', message: 'not allowed', time: undefined},
		);
		// Retry: only the failed change is reviewed and sent.
		app.press('s');
		const review = await app.waitFor('Review');
		assert.match(review, /1 attribute change to alpha/);
		app.press('y');
		await app.waitFor('applied 1 of 1');
		assert.deepEqual(
			gateway.writes.map((call) => call.args.slice(1)),
			[
				['CONTACTFLOW_LOGS', 'false'],
				['CONTACT_LENS', 'true'],
				['CONTACT_LENS', 'true'],
			],
		);
	});

	it('shows a conflict when AWS changed since the form opened; n rebases the form on what AWS now holds', async () => {
		const {app, gateway} = setup();
		await openAttributes(app);
		// CONTACTFLOW_LOGS on → off, CONTACT_LENS off → on.
		await toggle(app, 'CONTACTFLOW_LOGS', 'CONTACT_LENS');
		app.press('s');
		await app.waitFor('Review');
		gateway.instances[0]!.attributes['CONTACT_LENS'] = 'true';
		app.press('y');
		const frame = await app.waitFor('Changed by someone else');
		assert.match(frame, /\(then → now\):[^\n]*\n[^\n]*CONTACT_LENS {2}off → on/);
		assert.deepEqual(gateway.writes, []);
		app.press('n');
		await app.waitFor('the form now starts from what AWS holds');
		assert.deepEqual(gateway.writes, []);
		// AWS already holds CONTACT_LENS on: that change dropped out; the review shows the real difference.
		app.press('s');
		const review = await app.waitFor('Review');
		assert.match(review, /1 attribute change/);
		assert.match(review, /CONTACTFLOW_LOGS {2}on → off/);
		assert.doesNotMatch(review, /CONTACT_LENS {2}off → on/);
		app.press('y');
		await app.waitFor('applied 1 of 1');
		const writes: ReadonlyArray<{readonly args: readonly unknown[]}> = gateway.writes;
		assert.deepEqual(
			writes.map((call) => call.args[1]),
			['CONTACTFLOW_LOGS'],
		);
	});

	it('a conflict where AWS already holds every wanted value: n leaves nothing pending', async () => {
		const {app, gateway} = setup();
		await openAttributes(app);
		await toggle(app, 'CONTACT_LENS');
		app.press('s');
		await app.waitFor('Review');
		gateway.instances[0]!.attributes['CONTACT_LENS'] = 'true';
		app.press('y');
		await app.waitFor('Changed by someone else');
		app.press('n');
		await app.waitFor('AWS already holds what you wanted: nothing is pending');
		assert.match(app.lastFrame() ?? '', /CONTACT_LENS\s+on\s/);
		assert.deepEqual(gateway.writes, []);
	});

	it('read-only: the form opens for viewing, Space and s are not bound and say read-only', async () => {
		const {app, gateway} = setup({readOnly: true});
		const frame = await openAttributes(app);
		assert.match(frame, /view only \(read-only\)/);
		assert.match(frame, /\[read-only\]/);
		assert.doesNotMatch(frame, /Space toggle/);
		await toggle(app, 'CONTACT_LENS');
		await app.waitFor('read-only: changes are off');
		assert.doesNotMatch(app.lastFrame() ?? '', /off → on/);
		app.press('s');
		assert.doesNotMatch(app.lastFrame() ?? '', /Review/);
		assert.deepEqual(gateway.writes, []);
	});

	it('read-only for the instance’s profile shows in the header and blocks changes', async () => {
		const {app, gateway} = setup({readOnlyProfiles: ['prod']});
		const list = await app.waitFor('alpha');
		assert.match(list, /\[read-only: prod\]/);
		const frame = await openAttributes(app);
		assert.match(frame, /\[read-only\]/);
		await toggle(app, 'CONTACT_LENS');
		app.press('s');
		await app.waitFor('read-only: changes are off');
		assert.deepEqual(gateway.writes, []);
	});
});
