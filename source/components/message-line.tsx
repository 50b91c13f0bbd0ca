import {Text} from 'ink';
import {displayWidth, truncateBefore} from '../domain/sanitize.js';
import {useTheme} from '../theme/theme.js';

export type MessageLineProps = {
	readonly text?: string;
	readonly tone?: 'info' | 'warning' | 'error' | 'success';
	readonly width: number;
	/** The key that shows the whole text (`e`), when it does: a line too long is cut before `(e in full)`. */
	readonly fullKey?: string;
};

/** One line under the content for the latest notice; the text is already display-safe. */
export function MessageLine({text, tone = 'info', width, fullKey}: MessageLineProps) {
	const theme = useTheme();
	const color = {info: theme.info, warning: theme.warning, error: theme.error, success: theme.ok}[tone];
	const suffix = fullKey ? ` (${fullKey} in full)` : '';
	const shown = text && suffix && displayWidth(text) > width ? truncateBefore(text, suffix, width) : text;
	return (
		<Text wrap="truncate" color={color}>
			{shown ?? ' '}
		</Text>
	);
}
