import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {AwsError} from '../../source/domain/errors.js';
import {createFakeGateway, fakeInstance} from '../helpers/fake-gateway.js';
import {KEY, renderApp} from '../helpers/render-app.js';

function replicated() {
	return fakeInstance({
		id: 'aaaa1111-0000-0000-0000-000000000001',
		alias: 'acme-support',
		status: 'CREATION_FAILED',
		statusReason: 'Directory creation failed: \u001B[31mquota\u001B[0m exceeded',
		replication: {
			sourceRegion: 'us-east-1',
			globalSignInEndpoint: 'https://acme-support.global.my.connect.aws',
			regions: [
				{region: 'us-east-1', status: 'INSTANCE_REPLICATION_COMPLETE'},
				{region: 'us-west-2', status: 'INSTANCE_REPLICATION_FAILED', statusReason: 'Service quota exceeded'},
			],
		},
		tags: {Owner: 'ops', CostCenter: 'CC-1', Environment: 'prod'},
	});
}

describe('instance detail', () => {
	it('shows overview, replication, attributes in API order and tags sorted by key', async () => {
		const gateway = createFakeGateway([replicated()]);
		const app = renderApp(gateway, {}, {columns: 100, rows: 60});
		await app.waitFor('acme-support');
		app.press(KEY.enter);
		const frame = await app.waitFor('CostCenter');
		assert.match(frame, /Status reason\s+Directory creation failed: ␛\[31mquota␛\[0m exceeded/);
		assert.doesNotMatch(frame, /\u001B\[31mquota/);
		assert.match(frame, /Access URL\s+https:\/\/acme-support\.my\.connect\.aws/);
		assert.match(frame, /Source region\s+us-east-1/);
		assert.match(frame, /Global sign-in\s+https:\/\/acme-support\.global\.my\.connect\.aws/);
		assert.match(frame, /us-west-2\s+replication failed — Service quota exceeded/);
		assert.match(frame, /us-east-1\s+replicated/);
		const order = ['INBOUND_CALLS', 'OUTBOUND_CALLS', 'CONTACTFLOW_LOGS', 'CONTACT_LENS', 'MESSAGE_STREAMING'].map(
			(type) => frame.indexOf(type),
		);
		assert.deepEqual(
			[...order].sort((a, b) => a - b),
			order,
		);
		assert.match(frame, /CONTACT_LENS\s+on/);
		const tags = ['CostCenter', 'Environment', 'Owner'].map((key) => frame.indexOf(key));
		assert.deepEqual(
			[...tags].sort((a, b) => a - b),
			tags,
		);
		app.unmount();
	});

	it('a failing section shows its error while the others show their data', async () => {
		const gateway = createFakeGateway([replicated()]);
		gateway.fail(
			{method: 'listTags'},
			new AwsError('AccessDeniedException', 'not allowed: connect:ListTagsForResource'),
		);
		const app = renderApp(gateway, {}, {columns: 100, rows: 60});
		await app.waitFor('acme-support');
		app.press(KEY.enter);
		const frame = await app.waitFor('connect:ListTagsForResource');
		assert.match(frame, /✗ AccessDeniedException/);
		await app.waitFor(/CONTACT_LENS\s+on/);
		await app.waitFor('Global sign-in');
		app.unmount();
	});

	it('shows "not replicated" for a plain instance, scrolls, and Esc / q go back', async () => {
		const gateway = createFakeGateway([fakeInstance({id: 'bbbb2222-0000-0000-0000-000000000002', alias: 'plain-one'})]);
		const app = renderApp(gateway, {}, {columns: 80, rows: 24});
		await app.waitFor('plain-one');
		app.press(KEY.enter);
		const frame = await app.waitFor('not replicated');
		assert.doesNotMatch(frame, /USE_CUSTOM_TTS_VOICES/, 'below the fold at 80x24');
		app.press('G');
		// The bottom is the instance settings' counts; the attributes are above them.
		await app.waitFor(/Flows\s+0/);
		app.press('g');
		await app.waitFor('Overview');
		app.press(KEY.pageDown);
		await app.waitFor('USE_CUSTOM_TTS_VOICES');
		app.press('g');
		await app.waitFor('Overview');
		app.press(KEY.esc);
		await app.waitFor('Enter open');
		app.press(KEY.enter);
		await app.waitFor('not replicated');
		app.press('q');
		await app.waitFor('Enter open');
		app.unmount();
	});
});
