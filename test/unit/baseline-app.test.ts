// --baseline in the app: the flag, the parts of a baseline the app checks, drift in the detail view,
// the matrix's tag columns for the keys a baseline names, and F proposing the attribute fixes.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {attributeFixes, baselineFor, baselineTagKeys, type Baseline} from '../../source/domain/baseline.js';
import {parseBaseline} from '../../source/domain/baseline-parse.js';
import {detailLines} from '../../source/domain/detail-lines.js';
import {parseCommandLine} from '../../source/domain/flags.js';
import {instanceKey} from '../../source/domain/instances.js';
import type {AppState, InitialOptions} from '../../source/state/app-state.js';
import {matrixColumns} from '../../source/state/matrix-view.js';
import {answered, listedState, summaryRow, typed} from '../helpers/state.js';

function baseline(text: string): Baseline {
	const result = parseBaseline(text, 'b.yaml');
	if ('error' in result) throw new Error(result.error);
	return result.baseline;
}

const RULES = baseline(
	'rules:\n  - attributes: {CONTACT_LENS: on, EARLY_MEDIA: off}\n    tags: {required: [Owner], values: {Env: [prod]}}\n  - storage: {CALL_RECORDINGS: encrypted}\n',
);
const rows = ['alpha', 'beta', 'gamma'].map((alias) => summaryRow(alias));

const loaded = (extra: Partial<InitialOptions> = {}): AppState => listedState(rows, {baseline: RULES, ...extra});

const answer = (state: AppState, aspect: 'attributes' | 'tags', values: Record<string, Record<string, string>>) =>
	answered(state, rows, aspect, values);

describe('a baseline in the app', () => {
	it('--baseline FILE is an app flag (given once)', () => {
		const parsed = parseCommandLine(['--baseline', 'fleet.yaml']);
		assert.equal(parsed.kind === 'run' && parsed.options.baseline, 'fleet.yaml');
		assert.deepEqual(parseCommandLine(['--baseline', 'a.yaml', '--baseline', 'b.yaml']), {
			kind: 'error',
			message: 'connectui: --baseline can be given once',
		});
	});

	it('keeps the sections the app loads, and says which it leaves to connectui check', () => {
		const {baseline: used, leftOut} = baselineFor(RULES, ['attributes', 'tags']);
		assert.deepEqual(leftOut, ['storage']);
		assert.deepEqual(
			used.rules.map((rule) => rule.parts.map((part) => part.section.key)),
			[['attributes', 'tags'], []],
		);
		assert.deepEqual(baselineTagKeys(RULES).sort(), ['Env', 'Owner']);
		assert.deepEqual(
			[
				...attributeFixes([
					{Kind: 'attribute', Name: 'CONTACT_LENS', Want: true, Have: false, rule: 0},
					{Kind: 'attribute', Name: 'CONTACT_LENS', Want: false, Have: false, rule: 1},
					{Kind: 'tag', Name: 'Owner', Want: 'present', Have: null, rule: 0},
				]),
			],
			[['CONTACT_LENS', true]],
		);
	});

	it('the detail view marks the attributes and tags that differ, and the tags that are missing', () => {
		const text = detailLines({
			summary: rows[0]!,
			describe: {kind: 'loading'},
			attributes: {
				kind: 'ok',
				value: [
					{type: 'CONTACT_LENS', value: 'false'},
					{type: 'EARLY_MEDIA', value: 'false'},
				],
			},
			tags: {kind: 'ok', value: {Env: 'dev'}},
			baseline: baselineFor(RULES, ['attributes', 'tags']).baseline,
		})
			.map((line) => `${line.label ?? ''}${line.text}`)
			.join('\n');
		assert.match(text, /CONTACT_LENS +≠ off \(baseline: on\)/);
		assert.match(text, /EARLY_MEDIA +off$/m);
		assert.match(text, /Env +≠ dev \(baseline: prod\)/);
		assert.match(text, /Owner +≠ \(absent\) \(baseline: present\)/);
	});

	it('the matrix shows the tag keys the baseline names, and F wants the fixes of what is loaded', () => {
		let state = typed(loaded({baseline: baselineFor(RULES, ['attributes', 'tags']).baseline}), 'm');
		state = answer(state, 'attributes', {
			alpha: {CONTACT_LENS: 'false', EARLY_MEDIA: 'true'},
			beta: {CONTACT_LENS: 'true', EARLY_MEDIA: 'false'},
		});
		state = answer(state, 'tags', {alpha: {Owner: 'a'}, beta: {}});
		state = typed(state, 'F');
		assert.deepEqual(
			[...state.matrix!.pending].map(([key, wants]) => [key, [...wants]]),
			[
				[
					instanceKey(rows[0]!),
					[
						['CONTACT_LENS', true],
						['EARLY_MEDIA', false],
					],
				],
			],
		);
		assert.equal(
			state.message?.text,
			'2 attribute changes proposed for 1 instance · s reviews · tags need a value set by hand: Owner (1) · 1 instance not loaded yet',
		);
		state = typed(state, '\t');
		assert.deepEqual(matrixColumns(state, state.matrix!), ['Env', 'Owner']);
	});

	it('F without a baseline says how to get one', () => {
		const state = typed(loaded({baseline: undefined}), 'mF');
		assert.match(state.message?.text ?? '', /--baseline FILE/);
		assert.equal(state.matrix?.pending.size, 0);
	});
});
