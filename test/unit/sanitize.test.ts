import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {
	displayWidth,
	ELLIPSIS,
	MAX_LINE_WIDTH,
	padToWidth,
	sanitize,
	sanitizeLine,
	truncateBefore,
	truncateToWidth,
} from '../../source/domain/sanitize.js';

const ESC = '\u001B';

/** Why a code unit must never reach the terminal, or undefined when it is fine. */
function badUnit(output: string, i: number): string | undefined {
	const code = output.charCodeAt(i);
	if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'control';
	if (
		code === 0x061c ||
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2066 && code <= 0x2069) ||
		code === 0x200e ||
		code === 0x200f
	)
		return 'bidi';
	if (code === 0x200b || code === 0x200c || code === 0xfeff || code === 0x2060) return 'zero-width';
	if (code >= 0xd800 && code <= 0xdbff) {
		const next = output.charCodeAt(i + 1);
		return next >= 0xdc00 && next <= 0xdfff ? undefined : 'lone surrogate';
	}
	if (code >= 0xdc00 && code <= 0xdfff) {
		const before = output.charCodeAt(i - 1);
		return before >= 0xd800 && before <= 0xdbff ? undefined : 'lone surrogate';
	}
	return undefined;
}

/** Fails when any code unit is a C0/C1 control, DEL, bidi control, zero-width char or lone surrogate. */
function assertInert(output: string): void {
	for (let i = 0; i < output.length; i++) {
		const reason = badUnit(output, i);
		if (reason !== undefined) {
			assert.fail(
				`${reason} U+${output.charCodeAt(i).toString(16)} at ${i} in ${JSON.stringify(output.slice(Math.max(0, i - 20), i + 20))}`,
			);
		}
	}
}

describe('sanitize', () => {
	test('leaves ordinary text alone, including CJK, emoji, flags and combining accents', () => {
		for (const text of [
			'',
			'jade-prod',
			'Café déjà vu',
			'e\u0301 combining',
			'東京コンタクトセンター',
			'😀 👍 🇩🇪 🏽',
			'🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Scotland',
			'עברית and العربية',
			'a+b=c @ x/y:z_1.2-3',
		]) {
			assert.equal(sanitize(text), text);
		}
	});

	test('CSI sequences: ESC becomes ␛, the rest stays visible', () => {
		assert.equal(sanitize(`${ESC}[31mred${ESC}[0m`), '␛[31mred␛[0m');
		assert.equal(sanitize(`${ESC}[2J${ESC}[H`), '␛[2J␛[H');
		assert.equal(sanitize(`${ESC}[?1049h`), '␛[?1049h');
		assert.equal(sanitize(`${ESC}[38;2;255;0;0mx`), '␛[38;2;255;0;0mx');
	});

	test('OSC sequences with BEL and ST terminators', () => {
		assert.equal(sanitize(`${ESC}]0;pwned\u0007`), '␛]0;pwned␇');
		assert.equal(
			sanitize(`${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`),
			'␛]8;;https://evil.example␛\\click␛]8;;␛\\',
		);
		assert.equal(sanitize(`${ESC}]52;c;ZXZpbA==\u0007`), '␛]52;c;ZXZpbA==␇');
	});

	test('DCS, SOS, PM, APC and two-character ESC sequences', () => {
		assert.equal(sanitize(`${ESC}Pq#0;2;0;0;0${ESC}\\`), '␛Pq#0;2;0;0;0␛\\');
		assert.equal(sanitize(`${ESC}Xsos${ESC}\\`), '␛Xsos␛\\');
		assert.equal(sanitize(`${ESC}^pm${ESC}\\`), '␛^pm␛\\');
		assert.equal(sanitize(`${ESC}_apc${ESC}\\`), '␛_apc␛\\');
		assert.equal(sanitize(`${ESC}c${ESC}7${ESC}8${ESC}(0`), '␛c␛7␛8␛(0');
		assert.equal(sanitize(`x${ESC}`), 'x␛');
	});

	test('8-bit CSI and other C1 controls', () => {
		assert.equal(sanitize('\u009B31mred'), '␛[31mred');
		assert.equal(sanitize('a\u0085b'), 'a\\x85b');
		assert.equal(sanitize('\u009D0;t\u009C'), '\\x9d0;t\\x9c');
		assert.equal(sanitize('\u0080\u009F'), '\\x80\\x9f');
	});

	test('C0 controls become Control Pictures, DEL becomes ␡', () => {
		assert.equal(sanitize('a\tb\nc\rd\u0000e'), 'a␉b␊c␍d␀e');
		assert.equal(sanitize('\u0007\u0008\u001F\u007F'), '␇␈␟␡');
		for (let code = 0; code < 0x20; code++) {
			assert.equal(sanitize(String.fromCharCode(code)), String.fromCharCode(0x2400 + code));
		}
	});

	test('bidi controls become ⟨U+XXXX⟩ markers', () => {
		assert.equal(sanitize('abc\u202Edcba'), 'abc⟨U+202E⟩dcba');
		const bidi = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c];
		for (const code of bidi) {
			assert.equal(
				sanitize(`x${String.fromCharCode(code)}y`),
				`x⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩y`,
			);
		}
	});

	test('zero-width characters become visible, but a joiner inside an emoji sequence stays', () => {
		assert.equal(sanitize('ad\u200Bmin'), 'ad⟨U+200B⟩min');
		assert.equal(sanitize('a\u200Cb\u200Dc\uFEFFd\u2060e'), 'a⟨U+200C⟩b⟨U+200D⟩c⟨U+FEFF⟩d⟨U+2060⟩e');
		assert.equal(sanitize('\u200D😀'), '⟨U+200D⟩😀');
		assert.equal(sanitize('😀\u200D'), '😀⟨U+200D⟩');
	});

	test('emoji sequences that terminals draw at different widths are shown as their parts', () => {
		// A joiner between emoji goes (the parts stay), and so do the presentation selector, a skin tone
		// after an emoji and a keycap's enclosing mark: every terminal agrees on the widths of what is left.
		assert.equal(sanitize('👩\u200D💻'), '👩💻');
		assert.equal(sanitize('👨‍👩‍👧 family, ❤️‍🔥'), '👨👩👧 family, ❤🔥');
		assert.equal(sanitize('🏳️‍🌈'), '🏳🌈');
		assert.equal(sanitize('👍🏽 🧑🏿‍🚀'), '👍 🧑🚀');
		assert.equal(sanitize('1️⃣ #️⃣'), '1 #');
		assert.equal(sanitize('x\uFE0F'), 'x');
		// Not inside an emoji: a joiner is still shown, a lone skin tone is kept.
		assert.equal(sanitize('a\u200Db'), 'a⟨U+200D⟩b');
		assert.equal(sanitize('🏽'), '🏽');
	});

	test('tag characters outside an emoji flag are shown', () => {
		assert.equal(sanitize('ok\u{E0041}\u{E0042}'), 'ok⟨U+E0041⟩⟨U+E0042⟩');
		// 🏴 followed by a long hidden message is not a flag.
		const smuggled = '🏴' + [...'hidden message'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
		assert.ok(sanitize(smuggled).includes('⟨U+E0068⟩'));
	});

	test('lone surrogates become U+FFFD, pairs are kept', () => {
		assert.equal(sanitize('a\uD800b'), 'a\uFFFDb');
		assert.equal(sanitize('a\uDC00b'), 'a\uFFFDb');
		assert.equal(sanitize('\uD83D'), '\uFFFD');
		assert.equal(sanitize('\uDE00\uD83D'), '\uFFFD\uFFFD');
		assert.equal(sanitize('\uD83D\uDE00'), '😀');
	});

	test('hostile mixtures come out inert', () => {
		const hostile = [
			`${ESC}[2J${ESC}[3J${ESC}]0;x\u0007\u009B6n\u202E\u2066${ESC}P+q${ESC}\\\uD800\u0000\u007F\u0085\u200B\uFEFF`,
			`alias\r\n${ESC}[1A${ESC}[2Kfake row`,
			'\u0000'.repeat(100) + '\u009B'.repeat(100),
		];
		for (const text of hostile) assertInert(sanitize(text));
	});

	test('every code unit 0–0xFFFF alone comes out inert', () => {
		for (let code = 0; code <= 0xffff; code++) assertInert(sanitize(String.fromCharCode(code)));
	});

	// One linear pass without backtracking (see sanitize.ts) is what keeps these quick; a slow sanitizer shows
	// as this file running long, not as a clock read in the test.
	test('10 KB of hostile and 1 MB of plain input: inert, and plain text unchanged', () => {
		const unit = `${ESC}[31m\u202E\uD800😀x\u200B\u0000`;
		const hostile = unit.repeat(Math.ceil(10_240 / unit.length));
		const plain = 'a'.repeat(1_000_000);
		const cleaned = sanitize(hostile);
		assertInert(cleaned);
		assert.ok(cleaned.includes('😀x'), 'printable text survives');
		assert.equal(sanitize(plain), plain);
	});
});

describe('width helpers', () => {
	test('displayWidth counts wide characters twice', () => {
		assert.equal(displayWidth('abc'), 3);
		assert.equal(displayWidth('東京'), 4);
		assert.equal(displayWidth('😀'), 2);
		assert.equal(displayWidth('e\u0301'), 1);
		assert.equal(displayWidth(''), 0);
	});

	test('truncateToWidth cuts by display width with an ellipsis and never splits graphemes', () => {
		assert.equal(truncateToWidth('abcdef', 10), 'abcdef');
		assert.equal(truncateToWidth('abcdef', 6), 'abcdef');
		assert.equal(truncateToWidth('abcdef', 5), 'abcd…');
		assert.equal(truncateToWidth('東京大阪', 5), '東京…');
		assert.equal(truncateToWidth('東京大阪', 4), '東…');
		assert.equal(truncateToWidth('👨‍👩‍👧👨‍👩‍👧', 3), '👨‍👩‍👧…');
		assert.equal(truncateToWidth('e\u0301e\u0301e\u0301', 2), 'e\u0301…');
		assert.equal(truncateToWidth('abc', 0), '');
		assert.equal(truncateToWidth('abc', 1), '…');
	});

	test('padToWidth gives exactly the width asked for', () => {
		assert.equal(padToWidth('ab', 4), 'ab  ');
		assert.equal(padToWidth('東京', 5), '東京 ');
		assert.equal(padToWidth('abcdef', 4), 'abc…');
		assert.equal(displayWidth(padToWidth('東京大阪', 4)), 4);
		assert.equal(displayWidth(padToWidth('東京大阪', 5)), 5);
		assert.equal(padToWidth('x', 0), '');
	});
});

describe('sanitizeLine', () => {
	test('sanitizes and keeps short values whole', () => {
		assert.equal(sanitizeLine(`a\nb${ESC}[1m`), 'a␊b␛[1m');
	});

	test('cuts values longer than 10 KB of columns with an ellipsis', () => {
		const long = 'x'.repeat(50_000);
		const line = sanitizeLine(long);
		assert.equal(displayWidth(line), MAX_LINE_WIDTH);
		assert.ok(line.endsWith(ELLIPSIS));
		assert.equal(sanitizeLine('東京'.repeat(10), 7), '東京東…');
	});

	test('huge hostile input stays inert and bounded', () => {
		const huge = `${ESC}[31m\u202E`.repeat(200_000);
		const line = sanitizeLine(huge, 80);
		assert.equal(displayWidth(line), 80);
		assertInert(line);
	});

	test('a long run of zero-width combining marks still says it was cut', () => {
		const line = sanitizeLine('a' + '\u0301'.repeat(10_000), 10);
		assert.ok(line.endsWith(ELLIPSIS));
		assert.ok(displayWidth(line) <= 10);
	});
});

test('truncateBefore: the text is cut so the suffix fits in the width, never below `least` columns', () => {
	assert.equal(truncateBefore('a notice much too long', ' (e in full)', 30), 'a notice much too… (e in full)');
	assert.equal(truncateBefore('short', ' (e in full)', 40), 'short (e in full)');
	assert.equal(truncateBefore('a notice much too long', ' (e in full)', 5), 'a notice … (e in full)');
	assert.equal(truncateBefore('→us-east-1,eu-west-2', ' ✗', 8, 1), '→us-e… ✗');
});
