import {Box, Text} from 'ink';
import {useEffect} from 'react';
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
	/** First line shown when the lines do not fit. */
	readonly scroll?: number;
	/** The keys that scroll, named on the last line when the lines do not fit (`j/k scroll`). */
	readonly scrollHint: string;
	/** Told how far the lines can scroll, so the reducer stops there. */
	readonly onMaxScroll?: (maxScroll: number) => void;
};

/** A bordered question: what will happen, then `y`/`n` (review, conflicts, leaving with pending changes). */
export function ConfirmDialog({
	title,
	sections,
	prompt,
	status,
	width,
	height,
	scroll = 0,
	scrollHint,
	onMaxScroll,
}: ConfirmDialogProps) {
	const theme = useTheme();
	const lines: Array<{text: string; tone?: DialogTone; bold?: boolean}> = [];
	for (const section of sections) {
		if (section.heading) lines.push({text: section.heading, bold: true});
		for (const line of section.lines) lines.push({text: `  ${line}`, tone: section.tone});
	}

	// Lines that do not fit scroll under a last line that says how many are above and below:
	// nothing is hidden from a review.
	const room = Math.max(2, height - 5);
	const fits = lines.length <= room;
	const maxScroll = fits ? 0 : lines.length - (room - 1);
	const first = Math.min(Math.max(0, scroll), maxScroll);
	useEffect(() => {
		onMaxScroll?.(maxScroll);
	}, [maxScroll, onMaxScroll]);
	let shown = lines;
	if (!fits) {
		const below = lines.length - (first + room - 1);
		const where = [first > 0 ? `↑ ${first} more above` : '', below > 0 ? `↓ ${below} more below` : '']
			.filter(Boolean)
			.join(' · ');
		shown = [...lines.slice(first, first + room - 1), {text: `  ${where} · ${scrollHint}`, tone: 'muted' as const}];
	}
	return (
		<Box
			flexDirection="column"
			borderStyle="round"
			borderColor={theme.accent}
			width={width}
			height={height}
			paddingX={1}
		>
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
