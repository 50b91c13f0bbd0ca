import {Box, Text} from 'ink';
import {sanitize, truncateToWidth} from '../domain/sanitize.js';
import {chipStatusText, stripSummary} from '../domain/strip-counts.js';
import type {PairStatus, Target} from '../domain/types.js';
import {useTheme} from '../theme/theme.js';

export type StripPair = {
	readonly target: Target;
	readonly status: PairStatus;
};

export type StatusStripProps = {
	readonly pairs: readonly StripPair[];
	/** How many distinct instances the list holds now (its rows), loaded or still loading. */
	readonly instances: number;
	readonly showProfile: boolean;
	readonly width: number;
	/** Lines for the pairs' chips (they wrap); more pairs than fit fold into "+N more". */
	readonly chipLines: number;
	/** Lines for failing pairs, one each with the AWS error code and message. */
	readonly errorLines: number;
};

function label(pair: StripPair, showProfile: boolean): string {
	const where = showProfile ? `${pair.target.profile}/${pair.target.region}` : pair.target.region;
	return sanitize(where);
}

/** In the chips, the profile is named once, on its first pair of a line. */
function chipLabel(pair: StripPair, previous: StripPair | undefined, showProfile: boolean): string {
	const sameProfile = previous !== undefined && previous.target.profile === pair.target.profile;
	return label(pair, showProfile && !sameProfile);
}

/**
 * Each (profile, region): loading, how many instances, or the error. Errors get a line each with
 * the AWS code and message; the rest share lines, and many pairs fold into a count.
 */
export function StatusStrip({pairs, instances, showProfile, width, chipLines, errorLines}: StatusStripProps) {
	const theme = useTheme();
	const errors = pairs.filter((pair) => pair.status.kind === 'error');
	const summary = stripSummary(
		pairs.map((pair) => pair.status),
		instances,
	);
	// Room the summary (and "+N more") takes at the end of the strip's last line.
	const summaryRoom = summary.length + 14;
	// Greedy wrap of chips over chipLines lines; the last one keeps room for the summary.
	const lines: StripPair[][] = [[]];
	let used = 0;
	let placed = 0;
	let previous: StripPair | undefined;
	for (const pair of pairs) {
		const sizeAfter = (before: StripPair | undefined) =>
			chipLabel(pair, before, showProfile).length + chipStatusText(pair.status).length + 4;
		let size = sizeAfter(previous);
		const last = lines.length === chipLines;
		if (used + size > width - (last ? summaryRoom : 0)) {
			if (last) break;
			lines.push([]);
			used = 0;
			size = sizeAfter(undefined);
			if (lines.length === chipLines && size > width - summaryRoom) break;
		}

		lines.at(-1)!.push(pair);
		used += size;
		previous = pair;
		placed++;
	}

	// Every chip fitted before the last line, but the summary does not fit after them: it gets a line.
	if (lines.length < chipLines && used + summaryRoom > width) lines.push([]);
	const hidden = pairs.length - placed;
	const shownErrors = errors.slice(0, errorLines);
	const chip = (pair: StripPair, index: number, line: readonly StripPair[]) => (
		<Text key={index}>
			{index > 0 ? ' · ' : ''}
			<Text color={theme.muted}>{chipLabel(pair, line[index - 1], showProfile)} </Text>
			<Text
				color={
					pair.status.kind === 'error'
						? theme.error
						: pair.status.kind === 'ok'
							? pair.status.notEnabled
								? theme.muted
								: theme.ok
							: theme.warning
				}
			>
				{chipStatusText(pair.status)}
			</Text>
		</Text>
	);
	return (
		<Box flexDirection="column">
			{lines.map((line, lineIndex) => (
				<Text key={`l${lineIndex}`} wrap="truncate">
					{line.map((pair, index) => chip(pair, index, line))}
					{lineIndex === lines.length - 1 ? (
						<Text color={theme.muted}>
							{hidden > 0 ? ` · +${hidden} more (e)` : ''}
							{'  '}
							{summary}
						</Text>
					) : null}
				</Text>
			))}
			{shownErrors.map((pair, index) => {
				const status = pair.status;
				if (status.kind !== 'error') return null;
				const more = index === shownErrors.length - 1 && errors.length > shownErrors.length;
				const text = `✗ ${label(pair, true)}: ${sanitize(status.code)}: ${sanitize(status.message)}`;
				const suffix = more ? ` (+${errors.length - shownErrors.length} more failing · e)` : '';
				return (
					<Text key={`e${index}`} color={theme.error} wrap="truncate">
						{truncateToWidth(text, Math.max(10, width - suffix.length)) + suffix}
					</Text>
				);
			})}
		</Box>
	);
}
