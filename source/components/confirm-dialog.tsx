import {Box, Text} from 'ink';
import {toneColor, useTheme} from '../theme/theme.js';

export type DialogTone = 'normal' | 'muted' | 'ok' | 'warning' | 'error' | 'pending';

export type DialogSection = {
	readonly heading?: string;
	readonly lines: readonly string[];
	readonly tone?: DialogTone;
};

export type ConfirmDialogProps = {
	readonly title: string;
	/** Display-safe lines (already sanitised). */
	readonly sections: readonly DialogSection[];
	readonly prompt: string;
	readonly status?: string;
	readonly width: number;
	readonly height: number;
};


/** A bordered question: what will happen, then `y`/`n` (review, conflicts, leaving with pending changes). */
export function ConfirmDialog({title, sections, prompt, status, width, height}: ConfirmDialogProps) {
	const theme = useTheme();
	const lines: Array<{text: string; tone?: DialogTone; bold?: boolean}> = [];
	for (const section of sections) {
		if (section.heading) lines.push({text: section.heading, bold: true});
		for (const line of section.lines) lines.push({text: `  ${line}`, tone: section.tone});
	}

	const room = Math.max(1, height - 5);
	const shown = lines.length > room ? [...lines.slice(0, room - 1), {text: `  … and ${lines.length - room + 1} more`, tone: 'muted' as const}] : lines;
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.accent} width={width} height={height} paddingX={1}>
			<Text bold wrap="truncate">
				{title}
			</Text>
			{shown.map((line, index) => (
				<Text key={index} wrap="truncate" bold={line.bold} color={toneColor(theme, line.tone)}>
					{line.text}
				</Text>
			))}
			<Box flexGrow={1} />
			{status ? (
				<Text wrap="truncate" color={theme.info}>
					{status}
				</Text>
			) : (
				<Text wrap="truncate" bold color={theme.accent}>
					{prompt}
				</Text>
			)}
		</Box>
	);
}
