// The least to write when one line of the screen changes: only the cells that differ, when the
// line keeps its width. A cursor move changes one number in the header (`12/240` → `13/240`);
// rewriting the header from that number to its end costs most of a move's bytes. Lines are Ink's:
// text and colour codes (SGR), every line starting and ending in the default style.
import {NARROW_TEXT} from '../terminal-width.js';

/** One column of a line: its character and the style it is drawn in (canonical SGR parameters). */
type Cell = {readonly char: string; readonly style: string};

// Attributes, in the order they are written back; each is set by its own codes and reset by one.
const FLAGS: Record<string, string> = {'1': 'bold', '2': 'dim', '3': 'italic', '4': 'underline', '5': 'blink'};
Object.assign(FLAGS, {'7': 'inverse', '8': 'hidden', '9': 'strike', '53': 'overline'});
const RESETS: Record<string, readonly string[]> = {
	'22': ['bold', 'dim'],
	'23': ['italic'],
	'24': ['underline'],
	'25': ['blink'],
	'27': ['inverse'],
	'28': ['hidden'],
	'29': ['strike'],
	'55': ['overline'],
	'39': ['fg'],
	'49': ['bg'],
};
const ORDER = ['bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', 'strike', 'overline', 'fg', 'bg'];

/** Applies one SGR sequence's parameters to a style; false for a code this does not know. */
function applySgr(style: Map<string, string>, parameters: string): boolean {
	const codes = parameters === '' ? ['0'] : parameters.split(';');
	for (let i = 0; i < codes.length; i++) {
		const code = codes[i]!;
		const value = Number(code);
		if (code === '' || code === '0') style.clear();
		else if (FLAGS[code]) style.set(FLAGS[code], code);
		else if (RESETS[code]) for (const slot of RESETS[code]) style.delete(slot);
		else if ((value >= 30 && value <= 37) || (value >= 90 && value <= 97)) style.set('fg', code);
		else if ((value >= 40 && value <= 47) || (value >= 100 && value <= 107)) style.set('bg', code);
		else if ((code === '38' || code === '48') && (codes[i + 1] === '5' || codes[i + 1] === '2')) {
			const length = codes[i + 1] === '5' ? 2 : 4;
			const extended = codes.slice(i, i + 1 + length);
			if (extended.length !== length + 1 || extended.some((part) => !/^\d+$/.test(part))) return false;
			style.set(code === '38' ? 'fg' : 'bg', extended.join(';'));
			i += length;
		} else return false;
	}
	return true;
}

function styleKey(style: ReadonlyMap<string, string>): string {
	return ORDER.filter((slot) => style.has(slot))
		.map((slot) => style.get(slot))
		.join(';');
}

const SGR_AT = /\u001B\[([0-9;]*)m/y;

/** The line as cells, or undefined when it holds anything but one-column characters and known SGR codes. */
export function lineCells(line: string): Cell[] | undefined {
	const cells: Cell[] = [];
	const style = new Map<string, string>();
	let key = '';
	for (let index = 0; index < line.length;) {
		if (line[index] === '\u001B') {
			SGR_AT.lastIndex = index;
			const match = SGR_AT.exec(line);
			if (!match || !applySgr(style, match[1]!)) return undefined;
			key = styleKey(style);
			index = SGR_AT.lastIndex;
			continue;
		}

		const char = line[index]!;
		// One column each, and each a grapheme of its own (no joiners or combining marks in the set).
		if (!NARROW_TEXT.test(char)) return undefined;
		cells.push({char, style: key});
		index++;
	}

	return cells;
}

const sgr = (key: string) => `\u001B[${key}m`;

/**
 * What to write, with the cursor anywhere on the line and the default style, to turn `previous`
 * into `next`: the differing cells only (from the first to the last), in their styles, leaving the
 * default style behind. Undefined when the lines differ in width, when every column changes, or
 * when either holds something other than one-column text and colour codes: the caller then writes
 * the line its own way.
 */
export function changedCells(previous: string, next: string, columns: number): string | undefined {
	if (!(columns >= 1)) return undefined;
	const before = lineCells(previous);
	const after = lineCells(next);
	if (!before || !after || before.length !== after.length || after.length > columns) return undefined;
	const same = (index: number) =>
		before[index]!.char === after[index]!.char && before[index]!.style === after[index]!.style;
	let first = 0;
	while (first < after.length && same(first)) first++;
	if (first === after.length) return '';
	let last = after.length - 1;
	while (same(last)) last--;
	if (first === 0 && last === after.length - 1) return undefined;

	let out = `\u001B[${first + 1}G`;
	let current = '';
	for (let index = first; index <= last; index++) {
		const {char, style} = after[index]!;
		if (style !== current) out += current === '' ? sgr(style) : style === '' ? sgr('0') : sgr(`0;${style}`);
		current = style;
		out += char;
	}

	return current === '' ? out : out + sgr('0');
}

/** Attributes that show on a blank cell: a space drawn with one of them is not the same as no space. */
const PAINTS_BLANKS = new Set(['inverse', 'underline', 'strike', 'overline', 'bg']);
/** Shortest run of blanks worth a cursor move: ESC [ 5 C is four bytes. */
const BLANK_RUN = / {5,}/g;

/**
 * The line for writing over a row the terminal has just erased: runs of five or more spaces that
 * paint nothing (no background, inverse, underline, strike or overline) become a cursor move over
 * the erased cells, which looks the same and is shorter. A line with anything but colour codes and
 * text is returned as it is.
 */
export function skipBlanks(line: string): string {
	if (!line.includes('     ')) return line;
	const style = new Map<string, string>();
	let out = '';
	let index = 0;
	while (index < line.length) {
		if (line[index] === '\u001B') {
			SGR_AT.lastIndex = index;
			const match = SGR_AT.exec(line);
			if (!match || !applySgr(style, match[1]!)) return line;
			out += match[0];
			index = SGR_AT.lastIndex;
			continue;
		}

		let end = line.indexOf('\u001B', index);
		if (end === -1) end = line.length;
		const text = line.slice(index, end);
		if (/[\u0000-\u001F\u007F-\u009F]/.test(text)) return line;
		const paints = [...style.keys()].some((slot) => PAINTS_BLANKS.has(slot));
		out += paints ? text : text.replace(BLANK_RUN, (run) => `\u001B[${run.length}C`);
		index = end;
	}

	return out;
}
