// Ink's frame assembly, remembering what did not change from one frame to the next (the build puts
// these into Ink's output and text sanitizing, see scripts/build.mjs). Ink lays out and draws the
// whole screen for every frame: 8,000 new blank cells for a 160×50 terminal, every line turned
// into text cell by cell, every text node's codes sanitized again. A cursor move changes two rows.

/** One cell of Ink's output grid. Ink never changes a cell once made: it replaces it. */
type Cell = {readonly type: string; readonly value: string; readonly fullWidth: boolean; readonly styles: unknown};

const BLANK: Cell = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([])});

/** A row of blank cells, all one shared cell. */
export function blankRow(width: number): Cell[] {
	return Array.from({length: width}, () => BLANK);
}

let rows: Array<{readonly cells: readonly Cell[]; readonly text: string}> = [];

/**
 * Row `y` of the grid as text (Ink's: without the empty slots, trailing blanks trimmed). Ink's cells
 * for unchanged text are the same objects frame after frame (its caches are shared across frames),
 * so a row holding the same cells as the last frame's row `y` is the same text.
 */
export function rowText(cells: readonly Cell[], y: number, toText: (cells: Cell[]) => string): string {
	const last = rows[y];
	if (last?.cells.length === cells.length) {
		let same = true;
		for (let x = 0; x < cells.length && same; x++) same = cells[x] === last.cells[x];
		if (same) return last.text;
	}

	const text = toText(cells.filter((cell) => cell !== undefined)).trimEnd();
	if (y > 4096) rows = [];
	rows[y] = {cells, text};
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
