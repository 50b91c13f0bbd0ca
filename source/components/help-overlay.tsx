import {Box, Text} from 'ink';
import {helpBodyHeight, helpMaxScroll} from '../domain/layout.js';
import {keyHint, type HelpSection} from '../keymap/hints.js';
import {useTheme} from '../theme/theme.js';

export type HelpOverlayProps = {
	readonly sections: readonly HelpSection[];
	readonly scroll: number;
	readonly height: number;
	readonly width: number;
	readonly readOnly: boolean;
};

/** The `?` overlay: every binding of the keymap table, by scope. */
export function HelpOverlay({sections, scroll, height, width, readOnly}: HelpOverlayProps) {
	const theme = useTheme();
	const lines: Array<{kind: 'title' | 'row'; keys: string; label: string; sends?: boolean}> = [];
	for (const section of sections) {
		lines.push({kind: 'title', keys: section.title, label: ''});
		for (const row of section.rows) lines.push({kind: 'row', keys: row.keys, label: row.label, sends: row.sends});
	}

	// The same limits the reducer scrolls with.
	const bodyHeight = helpBodyHeight(height);
	const start = Math.min(scroll, helpMaxScroll(lines.length, height));
	const keyWidth = Math.min(
		28,
		Math.max(...lines.filter((line) => line.kind === 'row').map((line) => line.keys.length)),
	);
	return (
		<Box
			flexDirection="column"
			borderStyle="round"
			borderColor={theme.accent}
			height={height}
			width={width}
			paddingX={1}
		>
			<Text bold>
				Keys{readOnly ? ' (read-only: changes are off)' : ''}
				<Text color={theme.muted}>
					{'  '}
					{lines.length > bodyHeight ? `${keyHint('help.up')}${keyHint('help.down')} scroll · ` : ''}
					{keyHint('help.close')} close
				</Text>
			</Text>
			{lines.slice(start, start + bodyHeight).map((line, index) =>
				line.kind === 'title' ? (
					<Text key={index} bold color={theme.accent} wrap="truncate">
						{line.keys}
					</Text>
				) : (
					<Text key={index} wrap="truncate">
						{'  '}
						<Text bold>{line.keys.padEnd(keyWidth)}</Text> {line.label}
						{line.sends ? <Text color={theme.warning}> (changes AWS)</Text> : null}
					</Text>
				),
			)}
		</Box>
	);
}
