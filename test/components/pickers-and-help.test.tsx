import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createFakeGateway, fakeInstance} from '../helpers/fake-gateway.js';
import {KEY, renderApp} from '../helpers/render-app.js';

function estate() {
	return [
		fakeInstance({id: 'aaaa1111-0000-0000-0000-000000000001', alias: 'prod-east'}),
		fakeInstance({id: 'bbbb2222-0000-0000-0000-000000000002', alias: 'prod-west', region: 'us-west-2'}),
		fakeInstance({id: 'cccc3333-0000-0000-0000-000000000003', alias: 'dev-east', profile: 'dev'}),
	];
}

describe('profile and region pickers', () => {
	it('p toggles profiles with Space and Enter applies: the list follows', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway);
		await app.waitFor('prod-east');
		app.press('p');
		let frame = await app.waitFor('Profiles (1 chosen)');
		assert.match(frame, /\[x\] prod/);
		assert.match(frame, /\[ \] dev/);
		// Type to filter, then toggle what's under the cursor.
		app.press('de');
		await app.waitFor('filter: de');
		app.press(KEY.space);
		await app.waitFor('Profiles (2 chosen)');
		app.press(KEY.enter);
		frame = await app.waitFor('dev-east');
		assert.match(frame, /prod-east/);
		assert.match(frame, /PROFILE/, 'a profile column appears with two profiles');
		app.unmount();
	});

	it('Esc cancels without changing anything; applying nothing is refused with a reason', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway);
		await app.waitFor('prod-east');
		app.press('r');
		await app.waitFor('Regions (1 chosen)');
		app.press(KEY.space);
		await app.waitFor('Regions (0 chosen)');
		app.press(KEY.enter);
		await app.waitFor('Choose at least one region');
		app.press(KEY.esc);
		const frame = await app.waitFor('Enter open');
		assert.match(frame, /prod-east/);
		assert.equal(gateway.calls.filter((call) => call.method === 'listInstances').length, 1);
		app.unmount();
	});

	it('r adds a region: its rows stream in', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway);
		await app.waitFor('prod-east');
		app.press('r');
		await app.waitFor('Regions (1 chosen)');
		app.press('us-west');
		await app.waitFor('filter: us-west');
		app.press(KEY.space + KEY.enter);
		const frame = await app.waitFor('prod-west');
		assert.match(frame, /us-west-2 1/);
		app.unmount();
	});
});

describe('help overlay', () => {
	it('? shows every binding from the keymap, Esc closes it', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway, {}, {columns: 100, rows: 60});
		await app.waitFor('prod-east');
		app.press('?');
		const frame = await app.waitFor('Keys');
		for (const text of ['Instance list', 'filter', 'profiles', 'regions', 'refresh', 'Instance detail', 'attributes']) {
			assert.ok(frame.includes(text), `help mentions ${text}`);
		}

		assert.doesNotMatch(frame, /Text fields/, 'further down');
		app.press('j'.repeat(80));
		await app.waitFor('Text fields');

		app.press(KEY.esc);
		await app.waitFor('Enter open');
		app.unmount();
	});

	it('scrolls exactly to its last line: one k there moves the view at once', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway, {}, {columns: 100, rows: 30});
		await app.waitFor('prod-east');
		app.press('?' + 'j'.repeat(300));
		const bottom = await app.waitFor(/Help overlay[\s\S]*close[\s\S]*scroll/);
		app.press('k');
		const deadline = Date.now() + 5000;
		while (app.lastFrame() === bottom && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
		assert.notEqual(app.lastFrame(), bottom, 'k at the bottom moved the view');
		app.unmount();
	});

	it('read-only: mutating keys are left out of the help and the footer', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway, {readOnly: true}, {columns: 100, rows: 60});
		await app.waitFor('prod-east');
		app.press(KEY.enter);
		const detail = await app.waitFor('Overview');
		assert.match(detail, /read-only/);
		app.press('?');
		const help = await app.waitFor('Keys (read-only');
		assert.doesNotMatch(help, /changes AWS/);
		app.unmount();
	});
});

describe('a terminal too small', () => {
	it('names the key that quits from any screen (Ctrl-C), in full, and Ctrl-C quits', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway, {}, {columns: 50, rows: 12});
		const frame = await app.waitFor('terminal too small');
		assert.match(frame, /Ctrl-C\s+quits/);
		for (const line of frame.split('\n')) assert.ok(line.length <= 50, line);
		app.press('\u0003');
		await app.quit;
		app.unmount();
	});
});

describe('a narrow terminal (70 columns)', () => {
	it('keeps ? help in the footer and the read-only mark in the header', async () => {
		const gateway = createFakeGateway(estate());
		const app = renderApp(gateway, {profiles: ['prod', 'dev'], readOnlyProfiles: ['prod']}, {columns: 70, rows: 24});
		const frame = await app.waitFor('prod-east');
		const lines = frame.split('\n');
		assert.match(lines[0]!, /^connectui instances \[read-only: prod\] 1\/\d/);
		assert.match(lines.at(-1)!, /Enter open .*\? help$/);
		for (const line of lines) assert.ok(line.length <= 70, line);
		app.unmount();
	});
});
