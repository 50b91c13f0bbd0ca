import {Text} from 'ink';
import {useTheme} from '../theme/theme.js';

export type MessageLineProps = {
	readonly text?: string;
	readonly tone?: 'info' | 'warning' | 'error' | 'success';
};

/** One line under the content for the latest notice; the text is already display-safe. */
export function MessageLine({text, tone = 'info'}: MessageLineProps) {
	const theme = useTheme();
	const color = {info: theme.info, warning: theme.warning, error: theme.error, success: theme.ok}[tone];
	return (
		<Text wrap="truncate" color={color}>
			{text ?? ' '}
		</Text>
	);
}
