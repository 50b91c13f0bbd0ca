import {Box, Text} from 'ink';
import type {Line} from '../domain/bulk-lines.js';
import {toneColor, useTheme} from '../theme/theme.js';

export type LinesPanelProps = {
	readonly title: string;
	readonly lines: readonly Line[];
	readonly scroll: number;
	readonly height: number;
	readonly width: number;
	/** The last line: the keys that answer. */
	readonly prompt?: string;
};

/** A bordered panel of lines that scrolls (the bulk review and report); only the visible lines render. */
export function LinesPanel({title, lines, scroll, height, width, prompt}: LinesPanelProps) {
	const theme = useTheme();
	const body = Math.max(1, height - 2 - (prompt ? 1 : 0) - 1);
	const start = Math.max(0, Math.min(scroll, lines.length - body));
	const shown = lines.slice(start, start + body);
	const more = lines.length - start - shown.length;
	return (
		<Box
			flexDirection="column"
			borderStyle="round"
			borderColor={theme.border}
			width={width}
			height={height}
			paddingX={1}
		>
			<Text bold wrap="truncate">
				{title}
				{start > 0 || more > 0 ? (
					<Text color={theme.muted}>{`  (${start + 1}-${start + shown.length} of ${lines.length}, j/k scroll)`}</Text>
				) : null}
			</Text>
			{shown.map((line, index) => (
				<Text key={start + index} wrap="truncate" color={toneColor(theme, line.tone)}>
					{line.text}
				</Text>
			))}
			<Box flexGrow={1} />
			{prompt ? (
				<Text wrap="truncate" color={theme.accent}>
					{prompt}
				</Text>
			) : null}
		</Box>
	);
}
