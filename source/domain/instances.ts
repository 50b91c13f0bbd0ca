// Sorting, filtering and merging the instance inventory. Pure functions over raw (unsanitised) data.
import type {InstanceSummary, Target} from './types.js';

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Order of the list: alias (case-insensitive), then region, then profile, then id. Negative when a comes first. */
export function compareInstances(a: InstanceSummary, b: InstanceSummary): number {
	return (
		compareText(a.alias.toLowerCase(), b.alias.toLowerCase()) ||
		compareText(a.region, b.region) ||
		compareText(a.profile, b.profile) ||
		compareText(a.id, b.id) ||
		compareText(a.alias, b.alias)
	);
}

/** The list in its order (see compareInstances). Returns a new array. */
export function sortInstances<T extends InstanceSummary>(list: readonly T[]): T[] {
	return [...list].sort(compareInstances);
}

/** Two lists already in order, merged into one in order, in one pass. Returns a new array. */
export function mergeSorted<T extends InstanceSummary>(a: readonly T[], b: readonly T[]): T[] {
	if (b.length === 0) return [...a];
	if (a.length === 0) return [...b];
	const out: T[] = new Array<T>(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) out[k++] = compareInstances(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!;
	while (i < a.length) out[k++] = a[i++]!;
	while (j < b.length) out[k++] = b[j++]!;
	return out;
}

/** First 8 characters of an instance id (a UUID), as shown in the list. */
export function shortId(id: string): string {
	return id.slice(0, 8);
}

/** Unique key of a row across profiles and regions: `profile|region|id`. */
export function instanceKey(instance: Pick<InstanceSummary, 'profile' | 'region' | 'id'>): string {
	return `${instance.profile}|${instance.region}|${instance.id}`;
}

/** Key of a (profile, region) pair; NUL cannot appear in a profile name or a region code. */
export function pairKey(target: Target): string {
	return `${target.profile}\u0000${target.region}`;
}

/** Whether a row was listed for this (profile, region). */
export function isFromTarget(instance: Pick<InstanceSummary, 'profile' | 'region'>, target: Target): boolean {
	return instance.profile === target.profile && instance.region === target.region;
}

/** Whether the rows come from more than one profile (the list then shows a profile column). */
export function hasSeveralProfiles(list: readonly Pick<InstanceSummary, 'profile'>[]): boolean {
	const first = list[0]?.profile;
	return list.some((row) => row.profile !== first);
}
