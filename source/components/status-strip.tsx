import {Box, Text} from 'ink';
import {stripLines, type StripChip, type StripInput} from '../domain/strip-lines.js';
import {useTheme} from '../theme/theme.js';

export type {StripPair} from '../domain/strip-lines.js';
export type StatusStripProps = StripInput;

/**
 * Each (profile, region): loading, how many instances, or the error, as `stripLines` lays them out (the
 * frame drawn before Ink prints the same lines): errors get a line each, the rest share lines.
 */
export function StatusStrip(props: StatusStripProps) {
	const theme = useTheme();
	const {lines, errors} = stripLines(props);
	const color: Record<StripChip['tone'], string | undefined> = {
		error: theme.error,
		ok: theme.ok,
		muted: theme.muted,
		loading: theme.warning,
	};
	return (
		<Box flexDirection="column">
			{lines.map((line, lineIndex) => (
				<Text key={`l${lineIndex}`} wrap="truncate">
					{line.chips.map((chip, index) => (
						<Text key={index}>
							{index > 0 ? ' · ' : ''}
							<Text color={theme.muted}>{chip.label} </Text>
							<Text color={color[chip.tone]}>{chip.text}</Text>
						</Text>
					))}
					{line.tail === undefined ? null : <Text color={theme.muted}>{line.tail}</Text>}
				</Text>
			))}
			{errors.map((text, index) => (
				<Text key={`e${index}`} color={theme.error} wrap="truncate">
					{text}
				</Text>
			))}
		</Box>
	);
}
