// What the fleet matrix shows, derived from the state: each row's cells for the current group, the
// progress line (read so far, time left at the quota's pace, failures), the column names. Pure.
import {ATTRIBUTE_CATALOGUE, attributeInfo} from '../domain/attributes.js';
import {instanceKey} from '../domain/instances.js';
import {
	attributeCell,
	formatDuration,
	shortHeader,
	STORAGE_COLUMNS,
	STORAGE_LEGEND,
	storageCell,
	storageHeader,
	tagCell,
	type Cell,
} from '../domain/matrix-layout.js';
import {baselineTagKeys, type Drift} from '../domain/baseline.js';
import {relativeAge} from '../domain/format.js';
import {sanitizeLine} from '../domain/sanitize.js';
import type {InstanceSummary} from '../domain/types.js';
import type {AppState} from './app-state.js';
import type {FleetEntry, FleetState} from './fleet-reducer.js';
import type {MatrixState} from './matrix-state.js';
import {visibleRows} from './selectors.js';

/** The attribute types the matrix shows, in the API's order. */
export const MATRIX_ATTRIBUTES: readonly string[] = ATTRIBUTE_CATALOGUE.map((info) => info.type);

/** Tag keys present on the shown instances (as last known) and those a baseline names, sorted: the tags group's columns. */
export function tagColumns(
	rows: readonly InstanceSummary[],
	fleet: FleetState,
	named: readonly string[] = [],
): string[] {
	const keys = new Set<string>(named);
	for (const row of rows)
		for (const key of Object.keys(fleet.entries.get(instanceKey(row))?.tags?.value ?? {})) keys.add(key);
	return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function matrixColumns(state: AppState, matrix: MatrixState): readonly string[] {
	switch (matrix.group) {
		case 'attributes':
			return MATRIX_ATTRIBUTES;
		case 'tags':
			return tagColumns(visibleRows(state), state.fleet, baselineTagKeys(state.baseline));
		case 'storage':
			return STORAGE_COLUMNS;
	}
}

export function cellsFor(
	row: InstanceSummary,
	entry: FleetEntry | undefined,
	matrix: MatrixState,
	columns: readonly string[],
	drift: readonly Drift[] = [],
): Cell[] {
	// Marked ≠ where the baseline wants something else.
	const drifts = (kind: Drift['Kind'], name: string) => drift.some((item) => item.Kind === kind && item.Name === name);
	if (matrix.group === 'attributes') {
		const known = entry?.attributes;
		const wants = matrix.pending.get(instanceKey(row));
		return columns.map((type) =>
			attributeCell(
				known?.value?.[type],
				{loading: known?.loading, error: Boolean(known?.error), known: known?.value !== undefined},
				wants?.get(type),
				drifts('attribute', type),
			),
		);
	}

	if (matrix.group === 'storage') {
		const known = entry?.storage;
		return columns.map((type) =>
			storageCell(known?.value, type, {loading: known?.loading, error: Boolean(known?.error)}, drifts('storage', type)),
		);
	}

	const known = entry?.tags;
	return columns.map((key) =>
		tagCell(known?.value, key, {loading: known?.loading, error: Boolean(known?.error)}, drifts('tag', key)),
	);
}

/** Requests one instance's read of the group takes (ListInstanceAttributes answers 7 a page). */
const REQUESTS_PER_INSTANCE: Readonly<Record<MatrixState['group'], number>> = {
	attributes: 2,
	tags: 1,
	storage: STORAGE_COLUMNS.length,
};

export function progressText(
	state: AppState,
	rows: readonly InstanceSummary[],
	matrix: MatrixState,
	now: number,
): string {
	const aspect = matrix.group;
	let fresh = 0;
	let loading = 0;
	let errors = 0;
	let firstError: {readonly code: string; readonly message: string} | undefined;
	let oldest: number | undefined;
	for (const row of rows) {
		const known = state.fleet.entries.get(instanceKey(row))?.[aspect];
		if (known?.fresh) fresh++;
		if (known?.loading) loading++;
		if (known?.error) {
			errors++;
			firstError ??= known.error;
		}

		if (known?.value && !known.fresh && known.at !== undefined) oldest = Math.min(oldest ?? known.at, known.at);
	}

	// Requests left per region, at 2 a second each.
	const perRegion = new Map<string, number>();
	for (const row of rows) {
		const known = state.fleet.entries.get(instanceKey(row))?.[aspect];
		if (known?.loading) {
			const key = `${row.profile}\u0000${row.region}`;
			const left = REQUESTS_PER_INSTANCE[aspect] - (known.parts?.length ?? 0);
			perRegion.set(key, (perRegion.get(key) ?? 0) + left);
		}
	}

	const left = (Math.max(0, ...perRegion.values()) * 1000) / 2;
	const parts = [`${aspect} ${fresh} of ${rows.length} read`];
	if (loading > 0) parts.push(`about ${formatDuration(left)} left`);
	if (errors > 0 && firstError) {
		parts.push(
			`${errors} failed (${sanitizeLine(firstError.code)}: ${sanitizeLine(firstError.message)}; R reads again)`,
		);
	}

	// Worded as the list's stale line words its age ("last known list from 5 min ago").
	if (oldest !== undefined && loading > 0) parts.push(`others as last known from ${relativeAge(oldest, now)}`);
	return parts.join(' · ');
}

/** The line above the grid: the full name of the column under the cursor (and what storage cells say). */
export function columnName(group: MatrixState['group'], current: string | undefined): string {
	if (current === undefined) return group === 'tags' ? 'no tags on the shown instances' : '';
	switch (group) {
		case 'attributes':
			return `${current} — ${attributeInfo(current).label}: ${attributeInfo(current).description}`;
		case 'tags':
			return `tag ${sanitizeLine(current)}`;
		case 'storage':
			return `${current} storage — ${STORAGE_LEGEND}`;
	}
}

export function columnHeader(group: MatrixState['group'], column: string): string {
	if (group === 'attributes') return shortHeader(column);
	return group === 'storage' ? storageHeader(column) : sanitizeLine(column);
}
