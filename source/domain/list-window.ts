// Which rows of a long list are on screen. The window stays put while the cursor moves inside it
// (a move then redraws two lines); when the cursor leaves it, the window jumps half a page so the
// cursor lands mid-screen. Scrolling line by line would redraw every visible row on every key, which
// over a slow SSH link is what makes a list feel sluggish (less and mutt jump for the same reason).

/** The first visible row, given the previous one, the cursor, the rows that fit and the row count. */
export function windowStart(previous: number, cursor: number, height: number, total: number): number {
	const rows = Math.max(1, Math.floor(height));
	let start = previous;
	const jump = Math.floor(rows / 2);
	if (cursor < start) start = cursor - (rows - 1 - jump);
	else if (cursor >= start + rows) start = cursor - jump;
	return Math.max(0, Math.min(start, total - rows));
}
