// string-width with a fast path, for Ink and for our own measuring (the build points every
// `string-width` import here). Most of what a frame measures is text whose characters are all one
// column wide; those strings are measured by their length, the rest by string-width itself. A unit
// test checks every character of the fast path against string-width.
import stringWidth, {type Options} from 'string-width';

/** Characters string-width counts as exactly one column (with its default options). */
export const NARROW_TEXT =
	/^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2400-\u2426\u2500-\u259F\u27E6-\u27ED\u2713\u2714\u2717\u2718]*$/;

export default function terminalWidth(text: string, options?: Options): number {
	if (options?.ambiguousIsNarrow !== false && NARROW_TEXT.test(text)) return text.length;
	return stringWidth(text, options);
}
