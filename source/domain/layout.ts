// How the screen is divided, as plain numbers. The views lay themselves out with these functions and the
// reducers page and clamp scrolling with the same ones, so a page down moves exactly what is on screen and
// a scroll stops where the view's last line is.

/** Below this the app shows only a note asking for a bigger terminal. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 15;

/** Lines around the content: header, message, footer. */
export const CHROME = 3;

export type TerminalSize = {readonly columns: number; readonly rows: number};

/** The MFA prompt above the content: its border, four lines, and one more when others wait. */
export function mfaLines(prompts: number): number {
	if (prompts === 0) return 0;
	return 6 + (prompts > 1 ? 1 : 0);
}

/** Lines for the screen or overlay between the chrome and the MFA prompt. */
export function contentHeight(rows: number, prompts = 0): number {
	return rows - CHROME - mfaLines(prompts);
}

export type ListFacts = {
	/** How many (profile, region) pairs, and how many of them failed. */
	readonly pairs: number;
	readonly errors: number;
	/** The filter line shows (typing it, or a filter is kept). */
	readonly filterLine: boolean;
	/** A line under the filter: its malformed terms, or how far loading what it needs has got. */
	readonly filterNote?: boolean;
	/** The rows come from the cache of an earlier run (one line says so). */
	readonly stale: boolean;
};

export type ListLayout = {
	/** Lines for the status strip's chips, and for its failing pairs. */
	readonly chipLines: number;
	readonly errorLines: number;
	/** The table with its header line. */
	readonly tableHeight: number;
	/** Rows of instances that fit: a page. */
	readonly bodyHeight: number;
};

/** The instance list in `height` lines: status strip, stale and filter lines, the table. */
export function listLayout(height: number, facts: ListFacts): ListLayout {
	const chipLines = height >= 30 ? 3 : height >= 18 ? 2 : 1;
	const errorLines = Math.min(facts.errors, height >= 30 ? 4 : 2);
	const stripLines = Math.min(chipLines, facts.pairs) + errorLines;
	const tableHeight = Math.max(
		2,
		height - stripLines - (facts.filterLine ? 1 : 0) - (facts.filterNote ? 1 : 0) - (facts.stale ? 1 : 0),
	);
	return {chipLines, errorLines, tableHeight, bodyHeight: Math.max(1, tableHeight - 1)};
}

/** Lines of the detail view's body (below its title line): a page. */
export function detailBodyHeight(height: number): number {
	return Math.max(1, height - 1);
}

/** Lines of the help overlay's body: less its border, title line and padding. */
export function helpBodyHeight(height: number): number {
	return Math.max(1, height - 4);
}

/** How far the help overlay's lines can scroll in `height` lines. */
export function helpMaxScroll(lines: number, height: number): number {
	return Math.max(0, lines - helpBodyHeight(height));
}

export type MatrixFacts = {
	/** A bulk apply runs: its progress line sits under the grid. */
	readonly bulkLine: boolean;
	/** Columns each row's label (mark and alias) takes, and each cell of the current group. */
	readonly labelWidth: number;
	readonly cellWidth: number;
	/** Columns between cells. */
	readonly cellGap: number;
};

export type MatrixLayout = {
	/** The grid with its header line (or the review, report or question in its place). */
	readonly gridHeight: number;
	/** Rows of instances that fit: a page. */
	readonly bodyHeight: number;
	/** Cell columns that fit beside the labels and ages. */
	readonly cellColumns: number;
};

/**
 * Columns for a row's age of its last known values (`5m`, `3h`), under the header `age`. Short on
 * purpose: the words the list uses (`5 min ago`) would take 11 columns, one attribute column of the
 * six an 80-column terminal shows (one tag column of three); the progress line above says it in words.
 */
export const MATRIX_AGE_WIDTH = 4;

/** The fleet matrix in `height` lines and `width` columns: two lines above the grid, then the grid. */
export function matrixLayout(height: number, width: number, facts: MatrixFacts): MatrixLayout {
	const gridHeight = Math.max(2, height - 2 - (facts.bulkLine ? 1 : 0));
	const cellsWidth = width - facts.labelWidth - MATRIX_AGE_WIDTH;
	return {
		gridHeight,
		bodyHeight: Math.max(1, gridHeight - 1),
		cellColumns: Math.max(1, Math.floor((cellsWidth + facts.cellGap) / (facts.cellWidth + facts.cellGap))),
	};
}

/** Rows of a picker's list: less its border, title, filter line, footnote and padding. */
export function pickerBodyHeight(height: number): number {
	return Math.max(1, height - 6);
}

/** Rows a form's PgUp PgDn move: its lines less the title and the lines around the rows. */
export function formPageHeight(height: number): number {
	return Math.max(1, height - 4);
}

export type CursorMove = 'down' | 'up' | 'page-down' | 'page-up' | 'top' | 'bottom';

/**
 * Where a cursor over `length` rows lands after a move, `page` rows a page. It stops at the ends:
 * nothing wraps (the list, the forms, the pickers and the overlays all move alike).
 */
export function movedCursor(move: CursorMove, cursor: number, length: number, page: number): number {
	const step = {down: 1, up: -1, 'page-down': page, 'page-up': -page, top: -length, bottom: length}[move];
	return Math.max(0, Math.min(cursor + step, length - 1));
}

/** The move a binding id names (`tags.page-down` → `page-down`), if it is one. */
export function cursorMoveOf(id: string): CursorMove | undefined {
	const move = id.slice(id.indexOf('.') + 1);
	return ['down', 'up', 'page-down', 'page-up', 'top', 'bottom'].includes(move) ? (move as CursorMove) : undefined;
}
