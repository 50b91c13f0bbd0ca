import {Box, Text} from 'ink';
import type {ApplyReport} from '../domain/apply-text.js';
import {useTheme} from '../theme/theme.js';

/** The last apply: what went through, what did not (still pending), and what AWS holds now. */
export function reportHeight(report: ApplyReport): number {
	return Math.min(9, report.applied.length + 2 * report.failed.length + 3);
}

export function ApplyReportView({report, height}: {readonly report: ApplyReport; readonly height: number}) {
	const theme = useTheme();
	// A failure takes two lines: what failed with the code and the missing permission, then AWS's message.
	const lines: Array<{text: string; color?: string}> = [
		...report.applied.map((text) => ({text: `✓ ${text}`, color: theme.ok})),
		...report.failed.flatMap((failure) => [
			{text: `✗ ${failure.summary}`, color: theme.error},
			{text: `  ${failure.message}`, color: theme.muted},
		]),
		{text: `AWS now holds: ${report.holds.join(', ')}`, color: theme.info},
	];
	return (
		<Box
			flexDirection="column"
			height={height}
			overflow="hidden"
			borderStyle="single"
			borderColor={theme.border}
			borderLeft={false}
			borderRight={false}
		>
			{lines.slice(0, Math.max(1, height - 2)).map((line, index) => (
				<Text key={index} wrap="truncate" color={line.color}>
					{line.text}
				</Text>
			))}
		</Box>
	);
}
