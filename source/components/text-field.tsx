import {Text} from 'ink';
import {fieldView, type TextField as Field} from '../domain/text-field.js';
import {sanitize, truncateToWidth} from '../domain/sanitize.js';
import {useTheme} from '../theme/theme.js';

export type FieldTextProps = {
	readonly field: Field;
	readonly focused: boolean;
	/** Columns the text may take; the focused field keeps its cursor in view within them. */
	readonly width: number;
	readonly dim?: boolean;
};

/**
 * A field's text, display-safe, with the cursor where it stands when focused. Inline: it sits inside a
 * line of text (the filter line, a labelled field).
 */
export function FieldText({field, focused, width, dim}: FieldTextProps) {
	const theme = useTheme();
	const color = dim ? theme.muted : undefined;
	if (!focused) return <Text color={color}>{truncateToWidth(sanitize(field.text), width)}</Text>;
	const {before, under, after} = fieldView(field, width);
	return (
		<Text color={color}>
			{before}
			<Text inverse>{under === '' ? ' ' : under}</Text>
			{after}
		</Text>
	);
}

export type TextFieldProps = {
	readonly label: string;
	readonly field: Field;
	readonly focused: boolean;
	readonly width: number;
	readonly disabled?: boolean;
};

/** One labelled text field (`key: [text]`); the focused one shows a cursor. */
export function TextField({label, field, focused, width, disabled}: TextFieldProps) {
	const theme = useTheme();
	return (
		<Text wrap="truncate">
			<Text color={focused ? theme.accent : theme.muted} bold={focused}>
				{label}:{' '}
			</Text>
			<Text color={disabled ? theme.muted : undefined}>[</Text>
			<FieldText field={field} focused={focused} width={Math.max(4, width - label.length - 4)} dim={disabled} />
			<Text color={disabled ? theme.muted : undefined}>]</Text>
		</Text>
	);
}
