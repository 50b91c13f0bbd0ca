import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {AwsError} from '../../source/domain/errors.js';
import {createFakeGateway, fakeInstance} from '../helpers/fake-gateway.js';
import {KEY, renderApp} from '../helpers/render-app.js';

function estate() {
	return [
		fakeInstance({id: 'aaaa1111-0000-0000-0000-000000000001', alias: 'zulu-support'}),
		fakeInstance({id: 'bbbb2222-0000-0000-0000-000000000002', alias: 'alpha-sales'}),
		fakeInstance({id: 'cccc3333-0000-0000-0000-000000000003', alias: 'jade-claims', region: 'us-west-2'}),
		fakeInstance({
			id: 'dddd4444-0000-0000-0000-000000000004',
			alias: 'jade-claims',
			region: 'eu-central-1',
			status: 'CREATION_FAILED',
		}),
		fakeInstance({id: 'eeee5555-0000-0000-0000-000000000005', alias: 'mike-dev', profile: 'dev'}),
	];
}

/** The line each row is on (-1: not on screen). */
function rowOrder(frame: string, rows: RegExp[]): number[] {
	const lines = frame.split('\n');
	return rows.map((row) => lines.findIndex((line) => row.test(line)));
}

describe('instance list', () => {
	it('shows one row per instance sorted by alias then region, with the pair strip', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway, {regions: ['us-east-1', 'us-west-2', 'eu-central-1']});
		const frame = await app.waitFor(/us-west-2 1/);
		// Each row told apart by its alias and region: the two jade-claims rows are in region order.
		const [alpha, jadeEu, jadeUs, zulu] = rowOrder(frame, [
			/alpha-sales/,
			/jade-claims.*eu-central-1/,
			/jade-claims.*us-west-2/,
			/zulu-support/,
		]);
		assert.ok(alpha! >= 0 && alpha! < jadeEu! && jadeEu! < jadeUs! && jadeUs! < zulu!, frame);
		assert.match(frame, /us-east-1 2/);
		assert.match(frame, /eu-central-1 1/);
		assert.match(frame, /aaaa1111/);
		assert.match(frame, /failed/);
		assert.doesNotMatch(frame, /mike-dev/, 'the dev profile was not chosen');
		app.unmount();
	});

	it('shows a failing pair with its AWS error while the others still list', async () => {
		const gateway = createFakeGateway(estate());
		gateway.fail(
			{region: 'us-west-2'},
			new AwsError('AccessDeniedException', 'User is not authorized to perform connect:ListInstances'),
		);
		const app = renderApp(gateway, {regions: ['us-east-1', 'us-west-2']});
		const frame = await app.waitFor('AccessDeniedException');
		assert.match(frame, /connect:ListInstances/);
		await app.waitFor('alpha-sales');
		app.unmount();
	});

	it('rows stream in as each region answers', async () => {
		const gateway = createFakeGateway(estate());
		const release = gateway.hold('us-west-2');
		const app = renderApp(gateway, {regions: ['us-east-1', 'us-west-2']});
		const early = await app.waitFor('zulu-support');
		assert.match(early, /us-west-2 …/);
		assert.doesNotMatch(early, /jade-claims/);
		release();
		await app.waitFor('jade-claims');
		app.unmount();
	});

	it('moves with j/k and arrows, counts keys typed ahead in one read, and opens with Enter', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway);
		await app.waitFor('zulu-support');
		assert.match(app.lastFrame() ?? '', /› alpha-sales/);
		app.press('j');
		await app.waitFor('› zulu-support');
		app.press('k');
		await app.waitFor('› alpha-sales');
		app.press(KEY.down);
		await app.waitFor('› zulu-support');
		app.press('g');
		await app.waitFor('› alpha-sales');
		app.press('G');
		await app.waitFor('› zulu-support');
		app.press('g');
		await app.waitFor('› alpha-sales');
		app.press('jj' + KEY.enter);
		// Two moves from the top clamp at the last row; Enter opens it.
		await app.waitFor('https://zulu-support.my.connect.aws');
		app.unmount();
	});

	it('filters by alias, id, region, profile or status; Enter keeps it, Esc clears it', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway, {profiles: ['prod', 'dev'], regions: ['us-east-1', 'us-west-2', 'eu-central-1']});
		await app.waitFor('mike-dev');
		app.press('/jade');
		let frame = await app.waitFor('2 of 5');
		assert.doesNotMatch(frame, /alpha-sales/);
		app.press(KEY.enter);
		await app.waitFor(/jade · Esc clear|2 of 5 · Esc clear/);
		// With the filter kept, single-letter keys move again.
		app.press('j');
		await app.waitFor(/› jade-claims\s+cccc3333/);
		app.press(KEY.esc);
		frame = await app.waitFor('alpha-sales');
		assert.doesNotMatch(frame, /of 5/);
		app.press('/dev');
		frame = await app.waitFor('1 of 5');
		assert.match(frame, /mike-dev/);
		app.press(KEY.esc);
		await app.waitFor('zulu-support');
		app.press('/failed');
		frame = await app.waitFor('1 of 5');
		assert.match(frame, /jade-claims\s+dddd4444/);
		app.press(KEY.backspace.repeat(6) + 'nothing-like-this');
		frame = await app.waitFor('0 of 5');
		assert.match(frame, /No instance matches/);
		app.unmount();
	});

	it('q quits', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway);
		await app.waitFor('zulu-support');
		app.press('q');
		await app.quit;
		app.unmount();
	});

	it('R reloads every pair', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway);
		await app.waitFor('zulu-support');
		const before = gateway.calls.filter((call) => call.method === 'listInstances').length;
		gateway.instances.push(fakeInstance({id: 'ffff6666-0000-0000-0000-000000000006', alias: 'new-arrival'}));
		app.press('R');
		await app.waitFor('new-arrival');
		assert.equal(gateway.calls.filter((call) => call.method === 'listInstances').length, before + 1);
		app.unmount();
	});
});

describe('instance list when nothing can be listed', () => {
	it('says that every pair failed rather than that there are no instances', async () => {
		const gateway = createFakeGateway([]);
		gateway.fail({}, new AwsError('CredentialsError', 'No credentials found for profile prod'));
		const app = renderApp(gateway);
		const frame = await app.waitFor('Nothing could be listed');
		assert.match(frame, /CredentialsError: No credentials found for profile prod/);
		app.unmount();
	});

	it('says there are none when every pair answered with none', async () => {
		const app = renderApp(createFakeGateway([]));
		await app.waitFor('No Amazon Connect instances in the chosen profiles and regions');
		app.unmount();
	});
});
