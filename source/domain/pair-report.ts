// `e` in the list: every (profile, region) with what it answered, the failed ones first with their whole
// error, wrapped to the terminal. Pure.
import {sanitize, wrapToWidth} from './sanitize.js';
import {countOf} from './strip-counts.js';
import type {PairStatus, Target} from './types.js';

export type ReportLine = {readonly text: string; readonly tone: 'heading' | 'error' | 'warning' | 'ok' | 'muted'};

export type ReportPair = {readonly target: Target; readonly status: PairStatus};

/** The lines, at most `width` columns each (the messages wrapped, never cut). */
export function pairReportLines(pairs: readonly ReportPair[], width: number): ReportLine[] {
	const failed = pairs.filter((pair) => pair.status.kind === 'error');
	const others = pairs.filter((pair) => pair.status.kind !== 'error');
	const where = (pair: ReportPair) => sanitize(`${pair.target.profile}/${pair.target.region}`);
	const lines: ReportLine[] = [
		{
			text: failed.length === 0 ? 'No (profile, region) failed.' : `${failed.length} of ${pairs.length} failed:`,
			tone: 'heading',
		},
	];
	for (const pair of failed) {
		const status = pair.status;
		if (status.kind !== 'error') continue;
		lines.push({text: `✗ ${where(pair)}`, tone: 'error'});
		const text = `${sanitize(status.code)}: ${sanitize(status.message)}`;
		for (const piece of wrapToWidth(text, Math.max(10, width - 4))) lines.push({text: `    ${piece}`, tone: 'error'});
	}

	if (others.length > 0) lines.push({text: ' ', tone: 'muted'}, {text: 'The others:', tone: 'heading'});
	for (const pair of others) {
		const status = pair.status;
		const text = status.kind === 'ok' ? countOf(status.count, 'instance') : 'loading…';
		lines.push({text: `  ${where(pair)}  ${text}`, tone: status.kind === 'ok' ? 'ok' : 'muted'});
	}

	return lines;
}

/**
 * What the first frame's message said, in full (a local file set aside, with its bad copy's whole
 * path): each note's paragraphs wrapped to the width on their own, never cut. Nothing without notes.
 */
export function startNoteLines(notes: ReadonlyArray<readonly string[]>, width: number): ReportLine[] {
	if (notes.length === 0) return [];
	const lines: ReportLine[] = [{text: 'At start:', tone: 'heading'}];
	for (const note of notes) {
		note.forEach((paragraph, index) => {
			wrapToWidth(paragraph, Math.max(10, width - 2)).forEach((piece, line) => {
				lines.push({text: `${index === 0 && line === 0 ? '!' : ' '} ${piece}`, tone: 'warning'});
			});
		});
	}

	lines.push({text: ' ', tone: 'muted'});
	return lines;
}
