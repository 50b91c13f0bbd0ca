// The status strip's lines as data: which pairs' chips go on which line, what the last line ends with
// (`+N more (e)` and the summary), and a line per failing pair. The app's strip draws them with colours,
// and the frame drawn from the cache before Ink (domain/preframe.ts) prints the same lines as plain
// text, so the two cannot drift. Pure; no React or Ink here.
import {sanitize, truncateBefore} from './sanitize.js';
import {chipStatusText, stripSummary} from './strip-counts.js';
import type {PairStatus, Target} from './types.js';

export type StripPair = {
	readonly target: Target;
	readonly status: PairStatus;
};

export type StripInput = {
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

/** One pair's chip: where (the profile named once per line), and how it stands. */
export type StripChip = {
	readonly label: string;
	readonly text: string;
	readonly tone: 'error' | 'ok' | 'muted' | 'loading';
};

export type StripLine = {
	readonly chips: readonly StripChip[];
	/** The last line's end: `· +N more (e)` when pairs did not fit, then the summary. */
	readonly tail?: string;
};

export type StripLines = {
	readonly lines: readonly StripLine[];
	/** A line per failing pair shown (already cut to the width). */
	readonly errors: readonly string[];
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

function toneOf(status: PairStatus): StripChip['tone'] {
	if (status.kind === 'error') return 'error';
	if (status.kind === 'ok') return status.notEnabled ? 'muted' : 'ok';
	return 'loading';
}

/**
 * Each (profile, region): loading, how many instances, or the error. Errors get a line each with
 * the AWS code and message; the rest share lines, and many pairs fold into a count.
 */
export function stripLines({pairs, instances, showProfile, width, chipLines, errorLines}: StripInput): StripLines {
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
	return {
		lines: lines.map((line, lineIndex) => ({
			chips: line.map((pair, index) => ({
				label: chipLabel(pair, line[index - 1], showProfile),
				text: chipStatusText(pair.status),
				tone: toneOf(pair.status),
			})),
			...(lineIndex === lines.length - 1 ? {tail: `${hidden > 0 ? ` · +${hidden} more (e)` : ''}  ${summary}`} : {}),
		})),
		errors: shownErrors.map((pair, index) => {
			const status = pair.status;
			const text =
				status.kind === 'error'
					? `✗ ${label(pair, true)}: ${sanitize(status.code)}: ${sanitize(status.message)}`
					: `✗ ${label(pair, true)}`;
			const more = index === shownErrors.length - 1 && errors.length > shownErrors.length;
			const suffix = more ? ` (+${errors.length - shownErrors.length} more failing · e)` : '';
			return truncateBefore(text, suffix, width);
		}),
	};
}

/** A chip line as plain text: `us-east-1 … · eu-west-2 3  loading 1/2 · 3 so far`. */
export function stripLineText(line: StripLine): string {
	const chips = line.chips.map((chip, index) => `${index > 0 ? ' · ' : ''}${chip.label} ${chip.text}`).join('');
	return chips + (line.tail ?? '');
}
