import {instanceKey, isFromTarget, mergeSorted, pairKey, sortInstances} from '../domain/instances.js';
import {distinctCount} from '../domain/strip-counts.js';
import type {InstanceSummary, Target} from '../domain/types.js';
import type {AppState, Inventory, Pair} from './app-state.js';
import {visibleRows, withView} from './selectors.js';

function setPair(inventory: Inventory, target: Target, status: Pair['status']): ReadonlyMap<string, Pair> {
	const key = pairKey(target);
	if (!inventory.pairs.has(key)) return inventory.pairs;
	const pairs = new Map(inventory.pairs);
	pairs.set(key, {target, status});
	return pairs;
}

/** A page of ListInstances arrived. The first page of a pair replaces its earlier (or cached) rows. */
export function receivePage(
	inventory: Inventory,
	target: Target,
	page: readonly InstanceSummary[],
	first: boolean,
): Inventory {
	if (!inventory.pairs.has(pairKey(target))) return inventory;
	let rows = inventory.rows;
	if (first) rows = rows.filter((row) => !isFromTarget(row, target));
	if (page.length > 0) {
		// Only rows of the same pair can repeat a key; the rows are already sorted, so the (sorted)
		// page merges in one pass instead of sorting everything again per page.
		const seen = new Set(rows.filter((row) => isFromTarget(row, target)).map((row) => instanceKey(row)));
		const fresh = sortInstances(page.filter((row) => !seen.has(instanceKey(row))));
		rows = mergeSorted(rows, fresh);
	}

	return {...inventory, rows};
}

/**
 * A pair answered in full. Its count is of the distinct instances its rows hold (an instance that
 * came twice across pages is one row, and counts once), not of what the pages carried.
 */
export function pairDone(inventory: Inventory, target: Target, listed: number, notEnabled?: true): Inventory {
	const rows = listed === 0 ? inventory.rows.filter((row) => !isFromTarget(row, target)) : inventory.rows;
	const count = distinctCount(
		rows.filter((row) => isFromTarget(row, target)),
		(row) => instanceKey(row),
	);
	return settleStale({
		...inventory,
		rows,
		pairs: setPair(inventory, target, notEnabled ? {kind: 'ok', count, notEnabled} : {kind: 'ok', count}),
	});
}

export function pairError(inventory: Inventory, target: Target, code: string, message: string): Inventory {
	return settleStale({
		...inventory,
		rows: inventory.rows.filter((row) => !isFromTarget(row, target)),
		pairs: setPair(inventory, target, {kind: 'error', code, message}),
	});
}

function settleStale(inventory: Inventory): Inventory {
	if (inventory.staleSince === undefined || isLoading(inventory)) return inventory;
	return {...inventory, staleSince: undefined};
}

/** Ask for a reload of the given targets; rows of pairs no longer chosen go away at once. */
export function reloadInventory(inventory: Inventory, targets: readonly Target[]): Inventory {
	const pairs = new Map<string, Pair>();
	for (const target of targets) pairs.set(pairKey(target), {target, status: {kind: 'loading'}});
	return {
		...inventory,
		pairs,
		rows: inventory.rows.filter((row) => pairs.has(pairKey(row))),
		generation: inventory.generation + 1,
	};
}

/** Whether some pair has not answered yet. */
export function isLoading(inventory: Inventory): boolean {
	return [...inventory.pairs.values()].some((pair) => pair.status.kind === 'loading');
}

/**
 * The state with a new inventory. The cursor stays on the instance it was on while rows arrive or
 * go around it (at the top it stays at the top), and never points past the last row.
 */
export function withInventory(state: AppState, inventory: Inventory): AppState {
	if (inventory === state.inventory) return state;
	// The new rows in the list's order, made once here and carried on.
	const next: AppState = withView({...state, inventory});
	const {cursor} = state.list;
	const rows = visibleRows(next);
	const before = cursor === 0 ? undefined : visibleRows(state)[cursor];
	let target = Math.min(cursor, Math.max(0, rows.length - 1));
	if (before && (rows[cursor] === undefined || instanceKey(rows[cursor]) !== instanceKey(before))) {
		const key = instanceKey(before);
		const index = rows.findIndex((row) => instanceKey(row) === key);
		if (index >= 0) target = index;
	}

	return target === cursor ? next : {...next, list: {...next.list, cursor: target}};
}
