// The approved origins form through the whole app, the real Connect client and the emulator: exactly the
// requests reviewed, http:// refused before anything is sent, a conflict found by the re-read, read-only.
import assert from 'node:assert/strict';
import {afterEach, beforeEach, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {DEMO_PROFILES, demoSeed, type RecordedRequest} from '../../source/emulator/index.js';
import {openInstance} from '../helpers/edit-flow.js';
import {gatewayFixture} from '../helpers/gateway-fixture.js';
import {KEY, renderApp} from '../helpers/render-app.js';

const prod = DEMO_PROFILES[0]!;
const WRITES = new Set(['AssociateApprovedOrigin', 'DisassociateApprovedOrigin']);
const billing = demoSeed().accounts[0]!.regions['us-east-1']!.find((instance) => instance.alias === 'acme-billing')!;
const seeded = ['https://acme-billing.acme.example', 'https://crm.acme.example', 'https://agents.acme.example:8443'];
const fixture = gatewayFixture({seed: demoSeed()});

beforeEach(() => {
	fixture.emulator.setApprovedOrigins(prod.accountId, 'us-east-1', billing.id, seeded);
	fixture.mark();
});
afterEach(() => cleanup());

const origins = () => fixture.emulator.approvedOriginsOf(prod.accountId, 'us-east-1', billing.id);
const writes = (): RecordedRequest[] => fixture.since().filter((request) => WRITES.has(request.operation));

function app(options: {readOnly?: boolean} = {}) {
	return renderApp(
		fixture.gateway,
		{profiles: [prod.profile], regions: ['us-east-1'], ...options},
		{columns: 100, rows: 30},
	);
}

async function originsForm(rendered: ReturnType<typeof app>): Promise<string> {
	await openInstance(rendered, 'acme-billing');
	// Pressed while the origins may still be loading: the form opens when they arrive.
	rendered.press('o');
	return rendered.waitFor('Approved origins · acme-billing', 15_000);
}

describe('the approved origins form', () => {
	it('sends exactly what was reviewed: one Associate per added, one Disassociate per removed; reads back; journals', async () => {
		const rendered = app();
		const form = await originsForm(rendered);
		for (const origin of seeded) assert.ok(form.includes(origin), origin);
		// d on crm (the second row), then add a new one.
		rendered.press('jd');
		await rendered.waitFor('(will be removed)');
		rendered.press('a');
		await rendered.waitFor('Add an approved origin');
		rendered.press('https://portal.acme.example');
		await rendered.waitFor('✓ valid');
		rendered.press(KEY.enter);
		await rendered.waitFor('(will be added)');
		rendered.press('s');
		const review = await rendered.waitFor('Review');
		assert.match(review, /\+ https:\/\/portal\.acme\.example/);
		assert.match(review, /- https:\/\/crm\.acme\.example/);
		assert.match(review, /2 approved origin changes/);
		assert.deepEqual(writes(), [], 'nothing is sent before y');
		rendered.press('y');
		await rendered.waitFor('applied 2 of 2', 15_000);
		assert.deepEqual(
			writes().map((request) => [
				request.operation,
				request.method,
				(request.body as {Origin?: string} | undefined)?.Origin ?? request.query['origin'],
			]),
			[
				['AssociateApprovedOrigin', 'PUT', 'https://portal.acme.example'],
				['DisassociateApprovedOrigin', 'DELETE', 'https://crm.acme.example'],
			],
		);
		const sent = fixture
			.since()
			.map((request) => request.operation)
			.filter((operation) => operation === 'ListApprovedOrigins' || WRITES.has(operation));
		assert.deepEqual(
			sent.slice(-4),
			['ListApprovedOrigins', 'AssociateApprovedOrigin', 'DisassociateApprovedOrigin', 'ListApprovedOrigins'],
			're-read just before sending, read back after',
		);
		assert.deepEqual(origins(), [
			'https://acme-billing.acme.example',
			'https://agents.acme.example:8443',
			'https://portal.acme.example',
		]);
		assert.match(
			rendered.lastFrame() ?? '',
			/AWS now holds: https:\/\/portal\.acme\.example approved, https:\/\/crm\.acme\.example not approved/,
		);
		assert.deepEqual(
			rendered.journal().map((entry) => [entry.operation, entry.outcome.status]),
			[
				['AssociateApprovedOrigin', 'ok'],
				['DisassociateApprovedOrigin', 'ok'],
			],
		);
	});

	it('refuses http:// (and a path) before anything is sent, with the whole reason next to the field', async () => {
		const rendered = app();
		await originsForm(rendered);
		rendered.press('a');
		await rendered.waitFor('Add an approved origin');
		rendered.press('http://portal.acme.example');
		await rendered.waitFor('✗ http:// is not allowed: an approved origin must use https://');
		rendered.press(KEY.enter);
		await rendered.waitFor('✗ http:// is not allowed');
		assert.match(rendered.lastFrame() ?? '', /Add an approved origin/, 'the field stays open with what was typed');
		rendered.press(KEY.esc);
		rendered.press('a');
		await rendered.waitFor('Add an approved origin');
		rendered.press('https://portal.acme.example/login');
		await rendered.waitFor('no path, query or fragment: remove "/login"');
		rendered.press(KEY.esc);
		rendered.press('s');
		await rendered.waitFor('nothing to review');
		assert.deepEqual(writes(), []);
		assert.deepEqual(origins(), seeded);
	});

	it('re-reads before sending: an origin changed behind the form is a conflict and nothing is sent', async () => {
		const rendered = app();
		await originsForm(rendered);
		rendered.press('jd');
		await rendered.waitFor('(will be removed)');
		// Someone else removes crm and adds portal meanwhile.
		fixture.emulator.setApprovedOrigins(prod.accountId, 'us-east-1', billing.id, [
			'https://acme-billing.acme.example',
			'https://agents.acme.example:8443',
		]);
		rendered.press('s');
		await rendered.waitFor('Review');
		rendered.press('y');
		const conflict = await rendered.waitFor('Changed by someone else', 15_000);
		assert.match(conflict, /https:\/\/crm\.acme\.example\s+approved → not approved/);
		rendered.press('n');
		const rebased = await rendered.waitFor('AWS already holds what you wanted: nothing is pending');
		assert.deepEqual(writes(), []);
		// The form starts again from what was just read: crm is gone, so its removal drops out.
		assert.doesNotMatch(rebased, /crm\.acme\.example/);
		rendered.press('s');
		await rendered.waitFor('nothing to review');
	});

	it('read-only: the form opens for viewing; a, d and s are not bound', async () => {
		const rendered = app({readOnly: true});
		const form = await originsForm(rendered);
		assert.match(form, /view only \(read-only\)/);
		rendered.press('jds');
		await rendered.waitFor('read-only');
		assert.doesNotMatch(rendered.lastFrame() ?? '', /will be removed|Review/);
		assert.deepEqual(writes(), []);
	});
});
