import {Box, Text} from 'ink';
import {sanitize} from '../domain/sanitize.js';
import type {TextField} from '../domain/text-field.js';
import {FieldText} from './text-field.js';
import {useTheme} from '../theme/theme.js';

export type MfaDialogProps = {
	readonly profile: string;
	readonly serial: string;
	readonly code: TextField;
	readonly error?: string;
	readonly waiting: number;
	readonly width: number;
};

/** Asks for the one-time code of an MFA device; the other profiles keep loading meanwhile. */
export function MfaDialog({profile, serial, code, error, waiting, width}: MfaDialogProps) {
	const theme = useTheme();
	return (
		<Box
			flexDirection="column"
			borderStyle="round"
			borderColor={theme.warning}
			width={Math.min(width, 90)}
			paddingX={1}
		>
			<Text bold>MFA code for profile {sanitize(profile)}</Text>
			<Text wrap="truncate">
				<Text color={theme.muted}>device </Text>
				{sanitize(serial)}
			</Text>
			<Text>
				<Text color={theme.muted}>code </Text>
				<Text bold>
					<FieldText field={code} focused width={8} />
				</Text>
				<Text color={theme.muted}>{'·'.repeat(Math.max(0, 6 - code.text.length))}</Text>
			</Text>
			{error ? (
				<Text color={theme.error}>{error}</Text>
			) : (
				<Text color={theme.muted}>The other profiles keep loading meanwhile.</Text>
			)}
			{waiting > 0 ? (
				<Text color={theme.muted}>
					{waiting} more profile{waiting === 1 ? '' : 's'} waiting for a code
				</Text>
			) : null}
		</Box>
	);
}
