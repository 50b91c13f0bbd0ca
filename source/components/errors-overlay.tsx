import {Box, Text} from 'ink';
import type {ReportLine} from '../domain/pair-report.js';
import {useTheme} from '../theme/theme.js';

export type ErrorsOverlayProps = {
	readonly lines: readonly ReportLine[];
	readonly scroll: number;
	readonly height: number;
	readonly width: number;
};

/** The start's notes in full, then every (profile, region): the failed ones with their whole error, wrapped; scrollable. */
export function ErrorsOverlay({lines, scroll, height, width}: ErrorsOverlayProps) {
	const theme = useTheme();
	const body = Math.max(1, height - 1);
	const start = Math.max(0, Math.min(scroll, lines.length - body));
	const color = {heading: undefined, error: theme.error, warning: theme.warning, ok: theme.ok, muted: theme.muted};
	return (
		<Box flexDirection="column" height={height} width={width}>
			<Text bold wrap="truncate">
				Errors in full
				<Text color={theme.muted}>
					{lines.length > body ? `  ${start + 1}-${Math.min(lines.length, start + body)}/${lines.length}` : ''}
				</Text>
			</Text>
			{lines.slice(start, start + body).map((line, index) => (
				<Text key={start + index} wrap="truncate" bold={line.tone === 'heading'} color={color[line.tone]}>
					{line.text}
				</Text>
			))}
		</Box>
	);
}
