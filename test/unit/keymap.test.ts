import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {KEYMAP, TEXT_SCOPES} from '../../source/keymap/keymap.js';
import {footerHints, helpSections, helpText} from '../../source/keymap/hints.js';
import {toKeyPresses} from '../../source/keymap/keys.js';
import {isMutatingKey, matchBinding} from '../../source/keymap/match.js';

describe('keymap table', () => {
	it('no scope binds a key twice', () => {
		const seen = new Map<string, string>();
		for (const binding of KEYMAP) {
			for (const key of binding.keys) {
				const slot = `${binding.scope} ${key}`;
				assert.equal(seen.get(slot), undefined, `${slot} is bound by ${seen.get(slot)} and ${binding.id}`);
				seen.set(slot, binding.id);
			}
		}
	});

	it('every binding id is unique and every binding has keys and a label', () => {
		const ids = KEYMAP.map((binding) => binding.id);
		assert.equal(new Set(ids).size, ids.length);
		for (const binding of KEYMAP) {
			assert.ok(binding.keys.length > 0, binding.id);
			assert.ok(binding.label.length > 0, binding.id);
		}
	});

	it('covers the PRODUCT.md keymap', () => {
		const expect = (scope: Parameters<typeof matchBinding>[0], key: string, id: string) =>
			assert.equal(matchBinding(scope, key)?.id, id, `${scope} ${key}`);
		expect('list', 'j', 'list.down');
		expect('list', 'down', 'list.down');
		expect('list', 'k', 'list.up');
		expect('list', 'pagedown', 'list.page-down');
		expect('list', 'g', 'list.top');
		expect('list', 'G', 'list.bottom');
		expect('list', 'enter', 'list.open');
		expect('list', '/', 'list.filter');
		expect('list', 'p', 'list.profiles');
		expect('list', 'r', 'list.regions');
		expect('list', 'R', 'list.refresh');
		expect('list', 'q', 'list.quit');
		expect('detail', 'a', 'detail.attributes');
		expect('detail', 't', 'detail.tags');
		expect('detail', 'esc', 'detail.back');
		expect('detail', 'q', 'detail.back');
		expect('picker', 'space', 'picker.toggle');
		expect('picker', 'enter', 'picker.apply');
		expect('picker', 'esc', 'picker.cancel');
		expect('review', 'y', 'review.apply');
		expect('review', 'n', 'review.cancel');
		expect('review', 'esc', 'review.cancel');
	});

	it('mutating bindings are not bound in read-only mode', () => {
		const mutating = KEYMAP.filter((binding) => binding.mutating);
		assert.ok(mutating.length > 0);
		for (const binding of mutating) {
			const key = binding.keys[0]!;
			assert.equal(matchBinding(binding.scope, key, {readOnly: true}), undefined, binding.id);
			assert.ok(isMutatingKey(binding.scope, key));
		}
	});

	it('text scopes bind no plain letters (typing goes to the field)', () => {
		for (const binding of KEYMAP.filter((b) => TEXT_SCOPES.has(b.scope))) {
			for (const key of binding.keys) assert.ok(key.length > 1, `${binding.id} binds ${key}`);
		}
	});

	it("text scopes leave readline's editing keys to the field", () => {
		const editing = KEYMAP.filter((b) => b.scope === 'text-field').flatMap((b) => b.keys);
		for (const binding of KEYMAP.filter((b) => TEXT_SCOPES.has(b.scope))) {
			for (const key of binding.keys) assert.ok(!editing.includes(key), `${binding.id} takes ${key} from the field`);
		}
	});

	it('footer hints and help come from the same table', () => {
		const hints = footerHints('list');
		assert.deepEqual(
			hints.map((hint) => hint.label),
			['open', 'filter', 'mark', 'matrix', 'profiles', 'regions', 'refresh', 'quit'],
		);
		const sections = helpSections();
		const labels = sections.flatMap((section) => section.rows.map((row) => row.label));
		for (const binding of KEYMAP) assert.ok(labels.includes(binding.label), binding.id);
		const readOnlyHelp = helpText({readOnly: true});
		assert.doesNotMatch(readOnlyHelp, /changes AWS/);
		assert.match(helpText(), /changes AWS/);
	});
});

describe('key presses', () => {
	it('splits keys typed ahead in one read', () => {
		assert.deepEqual(
			toKeyPresses('jjj', {}).map((p) => p.name),
			['j', 'j', 'j'],
		);
		assert.deepEqual(
			toKeyPresses('/jade', {}).map((p) => p.name),
			['/', 'j', 'a', 'd', 'e'],
		);
		assert.deepEqual(
			toKeyPresses('a b', {}).map((p) => p.name),
			['a', 'space', 'b'],
		);
		assert.deepEqual(
			toKeyPresses('x\ry', {}).map((p) => p.name),
			['x', 'enter', 'y'],
		);
	});

	it('names special keys from the flags Ink gives', () => {
		assert.deepEqual(toKeyPresses('', {downArrow: true}), [{name: 'down'}]);
		assert.deepEqual(toKeyPresses('', {return: true}), [{name: 'enter'}]);
		assert.deepEqual(toKeyPresses('', {escape: true}), [{name: 'esc'}]);
		assert.deepEqual(toKeyPresses('', {pageDown: true}), [{name: 'pagedown'}]);
		assert.deepEqual(toKeyPresses('c', {ctrl: true}), [{name: 'ctrl+c'}]);
		assert.deepEqual(toKeyPresses('', {tab: true}), [{name: 'tab'}]);
	});

	it('Esc typed ahead of a key counts as both', () => {
		assert.deepEqual(
			toKeyPresses('?', {meta: true}).map((p) => p.name),
			['esc', '?'],
		);
	});

	it('keeps wide characters whole', () => {
		assert.deepEqual(
			toKeyPresses('日本🙂', {}).map((p) => p.text),
			['日', '本', '🙂'],
		);
	});
});
