// What is known about each instance's attributes and tags, with when it was read: the matrix shows
// the last known values at once and asks for fresh ones behind them. Loads are requested through
// state (fleet.request) and performed by the fleet hook.
import {parseAttributeValue} from '../domain/attributes.js';
import type {InstanceFacts} from '../domain/baseline.js';
import {instanceKey} from '../domain/instances.js';
import {STORAGE_RESOURCE_TYPES, type StorageEncryption} from '../domain/settings.js';
import type {CachedFleet, CachedValues} from '../domain/local-state.js';
import type {InstanceSummary, Tags} from '../domain/types.js';

/** Storage: one value per storage resource type (domain/settings.ts StorageEncryption, or 'error'). */
export type Aspect = 'attributes' | 'tags' | 'storage';

/** One aspect of one instance: the last value read (with its time), whether a read is under way, the last error. */
export type Known<T> = {
	readonly value?: T;
	/** Epoch ms of the read that gave `value`. */
	readonly at?: number;
	/** Whether `value` was read in this run (else it came from the cache of an earlier run). */
	readonly fresh?: boolean;
	readonly loading?: boolean;
	readonly error?: {readonly code: string; readonly message: string};
	/** An aspect read in parts (storage, one request per type): the parts read so far in this load. */
	readonly parts?: readonly string[];
};

export type FleetEntry = {
	readonly attributes?: Known<Readonly<Record<string, string>>>;
	readonly tags?: Known<Tags>;
	/** Storage resource type → how it stands (StorageEncryption), or 'error' when its read failed. */
	readonly storage?: Known<Readonly<Record<string, string>>>;
	/**
	 * The values as filters and baselines read them (`factsOf`), derived here whenever a value changes,
	 * so reading them (every row of a filter, every drift mark drawn) costs nothing and nothing is cached
	 * outside the state.
	 */
	readonly facts: InstanceFacts;
};

const NO_FACTS: InstanceFacts = {};
const EMPTY_ENTRY: FleetEntry = {facts: NO_FACTS};

type Values = Readonly<Record<string, string>>;

/**
 * Storage as baselines read it: only once every type has been read without an error (a type not read
 * yet, or whose read failed, must not look "not configured").
 */
function storageFacts(value: Values | undefined): Readonly<Record<string, StorageEncryption>> | undefined {
	if (!value) return undefined;
	for (const type of STORAGE_RESOURCE_TYPES) if (value[type] === undefined || value[type] === 'error') return undefined;
	return value as Readonly<Record<string, StorageEncryption>>;
}

/** One aspect's value as facts read it (attributes as on/off); undefined when nothing is known. */
function factOf(aspect: Aspect, value: Values | undefined): InstanceFacts[Aspect] {
	if (aspect === 'storage') return storageFacts(value);
	if (!value || aspect === 'tags') return value;
	return Object.fromEntries(Object.entries(value).map(([type, raw]) => [type, parseAttributeValue(raw)]));
}

/** The entry with this aspect now `known`: its facts follow when the value changed, else they are kept. */
function withKnown(entry: FleetEntry | undefined, aspect: Aspect, known: Known<Values>): FleetEntry {
	const base = entry ?? EMPTY_ENTRY;
	if (base[aspect]?.value === known.value) return {...base, [aspect]: known};
	const {[aspect]: _old, ...others} = base.facts;
	const fact = factOf(aspect, known.value);
	return {...base, [aspect]: known, facts: fact === undefined ? others : {...others, [aspect]: fact}};
}

export type FleetLoad = {
	readonly key: string;
	readonly instance: InstanceSummary;
	readonly aspect: Aspect;
};

export type FleetState = {
	readonly entries: ReadonlyMap<string, FleetEntry>;
	/** Loads asked for; the fleet hook starts each generation's items once. */
	readonly request?: {readonly generation: number; readonly items: readonly FleetLoad[]};
};

export const EMPTY_FLEET: FleetState = {entries: new Map()};

/**
 * Asks for fresh reads of the aspect for these instances: those already being read, or read in this
 * run (unless `again`), are skipped. Marks the rest as loading.
 */
export function requestLoads(
	fleet: FleetState,
	instances: readonly InstanceSummary[],
	aspect: Aspect,
	again = false,
): FleetState {
	const entries = new Map(fleet.entries);
	const items: FleetLoad[] = [];
	for (const instance of instances) {
		const key = instanceKey(instance);
		const entry = entries.get(key);
		const known = entry?.[aspect];
		if (known?.loading || (known?.fresh && !again)) continue;
		entries.set(key, withKnown(entry, aspect, {...known, loading: true, parts: [], error: undefined}));
		items.push({key, instance, aspect});
	}

	if (items.length === 0) return fleet;
	return {entries, request: {generation: (fleet.request?.generation ?? 0) + 1, items}};
}

export type FleetResult =
	| {readonly kind: 'ok'; readonly value: Readonly<Record<string, string>>}
	| {readonly kind: 'error'; readonly code: string; readonly message: string};

export type FleetLoadResult = {
	readonly key: string;
	readonly aspect: Aspect;
	readonly at: number;
	readonly result: FleetResult;
	/** One part of an aspect read in parts (a storage type), and how many parts the aspect has. */
	readonly part?: {readonly name: string; readonly of: number};
};

/** One part arrived: it replaces that part of what was known; the aspect is fresh once every part is. */
function receivePart(
	known: Known<Readonly<Record<string, string>>> | undefined,
	{at, result, part}: FleetLoadResult & {part: NonNullable<FleetLoadResult['part']>},
): Known<Readonly<Record<string, string>>> {
	const parts = [...(known?.parts ?? []).filter((name) => name !== part.name), part.name];
	const value = {...known?.value, [part.name]: result.kind === 'ok' ? result.value[part.name]! : 'error'};
	const error = result.kind === 'error' ? {code: result.code, message: result.message} : known?.error;
	if (parts.length < part.of) return {...known, value, parts, ...(error ? {error} : {})};
	return {value, at, fresh: true, ...(error ? {error} : {})};
}

/** Results of reads (batched): each replaces what was known, or keeps the old value with the error. */
export function receiveLoads(fleet: FleetState, results: readonly FleetLoadResult[]): FleetState {
	const entries = new Map(fleet.entries);
	for (const loaded of results) {
		const {key, aspect, at, result} = loaded;
		const entry = entries.get(key);
		const known = entry?.[aspect];
		if (loaded.part) {
			entries.set(key, withKnown(entry, aspect, receivePart(known, {...loaded, part: loaded.part})));
			continue;
		}

		const next: Known<Readonly<Record<string, string>>> =
			result.kind === 'ok'
				? {value: result.value, at, fresh: true}
				: {
						...(known?.value ? {value: known.value, at: known.at} : {}),
						error: {code: result.code, message: result.message},
					};
		entries.set(key, withKnown(entry, aspect, next));
	}

	return {...fleet, entries};
}

/** Values just written and read back replace what was known (one attribute or tag set at a time). */
export function rememberValues(
	fleet: FleetState,
	key: string,
	aspect: Aspect,
	values: Readonly<Record<string, string>>,
	at: number,
	replace = false,
): FleetState {
	const entries = new Map(fleet.entries);
	const entry = entries.get(key);
	const known = entry?.[aspect];
	const value = replace ? values : {...known?.value, ...values};
	entries.set(key, withKnown(entry, aspect, {...known, value, at, fresh: true, error: undefined}));
	return {...fleet, entries};
}

/** Values older than this are not remembered (an instance not seen for a month is likely gone). */
export const REMEMBER_MS = 30 * 86_400_000;

/** Seeds the fleet with values saved by an earlier run: shown at once with their age, refreshed behind. */
export function fromSaved(saved: CachedFleet | undefined, now: number): FleetState {
	const entries = new Map<string, FleetEntry>();
	for (const {key, attributes, tags, storage} of saved?.instances ?? []) {
		const known = (values: CachedValues | undefined) => {
			const at = values ? Date.parse(values.at) : Number.NaN;
			return values && now - at < REMEMBER_MS ? {value: values.value, at} : undefined;
		};
		let entry: FleetEntry | undefined;
		for (const [aspect, values] of [
			['attributes', attributes],
			['tags', tags],
			['storage', storage],
		] as const) {
			const remembered = known(values);
			if (remembered) entry = withKnown(entry, aspect, remembered);
		}

		if (entry) entries.set(key, entry);
	}

	return {entries};
}

/** What to remember for the next run: every value read (now or earlier) with when it was read. */
export function toSaved(fleet: FleetState, now: number): CachedFleet {
	const values = (known: Known<Readonly<Record<string, string>>> | undefined): CachedValues | undefined =>
		known?.value && known.at !== undefined && now - known.at < REMEMBER_MS
			? {at: new Date(known.at).toISOString(), value: known.value}
			: undefined;
	const instances: Array<CachedFleet['instances'][number]> = [];
	for (const [key, entry] of fleet.entries) {
		const attributes = values(entry.attributes);
		const tags = values(entry.tags);
		const storage = values(entry.storage);
		if (attributes || tags || storage)
			instances.push({
				key,
				...(attributes ? {attributes} : {}),
				...(tags ? {tags} : {}),
				...(storage ? {storage} : {}),
			});
	}

	return {savedAt: new Date(now).toISOString(), instances};
}

/** The last known values of an instance as filters and baselines read them (attributes as on/off). */
export function factsOf(entry: FleetEntry | undefined): InstanceFacts {
	return entry?.facts ?? NO_FACTS;
}
