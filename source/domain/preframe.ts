// The screen drawn from the cache before Ink and React have loaded: the list as the app's first frame
// will show it (header, status strip, stale line, table, message and footer lines), as plain text
// with a few styles. It takes the same lines the app lays the list out with, so the rows stay where
// they are when the app takes the screen over and redraws what differs.
import {cellText, COLUMN_GAP, headerLine, layoutColumns} from './columns.js';
import {relativeAge} from './format.js';
import {hasSeveralProfiles, sortInstances} from './instances.js';
import {contentHeight, listLayout, MIN_COLUMNS, MIN_ROWS} from './layout.js';
import {padToWidth, sanitize, truncateToWidth} from './sanitize.js';
import {DEFAULT_SORT, sortLabel} from './sort.js';
import {stripLineText, stripLines} from './strip-lines.js';
import type {InstanceSummary, PairStatus} from './types.js';

const LOADING: PairStatus = {kind: 'loading'};

export type PreframeInput = {
	/** The cached rows of the chosen profiles and regions. */
	readonly rows: readonly InstanceSummary[];
	readonly profiles: readonly string[];
	readonly regions: readonly string[];
	/** When the cache was saved (ISO time), and now (ms). */
	readonly savedAt: string;
	readonly now: number;
	readonly columns: number;
	/** The terminal's height. */
	readonly lines: number;
};

const ESC = '\u001B';
const inverse = (text: string) => `${ESC}[7m${text}${ESC}[27m`;
const dim = (text: string) => `${ESC}[2m${text}${ESC}[22m`;
const bold = (text: string) => `${ESC}[1m${text}${ESC}[22m`;

/** Profiles or regions as the header names them: up to two by name, then a count. */
function summarize(values: readonly string[], noun: string): string {
	if (values.length <= 2) return values.map((value) => sanitize(value)).join(',');
	return `${values.length} ${noun}`;
}

/**
 * The list screen from the cache, one string per terminal line (exactly `lines` of them), each at most
 * `columns` wide; undefined when there is nothing cached or the terminal is below the app's minimum
 * (the app then shows its own first frame).
 */
export function preframeLines(input: PreframeInput): string[] | undefined {
	const {columns, lines} = input;
	if (input.rows.length === 0 || columns < MIN_COLUMNS || lines < MIN_ROWS) return undefined;
	// The list's own order (the inventory keeps its rows sorted so; the cache saved them so).
	const rows = sortInstances(input.rows);
	// Every (profile, region) still loading, in the app's order: its strip, laid out by the same function.
	const pairs = input.profiles.flatMap((profile) =>
		input.regions.map((region) => ({target: {profile, region}, status: LOADING})),
	);
	const showProfile = input.profiles.length > 1 || hasSeveralProfiles(rows);
	const height = contentHeight(lines);
	const layout = listLayout(height, {pairs: pairs.length, errors: 0, filterLine: false, stale: true});
	const cut = (text: string) => truncateToWidth(text, columns);

	const header = cut(
		`connectui instances 1/${rows.length} · sorted by ${sortLabel(DEFAULT_SORT)}  ` +
			`${summarize(input.profiles, 'profiles')} · ${summarize(input.regions, 'regions')}`,
	);
	const strip = stripLines({
		pairs,
		instances: rows.length,
		showProfile,
		width: columns,
		chipLines: layout.chipLines,
		errorLines: layout.errorLines,
	}).lines.map((line) => cut(stripLineText(line)));
	const stale = cut(`stale: last known list from ${relativeAge(input.savedAt, input.now)}, refreshing…`);
	const table = layoutColumns(columns, showProfile);
	const gap = ' '.repeat(COLUMN_GAP);
	const body = rows.slice(0, layout.bodyHeight).map((row, index) => {
		const cells = table.map((column) => padToWidth(cellText(row, column.id), column.width)).join(gap);
		const text = cut(`${index === 0 ? '›' : ' '} ${cells}`);
		return index === 0 ? inverse(text) : dim(text);
	});
	const content = [...strip, stale, bold(cut(`  ${headerLine(table)}`)), ...body];
	while (content.length < height) content.push('');
	// Header, content, the message line and the footer: the app's own frame, line for line.
	return [header, ...content.slice(0, height), '', ''];
}
