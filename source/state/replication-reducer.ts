// What the list knows of each instance's replication (ListInstances does not say; DescribeInstance
// does). The rows on screen are asked for, once per inventory load, as background reads behind every
// interactive request; the replication hook performs them. Rows scrolled to are asked for as they show.
// Nothing is asked while the inventory still lists: the listing goes first, with nothing in its way.
import {instanceKey} from '../domain/instances.js';
import {isLoading} from './inventory-reducer.js';
import type {InstanceSummary} from '../domain/types.js';
import type {AppState} from './app-state.js';
import type {ReplicationEntry, ReplicationLoad, ReplicationResult, ReplicationState} from './replication-state.js';
import {listLayoutOf, visibleRows} from './selectors.js';

/** The rows in the list's window (what is on screen). */
function windowRows(state: AppState): readonly InstanceSummary[] {
	const {bodyHeight} = listLayoutOf(state);
	return visibleRows(state).slice(state.list.scroll, state.list.scroll + bodyHeight);
}

/** Whether what the list shows may have changed between the two states. */
function windowMoved(before: AppState, after: AppState): boolean {
	return (
		before.screen !== after.screen ||
		before.inventory.rows !== after.inventory.rows ||
		before.inventory.pairs !== after.inventory.pairs ||
		before.inventory.generation !== after.inventory.generation ||
		before.list.scroll !== after.list.scroll ||
		before.list.filter.text !== after.list.filter.text ||
		before.list.sort !== after.list.sort ||
		before.size !== after.size
	);
}

/** After an action: the rows on the list's screen whose replication is not known for this load are asked for. */
export function askReplication(before: AppState, after: AppState): AppState {
	if (after.screen !== 'list') return before.screen === 'list' ? dropPending(after) : after;
	if (!windowMoved(before, after) || isLoading(after.inventory)) return after;
	const {generation} = after.inventory;
	const current = after.replication;
	let entries: Map<string, ReplicationEntry> | undefined;
	const asked: ReplicationLoad[] = [];
	for (const row of windowRows(after)) {
		const key = instanceKey(row);
		const entry = current.entries.get(key);
		if (entry && entry.generation === generation) continue;
		entries ??= new Map(current.entries);
		entries.set(key, {generation, loading: true, value: entry?.value});
		asked.push({key, generation, instance: row});
	}

	if (!entries) return after;
	return {...after, replication: {...current, entries, pending: [...current.pending, ...asked]}};
}

/**
 * Leaving the list: reads not answered yet are dropped (the hook cancels them, and those still waiting
 * for the quota cost nothing), so they never hold back what the next screen asks for. Back on the
 * list they are asked for again.
 */
function dropPending(state: AppState): AppState {
	const {replication} = state;
	if (replication.pending.length === 0) return state;
	const entries = new Map(replication.entries);
	for (const load of replication.pending) {
		const entry = entries.get(load.key);
		if (!entry?.loading) continue;
		if (entry.value) entries.set(load.key, {generation: 0, value: entry.value});
		else entries.delete(load.key);
	}

	return {...state, replication: {...replication, entries, pending: []}};
}

/** Answers of the replication hook. */
export function receiveReplication(state: ReplicationState, results: readonly ReplicationResult[]): ReplicationState {
	const entries = new Map(state.entries);
	const answered = new Set<string>();
	let any = state.any;
	for (const result of results) {
		answered.add(`${result.key}@${result.generation}`);
		const entry = entries.get(result.key);
		if (entry && entry.generation > result.generation) continue;
		const value = result.failed ? entry?.value : result.value;
		entries.set(result.key, {generation: result.generation, value});
		if (result.value && result.value.regions.length > 0) any = true;
	}

	const pending = state.pending.filter((load) => !answered.has(`${load.key}@${load.generation}`));
	return {...state, entries, pending, any};
}
