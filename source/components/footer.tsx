import {Box, Text} from 'ink';
import type {Hint} from '../keymap/hints.js';
import {useTheme} from '../theme/theme.js';

/** Key hints for the active scope, generated from the keymap table. */
export type FooterProps = {
	readonly hints: readonly Hint[];
	readonly width: number;
};

export function Footer({hints, width}: FooterProps) {
	const theme = useTheme();
	const parts: Hint[] = [];
	let used = 0;
	for (const hint of hints) {
		const size = hint.keys.length + hint.label.length + 3;
		if (used + size > width) break;
		if (parts.some((part) => part.keys === hint.keys)) continue;
		parts.push(hint);
		used += size;
	}

	return (
		<Box height={1} overflow="hidden">
			<Text wrap="truncate">
				{parts.map((hint, index) => (
					<Text key={hint.keys + hint.label}>
						{index > 0 ? '  ' : ''}
						<Text bold color={theme.accent}>
							{hint.keys}
						</Text>
						<Text color={theme.muted}> {hint.label}</Text>
					</Text>
				))}
			</Text>
		</Box>
	);
}
