// The list's order: `o` steps through the keys, `O` reverses. Pure.
import {compareInstances} from './instances.js';
import {formatStatus} from './format.js';
import type {InstanceSummary} from './types.js';

export const SORT_KEYS = ['alias', 'region', 'profile', 'status', 'created'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export type ListSort = {readonly key: SortKey; readonly reverse: boolean};

/** Alias, then region: the order the inventory already keeps. */
export const DEFAULT_SORT: ListSort = {key: 'alias', reverse: false};

export function nextSortKey(sort: ListSort): ListSort {
	const index = SORT_KEYS.indexOf(sort.key);
	return {key: SORT_KEYS[(index + 1) % SORT_KEYS.length] ?? 'alias', reverse: false};
}

function keyOf(row: InstanceSummary, key: SortKey): string {
	switch (key) {
		case 'alias':
			return row.alias.toLowerCase();
		case 'region':
			return row.region;
		case 'profile':
			return row.profile;
		case 'status':
			return formatStatus(row.status);
		case 'created':
			// Unknown dates sort first (oldest end).
			return row.createdTime ?? '';
	}
}

/**
 * The rows in the chosen order; ties keep the default order (alias, region, profile, id). The default sort
 * returns the very same array (the inventory is kept in that order).
 */
export function sortRows(rows: readonly InstanceSummary[], sort: ListSort): readonly InstanceSummary[] {
	if (sort.key === 'alias' && !sort.reverse) return rows;
	const direction = sort.reverse ? -1 : 1;
	return [...rows].sort((a, b) => {
		const left = keyOf(a, sort.key);
		const right = keyOf(b, sort.key);
		const byKey = left < right ? -1 : left > right ? 1 : 0;
		return direction * (byKey || compareInstances(a, b));
	});
}

/** What the header says: `alias ↑`. */
export function sortLabel(sort: ListSort): string {
	return `${sort.key} ${sort.reverse ? '↓' : '↑'}`;
}
