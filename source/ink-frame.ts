// Ink's frame assembly, remembering what did not change from one frame to the next (the build puts
// these into Ink's output and text sanitizing, see scripts/build.mjs). Ink lays out and draws the
// whole screen for every frame: 8,000 new blank cells for a 160×50 terminal, every line turned
// into text cell by cell, every text node's codes sanitized again. A cursor move changes two rows.

/** One cell of Ink's output grid. Ink never changes a cell once made: it replaces it. */
type Cell = {readonly type: string; readonly value: string; readonly fullWidth: boolean; readonly styles: unknown};

const BLANK: Cell = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([])});

let blanks: Cell[] = [];

/** A row of blank cells, all one shared cell (a copy of a kept row: no callback per cell). */
export function blankRow(width: number): Cell[] {
	if (blanks.length !== width) blanks = Array.from({length: width}, () => BLANK);
	return blanks.slice();
}

type Row = {readonly cells: readonly Cell[]; readonly text: string};

/** The last frame's rows and this frame's so far, by their y; a frame starts again at a y not past the last. */
let last: Row[] = [];
let current: Row[] = [];
let lastY = -1;
/** How far this frame's rows were found from their place in the last frame (a list scrolled by a row: 1). */
let shift = 0;

function sameCells(cells: readonly Cell[], row: Row | undefined): row is Row {
	if (row?.cells.length !== cells.length) return false;
	for (let x = 0; x < cells.length; x++) if (cells[x] !== row.cells[x]) return false;
	return true;
}

/**
 * Row `y` of the grid as text (Ink's: without the empty slots, trailing blanks trimmed). Ink's cells
 * for unchanged text are the same objects frame after frame (its caches are shared across frames),
 * so a row holding the same cells as a row of the last frame is the same text. A scrolled list moves
 * its rows by the same number of lines: where the row above was found is looked at first, then `y`,
 * then every row of the last frame.
 */
export function rowText(cells: readonly Cell[], y: number, toText: (cells: Cell[]) => string): string {
	if (y <= lastY) {
		last = current;
		current = [];
		shift = 0;
	}

	lastY = y;
	let from = [y + shift, y].find((place) => sameCells(cells, last[place]));
	for (let place = 0; from === undefined && place < last.length; place++)
		if (sameCells(cells, last[place])) from = place;
	const found = from === undefined ? undefined : last[from];
	if (from !== undefined) shift = from - y;
	const text = found?.text ?? toText(cells.filter((cell) => cell !== undefined)).trimEnd();
	if (y <= 4096) current[y] = {cells, text};
	return text;
}

/** How many answers a remembered function keeps before it forgets them all at once. */
const REMEMBERED = 8192;

/** `pure` with its answers remembered by argument (it must depend on nothing else). */
export function remembered<T>(pure: (text: string) => T): (text: string) => T {
	let answers = new Map<string, T>();
	return (text) => {
		const known = answers.get(text);
		if (known !== undefined) return known;
		const answer = pure(text);
		if (answers.size >= REMEMBERED) answers = new Map();
		answers.set(text, answer);
		return answer;
	};
}

type Slice = {readonly from: number; readonly to: number; readonly text: string};
let slices = new Map<string, Slice>();

/**
 * Ink's cut of a line to the columns [from, to) of its clip, remembered by line: a list's rows are
 * cut to the table's box at every frame, each into an array of styled characters and back to text.
 */
export function rememberedSlice(
	line: string,
	from: number,
	to: number,
	slice: (line: string, from: number, to: number) => string,
): string {
	const known = slices.get(line);
	if (known?.from === from && known.to === to) return known.text;
	const text = slice(line, from, to);
	if (slices.size >= REMEMBERED) slices = new Map();
	slices.set(line, {from, to, text});
	return text;
}
