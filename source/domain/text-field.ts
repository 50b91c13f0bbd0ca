// One text field's content and cursor, edited the way readline edits a line. Pure: every text entry in the
// app (the list filter, the pickers, tag keys and values, the MFA code, the forms others add) uses it.
import {displayWidth, ELLIPSIS, sanitize, truncateToWidth} from './sanitize.js';

/** The text and where the cursor is: a UTF-16 offset that always sits on a grapheme boundary. */
export type TextField = {
	readonly text: string;
	readonly cursor: number;
};

/** Readline's editing commands. */
export type TextEdit =
	'left' | 'right' | 'home' | 'end' | 'backspace' | 'delete' | 'kill-before' | 'kill-after' | 'kill-word-before';

export const EMPTY_FIELD: TextField = {text: '', cursor: 0};

/** A field holding `text`, the cursor after it. */
export function textField(text: string): TextField {
	return {text, cursor: text.length};
}

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Offsets where graphemes start, plus the end: the places a cursor may stand. */
function boundaries(text: string): number[] {
	const offsets = [...graphemes.segment(text)].map((segment) => segment.index);
	offsets.push(text.length);
	return offsets;
}

function previousBoundary(text: string, cursor: number): number {
	const before = boundaries(text).filter((offset) => offset < cursor);
	return before.at(-1) ?? 0;
}

function nextBoundary(text: string, cursor: number): number {
	return boundaries(text).find((offset) => offset > cursor) ?? text.length;
}

/** The field with its cursor moved onto a grapheme boundary inside the text. */
function normalized(field: TextField): TextField {
	const cursor = Math.max(0, Math.min(field.cursor, field.text.length));
	if (boundaries(field.text).includes(cursor)) return cursor === field.cursor ? field : {...field, cursor};
	return {...field, cursor: previousBoundary(field.text, cursor)};
}

function cut(field: TextField, from: number, to: number): TextField {
	if (from === to) return field;
	return {text: field.text.slice(0, from) + field.text.slice(to), cursor: from};
}

/** Where Ctrl-W's deletion starts: back over spaces, then back over the word before them (readline's rubout). */
function wordStart(text: string, cursor: number): number {
	let start = cursor;
	while (start > 0 && /\s/u.test(text[start - 1] ?? '')) start--;
	while (start > 0 && !/\s/u.test(text[start - 1] ?? '')) start--;
	return start;
}

/** One editing command applied to the field. */
export function editField(input: TextField, edit: TextEdit): TextField {
	const field = normalized(input);
	const {text, cursor} = field;
	switch (edit) {
		case 'left':
			return {...field, cursor: previousBoundary(text, cursor)};
		case 'right':
			return {...field, cursor: nextBoundary(text, cursor)};
		case 'home':
			return {...field, cursor: 0};
		case 'end':
			return {...field, cursor: text.length};
		case 'backspace':
			return cut(field, previousBoundary(text, cursor), cursor);
		case 'delete':
			return cut(field, cursor, nextBoundary(text, cursor));
		case 'kill-before':
			return cut(field, 0, cursor);
		case 'kill-after':
			return cut(field, cursor, text.length);
		case 'kill-word-before':
			return cut(field, wordStart(text, cursor), cursor);
	}
}

/** `inserted` typed or pasted at the cursor; the cursor after it. */
export function insertText(input: TextField, inserted: string): TextField {
	if (inserted === '') return input;
	const field = normalized(input);
	const text = field.text.slice(0, field.cursor) + inserted + field.text.slice(field.cursor);
	return {text, cursor: field.cursor + inserted.length};
}

/**
 * Pasted text as a one-line field takes it: line breaks and tabs become spaces (a trailing line break is
 * dropped) and other control characters are left out, so nothing pasted can act as a key or reach the
 * terminal raw.
 */
export function pastedLine(text: string): string {
	return text
		.replace(/(?:\r\n|\r|\n)+$/u, '')
		.replaceAll(/\r\n|[\r\n\t]/gu, ' ')
		.replaceAll(/[\u0000-\u001F\u007F-\u009F]/gu, '');
}

/** The field cut at its cursor: the text before it, the grapheme under it ('' at the end), the rest. */
export type FieldParts = {
	readonly before: string;
	readonly under: string;
	readonly after: string;
};

export function splitAtCursor(input: TextField): FieldParts {
	const field = normalized(input);
	const next = nextBoundary(field.text, field.cursor);
	return {
		before: field.text.slice(0, field.cursor),
		under: field.text.slice(field.cursor, next),
		after: field.text.slice(next),
	};
}

/** The last graphemes of `text` that fit in `width` columns, after a leading … when something was cut. */
function tailToWidth(text: string, width: number): string {
	if (displayWidth(text) <= width) return text;
	const pieces = [...graphemes.segment(text)].map((segment) => segment.segment);
	let used = 1;
	let start = pieces.length;
	while (start > 0 && used + displayWidth(pieces[start - 1] ?? '') <= width) {
		start--;
		used += displayWidth(pieces[start] ?? '');
	}

	return ELLIPSIS + pieces.slice(start).join('');
}

/**
 * What the field shows in `width` columns, display-safe (sanitized): the cursor always visible, the text
 * before it cut on the left with … when it does not fit, the text after it cut on the right.
 */
export function fieldView(field: TextField, width: number): FieldParts {
	const parts = splitAtCursor(field);
	const under = sanitize(parts.under);
	const underWidth = Math.max(1, displayWidth(under));
	const before = tailToWidth(sanitize(parts.before), Math.max(0, width - underWidth));
	const room = width - displayWidth(before) - underWidth;
	return {before, under, after: room > 0 ? truncateToWidth(sanitize(parts.after), room) : ''};
}
