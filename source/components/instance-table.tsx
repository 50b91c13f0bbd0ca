import {memo} from 'react';
import {Box, Text} from 'ink';
import {cellText, COLUMN_GAP, headerLine, type Column} from '../domain/columns.js';
import {windowStart} from '../domain/list-window.js';
import {padToWidth} from '../domain/sanitize.js';
import {instanceKey} from '../domain/instances.js';
import type {ReplicaMark} from '../domain/replica-mark.js';
import type {InstanceSummary} from '../domain/types.js';
import {useTheme, type Theme} from '../theme/theme.js';

export type InstanceTableProps = {
	readonly rows: readonly InstanceSummary[];
	readonly cursor: number;
	/** The first row on screen, as the reducer keeps it. */
	readonly scroll: number;
	readonly height: number;
	readonly columns: readonly Column[];
	readonly stale: boolean;
	/** Marked instances (instance keys). */
	readonly marks?: ReadonlySet<string>;
	/** A row's replication marker, when it is known to be replicated (the REPLICA column). */
	readonly replicaOf?: (row: InstanceSummary) => ReplicaMark | undefined;
};

function statusColor(theme: Theme, status: string): string | undefined {
	if (status === 'ACTIVE') return theme.ok;
	if (status === 'CREATION_FAILED') return theme.error;
	return theme.warning;
}

const Row = memo(function Row({
	row,
	selected,
	marked,
	columns,
	stale,
	replica,
	replicaFailed,
}: {
	readonly row: InstanceSummary;
	readonly selected: boolean;
	readonly marked: boolean;
	readonly columns: readonly Column[];
	readonly stale: boolean;
	readonly replica?: string;
	readonly replicaFailed?: boolean;
}) {
	const theme = useTheme();
	// One string before the status cell and one after it: few nodes to lay out and diff per row.
	const gap = ' '.repeat(COLUMN_GAP);
	// The cursor, then the mark (Space, *).
	let before = (selected ? '›' : ' ') + (marked ? '●' : ' ');
	let status = '';
	let after = '';
	let marker = '';
	let seenStatus = false;
	for (const [index, column] of columns.entries()) {
		const text = (index > 0 ? gap : '') + padToWidth(cellText(row, column.id, replica), column.width);
		if (column.id === 'replica') {
			// The last column: a failed replica in the error colour.
			marker = text;
		} else if (column.id === 'status') {
			seenStatus = true;
			status = text;
		} else if (seenStatus) {
			after += text;
		} else {
			before += text;
		}
	}

	return (
		<Text wrap="truncate" inverse={selected && theme.selectionInverse} dimColor={stale && !selected}>
			{before}
			{status === '' ? null : <Text color={selected ? undefined : statusColor(theme, row.status)}>{status}</Text>}
			{after}
			{marker === '' ? null : <Text color={replicaFailed && !selected ? theme.error : undefined}>{marker}</Text>}
		</Text>
	);
});

/** The instance list: only the rows that fit are rendered (windowed), the cursor kept in view. */
export function InstanceTable({rows, cursor, scroll, height, columns, stale, marks, replicaOf}: InstanceTableProps) {
	const theme = useTheme();
	const bodyHeight = Math.max(1, height - 1);
	// The reducer moves the window only when the cursor leaves it (by one row for a step), so a cursor move
	// redraws two lines, or scrolls the rows and draws one. Between a resize and the reducer hearing of it,
	// the cursor is still kept on screen.
	const start = windowStart(scroll, cursor, bodyHeight, rows.length);
	const visible = rows.slice(start, start + bodyHeight);
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			<Text bold color={theme.muted} wrap="truncate">
				{'  ' + headerLine(columns)}
			</Text>
			{visible.map((row, index) => {
				const replica = replicaOf?.(row);
				return (
					<Row
						key={`${row.profile}|${row.region}|${row.id}`}
						row={row}
						selected={start + index === cursor}
						marked={marks?.has(instanceKey(row)) ?? false}
						columns={columns}
						stale={stale}
						replica={replica?.text}
						replicaFailed={replica?.failed}
					/>
				);
			})}
		</Box>
	);
}
