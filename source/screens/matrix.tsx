import {memo, useRef} from 'react';
import {Box, Text} from 'ink';
import {attributeInfo} from '../domain/attributes.js';
import {reviewLines} from '../domain/bulk-lines.js';
import {instanceKey} from '../domain/instances.js';
import {windowStart} from '../domain/list-window.js';
import {
	ATTRIBUTE_CELL_WIDTH,
	attributeCell,
	CELL_GAP,
	cellText,
	formatDuration,
	shortAge,
	shortHeader,
	TAG_CELL_WIDTH,
	tagCell,
	visibleColumns,
	type Cell,
} from '../domain/matrix-layout.js';
import {displayWidth, padToWidth, sanitizeLine, truncateToWidth} from '../domain/sanitize.js';
import type {InstanceSummary} from '../domain/types.js';
import {LinesPanel} from '../components/lines-panel.js';
import type {AppState} from '../state/app-state.js';
import type {FleetEntry} from '../state/fleet-reducer.js';
import {matrixColumns} from '../state/matrix-reducer.js';
import type {MatrixState} from '../state/matrix-state.js';
import {visibleRows} from '../state/selectors.js';
import {toneColor, useTheme, type Theme, type ToneName} from '../theme/theme.js';
import {BulkProgressLine, BulkRunPanel} from './bulk-run.js';

export type MatrixViewProps = {
	readonly state: AppState;
	readonly matrix: MatrixState;
	readonly width: number;
	readonly height: number;
	/** Epoch ms, for the age of last known values. */
	readonly now: number;
};

const CELL_TONES: Readonly<Record<Cell['kind'], ToneName>> = {
	on: 'ok',
	off: 'muted',
	value: 'normal',
	absent: 'muted',
	loading: 'muted',
	error: 'error',
	pending: 'pending',
};

function cellColor(theme: Theme, cell: Cell): string | undefined {
	return cell.drift ? theme.warning : toneColor(theme, CELL_TONES[cell.kind]);
}

const Row = memo(function Row({
	label,
	age,
	cells,
	cellWidth,
	selected,
	currentColumn,
}: {
	readonly label: string;
	readonly age: string;
	readonly cells: readonly Cell[];
	readonly cellWidth: number;
	readonly selected: boolean;
	readonly currentColumn: number;
}) {
	const theme = useTheme();
	const gap = ' '.repeat(CELL_GAP);
	return (
		<Text wrap="truncate">
			<Text inverse={selected && theme.selectionInverse}>{label}</Text>
			<Text color={theme.muted}>{age}</Text>
			{cells.map((cell, index) => (
				// Cells are positional: the index is the column.
				<Text key={index}>
					{gap}
					<Text
						color={cellColor(theme, cell)}
						inverse={selected && index === currentColumn}
						bold={cell.kind === 'pending'}
					>
						{padToWidth(cellText(cell, cellWidth), cellWidth)}
					</Text>
				</Text>
			))}
		</Text>
	);
});

function cellsFor(
	row: InstanceSummary,
	entry: FleetEntry | undefined,
	matrix: MatrixState,
	columns: readonly string[],
): Cell[] {
	if (matrix.group === 'attributes') {
		const known = entry?.attributes;
		const wants = matrix.pending.get(instanceKey(row));
		return columns.map((type) =>
			attributeCell(
				known?.value?.[type],
				{loading: known?.loading, error: Boolean(known?.error), known: known?.value !== undefined},
				wants?.get(type),
			),
		);
	}

	const known = entry?.tags;
	return columns.map((key) => tagCell(known?.value, key, {loading: known?.loading, error: Boolean(known?.error)}));
}

function progressText(state: AppState, rows: readonly InstanceSummary[], matrix: MatrixState, now: number): string {
	const aspect = matrix.group;
	let fresh = 0;
	let loading = 0;
	let errors = 0;
	let firstError: {readonly code: string; readonly message: string} | undefined;
	let oldest: number | undefined;
	for (const row of rows) {
		const known = state.fleet.entries.get(instanceKey(row))?.[aspect];
		if (known?.fresh) fresh++;
		if (known?.loading) loading++;
		if (known?.error) {
			errors++;
			firstError ??= known.error;
		}

		if (known?.value && !known.fresh && known.at !== undefined) oldest = Math.min(oldest ?? known.at, known.at);
	}

	// ListInstanceAttributes answers 7 attributes a page: 2 requests an instance, 2 a second per region.
	const perRegion = new Map<string, number>();
	for (const row of rows) {
		if (state.fleet.entries.get(instanceKey(row))?.[aspect]?.loading) {
			const key = `${row.profile}\u0000${row.region}`;
			perRegion.set(key, (perRegion.get(key) ?? 0) + 1);
		}
	}

	const requestsPerInstance = aspect === 'attributes' ? 2 : 1;
	const left = (Math.max(0, ...perRegion.values()) * requestsPerInstance * 1000) / 2;
	const parts = [`${aspect} ${fresh} of ${rows.length} read`];
	if (loading > 0) parts.push(`about ${formatDuration(left)} left`);
	if (errors > 0 && firstError) {
		parts.push(
			`${errors} failed (${sanitizeLine(firstError.code)}: ${sanitizeLine(firstError.message)}; R reads again)`,
		);
	}

	if (oldest !== undefined && loading > 0) parts.push(`others as last known (${shortAge(oldest, false, now)} old)`);
	return parts.join(' · ');
}

export function MatrixView({state, matrix, width, height, now}: MatrixViewProps) {
	const theme = useTheme();
	const rows = visibleRows(state);
	const columns = matrixColumns(state, matrix);
	const bulk = state.bulk;
	const marked = rows.filter((row) => state.list.marks.has(instanceKey(row))).length;
	const head = `${rows.length} instance${rows.length === 1 ? '' : 's'}${marked > 0 ? ` (${marked} marked)` : ''}${state.list.filter.text ? ` · /${sanitizeLine(state.list.filter.text)}` : ''}`;
	const progress = progressText(state, rows, matrix, now);
	const current = columns[matrix.column];
	const currentName =
		current === undefined
			? matrix.group === 'tags'
				? 'no tags on the shown instances'
				: ''
			: matrix.group === 'attributes'
				? `${current} — ${attributeInfo(current).label}: ${attributeInfo(current).description}`
				: `tag ${sanitizeLine(current)}`;

	const labelWidth = Math.min(28, Math.max(12, ...rows.map((row) => displayWidth(sanitizeLine(row.alias)) + 2)));
	const ageWidth = 4;
	const cellWidth = matrix.group === 'attributes' ? ATTRIBUTE_CELL_WIDTH : TAG_CELL_WIDTH;
	const firstColumn = useRef(0);
	const {first, shown} = visibleColumns(
		columns.length,
		matrix.column,
		firstColumn.current,
		width - labelWidth - ageWidth,
		cellWidth,
	);
	firstColumn.current = first;
	const shownColumns = columns.slice(first, first + shown);
	const more = `${first > 0 ? ' ←' : ''}${first + shown < columns.length ? ' →' : ''}`;
	const header =
		padToWidth(truncateToWidth(`  ${matrix.group}${more}`, labelWidth - 1), labelWidth) +
		' '.repeat(ageWidth) +
		shownColumns
			.map(
				(column) =>
					' '.repeat(CELL_GAP) +
					padToWidth(
						truncateToWidth(matrix.group === 'attributes' ? shortHeader(column) : sanitizeLine(column), cellWidth),
						cellWidth,
					),
			)
			.join('');

	const bulkLine = bulk && !bulk.finished;
	const gridHeight = Math.max(2, height - 2 - (bulkLine ? 1 : 0));
	const body = Math.max(1, gridHeight - 1);
	const offset = useRef(0);
	const start = windowStart(offset.current, matrix.row, body, rows.length);
	offset.current = start;

	let panel;
	if (matrix.dialog?.kind === 'review' && !bulk) {
		panel = (
			<LinesPanel
				title="Review bulk changes"
				lines={reviewLines(matrix.dialog.plan)}
				scroll={matrix.dialog.scroll}
				height={gridHeight}
				width={width}
				prompt="y apply · n cancel (nothing is sent)"
			/>
		);
	} else if (matrix.dialog?.kind === 'leave') {
		panel = (
			<LinesPanel
				title="Leave the matrix?"
				lines={[{text: 'Pending changes have not been applied; leaving drops them.', tone: 'warning'}]}
				scroll={0}
				height={5}
				width={width}
				prompt="y leave and drop them · n stay"
			/>
		);
	} else if (bulk) {
		panel = <BulkRunPanel bulk={bulk} height={gridHeight} width={width} />;
	}

	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate">
				<Text bold>{head}</Text>
				<Text color={theme.muted}>{`  ${progress}`}</Text>
			</Text>
			<Text wrap="truncate" color={theme.accent}>
				{currentName}
			</Text>
			{panel ?? (
				<Box flexDirection="column" height={gridHeight} overflow="hidden">
					<Text bold color={theme.muted} wrap="truncate">
						{header}
					</Text>
					{rows.length === 0 ? <Text color={theme.muted}>No instance is shown (Esc back to the list).</Text> : null}
					{rows.slice(start, start + body).map((row, index) => {
						const key = instanceKey(row);
						const entry = state.fleet.entries.get(key);
						const selected = start + index === matrix.row;
						const mark = state.list.marks.has(key) ? '●' : ' ';
						const label = padToWidth(
							truncateToWidth(`${selected ? '›' : ' '}${mark}${sanitizeLine(row.alias)}`, labelWidth - 1),
							labelWidth,
						);
						const known = entry?.[matrix.group];
						return (
							<Row
								key={key}
								label={label}
								age={padToWidth(shortAge(known?.at, known?.fresh, now), ageWidth)}
								cells={cellsFor(row, entry, matrix, shownColumns)}
								cellWidth={cellWidth}
								selected={selected}
								currentColumn={matrix.column - first}
							/>
						);
					})}
				</Box>
			)}
			{bulkLine ? <BulkProgressLine bulk={bulk} /> : null}
		</Box>
	);
}
