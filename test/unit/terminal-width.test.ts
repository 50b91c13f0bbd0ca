import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import stringWidth from 'string-width';
import terminalWidth, {NARROW_TEXT} from '../../source/terminal-width.js';

describe('terminal width fast path', () => {
	it('every character it counts as one column, string-width counts as one column', () => {
		let checked = 0;
		for (let code = 0; code <= 0x2fff; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue;
			const char = String.fromCodePoint(code);
			if (!NARROW_TEXT.test(char)) continue;
			assert.equal(stringWidth(char), 1, `U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
			checked++;
		}

		assert.ok(checked > 1000);
	});

	it('gives string-width answers for everything else', () => {
		for (const text of [
			'',
			'plain',
			'a·b…›',
			'日本語',
			'🙂 ok',
			'\u001B[31mred\u001B[0m',
			'\u001B[90msynthetic-0002/ap-northeast-1 \u001B[39m\u001B[32m20\u001B[39m · …',
			'\u001B[1m\u001B[36m日本\u001B[39m\u001B[22m',
			'\u001B[32m🙂\u001B[39m ok',
			'\u001B]8;;https://example.com\u0007link\u001B]8;;\u0007',
			'\u001B[2Jcleared',
			'e\u0301',
			'a\u200Bb',
			'\u00AD',
			'⟨U+202E⟩ ␛[2J ✓',
		]) {
			assert.equal(terminalWidth(text), stringWidth(text), JSON.stringify(text));
		}

		assert.equal(terminalWidth('←→', {ambiguousIsNarrow: false}), stringWidth('←→', {ambiguousIsNarrow: false}));
		const styled = '\u001B[31mred\u001B[0m';
		assert.equal(
			terminalWidth(styled, {countAnsiEscapeCodes: true}),
			stringWidth(styled, {countAnsiEscapeCodes: true}),
		);
	});

	it('answers the same the second time (remembered answers are the right ones)', () => {
		for (const text of ['日本語', '\u001B[32mok\u001B[39m', 'plain', '🙂']) {
			assert.equal(terminalWidth(text), stringWidth(text));
			assert.equal(terminalWidth(text), stringWidth(text));
		}
	});
});
