// The one text field: readline editing on whole graphemes, pasted text as one line, the visible window.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
	editField,
	fieldView,
	insertText,
	pastedLine,
	textField,
	type TextEdit,
	type TextField,
} from '../../source/domain/text-field.js';

function run(field: TextField, ...edits: TextEdit[]): TextField {
	return edits.reduce(editField, field);
}

/** The field drawn with a | at the cursor. */
function shown(field: TextField): string {
	return `${field.text.slice(0, field.cursor)}|${field.text.slice(field.cursor)}`;
}

describe('text field editing', () => {
	it('moves by character, to the start and to the end, and inserts at the cursor', () => {
		let field = run(textField('prod-east'), 'left', 'left', 'left', 'left');
		assert.equal(shown(field), 'prod-|east');
		field = insertText(field, 'us-');
		assert.equal(shown(field), 'prod-us-|east');
		assert.equal(shown(run(field, 'home')), '|prod-us-east');
		assert.equal(shown(run(field, 'home', 'end')), 'prod-us-east|');
		assert.equal(shown(run(field, 'home', 'left')), '|prod-us-east', 'stays at the start');
		assert.equal(shown(run(field, 'end', 'right')), 'prod-us-east|', 'stays at the end');
	});

	it('Backspace deletes before the cursor, Delete under it', () => {
		const field = run(textField('abcd'), 'left', 'left');
		assert.equal(shown(run(field, 'backspace')), 'a|cd');
		assert.equal(shown(run(field, 'delete')), 'ab|d');
		assert.equal(shown(run(field, 'home', 'backspace')), '|abcd');
		assert.equal(shown(run(field, 'end', 'delete')), 'abcd|');
	});

	it('Ctrl-U, Ctrl-K and Ctrl-W kill to the start, to the end, and the word before', () => {
		const field = run(textField('team billing eu'), 'left', 'left', 'left');
		assert.equal(shown(run(field, 'kill-before')), '| eu');
		assert.equal(shown(run(field, 'kill-after')), 'team billing|');
		assert.equal(shown(run(field, 'kill-word-before')), 'team | eu');
		assert.equal(shown(run(textField('team billing  '), 'kill-word-before')), 'team |', 'spaces, then the word');
	});

	it('moves and deletes whole graphemes: emoji sequences, flags, accents', () => {
		const family = '👨‍👩‍👧';
		const flag = '🇯🇵';
		const accent = 'e\u0301';
		const field = textField(`a${family}${flag}${accent}`);
		assert.equal(shown(run(field, 'left')), `a${family}${flag}|${accent}`);
		assert.equal(shown(run(field, 'left', 'left')), `a${family}|${flag}${accent}`);
		assert.equal(run(field, 'backspace').text, `a${family}${flag}`);
		assert.equal(run(field, 'backspace', 'backspace', 'backspace').text, 'a');
		assert.equal(run(field, 'home', 'right', 'delete').text, `a${flag}${accent}`);
		// A cursor left inside a grapheme is moved onto its start before anything is inserted.
		assert.equal(shown(insertText({text: flag, cursor: 2}, 'x')), `x|${flag}`);
	});

	it('pasted text is one line: line breaks and tabs become spaces, controls are dropped', () => {
		assert.equal(pastedLine('arn:aws:connect:us-east-1:1:instance/abc\n'), 'arn:aws:connect:us-east-1:1:instance/abc');
		assert.equal(pastedLine('a\r\nb\tc\rd'), 'a b c d');
		assert.equal(pastedLine('x\u001B[31my\u0007\u009Bz'), 'x[31myz');
	});

	it('shows the part around the cursor, display-safe: cut with … on the side that does not fit', () => {
		const long = textField('abcdefghijklmnopqrstuvwxyz');
		assert.deepEqual(fieldView(long, 10), {before: '…stuvwxyz', under: '', after: ''});
		assert.deepEqual(fieldView(run(long, 'home'), 10), {before: '', under: 'a', after: 'bcdefghi…'});
		assert.deepEqual(fieldView(textField('漢字漢字漢字'), 8), {before: '…字漢字', under: '', after: ''});
		assert.deepEqual(fieldView(run(textField('a\u001Bb'), 'left'), 10), {before: 'a␛', under: 'b', after: ''});
	});
});
