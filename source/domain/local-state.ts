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
