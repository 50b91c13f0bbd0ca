// A frame whose lines are, for a block of them, the last frame's lines moved up or down (a list
// scrolled by a row, a page of text by a line) is drawn for less by letting the terminal move that
// block: set a scroll region around it (DECSTBM), scroll the region (SU / SD), reset the region.
// Ink's incremental renderer then compares the new frame with the lines as they now stand on screen
// and writes only those that differ: the rows that came in, and whatever else changed.
//
// Only for a frame that fills the terminal (the alternate screen, no trailing newline) with the same
// number of lines as the last one, at the same width, with no cursor shown: resetting the region
// puts the cursor in the top-left corner, which is then the frame's first line, where Ink's loop
// over the lines starts.

/** The terminal as the renderer sees it for this frame. */
export type FrameScreen = {
	/** The terminal's rows (undefined when the output is not a terminal). */
	readonly rows: number | undefined;
	/** The terminal's width is the one the last frame was drawn at. */
	readonly columnsUnchanged: boolean;
	/** A cursor is shown, or was shown with the last frame. */
	readonly cursorShown: boolean;
};

export type FrameScroll = {
	/** What to write: the region, the scroll, the reset; it leaves the cursor at the top-left corner. */
	readonly write: string;
	/** The last frame's lines as they stand on screen after the scroll ('' for the rows scrolled in). */
	readonly lines: readonly string[];
	/** The region's first and last line (0-based) and how far it moved: > 0 up, < 0 down. */
	readonly top: number;
	readonly bottom: number;
	readonly shift: number;
};

/** The fewest lines of a block worth moving, and the fewest line writes a scroll must save. */
export const MIN_BLOCK = 3;

const CSI = '\u001B[';

/** Numbers in place of lines, so that the search compares numbers, not strings. */
function lineIds(previous: readonly string[], next: readonly string[]): {before: number[]; after: number[]} {
	const ids = new Map<string, number>([['', 0]]);
	const id = (line: string) => {
		let value = ids.get(line);
		if (value === undefined) {
			value = ids.size;
			ids.set(line, value);
		}

		return value;
	};
	return {before: previous.map(id), after: next.map(id)};
}

type Candidate = {top: number; bottom: number; shift: number; saved: number};

/**
 * The scroll of one block that saves the most line writes for this frame, or undefined when none
 * saves MIN_BLOCK or more (or the frame does not fill the terminal as described above).
 */
export function frameScroll(
	previous: readonly string[],
	next: readonly string[],
	screen: FrameScreen,
): FrameScroll | undefined {
	const {rows} = screen;
	if (rows === undefined || !screen.columnsUnchanged || screen.cursorShown) return undefined;
	if (next.length !== rows || previous.length !== rows || rows <= MIN_BLOCK) return undefined;
	// A last line of '' is a trailing newline: a frame that does not end on the terminal's last line.
	if (next[rows - 1] === '' || previous[rows - 1] === '') return undefined;
	const {before, after} = lineIds(previous, next);
	const differs = (index: number) => (before[index] !== after[index] ? 1 : 0);
	let best: Candidate | undefined;
	for (let distance = 1; distance <= rows - MIN_BLOCK; distance++) {
		for (const shift of [distance, -distance]) {
			// Runs of new lines equal to the old line `shift` rows below (shift > 0) or above (shift < 0).
			let index = Math.max(0, -shift);
			const end = Math.min(rows, rows - shift);
			while (index < end) {
				if (after[index] !== before[index + shift]) {
					index++;
					continue;
				}

				const first = index;
				while (index < end && after[index] === before[index + shift]) index++;
				const last = index - 1;
				if (last - first + 1 < MIN_BLOCK) continue;
				// The region also holds the rows that scroll in blank: below the run going up, above it going down.
				const top = shift > 0 ? first : first + shift;
				const bottom = shift > 0 ? last + shift : last;
				let saved = 0;
				for (let row = first; row <= last; row++) saved += differs(row);
				for (let row = top; row < first; row++) saved += differs(row) - (after[row] === 0 ? 0 : 1);
				for (let row = last + 1; row <= bottom; row++) saved += differs(row) - (after[row] === 0 ? 0 : 1);
				if (saved >= MIN_BLOCK && (!best || saved > best.saved)) best = {top, bottom, shift, saved};
			}
		}
	}

	if (!best) return undefined;
	const {top, bottom, shift} = best;
	const lines = [...previous];
	for (let row = top; row <= bottom; row++) {
		const from = row + shift;
		lines[row] = from >= top && from <= bottom ? previous[from]! : '';
	}

	const scroll = shift > 0 ? `${CSI}${shift}S` : `${CSI}${-shift}T`;
	return {write: `${CSI}${top + 1};${bottom + 1}r${scroll}${CSI}r`, lines, top, bottom, shift};
}
