import {filterInstances} from '../domain/instances.js';
import type {InstanceSummary} from '../domain/types.js';
import type {AppState} from './app-state.js';

let lastRows: readonly InstanceSummary[] | undefined;
let lastFilter = '';
let lastResult: readonly InstanceSummary[] = [];

/** The rows the list shows: the inventory through the filter (memoised on identity). */
export function visibleRows(state: AppState): readonly InstanceSummary[] {
	const rows = state.inventory.rows;
	const filter = state.list.filter;
	if (rows !== lastRows || filter !== lastFilter) {
		lastRows = rows;
		lastFilter = filter;
		lastResult = filter === '' ? rows : filterInstances(rows, filter);
	}

	return lastResult;
}
