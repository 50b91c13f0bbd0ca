// Ink's update of one changed line, made to write less (the build puts it between Ink's
// incremental renderer and its own line update, see scripts/build.mjs). A line that keeps its
// width gets only its differing cells (domain/line-update.ts). A line written whole steps over
// its runs of blanks on the erased row, or is written without erasing the row first when it
// covers everything the old line had.
import {changedCells, skipBlanks} from './domain/line-update.js';
import terminalWidth from './terminal-width.js';

type LineUpdate = (previous: string, next: string, columns: number) => string;

const FIRST_COLUMN = '\u001B[1G';
const WHOLE_LINE = `${FIRST_COLUMN}\u001B[K`;

export function smallerLineUpdate(ink: LineUpdate): LineUpdate {
	return (previous, next, columns) => {
		const cells = changedCells(previous, next, columns);
		if (cells !== undefined) return cells;
		const update = ink(previous, next, columns);
		if (update !== WHOLE_LINE + next) return update;
		const skipping = skipBlanks(next);
		if (skipping !== next) return WHOLE_LINE + skipping;
		return terminalWidth(next) >= terminalWidth(previous) ? FIRST_COLUMN + next : update;
	};
}
