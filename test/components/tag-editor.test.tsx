// The tags form and its review dialog, through the whole app with an in-memory gateway.
import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {openForm, openInstance} from '../helpers/edit-flow.js';
import {createFakeGateway, fakeInstance} from '../helpers/fake-gateway.js';
import {KEY, renderApp} from '../helpers/render-app.js';

afterEach(() => cleanup());

function setup(options: {readOnly?: boolean} = {}) {
	const gateway = createFakeGateway([
		fakeInstance({
			id: 'bbbbbbbb-2222-4222-8222-222222222222',
			alias: 'beta',
			tags: {owner: 'x', Env: 'prod', 'evil\u001B[2J': 'v\u202Eal'},
		}),
	]);
	const app = renderApp(gateway, options);
	return {gateway, app};
}

describe('tags form', () => {
	it('lists tags sorted by key, rendered inert', async () => {
		const {app} = setup();
		await openInstance(app, 'beta');
		const frame = await openForm(app, 't');
		const keys = ['Env', 'evil', 'owner'].map((key) => frame.indexOf(key));
		assert.deepEqual(
			[...keys].sort((a, b) => a - b),
			keys,
		);
		assert.doesNotMatch(frame, /\u001B\[2J|\u202E/);
		assert.match(frame, /a add {2}e edit value {2}d remove {2}s review/);
	});

	it('validates as the user types, names the field and the rule, and the review shows the diff', async () => {
		const {app, gateway} = setup();
		await openInstance(app, 'beta');
		await openForm(app, 't');
		app.press('a');
		await app.waitFor('Add a tag');
		app.press('aws:');
		await app.waitFor('✗ key "aws:": keys starting with aws: are reserved');
		app.press(KEY.backspace.repeat(4));
		app.press('Team');
		await app.waitFor('✓ valid');
		app.press(KEY.tab);
		app.press('x'.repeat(257));
		await app.waitFor('✗ value "Team": value must be at most 256 characters');
		app.press(KEY.enter);
		await app.waitFor('Add a tag');
		app.press(KEY.backspace.repeat(250));
		app.press(KEY.enter);
		await app.waitFor(/\+ Team\s+"xxxxxxx"/);
		app.press('d');
		await app.waitFor('(will not be added)');
		app.press('d');
		app.press('k');
		app.press('e');
		await app.waitFor('Edit the value of owner');
		app.press(`${KEY.backspace}y${KEY.enter}`);
		app.press('kd');
		app.press('s');
		const review = await app.waitFor('Review');
		assert.match(review, /\+ Team = "xxxxxxx"/);
		assert.match(review, /~ owner {2}"x" → "y"/);
		assert.match(review, /- evil/);
		assert.match(review, /other tags are not touched/);
		app.press('n');
		await app.waitFor('cancelled: nothing was sent');
		assert.deepEqual(gateway.writes, []);
	});

	it('a text field turns single-letter shortcuts off: s, d, q are typed', async () => {
		const {app, gateway} = setup();
		await openInstance(app, 'beta');
		await openForm(app, 't');
		app.press('a');
		await app.waitFor('Add a tag');
		app.press('sdq?');
		await app.waitFor('key: [sdq?');
		assert.doesNotMatch(app.lastFrame() ?? '', /Review/);
		assert.deepEqual(gateway.writes, []);
	});

	it('read-only: view only, and a, e, d, s are not offered', async () => {
		const {app} = setup({readOnly: true});
		await openInstance(app, 'beta');
		const frame = await openForm(app, 't');
		assert.match(frame, /view only/);
		assert.doesNotMatch(frame, /a add|d remove|s review/);
	});

	it('a review longer than the screen scrolls with j/k, so every change can be seen before y', async () => {
		const tags = Object.fromEntries(
			Array.from({length: 30}, (_, index) => [`k${String(index).padStart(2, '0')}`, 'v']),
		);
		const gateway = createFakeGateway([
			fakeInstance({id: 'bbbbbbbb-2222-4222-8222-222222222222', alias: 'beta', tags}),
		]);
		const app = renderApp(gateway, {}, {columns: 80, rows: 24});
		await openInstance(app, 'beta');
		await openForm(app, 't');
		app.press('dj'.repeat(30));
		await app.waitFor('- k29');
		app.press('s');
		let frame = await app.waitFor('Review');
		assert.match(frame, /- k00/);
		assert.doesNotMatch(frame, /- k29/);
		assert.match(frame, /more below · j\/k scroll/);
		app.press('j'.repeat(40));
		frame = await app.waitFor('- k29');
		assert.match(frame, /Sends /);
		assert.doesNotMatch(frame, /- k00/);
		assert.match(frame, /more above/);
		app.press('k'.repeat(40));
		await app.waitFor(/- k00/);
		app.press('n');
		await app.waitFor('cancelled: nothing was sent');
		assert.deepEqual(gateway.writes, []);
	});

	it('the review names only the requests it will send, in full at 80 columns', async () => {
		const gateway = createFakeGateway([
			fakeInstance({id: 'bbbbbbbb-2222-4222-8222-222222222222', alias: 'beta', tags: {owner: 'x'}}),
		]);
		const app = renderApp(gateway, {}, {columns: 80, rows: 24});
		await openInstance(app, 'beta');
		await openForm(app, 't');
		app.press(`aTeam${KEY.tab}core${KEY.enter}`);
		await app.waitFor('+ Team');
		app.press('s');
		const frame = await app.waitFor('Review');
		assert.match(frame, /Sends one TagResource \(\+ ~\); other tags are not touched\./);
		assert.doesNotMatch(frame, /UntagResource/);
	});
});
