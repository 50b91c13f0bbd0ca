// Plain-text tables for the commands for scripts: every cell made inert by the sanitizer, columns
// aligned as the terminal draws them (CJK and emoji included), fitted to a width when one is given.
import {displayWidth, padToWidth, sanitizeLine, truncateToWidth} from './sanitize.js';

const GAP = '  ';
/** A column cut to fit never gets narrower than this (or its header). */
const MIN_WIDTH = 6;

/**
 * Lines of a table: the header, then one line per row. With `maxWidth` (a terminal's columns) the
 * widest columns are cut with `…` until the line fits; without it nothing is cut (piped output).
 */
export function textTable(
	header: readonly string[],
	rows: ReadonlyArray<readonly string[]>,
	maxWidth?: number,
): string[] {
	const cells = [header, ...rows].map((row) => header.map((_, index) => sanitizeLine(row[index] ?? '')));
	const widths = header.map((_, index) => Math.max(...cells.map((row) => displayWidth(row[index]!))));
	if (maxWidth !== undefined) fit(widths, header, maxWidth);
	return cells.map((row) =>
		row
			.map((text, index) => {
				const shown = displayWidth(text) > widths[index]! ? truncateToWidth(text, widths[index]!) : text;
				return index === row.length - 1 ? shown : padToWidth(shown, widths[index]!);
			})
			.join(GAP)
			.trimEnd(),
	);
}

function fit(widths: number[], header: readonly string[], maxWidth: number): void {
	const total = () => widths.reduce((sum, width) => sum + width, 0) + GAP.length * Math.max(0, widths.length - 1);
	const floor = header.map((title) => Math.max(Math.min(MIN_WIDTH, displayWidth(title)), 1));
	while (total() > maxWidth) {
		let widest = -1;
		for (let index = 0; index < widths.length; index++) {
			if (widths[index]! > floor[index]! && (widest < 0 || widths[index]! > widths[widest]!)) widest = index;
		}
		if (widest < 0) return;
		// Down to the next widest column (or by the excess, if that is less), so wide columns share the cut.
		const next = Math.max(floor[widest]!, ...widths.filter((_, index) => index !== widest));
		const step = Math.max(1, Math.min(total() - maxWidth, widths[widest]! - next));
		widths[widest] = Math.max(floor[widest]!, widths[widest]! - step);
	}
}
