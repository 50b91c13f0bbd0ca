import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {
	addTag,
	codePointLength,
	countedTags,
	diffTags,
	isTagDiffEmpty,
	MAX_TAGS,
	setTagValue,
	sortedTagEntries,
	startTagEdit,
	TAG_KEY_PATTERN,
	tagDiffRequests,
	toggleRemove,
	validateTagEdit,
	validateTagKey,
	validateTagValue,
} from '../../source/domain/tags.js';

/** mulberry32: small seeded PRNG so failures reproduce. */
function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const POOLS: readonly (readonly string[])[] = [
	[...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'],
	[...'_.:/=+-@'],
	[...'!#$%^&*()[]{};\'"<>,?\\|`~'],
	[' ', '\u00A0', '\u3000', '\u2003', '\u2028', '\u2029'],
	['\t', '\n', '\u0000', '\u001B', '\u007F', '\u0085', '\u200B', '\u200D', '\u202E', '\uFEFF'],
	['é', 'ß', 'Ж', '東', 'ا', 'ה', 'ǅ', 'ʰ', 'ñ'],
	['١', '½', 'Ⅻ', '²', '٣'],
	['𝒜', '𐍈', '😀', '𝟙', '\u{20000}', '🏳'],
	['\u0301', '\u0308'],
	['\uD800', '\uDC00', '\uDBFF'],
];

function randomKey(random: () => number): string {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	const shape = random();
	const length = shape < 0.05 ? 0 : shape < 0.3 ? 124 + Math.floor(random() * 8) : 1 + Math.floor(random() * 16);
	const pools = [pick(POOLS), pick(POOLS), POOLS[0] as readonly string[]];
	let key = '';
	for (let i = 0; i < length; i++) key += pick(pick(pools));
	const prefix = random();
	if (prefix < 0.1) key = `aws:${key}`;
	else if (prefix < 0.15) key = `AWS:${key}`;
	else if (prefix < 0.2) key = `aws${key}`;
	return key;
}

/** Oracle written per code point, independently of TAG_KEY_PATTERN. */
function oracleAccepts(key: string): boolean {
	const points: string[] = [];
	for (let i = 0; i < key.length; i++) {
		const code = key.charCodeAt(i);
		const next = key.charCodeAt(i + 1);
		if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
			points.push(key.slice(i, i + 2));
			i++;
		} else {
			points.push(key[i] as string);
		}
	}
	if (points.length < 1 || points.length > 128) return false;
	if (key.slice(0, 4) === 'aws:') return false;
	return points.every(
		(point) => /^\p{L}$/u.test(point) || /^\p{Z}$/u.test(point) || /^\p{N}$/u.test(point) || '_.:/=+-@'.includes(point),
	);
}

describe('tag rules', () => {
	test('validateTagKey accepts exactly the keys AWS accepts (seeded random Unicode)', () => {
		const random = prng(20240305);
		let accepted = 0;
		for (let run = 0; run < 4000; run++) {
			const key = randomKey(random);
			const expected = oracleAccepts(key);
			const reason = validateTagKey(key);
			if ((reason === undefined) !== expected) {
				assert.fail(`key ${JSON.stringify(key)}: oracle ${expected}, validateTagKey ${JSON.stringify(reason)}`);
			}
			if (expected) accepted++;
		}
		// The generator must exercise both sides.
		assert.ok(accepted > 400 && accepted < 3600, `accepted ${accepted}`);
	});

	test('the exported pattern is the API reference pattern', () => {
		assert.equal(TAG_KEY_PATTERN.source, String.raw`^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$`);
		assert.ok(TAG_KEY_PATTERN.unicode);
	});

	test('validateTagKey reasons', () => {
		assert.equal(validateTagKey('team'), undefined);
		assert.equal(validateTagKey('cost center/東京 1.2=+-@:_'), undefined);
		assert.equal(validateTagKey(''), 'key must be 1–128 characters');
		assert.equal(validateTagKey('k'.repeat(129)), 'key must be 1–128 characters');
		assert.equal(validateTagKey('k'.repeat(128)), undefined);
		assert.equal(validateTagKey('𝒜'.repeat(128)), undefined, '128 astral letters are 128 characters');
		assert.equal(validateTagKey('𝒜'.repeat(129)), 'key must be 1–128 characters');
		assert.equal(validateTagKey('aws:team'), 'keys starting with aws: are reserved');
		assert.equal(validateTagKey('AWS:team'), undefined);
		assert.equal(validateTagKey('team!'), 'key may only contain letters, digits, spaces and _ . : / = + - @');
		assert.equal(validateTagKey('a\tb'), 'key may only contain letters, digits, spaces and _ . : / = + - @');
		assert.equal(validateTagKey('\uD800'), 'key may only contain letters, digits, spaces and _ . : / = + - @');
	});

	test('validateTagValue: at most 256 characters, counted in code points, empty allowed', () => {
		assert.equal(validateTagValue(''), undefined);
		assert.equal(validateTagValue('anything goes! #$%'), undefined);
		assert.equal(validateTagValue('v'.repeat(256)), undefined);
		assert.equal(validateTagValue('😀'.repeat(256)), undefined);
		assert.equal(validateTagValue('v'.repeat(257)), 'value must be at most 256 characters');
		assert.equal(validateTagValue('😀'.repeat(257)), 'value must be at most 256 characters');
		assert.match(validateTagValue('a\uDC00') ?? '', /broken character/);
		assert.equal(codePointLength('a😀\uD800'), 3);
	});
});

describe('tag edit', () => {
	const tags = {team: 'voice', env: 'prod', 'aws:cloudformation:stack-name': 'connect', owner: 'ana'};

	test('startTagEdit: one row per tag, sorted by key', () => {
		const edit = startTagEdit(tags);
		assert.deepEqual(
			edit.rows.map((row) => row.key),
			['aws:cloudformation:stack-name', 'env', 'owner', 'team'],
		);
		assert.deepEqual(edit.rows[1], {key: 'env', value: 'prod', originalValue: 'prod', removed: false, isNew: false});
		assert.deepEqual(sortedTagEntries({b: '2', a: '1'}), [
			['a', '1'],
			['b', '2'],
		]);
	});

	test('untouched edit sends nothing', () => {
		const diff = diffTags(startTagEdit(tags));
		assert.ok(isTagDiffEmpty(diff));
		assert.deepEqual(tagDiffRequests(diff), {});
		assert.deepEqual(validateTagEdit(startTagEdit(tags)), []);
	});

	test('only added, changed and removed keys are sent', () => {
		let edit = startTagEdit(tags);
		edit = addTag(edit, 'cost-center', '42');
		edit = setTagValue(edit, 'team', 'chat');
		edit = setTagValue(edit, 'owner', 'bo');
		edit = setTagValue(edit, 'owner', 'ana'); // back to the original: unchanged
		edit = toggleRemove(edit, 'env');
		assert.deepEqual(validateTagEdit(edit), []);
		const diff = diffTags(edit);
		assert.deepEqual(diff, {
			added: {'cost-center': '42'},
			changed: [{key: 'team', from: 'voice', to: 'chat'}],
			removed: ['env'],
		});
		assert.deepEqual(tagDiffRequests(diff), {tag: {'cost-center': '42', team: 'chat'}, untag: ['env']});
		assert.equal(countedTags(edit), 3);
	});

	test('toggleRemove twice restores; a removed new row is not added; unknown keys are ignored', () => {
		let edit = toggleRemove(toggleRemove(startTagEdit(tags), 'env'), 'env');
		assert.ok(isTagDiffEmpty(diffTags(edit)));
		edit = toggleRemove(addTag(edit, 'tmp', 'x'), 'tmp');
		assert.ok(isTagDiffEmpty(diffTags(edit)));
		assert.deepEqual(
			validateTagEdit(addTag(edit, 'bad!', 'x')).map((p) => p.field),
			['key'],
		);
		assert.equal(setTagValue(edit, 'nope', 'x'), edit);
		assert.equal(toggleRemove(edit, 'nope'), edit);
		const onlyTag = tagDiffRequests(diffTags(setTagValue(startTagEdit(tags), 'env', 'dev')));
		assert.deepEqual(onlyTag, {tag: {env: 'dev'}});
		const onlyUntag = tagDiffRequests(diffTags(toggleRemove(startTagEdit(tags), 'owner')));
		assert.deepEqual(onlyUntag, {untag: ['owner']});
	});

	test('invalid keys and values are reported next to their field', () => {
		let edit = startTagEdit(tags);
		edit = addTag(edit, 'aws:mine', 'x');
		edit = addTag(edit, '', 'x');
		edit = addTag(edit, 'ok', 'v'.repeat(257));
		edit = setTagValue(edit, 'team', 'w'.repeat(300));
		assert.deepEqual(validateTagEdit(edit), [
			{key: 'team', field: 'value', reason: 'value must be at most 256 characters'},
			{key: 'aws:mine', field: 'key', reason: 'keys starting with aws: are reserved'},
			{key: '', field: 'key', reason: 'key must be 1–128 characters'},
			{key: 'ok', field: 'value', reason: 'value must be at most 256 characters'},
		]);
	});

	test('duplicate keys: with an existing tag, a removed one, or another new row', () => {
		let edit = startTagEdit(tags);
		edit = addTag(edit, 'team', 'x');
		assert.deepEqual(validateTagEdit(edit), [
			{key: 'team', field: 'key', reason: 'this key already exists; edit its value instead'},
		]);
		edit = toggleRemove(startTagEdit(tags), 'env');
		edit = addTag(edit, 'env', 'dev');
		assert.match(validateTagEdit(edit)[0]?.reason ?? '', /marked for removal/);
		edit = addTag(addTag(startTagEdit(tags), 'new', '1'), 'new', '2');
		assert.deepEqual(validateTagEdit(edit), [{key: 'new', field: 'key', reason: 'this key is added twice'}]);
		// setTagValue on a duplicated key edits the newest row.
		assert.equal(setTagValue(edit, 'new', '3').rows.at(-1)?.value, '3');
		assert.equal(setTagValue(edit, 'new', '3').rows.at(-2)?.value, '1');
	});

	test('aws: tags cannot be changed or removed', () => {
		const key = 'aws:cloudformation:stack-name';
		assert.deepEqual(
			validateTagEdit(setTagValue(startTagEdit(tags), key, 'x')).map((p) => [p.key, p.field]),
			[[key, 'value']],
		);
		assert.deepEqual(
			validateTagEdit(toggleRemove(startTagEdit(tags), key)).map((p) => [p.key, p.field]),
			[[key, 'key']],
		);
	});

	test(`more than ${MAX_TAGS} tags after the change is a form error; aws: tags do not count`, () => {
		const many: Record<string, string> = {'aws:system': 'x'};
		for (let i = 0; i < 49; i++) many[`k${i}`] = String(i);
		let edit = addTag(startTagEdit(many), 'fifty', '50');
		assert.equal(countedTags(edit), 50);
		assert.deepEqual(validateTagEdit(edit), []);
		edit = addTag(edit, 'fifty-one', '51');
		assert.deepEqual(validateTagEdit(edit), [
			{key: '', field: 'form', reason: 'at most 50 tags per resource (this would make 51)'},
		]);
		edit = toggleRemove(edit, 'k0');
		assert.deepEqual(validateTagEdit(edit), []);
	});

	test('edits are immutable', () => {
		const edit = startTagEdit(tags);
		const snapshot = structuredClone(edit);
		addTag(edit, 'a', 'b');
		setTagValue(edit, 'team', 'x');
		toggleRemove(edit, 'env');
		assert.deepEqual(edit, snapshot);
	});
});
