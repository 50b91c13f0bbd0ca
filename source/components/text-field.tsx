import {Text} from 'ink';
import {sanitize} from '../domain/sanitize.js';
import {useTheme} from '../theme/theme.js';

export type TextFieldProps = {
	readonly label: string;
	readonly value: string;
	readonly focused: boolean;
	readonly disabled?: boolean;
};

/** One labelled text field; the focused one shows a cursor. Typed text is shown display-safe. */
export function TextField({label, value, focused, disabled}: TextFieldProps) {
	const theme = useTheme();
	return (
		<Text wrap="truncate">
			<Text color={focused ? theme.accent : theme.muted} bold={focused}>
				{label}:{' '}
			</Text>
			<Text color={disabled ? theme.muted : undefined}>[{sanitize(value)}</Text>
			{focused ? <Text inverse> </Text> : null}
			<Text color={disabled ? theme.muted : undefined}>]</Text>
		</Text>
	);
}
