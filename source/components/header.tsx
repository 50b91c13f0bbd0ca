import {Text} from 'ink';
import {sanitize} from '../domain/sanitize.js';
import {useTheme} from '../theme/theme.js';

export type HeaderProps = {
	readonly title: string;
	readonly profiles: readonly string[];
	readonly regions: readonly string[];
	/** Changes are off for what is on screen (--read-only, or the open instance's profile). */
	readonly readOnly: boolean;
	/** Chosen profiles marked read-only, named on the list. */
	readonly readOnlyProfiles?: readonly string[];
	readonly demo?: boolean;
	/** On the list: where the cursor is (`12/240`) and the order (`alias ↑`). */
	readonly position?: string;
	readonly sort?: string;
	/** The profiles are accounts found through IAM Identity Center or Organizations. */
	readonly accounts?: boolean;
};

function summarize(values: readonly string[], noun: string): string {
	if (values.length <= 2) return values.map((value) => sanitize(value)).join(',');
	return `${values.length} ${noun}`;
}

/**
 * Title line: where we are, the read-only mark, the list's position and order, then which profiles and
 * regions. The most important parts come first, so a narrow terminal cuts the least important.
 */
export function Header({
	title,
	profiles,
	regions,
	readOnly,
	readOnlyProfiles,
	demo,
	position,
	sort,
	accounts,
}: HeaderProps) {
	const theme = useTheme();
	return (
		<Text wrap="truncate">
			<Text bold color={theme.accent}>
				connectui
			</Text>
			<Text> {title}</Text>
			{readOnly ? (
				<Text bold color={theme.warning}>
					{' '}
					[read-only]
				</Text>
			) : readOnlyProfiles && readOnlyProfiles.length > 0 ? (
				<Text color={theme.warning}> [read-only: {summarize(readOnlyProfiles, 'profiles')}]</Text>
			) : null}
			{position ? <Text> {position}</Text> : null}
			{sort ? <Text color={theme.muted}> · sorted by {sort}</Text> : null}
			{demo ? <Text color={theme.info}> [demo]</Text> : null}
			<Text color={theme.muted}>
				{'  '}
				{summarize(profiles, accounts ? 'accounts' : 'profiles')} · {summarize(regions, 'regions')}
			</Text>
		</Text>
	);
}
