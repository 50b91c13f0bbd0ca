// The forms' reducer: key presses against the state they find, and the apply results. No rendering.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ATTRIBUTE_CATALOGUE} from '../../source/domain/attributes.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {openDetail} from '../../source/state/detail-reducer.js';
import {reducer} from '../../source/state/reducer.js';
import {activeScope} from '../../source/state/selectors.js';
import {summaryRow, toggled, typed} from '../helpers/state.js';

const row = summaryRow('alpha', 'us-east-1', 'prod', 'i-1');

function loaded(options: {readOnly?: boolean; readOnlyProfiles?: string[]} = {}): AppState {
	let state = openDetail(
		initialState({
			profiles: ['prod'],
			regions: ['us-east-1'],
			availableProfiles: ['prod'],
			availableRegions: ['us-east-1'],
			...options,
		}),
		row,
	);
	const generation = state.detail!.generation;
	state = reducer(state, {
		type: 'detail/attributes',
		generation,
		result: {
			kind: 'ok',
			value: ATTRIBUTE_CATALOGUE.map((info) => ({
				type: info.type,
				value: info.type === 'INBOUND_CALLS' ? 'true' : 'false',
			})),
		},
	});
	return reducer(state, {type: 'detail/tags', generation, result: {kind: 'ok', value: {Owner: 'a', Env: 'prod'}}});
}

describe('attributes form reducer', () => {
	it('a opens the form; Space toggles; s reviews; y asks the apply hook with exactly the pending changes', () => {
		let state = typed(loaded(), 'a');
		assert.equal(state.screen, 'attributes');
		assert.equal(activeScope(state), 'attributes');
		state = typed(toggled(state, 'CONTACT_LENS'), 's');
		assert.equal(activeScope(state), 'review');
		state = typed(state, 'y');
		assert.equal(state.form?.busy, true);
		assert.deepEqual(state.apply?.plan, {kind: 'attributes', changes: [{type: 'CONTACT_LENS', from: false, to: true}]});
		assert.deepEqual(state.apply?.expected, {CONTACT_LENS: 'false'});
		// Keys are ignored while applying.
		assert.equal(typed(state, 'jn\u001B'), state);
	});

	it('moves like the list: g G to the ends, PgUp PgDn by pages, stopping at both ends', () => {
		const cursor = (state: AppState) => (state.form?.kind === 'attributes' ? state.form.cursor : -1);
		const last = ATTRIBUTE_CATALOGUE.length - 1;
		let state = typed(loaded(), 'aG');
		assert.equal(cursor(state), last);
		state = typed(state, 'jg');
		assert.equal(cursor(state), 0);
		state = typed(state, 'k');
		assert.equal(cursor(state), 0);
		state = reducer(state, {type: 'key', press: {name: 'pagedown'}});
		assert.ok(cursor(state) > 3, `a page moved to ${cursor(state)}`);
		state = reducer(state, {type: 'key', press: {name: 'end'}});
		assert.equal(cursor(state), last);
		// A page of 80×24 holds every attribute type: PgUp from the last goes back to the first.
		state = reducer(state, {type: 'key', press: {name: 'pageup'}});
		assert.equal(cursor(state), 0);
	});

	it('a long review scrolls like the rest: j k, PgUp PgDn, g G, within what the view says it holds', () => {
		const scroll = (state: AppState) => state.form?.dialog?.scroll ?? 0;
		let state = typed(toggled(typed(loaded(), 'a'), 'CONTACT_LENS'), 's');
		assert.equal(activeScope(state), 'review');
		state = reducer(state, {type: 'form/dialog-max-scroll', maxScroll: 30});
		state = typed(state, 'G');
		assert.equal(scroll(state), 30);
		state = typed(state, 'j');
		assert.equal(scroll(state), 30);
		state = typed(state, 'g');
		assert.equal(scroll(state), 0);
		state = reducer(state, {type: 'key', press: {name: 'pagedown'}});
		const page = scroll(state);
		assert.ok(page > 3 && page < 30, `a page is ${page}`);
		state = reducer(state, {type: 'key', press: {name: 'pageup'}});
		assert.equal(scroll(state), 0);
		assert.equal(activeScope(state), 'review', 'still reviewing: nothing was applied or cancelled');
	});

	it('n cancels the review without an apply request; Esc with pending changes asks first', () => {
		let state = typed(toggled(typed(loaded(), 'a'), 'CONTACT_LENS'), 'sn');
		assert.equal(state.apply, undefined);
		assert.equal(activeScope(state), 'attributes');
		state = typed(state, '\u001B');
		assert.equal(activeScope(state), 'confirm');
		assert.equal(typed(state, 'n').screen, 'attributes');
		assert.equal(typed(state, 'y').screen, 'detail');
	});

	it('read-only: the form opens, but Space and s do nothing but say read-only', () => {
		for (const options of [{readOnly: true}, {readOnlyProfiles: ['prod']}]) {
			const state = typed(toggled(typed(loaded(options), 'a'), 'CONTACT_LENS'), 's');
			assert.equal(state.screen, 'attributes');
			assert.equal(state.form?.dialog, undefined);
			assert.equal(state.apply, undefined);
			assert.match(state.message?.text ?? '', /read-only/);
		}
	});

	it('a partial failure keeps the failed change pending and rebases the rest on what AWS holds', () => {
		let state = typed(toggled(typed(loaded(), 'a'), 'CONTACT_LENS', 'EARLY_MEDIA'), 'sy');
		const request = state.apply!;
		const [first, second] = [
			{operation: 'UpdateInstanceAttribute' as const, attributeType: 'CONTACT_LENS', value: 'true'},
			{operation: 'UpdateInstanceAttribute' as const, attributeType: 'EARLY_MEDIA', value: 'true'},
		];
		assert.deepEqual(request.plan.kind === 'attributes' ? request.plan.changes.map((change) => change.type) : [], [
			'CONTACT_LENS',
			'EARLY_MEDIA',
		]);
		state = reducer(state, {
			type: 'apply/result',
			generation: request.generation,
			result: {
				kind: 'done',
				outcomes: [{request: first}, {request: second, error: {code: 'AccessDeniedException', message: 'no'}}],
				readBack: {CONTACT_LENS: 'true', EARLY_MEDIA: 'false'},
			},
		});
		assert.equal(state.apply, undefined);
		assert.equal(state.form?.busy, false);
		assert.deepEqual(state.form?.kind === 'attributes' ? state.form.edit.pending : {}, {EARLY_MEDIA: true});
		assert.equal(
			state.form?.kind === 'attributes'
				? state.form.edit.rows.find((r) => r.type === 'CONTACT_LENS')?.value
				: undefined,
			true,
		);
		assert.equal(state.form?.report?.failed.length, 1);
		assert.match(state.message?.text ?? '', /partly applied: 1 of 2/);
		// The detail view reloads.
		assert.equal(state.detail?.attributes.kind, 'loading');
	});

	it('a failed read-back or journal says so instead of claiming what AWS holds', () => {
		const state = typed(toggled(typed(loaded(), 'a'), 'CONTACT_LENS'), 'sy');
		const request = state.apply!;
		const outcome = {
			request: {operation: 'UpdateInstanceAttribute' as const, attributeType: 'CONTACT_LENS', value: 'true'},
		};
		const unread = reducer(state, {
			type: 'apply/result',
			generation: request.generation,
			result: {
				kind: 'done',
				outcomes: [outcome],
				readBack: {error: {code: 'ThrottlingException', message: 'slow down'}},
			},
		});
		assert.match(unread.message?.text ?? '', /applied 1 of 1, but reading back failed/);
		assert.doesNotMatch(unread.message?.text ?? '', /AWS now holds/);
		assert.equal(unread.message?.tone, 'warning');
		const unjournaled = reducer(state, {
			type: 'apply/result',
			generation: request.generation,
			result: {kind: 'done', outcomes: [outcome], readBack: {CONTACT_LENS: 'true'}},
			journalFailed: true,
		});
		assert.match(
			unjournaled.message?.text ?? '',
			/applied 1 of 1: AWS now holds the values shown · the journal could not be written/,
		);
		assert.equal(unjournaled.message?.tone, 'warning');
	});

	it('a stale result is ignored', () => {
		const state = typed(toggled(typed(loaded(), 'a'), 'CONTACT_LENS'), 'sy');
		assert.equal(
			reducer(state, {
				type: 'apply/result',
				generation: state.apply!.generation - 1,
				result: {kind: 'conflict', conflicts: [], current: {}},
			}),
			state,
		);
	});
});

describe('tags form reducer', () => {
	it('letters are text while a field has focus; Tab switches fields; Enter adds', () => {
		let state = typed(loaded(), 't');
		assert.equal(activeScope(state), 'tags');
		state = typed(state, 'adsey');
		assert.equal(activeScope(state), 'tag-input');
		assert.equal(state.form?.kind === 'tags' ? state.form.input?.key.text : '', 'dsey');
		state = typed(state, '\tq?s\r');
		assert.equal(activeScope(state), 'tags');
		const rows = state.form?.kind === 'tags' ? state.form.edit.rows : [];
		assert.deepEqual(rows.at(-1), {key: 'dsey', value: 'q?s', removed: false, isNew: true});
	});

	it('refuses an invalid key with the field and the rule, and s refuses to review', () => {
		let state = typed(loaded(), 'taaws:x\r');
		assert.equal(activeScope(state), 'tag-input');
		assert.match(
			state.form?.kind === 'tags' ? (state.form.input?.refused ?? '') : '',
			/key "aws:x": keys starting with aws: are reserved/,
		);
		state = typed(state, '\u001B');
		state = typed(state, 'aOwner\r');
		assert.match(state.form?.kind === 'tags' ? (state.form.input?.refused ?? '') : '', /already exists/);
	});

	it('d marks for removal, e edits a value; y requests exactly those keys', () => {
		// Sorted: Env, Owner.
		let state = typed(loaded(), 'tdje');
		state = typed(state, '\u007Fb\r');
		state = typed(state, 'sy');
		assert.deepEqual(state.apply?.plan, {
			kind: 'tags',
			diff: {added: {}, changed: [{key: 'Owner', from: 'a', to: 'b'}], removed: ['Env']},
		});
		assert.deepEqual(state.apply?.expected, {Owner: 'a', Env: 'prod'});
	});

	it('d and e act on the row under the cursor, even when an added key was dropped and added again', () => {
		// Sorted: Env, Owner; then Foo "bar" added and dropped, Foo "baz" added again.
		let state = typed(loaded(), 'taFoo\tbar\rdaFoo\tbaz\r');
		const rows = () => (state.form?.kind === 'tags' ? state.form.edit.rows : []);
		assert.deepEqual(
			rows()
				.slice(2)
				.map((row) => [row.value, row.removed]),
			[
				['bar', true],
				['baz', false],
			],
		);
		state = typed(state, 'k');
		assert.equal(state.form?.cursor, 2);
		state = typed(state, 'd');
		assert.deepEqual(
			rows()
				.slice(2)
				.map((row) => [row.value, row.removed]),
			[
				['bar', false],
				['baz', false],
			],
		);
		state = typed(state, 'jd');
		assert.deepEqual(
			rows()
				.slice(2)
				.map((row) => [row.value, row.removed]),
			[
				['bar', false],
				['baz', true],
			],
		);
		state = typed(state, 'ke\u007F\u007F\u007Fqux\r');
		assert.deepEqual(
			rows()
				.slice(2)
				.map((row) => [row.value, row.removed]),
			[
				['qux', false],
				['baz', true],
			],
		);
		state = typed(state, 'sy');
		assert.deepEqual(state.apply?.plan, {kind: 'tags', diff: {added: {Foo: 'qux'}, changed: [], removed: []}});
	});

	it('a conflict asks again; y re-requests with what AWS now holds as the expectation', () => {
		let state = typed(loaded(), 'tjeX\rsy');
		const first = state.apply!;
		state = reducer(state, {
			type: 'apply/result',
			generation: first.generation,
			result: {kind: 'conflict', conflicts: [{key: 'Owner', expected: 'a', current: 'c'}], current: {Owner: 'c'}},
		});
		assert.equal(state.form?.dialog?.kind, 'conflict');
		assert.equal(activeScope(state), 'confirm');
		state = typed(state, 'y');
		assert.notEqual(state.apply?.generation, first.generation);
		assert.deepEqual(state.apply?.expected, {Owner: 'c'});
	});

	it('a conflict then n: the tags form starts from what AWS now holds; the next review shows the real difference', () => {
		// Owner a → aX (e appends).
		const conflictWith = (now: string) => {
			const state = typed(loaded(), 'tjeX\rsy');
			return typed(
				reducer(state, {
					type: 'apply/result',
					generation: state.apply!.generation,
					result: {kind: 'conflict', conflicts: [{key: 'Owner', expected: 'a', current: now}], current: {Owner: now}},
				}),
				'n',
			);
		};

		// Someone else set Owner to c: the change is now c → aX.
		let state = typed(conflictWith('c'), 'sy');
		assert.deepEqual(state.apply?.plan, {
			kind: 'tags',
			diff: {added: {}, changed: [{key: 'Owner', from: 'c', to: 'aX'}], removed: []},
		});
		assert.deepEqual(state.apply?.expected, {Owner: 'c'});
		// Someone else already set Owner to aX: nothing is pending, nothing is sent.
		state = conflictWith('aX');
		assert.match(state.message?.text ?? '', /AWS already holds what you wanted/);
		state = typed(state, 'sy');
		assert.equal(state.apply, undefined);
	});
});
