import {Box, Text} from 'ink';
import {fitHints, type Hint} from '../keymap/hints.js';
import {useTheme} from '../theme/theme.js';

/** Key hints for the active scope, generated from the keymap table. */
export type FooterProps = {
	readonly hints: readonly Hint[];
	/** Hints that keep their place however narrow the terminal (`? help`), after the others. */
	readonly pinned?: readonly Hint[];
	readonly width: number;
	/** A count shown first (e.g. "3 marked"). */
	readonly note?: string;
};

export function Footer({hints, pinned = [], width, note}: FooterProps) {
	const theme = useTheme();
	const parts = fitHints(hints, pinned, width, note ? note.length + 2 : 0);

	return (
		<Box height={1} overflow="hidden">
			<Text wrap="truncate">
				{note ? <Text bold>{`${note}  `}</Text> : null}
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
