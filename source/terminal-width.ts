// string-width with a fast path, for Ink and for our own measuring (the build points every
// `string-width` import here). Most of what a frame measures is text whose characters are all one
// column wide, often wrapped in colour codes (SGR): those strings are measured by their length less
// the colour codes, the rest by string-width itself. Ink measures every line of every frame again,
// so answers are also remembered for the lines of the last few frames. A unit test checks every
// character of the fast path against string-width.
import stringWidth, {type Options} from 'string-width';

/** Characters string-width counts as exactly one column (with its default options). */
export const NARROW_TEXT =
	/^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2400-\u2426\u2500-\u259F\u27E6-\u27ED\u2713\u2714\u2717\u2718]*$/;

/** Colour and style codes (SGR): zero columns wide. */
const SGR = /\u001B\[[0-9;]*m/g;

/** How many answers are remembered: a few frames of a large terminal's lines and their pieces. */
const REMEMBERED = 4096;
let remembered = new Map<string, number>();

function measure(text: string, options?: Options): number {
	if (options?.ambiguousIsNarrow === false || options?.countAnsiEscapeCodes) return stringWidth(text, options);
	if (NARROW_TEXT.test(text)) return text.length;
	if (text.includes('\u001B')) {
		const plain = text.replace(SGR, '');
		if (!plain.includes('\u001B') && NARROW_TEXT.test(plain)) return plain.length;
	}
	return stringWidth(text, options);
}

export default function terminalWidth(text: string, options?: Options): number {
	if (options !== undefined) return measure(text, options);
	const known = remembered.get(text);
	if (known !== undefined) return known;
	const width = measure(text);
	// Forget everything at once when full: cheaper than keeping an order, and the next frame refills it.
	if (remembered.size >= REMEMBERED) remembered = new Map();
	remembered.set(text, width);
	return width;
}
