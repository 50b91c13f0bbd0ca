import {memo, useRef} from 'react';
import {Box, Text} from 'ink';
import {cellText, COLUMN_GAP, headerLine, type Column} from '../domain/columns.js';
import {padToWidth} from '../domain/sanitize.js';
import type {InstanceSummary} from '../domain/types.js';
import {useTheme, type Theme} from '../theme/theme.js';

export type InstanceTableProps = {
	readonly rows: readonly InstanceSummary[];
	readonly cursor: number;
	readonly height: number;
	readonly columns: readonly Column[];
	readonly stale: boolean;
};

function statusColor(theme: Theme, status: string): string | undefined {
	if (status === 'ACTIVE') return theme.ok;
	if (status === 'CREATION_FAILED') return theme.error;
	return theme.warning;
}

const Row = memo(function Row({
	row,
	selected,
	columns,
	stale,
}: {
	readonly row: InstanceSummary;
	readonly selected: boolean;
	readonly columns: readonly Column[];
	readonly stale: boolean;
}) {
	const theme = useTheme();
	const gap = ' '.repeat(COLUMN_GAP);
	return (
		<Text wrap="truncate" inverse={selected && theme.selectionInverse} dimColor={stale && !selected}>
			{selected ? '› ' : '  '}
			{columns.map((column, index) => {
				const text = padToWidth(cellText(row, column.id), column.width);
				const sep = index > 0 ? gap : '';
				if (column.id === 'status') {
					return (
						<Text key={column.id}>
							{sep}
							<Text color={selected ? undefined : statusColor(theme, row.status)}>{text}</Text>
						</Text>
					);
				}

				return <Text key={column.id}>{sep + text}</Text>;
			})}
		</Text>
	);
});

/** The instance list: only the rows that fit are rendered (windowed), the cursor kept in view. */
export function InstanceTable({rows, cursor, height, columns, stale}: InstanceTableProps) {
	const theme = useTheme();
	const bodyHeight = Math.max(1, height - 1);
	// The window moves only when the cursor leaves it, so a cursor move redraws two lines, not the page.
	const offset = useRef(0);
	let start = offset.current;
	if (cursor < start) start = cursor;
	if (cursor >= start + bodyHeight) start = cursor - bodyHeight + 1;
	start = Math.max(0, Math.min(start, rows.length - bodyHeight));
	offset.current = start;
	const visible = rows.slice(start, start + bodyHeight);
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			<Text bold color={theme.muted} wrap="truncate">
				{'  ' + headerLine(columns)}
			</Text>
			{visible.map((row, index) => (
				<Row
					key={`${row.profile}|${row.region}|${row.id}`}
					row={row}
					selected={start + index === cursor}
					columns={columns}
					stale={stale}
				/>
			))}
		</Box>
	);
}
