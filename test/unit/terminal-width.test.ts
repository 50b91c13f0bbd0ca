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
			'e\u0301',
			'a\u200Bb',
			'\u00AD',
			'⟨U+202E⟩ ␛[2J ✓',
		]) {
			assert.equal(terminalWidth(text), stringWidth(text), JSON.stringify(text));
		}

		assert.equal(terminalWidth('←→', {ambiguousIsNarrow: false}), stringWidth('←→', {ambiguousIsNarrow: false}));
	});
});
