// `e`: every (profile, region), the failed ones with their whole error, wrapped; scrollable.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {pairReportLines, startNoteLines} from '../../source/domain/pair-report.js';
import {initialState} from '../../source/state/app-state.js';
import {errorsLines} from '../../source/state/errors-reducer.js';
import {reducer} from '../../source/state/reducer.js';
import {activeScope} from '../../source/state/selectors.js';
import {typed} from '../helpers/state.js';

const message = `User: arn:aws:iam::444455556666:user/connect-developer is not authorized to perform: connect:ListInstances on resource: * ${'and more words '.repeat(8)}the end`;

describe('errors in full', () => {
	it('lists the failed pairs first with the whole message wrapped to the width, then the others', () => {
		const lines = pairReportLines(
			[
				{target: {profile: 'prod', region: 'us-east-1'}, status: {kind: 'ok', count: 3}},
				{
					target: {profile: 'dev', region: 'eu-west-2'},
					status: {kind: 'error', code: 'AccessDeniedException', message},
				},
				{target: {profile: 'dev', region: 'us-west-2'}, status: {kind: 'loading'}},
			],
			60,
		);
		assert.equal(lines[0]?.text, '1 of 3 failed:');
		assert.equal(lines[1]?.text, '✗ dev/eu-west-2');
		for (const line of lines) assert.ok(line.text.length <= 60, line.text);
		const joined = lines
			.filter((line) => line.text.startsWith('    '))
			.map((line) => line.text.slice(4))
			.join('');
		assert.equal(joined, `AccessDeniedException: ${message}`, 'nothing is cut');
		assert.deepEqual(
			lines.slice(-2).map((line) => line.text),
			['  prod/us-east-1  3 instances', '  dev/us-west-2  loading…'],
		);
	});

	it('e opens it from the list; j/G/g scroll within its lines; Esc closes', () => {
		let state = initialState({
			profiles: ['dev'],
			regions: ['eu-west-2'],
			availableProfiles: [],
			availableRegions: [],
			size: {columns: 60, rows: 15},
		});
		state = reducer(state, {
			type: 'inventory/error',
			target: {profile: 'dev', region: 'eu-west-2'},
			code: 'AccessDeniedException',
			message: message.repeat(3),
		});
		state = typed(state, 'e');
		assert.equal(activeScope(state), 'errors');
		state = typed(state, 'jj');
		assert.deepEqual(state.overlay, {kind: 'errors', scroll: 2});
		state = typed(state, 'G');
		const bottom = state.overlay?.kind === 'errors' ? state.overlay.scroll : -1;
		assert.ok(bottom > 2);
		assert.deepEqual(typed(state, 'j').overlay, state.overlay, 'stops at the bottom');
		state = typed(state, 'g');
		assert.deepEqual(state.overlay, {kind: 'errors', scroll: 0});
		state = typed(state, '\u001B');
		assert.equal(activeScope(state), 'list');
	});

	it('starts with what the first frame’s message said, each paragraph wrapped, never cut', () => {
		const path = `/home/someone/${'deep/'.repeat(10)}settings.json.bad-2026-11-29T20-00-00-000Z`;
		const note = [`/home/someone/settings.json was unusable (${'damaged '.repeat(8)}); started with defaults`, path];
		const lines = startNoteLines([note, ['profile x not found']], 40);
		assert.equal(lines[0]?.text, 'At start:');
		for (const line of lines) assert.ok(line.text.length <= 40, line.text);
		assert.ok(lines[1]?.text.startsWith('! /home/someone/settings.json'));
		const texts = lines.map((line) => line.text.slice(2));
		const pathStart = texts.findIndex((text) => text.startsWith('/home/someone/deep/'));
		assert.ok(pathStart > 1, 'the path starts a line of its own');
		assert.ok(texts.slice(pathStart).join('').startsWith(path), 'the whole path, in order');
		assert.ok(lines.some((line) => line.text === '! profile x not found'));
		assert.deepEqual(startNoteLines([], 40), [], 'nothing without notes');
	});

	it('the overlay shows the start notes above the pairs', () => {
		const state = initialState({
			profiles: ['dev'],
			regions: ['eu-west-2'],
			availableProfiles: [],
			availableRegions: [],
			startNotes: [['settings.json was unusable', '/tmp/settings.json.bad-1']],
		});
		const texts = errorsLines(state).map((line) => line.text);
		assert.deepEqual(texts.slice(0, 3), ['At start:', '! settings.json was unusable', '  /tmp/settings.json.bad-1']);
		assert.ok(texts.includes('No (profile, region) failed.'));
	});
});
