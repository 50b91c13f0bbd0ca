// The one sanitizer every string from AWS passes through before it reaches the terminal.
// Pure: no React, Ink or SDK imports. One linear pass, no backtracking regex.
import stringWidth from 'string-width';

/** Longest value (in terminal columns) that sanitizeLine shows before cutting it with an ellipsis. */
export const MAX_LINE_WIDTH = 10_240;

export const ELLIPSIS = '…';

const ESC_PICTURE = '\u241B'; // ␛
const REPLACEMENT = '\uFFFD';

/**
 * Anything that may need rewriting: C0, DEL, C1, bidi and invisible format characters,
 * line/paragraph separators, interlinear annotation, and surrogates (lone or astral, checked below);
 * the emoji presentation selector and the keycap mark. A plain character class: linear, no backtracking.
 */
const SUSPICIOUS =
	/[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\uD800-\uDFFF]|\uFE0F|\u20E3/;

const EXTENDED_PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

function marker(code: number): string {
	return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

function hexByte(code: number): string {
	return `\\x${code.toString(16).padStart(2, '0')}`;
}

/** True for invisible format characters we show as ⟨U+XXXX⟩ (bidi controls, zero-width characters…). */
function isInvisibleFormat(code: number): boolean {
	return (
		code === 0x061c || // ARABIC LETTER MARK
		code === 0x180e || // MONGOLIAN VOWEL SEPARATOR
		(code >= 0x200b && code <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
		(code >= 0x2028 && code <= 0x202e) || // LINE/PARAGRAPH SEPARATOR, LRE, RLE, PDF, LRO, RLO
		(code >= 0x2060 && code <= 0x2064) || // WORD JOINER, invisible operators
		(code >= 0x2066 && code <= 0x206f) || // LRI, RLI, FSI, PDI, deprecated format characters
		code === 0xfeff || // BOM / ZWNBSP
		(code >= 0xfff9 && code <= 0xfffb) // interlinear annotation
	);
}

function isPictographic(codePoint: number | undefined): boolean {
	if (codePoint === undefined) return false;
	// Emoji presentation selector and skin-tone modifiers continue an emoji.
	if (codePoint === 0xfe0f || (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff)) return true;
	return EXTENDED_PICTOGRAPHIC.test(String.fromCodePoint(codePoint));
}

/** A keycap's base: 0-9, # and * (1️⃣ is `1`, the presentation selector, U+20E3). */
function isKeycapBase(codePoint: number | undefined): boolean {
	return (
		codePoint !== undefined && (codePoint === 0x23 || codePoint === 0x2a || (codePoint >= 0x30 && codePoint <= 0x39))
	);
}

/** UTF-16 length of a well-formed emoji tag run (2–7 tag characters, the last CANCEL TAG) at index, else 0. */
function emojiTagRunLength(text: string, index: number): number {
	for (let count = 0, at = index; count < 8; count++, at += 2) {
		if (text.charCodeAt(at) !== 0xdb40) return 0;
		const low = text.charCodeAt(at + 1);
		if (low === 0xdc7f) return count >= 1 ? at + 2 - index : 0;
		if (low < 0xdc20 || low > 0xdc7e) return 0;
	}
	return 0;
}

/**
 * Makes terminal control inert and visible. Normal text (CJK, emoji, combining accents) is unchanged.
 *
 * - C0 controls become Control Pictures (`\t` → ␉, `\n` → ␊, NUL → ␀), DEL → ␡.
 *   So every escape sequence (CSI, OSC, DCS, SOS, PM, APC, two-character ESC sequences) is shown whole:
 *   its ESC becomes ␛ and the rest stays visible (`"\x1b[31mred"` → `"␛[31mred"`, BEL in an OSC → ␇).
 * - 8-bit CSI (U+009B) is shown as `␛[`; the other C1 controls as `\x85`-style text.
 * - Bidi controls, zero-width and other invisible format characters become `⟨U+202E⟩`-style markers.
 *   Tag characters in an emoji flag sequence are kept.
 * - Emoji sequences that terminals draw at different widths are shown as their parts, whose widths
 *   every terminal agrees on: a joiner between two emoji goes (👩‍💻 → 👩💻: grapheme-aware terminals
 *   draw the sequence 2 columns wide, xterm, VTE and tmux 4), and so do the emoji presentation
 *   selector (❤️ → ❤), a skin tone after an emoji (👍🏽 → 👍) and a keycap's enclosing mark (1️⃣ → 1).
 *   Flags (🇯🇵) and CJK are kept: they are 2 columns everywhere.
 * - Lone surrogates become U+FFFD.
 */
export function sanitize(text: string): string {
	if (!SUSPICIOUS.test(text)) return text;
	let out = '';
	let start = 0; // start of the pending run of unchanged text
	let previous: number | undefined; // previous code point as written (undefined after a replacement)
	let dropped = false; // the code point is left out (see the emoji sequences above)
	const length = text.length;
	for (let index = 0; index < length; index++) {
		const code = text.charCodeAt(index);
		let replacement: string | undefined;
		let width = 1; // UTF-16 units consumed
		let codePoint = code;
		if (code >= 0xd800 && code <= 0xdfff) {
			const next = index + 1 < length ? text.charCodeAt(index + 1) : 0;
			if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
				codePoint = ((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
				width = 2;
				if (codePoint >= 0xe0000 && codePoint <= 0xe007f) {
					// Tag characters are invisible; they only belong in an emoji flag (🏴 + a few tags + CANCEL TAG).
					const run = previous === 0x1f3f4 ? emojiTagRunLength(text, index) : 0;
					if (run > 0) {
						width = run;
						codePoint = 0xe007f;
					} else {
						replacement = marker(codePoint);
					}
				}
			} else {
				replacement = REPLACEMENT;
			}
		} else if (code < 0x20) {
			replacement = String.fromCharCode(0x2400 + code);
		} else if (code === 0x7f) {
			replacement = '\u2421';
		} else if (code >= 0x80 && code <= 0x9f) {
			replacement = code === 0x9b ? `${ESC_PICTURE}[` : hexByte(code);
		} else if (isInvisibleFormat(code)) {
			const isJoinerInEmoji =
				code === 0x200d && isPictographic(previous) && isPictographic(text.codePointAt(index + 1));
			if (isJoinerInEmoji) dropped = true;
			else replacement = marker(code);
		} else if (code === 0xfe0f || (code === 0x20e3 && (previous === 0xfe0f || isKeycapBase(previous)))) {
			dropped = true;
		}
		if (!dropped && codePoint >= 0x1f3fb && codePoint <= 0x1f3ff && isPictographic(previous)) dropped = true;
		if (dropped) {
			// Gone from the output, but still what comes before the next character (🏳️‍🌈 keeps its parts).
			out += text.slice(start, index);
			start = index + width;
			previous = codePoint;
			dropped = false;
		} else if (replacement === undefined) {
			previous = codePoint;
		} else {
			out += text.slice(start, index) + replacement;
			start = index + width;
			previous = undefined;
		}
		index += width - 1;
	}
	return start === 0 ? text : out + text.slice(start);
}

/** Columns the text takes in a terminal (wide CJK and emoji count 2). Meant for sanitised text. */
export function displayWidth(text: string): number {
	return stringWidth(text);
}

let segmenter: Intl.Segmenter | undefined;
const graphemes = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'}));

/**
 * Cuts the text to at most `width` columns, ending with … when something was cut.
 * Never splits a grapheme (emoji sequences, accents, surrogate pairs stay whole).
 */
export function truncateToWidth(text: string, width: number): string {
	if (width <= 0) return '';
	// Every grapheme is at most 2 columns wide, so short strings need no measuring of pieces.
	if (text.length * 2 <= width || displayWidth(text) <= width) return text;
	return cutToWidth(text, width - 1) + ELLIPSIS;
}

/**
 * `text` cut so that `suffix` still fits after it in `width` columns (`least` columns of text are kept
 * however narrow), then the suffix: `a long notice… (e in full)`.
 */
export function truncateBefore(text: string, suffix: string, width: number, least = 10): string {
	return truncateToWidth(text, Math.max(least, width - displayWidth(suffix))) + suffix;
}

/** The longest prefix of whole graphemes that fits in `width` columns. */
function cutToWidth(text: string, width: number): string {
	let used = 0;
	let end = 0;
	for (const {segment, index} of graphemes().segment(text)) {
		const w = stringWidth(segment);
		if (used + w > width) break;
		used += w;
		end = index + segment.length;
	}
	return text.slice(0, end);
}

/** Exactly `width` columns: truncated with … when too wide, padded with spaces on the right otherwise. */
export function padToWidth(text: string, width: number): string {
	if (width <= 0) return '';
	const cut = truncateToWidth(text, width);
	const w = displayWidth(cut);
	// A wide character that does not fit in the last column leaves one column short.
	return w >= width ? cut : cut + ' '.repeat(width - w);
}

/**
 * sanitize, then cut very long values (default MAX_LINE_WIDTH columns) with an ellipsis.
 * Huge inputs are cut before sanitising so the work stays proportional to what is shown.
 */
export function sanitizeLine(text: string, maxLength: number = MAX_LINE_WIDTH): string {
	const limit = Math.max(0, Math.floor(maxLength));
	// Each visible column needs at least one UTF-16 unit; allow generous room for combining marks.
	const budget = limit * 4 + 16;
	if (text.length > budget) {
		let end = budget;
		const last = text.charCodeAt(end - 1);
		if (last >= 0xd800 && last <= 0xdbff) end -= 1; // do not split a surrogate pair
		const cut = truncateToWidth(sanitize(text.slice(0, end)), limit);
		if (cut.endsWith(ELLIPSIS) || limit === 0) return cut;
		// The prefix fitted (zero-width marks): still say that something was cut.
		return cutToWidth(cut, limit - 1) + ELLIPSIS;
	}
	return truncateToWidth(sanitize(text), limit);
}

/**
 * Cuts the text into lines of at most `width` columns, whole graphemes only: at a space when there is
 * one in the second half of the line (reasons read as prose), else anywhere (ARNs, URLs and long
 * tokens are read in full). At most `maxLines` lines; the last one ends with … when cut.
 */
export function wrapToWidth(text: string, width: number, maxLines = Number.POSITIVE_INFINITY): string[] {
	if (width <= 0) return [''];
	if (text.length <= width || displayWidth(text) <= width) return [text];
	const lines: string[] = [];
	let line: string[] = [];
	let widths: number[] = [];
	let used = 0;
	const push = (pieces: string[]): boolean => {
		lines.push(pieces.join(''));
		if (lines.length < maxLines) return true;
		lines[maxLines - 1] = truncateToWidth(`${lines[maxLines - 1]}${ELLIPSIS}${ELLIPSIS}`, width);
		return false;
	};

	for (const {segment} of graphemes().segment(text)) {
		const w = stringWidth(segment);
		if (used + w > width && line.length > 0) {
			const space = line.lastIndexOf(' ');
			const breakAt = space >= 0 && space + 1 >= line.length / 2 ? space + 1 : line.length;
			if (!push(line.slice(0, breakAt))) return lines;
			line = line.slice(breakAt);
			widths = widths.slice(breakAt);
			used = widths.reduce((sum, value) => sum + value, 0);
		}

		line.push(segment);
		widths.push(w);
		used += w;
	}

	lines.push(line.join(''));
	return lines;
}
