import {Text} from 'ink';
import {sanitizeLine} from '../domain/sanitize.js';
import type {DetailState} from '../state/app-state.js';
import {useTheme} from '../theme/theme.js';

export type FormTitleProps = {
	readonly title: string;
	readonly detail: DetailState;
	readonly readOnly: boolean;
	/** After profile and region, e.g. "3 of 50". */
	readonly extra?: string;
	readonly pending?: number;
};

/** The first line of a form: what is edited, where, and whether changes can be sent. */
export function FormTitle({title, detail, readOnly, extra, pending = 0}: FormTitleProps) {
	const theme = useTheme();
	return (
		<Text bold wrap="truncate">
			{title} · {sanitizeLine(detail.summary.alias || detail.instanceId)}
			<Text color={theme.muted}>
				{'  '}
				{sanitizeLine(detail.target.profile)} · {sanitizeLine(detail.target.region)}
				{extra ? ` · ${extra}` : ''}
			</Text>
			{readOnly ? <Text color={theme.warning}> view only (read-only)</Text> : null}
			{pending > 0 ? <Text color={theme.pendingChange}> · {pending} pending</Text> : null}
		</Text>
	);
}
