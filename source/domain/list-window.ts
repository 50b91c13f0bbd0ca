// Which rows of a long list are on screen. The window stays put while the cursor moves inside it (a
// move then redraws two lines). A step of one row past its edge moves it by one row, as k9s and most
// terminal lists do: the terminal scrolls the rows on screen (domain/frame-scroll.ts) and one new row
// is written. Any other way out of the window (a page, the first or last row, a filter, a smaller
// terminal) jumps, so that the cursor lands mid-screen.

/**
 * The first visible row, given the previous one, the cursor, the rows that fit and the row count.
 * `from` is where the cursor was before this action (when the caller knows): one row from there is a step.
 */
export function windowStart(previous: number, cursor: number, height: number, total: number, from?: number): number {
	const rows = Math.max(1, Math.floor(height));
	const step = from !== undefined && Math.abs(cursor - from) === 1;
	let start = previous;
	const jump = Math.floor(rows / 2);
	if (cursor < start) start = step ? cursor : cursor - (rows - 1 - jump);
	else if (cursor >= start + rows) start = step ? cursor - rows + 1 : cursor - jump;
	return Math.max(0, Math.min(start, total - rows));
}
