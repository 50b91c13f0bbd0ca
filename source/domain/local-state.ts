// The shapes of what connectui keeps between runs, as schemas: a file is checked against them on
// every read (never trusted, never half-read with optional chaining).
import {shapeProblem, type Shape} from './shape.js';
import type {InstanceSummary} from './types.js';

export type SavedChoice = {
	readonly profiles: readonly string[];
	readonly regions: readonly string[];
	readonly readOnlyProfiles: readonly string[];
};

export type CachedInventory = {
	readonly savedAt: string;
	readonly rows: readonly InstanceSummary[];
};

const names: Shape = {optional: {array: 'string'}};

/** conf's settings file: each list optional (absent: nothing chosen); other keys (conf's own) allowed. */
const SETTINGS: Shape = {object: {profiles: names, regions: names, readOnlyProfiles: names}, loose: true};

const optionalText: Shape = {optional: 'string'};
const ROW: Shape = {
	object: {
		profile: 'string',
		region: 'string',
		id: 'string',
		arn: 'string',
		alias: 'string',
		status: 'string',
		identityManagementType: 'string',
		serviceRole: optionalText,
		createdTime: optionalText,
		inboundCalls: 'boolean',
		outboundCalls: 'boolean',
		accessUrl: optionalText,
	},
	loose: true,
};

const CACHE: Shape = {object: {savedAt: 'date', rows: {array: ROW}}, loose: true};

/** One instance's last known attributes (raw strings, as the API gives them) or tags, and when they were read. */
export type CachedValues = {readonly at: string; readonly value: Readonly<Record<string, string>>};

/** Last known attributes, tags and storage per instance (`profile|region|id`), shown at once by the next run. */
export type CachedFleet = {
	readonly savedAt: string;
	readonly instances: ReadonlyArray<{
		readonly key: string;
		readonly attributes?: CachedValues;
		readonly tags?: CachedValues;
		/** Storage resource type → how it stands. */
		readonly storage?: CachedValues;
	}>;
};

const VALUES: Shape = {optional: {object: {at: 'date', value: {record: 'string'}}}};
const FLEET_CACHE: Shape = {
	object: {
		savedAt: 'date',
		instances: {array: {object: {key: 'string', attributes: VALUES, tags: VALUES, storage: VALUES}, loose: true}},
	},
	loose: true,
};

export function checkFleetCache(value: unknown): Checked<CachedFleet> {
	const problem = shapeProblem(value, FLEET_CACHE);
	if (problem) return {ok: false, reason: `wrong shape: ${problem}`};
	return {ok: true, value: value as CachedFleet};
}

export type Checked<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly reason: string};

export function checkSettings(value: unknown): Checked<SavedChoice> {
	const problem = shapeProblem(value, SETTINGS);
	if (problem) return {ok: false, reason: `wrong shape: ${problem}`};
	const record = value as Partial<Record<keyof SavedChoice, string[]>>;
	return {
		ok: true,
		value: {
			profiles: record.profiles ?? [],
			regions: record.regions ?? [],
			readOnlyProfiles: record.readOnlyProfiles ?? [],
		},
	};
}

export function checkCache(value: unknown): Checked<CachedInventory> {
	const problem = shapeProblem(value, CACHE);
	if (problem) return {ok: false, reason: `wrong shape: ${problem}`};
	return {ok: true, value: value as CachedInventory};
}
