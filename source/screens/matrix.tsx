import {memo} from 'react';
import {Box, Text} from 'ink';
import {instanceKey} from '../domain/instances.js';
import {MATRIX_AGE_WIDTH} from '../domain/layout.js';
import {AGE_HEADER, CELL_GAP, cellText, DRIFT_MARK, shortAge, type Cell} from '../domain/matrix-layout.js';
import {padToWidth, sanitizeLine, truncateToWidth} from '../domain/sanitize.js';
import type {AppState} from '../state/app-state.js';
import {cellsFor, columnHeader, columnName, matrixColumns, progressText} from '../state/matrix-view.js';
import {rowDrift} from '../state/matrix-drift.js';
import {keyHint} from '../keymap/hints.js';
import type {MatrixState} from '../state/matrix-state.js';
import {matrixLayoutOf} from '../state/matrix-window.js';
import {listFilterOf, visibleRows} from '../state/selectors.js';
import {toneColor, useTheme, type Theme, type ToneName} from '../theme/theme.js';
import {BulkLeavePanel, BulkProgressLine, BulkReviewPanel, BulkRunPanel} from './bulk-run.js';

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
	warn: 'warning',
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

/** ` · /filter`, with a cursor while it is typed, and what it did not understand. */
function filterText(state: MatrixViewProps['state']): string {
	const {filter, filterEditing} = state.list;
	if (!filterEditing && filter.text === '') return '';
	const malformed = listFilterOf(state).malformed.map((term) => `'${sanitizeLine(term.text)}'`);
	return ` · /${sanitizeLine(filter.text)}${filterEditing ? '▏' : ''}${malformed.length > 0 ? ` · not understood: ${malformed.join(' ')}` : ''}`;
}

export function MatrixView({state, matrix, width, height, now}: MatrixViewProps) {
	const theme = useTheme();
	const rows = visibleRows(state);
	const columns = matrixColumns(state, matrix);
	const bulk = state.bulk;
	const marked = rows.filter((row) => state.list.marks.has(instanceKey(row))).length;
	const head = `${rows.length} instance${rows.length === 1 ? '' : 's'}${marked > 0 ? ` (${marked} marked)` : ''}${filterText(state)}`;
	const drifting = state.baseline ? rows.filter((row) => rowDrift(state, row).length > 0).length : 0;
	const progress = `${drifting > 0 ? `${DRIFT_MARK} ${drifting} differ from the baseline (${keyHint('matrix.fix-drift')} proposes fixes) · ` : ''}${progressText(state, rows, matrix, now)}`;
	const current = columns[matrix.column];
	const currentName = columnName(matrix.group, current);

	// The same layout the reducer pages and scrolls with; the window (first row, first column) is in the state.
	const {labelWidth, cellWidth, gridHeight, bodyHeight: body, cellColumns} = matrixLayoutOf(state, matrix);
	const ageWidth = MATRIX_AGE_WIDTH;
	const first = matrix.firstColumn;
	const shown = Math.max(0, Math.min(cellColumns, columns.length - first));
	const shownColumns = columns.slice(first, first + shown);
	const more = `${first > 0 ? ' ←' : ''}${first + shown < columns.length ? ' →' : ''}`;
	const header =
		padToWidth(truncateToWidth(`  ${matrix.group}${more}`, labelWidth - 1), labelWidth) +
		padToWidth(AGE_HEADER, ageWidth) +
		shownColumns
			.map(
				(column) =>
					' '.repeat(CELL_GAP) + padToWidth(truncateToWidth(columnHeader(matrix.group, column), cellWidth), cellWidth),
			)
			.join('');

	const bulkLine = bulk && !bulk.finished;
	const start = matrix.scroll;

	let panel;
	if (matrix.dialog?.kind === 'review' && !bulk) {
		panel = (
			<BulkReviewPanel
				title="Review bulk changes"
				plan={matrix.dialog.plan}
				scroll={matrix.dialog.scroll}
				height={gridHeight}
				width={width}
			/>
		);
	} else if (matrix.dialog?.kind === 'leave') {
		panel = (
			<BulkLeavePanel
				title="Leave the matrix?"
				text="Pending changes have not been applied; leaving drops them."
				width={width}
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
								cells={cellsFor(row, entry, matrix, shownColumns, rowDrift(state, row))}
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
