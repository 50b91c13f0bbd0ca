import {Box, Text} from 'ink';
import {pickerBodyHeight} from '../domain/layout.js';
import {sanitize} from '../domain/sanitize.js';
import type {TextField} from '../domain/text-field.js';
import {FieldText} from './text-field.js';
import {useTheme} from '../theme/theme.js';

export type PickerViewItem = {
	readonly value: string;
	readonly label: string;
	readonly note?: string;
	readonly selected: boolean;
	readonly readOnly?: boolean;
};

export type PickerViewProps = {
	readonly title: string;
	readonly items: readonly PickerViewItem[];
	readonly cursor: number;
	readonly query: TextField;
	readonly height: number;
	readonly width: number;
	readonly error?: string;
	readonly footnote?: string;
};

/** A multi-select list with a type-to-filter line. */
export function PickerView({title, items, cursor, query, height, width, error, footnote}: PickerViewProps) {
	const theme = useTheme();
	const bodyHeight = pickerBodyHeight(height);
	const start = Math.max(0, Math.min(cursor - bodyHeight + 1, items.length - bodyHeight));
	const first = Math.max(0, Math.min(start, cursor));
	return (
		<Box
			flexDirection="column"
			borderStyle="round"
			borderColor={theme.accent}
			height={height}
			width={width}
			paddingX={1}
		>
			<Text bold wrap="truncate">
				{title}
			</Text>
			<Text wrap="truncate">
				<Text color={theme.muted}>filter: </Text>
				<FieldText field={query} focused width={Math.max(4, width - 12)} />
			</Text>
			{items.length === 0 ? <Text color={theme.muted}>nothing matches</Text> : null}
			{items.slice(first, first + bodyHeight).map((item, index) => {
				const selected = first + index === cursor;
				return (
					<Text key={item.value} wrap="truncate" inverse={selected && theme.selectionInverse}>
						{item.selected ? '[x] ' : '[ ] '}
						{sanitize(item.label)}
						{item.note ? <Text color={selected ? undefined : theme.muted}> {sanitize(item.note)}</Text> : null}
						{item.readOnly ? <Text color={selected ? undefined : theme.warning}> read-only</Text> : null}
					</Text>
				);
			})}
			<Box flexGrow={1} />
			{error ? (
				<Text color={theme.error} wrap="truncate">
					{error}
				</Text>
			) : null}
			{footnote ? (
				<Text color={theme.muted} wrap="truncate">
					{footnote}
				</Text>
			) : null}
		</Box>
	);
}
