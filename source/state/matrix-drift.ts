// Drift from the baseline in the fleet matrix: what each instance's last known values differ in (the
// cells marked ≠), and `F`, which wants the values that fix the attributes that differ (pending cells
// that the ordinary review sends). A missing or wrong tag has no value to propose: it is named instead.
import {attributeFixes, instanceDrift, type Drift} from '../domain/baseline.js';
import {instanceKey} from '../domain/instances.js';
import {sanitizeLine} from '../domain/sanitize.js';
import type {InstanceSummary} from '../domain/types.js';
import {isReadOnlyFor, type AppState, type Message} from './app-state.js';
import {factsOf} from './fleet-reducer.js';

type Pending = ReadonlyMap<string, ReadonlyMap<string, boolean>>;

const NO_DRIFT: readonly Drift[] = [];

/** What differs from the baseline in the instance's last known values (nothing without a baseline). */
export function rowDrift(state: AppState, row: InstanceSummary): readonly Drift[] {
	if (!state.baseline) return NO_DRIFT;
	return instanceDrift(state.baseline, row, factsOf(state.fleet.entries.get(instanceKey(row)))).drift;
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * `F` on these instances: each attribute that differs from the baseline becomes a pending cell wanting
 * the baseline's value. Read-only instances and those whose values are not loaded yet are left out and
 * counted; tags that differ are listed as needing a value.
 */
export function proposeFixes(
	state: AppState,
	pending: Pending,
	rows: readonly InstanceSummary[],
): {readonly pending: Pending; readonly message: Message} {
	if (!state.baseline) {
		return {pending, message: {text: 'F needs a baseline: start connectui with --baseline FILE', tone: 'info'}};
	}

	const next = new Map(pending);
	let changes = 0;
	let instances = 0;
	let readOnly = 0;
	let notLoaded = 0;
	const tags = new Map<string, number>();
	for (const row of rows) {
		const key = instanceKey(row);
		const entry = state.fleet.entries.get(key);
		if (entry?.attributes?.value === undefined) {
			notLoaded++;
			continue;
		}

		const drift = rowDrift(state, row);
		for (const item of drift) if (item.Kind === 'tag') tags.set(item.Name, (tags.get(item.Name) ?? 0) + 1);
		const fixes = attributeFixes(drift);
		if (fixes.size === 0) continue;
		if (isReadOnlyFor(state, row.profile)) {
			readOnly++;
			continue;
		}

		const wants = new Map(next.get(key) ?? []);
		for (const [type, want] of fixes) wants.set(type, want);
		next.set(key, wants);
		changes += fixes.size;
		instances++;
	}

	const parts = [
		changes === 0
			? 'No attribute differs from the baseline'
			: `${plural(changes, 'attribute change')} proposed for ${plural(instances, 'instance')} · s reviews`,
	];
	if (tags.size > 0) {
		const named = [...tags].map(([name, count]) => `${sanitizeLine(name)} (${count})`).join(', ');
		parts.push(`tags need a value set by hand: ${named}`);
	}

	if (readOnly > 0) parts.push(`${readOnly} read-only left out`);
	if (notLoaded > 0) parts.push(`${plural(notLoaded, 'instance')} not loaded yet`);
	return {pending: next, message: {text: parts.join(' · '), tone: 'info'}};
}
