// What the status strip says about counts: per (profile, region) and in all. Pure.
// The counts are of distinct instances, the rows the list holds: a page that repeats an instance
// never counts it twice, and rows that are on screen while their region still loads are counted.
import type {PairStatus} from './types.js';

/** `1 instance`, `2 instances`, `0 instances`. */
export function countOf(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A pair's chip: `…` while it loads, its number of instances, `not enabled`, or `✗ CODE`. */
export function chipStatusText(status: PairStatus): string {
	if (status.kind === 'loading') return '…';
	if (status.kind === 'ok') return status.notEnabled ? 'not enabled' : String(status.count);
	return `✗ ${status.code}`;
}

/**
 * The strip's summary: `loading 2/5 · 400 so far` while pairs load (the rows on screen), then
 * `412 instances`, the total, once every pair has answered. `instances` is how many distinct
 * instances the list holds now.
 */
export function stripSummary(statuses: readonly PairStatus[], instances: number): string {
	const loading = statuses.filter((status) => status.kind === 'loading').length;
	return loading > 0 ? `loading ${loading}/${statuses.length} · ${instances} so far` : countOf(instances, 'instance');
}

/** How many distinct instances a pair's rows hold (rows repeated across pages count once). */
export function distinctCount<T>(rows: readonly T[], key: (row: T) => string): number {
	return new Set(rows.map(key)).size;
}
