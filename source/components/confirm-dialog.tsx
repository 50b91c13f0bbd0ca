import {Box, Text} from 'ink';
import {useTheme, type Theme} from '../theme/theme.js';

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

function color(theme: Theme, tone: DialogTone | undefined): string | undefined {
	switch (tone) {
		case 'muted':
			return theme.muted;
		case 'ok':
			return theme.ok;
		case 'warning':
			return theme.warning;
		case 'error':
			return theme.error;
		case 'pending':
			return theme.pendingChange;
		default:
			return undefined;
	}
}

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
				<Text key={index} wrap="truncate" bold={line.bold} color={color(theme, line.tone)}>
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
