// What connectui remembers between runs: the chosen profiles and regions and the read-only
// profiles, in a conf store in the config directory (settings.json; demo-settings.json for --demo),
// read and written through conf and checked against a schema on read. With the inventory cache,
// the files the app reads before its first frame: a bad one is set aside, never fatal.
import Conf from 'conf';
import {join} from 'node:path';
import {checkSettings, type CachedFleet, type CachedInventory, type SavedChoice} from '../domain/local-state.js';
import type {SettingsStore} from '../state/services.js';
import {openInventoryCache, inventoryCacheFile} from './inventory-cache.js';
import {fleetCacheFile, openFleetCache} from './fleet-cache.js';
import {fileProblem, setAside, type SetAside} from './local-file.js';
import {appPaths} from './paths.js';

export {appPaths, type Paths} from './paths.js';
export type {CachedInventory, SavedChoice} from '../domain/local-state.js';

export type FileSettings = SettingsStore & {
	readonly choice: SavedChoice;
	readonly cached?: CachedInventory;
	/** Last known attributes and tags per instance. */
	readonly fleet?: CachedFleet;
	/** Local files that were bad and are set aside (one line each on screen). */
	readonly problems: readonly SetAside[];
};

const NOTHING_CHOSEN: SavedChoice = {profiles: [], regions: [], readOnlyProfiles: []};

type Store = Conf<Record<string, unknown>>;

function confStore(name: string, dir: string): Store {
	return new Conf<Record<string, unknown>>({projectName: 'connectui', projectSuffix: '', configName: name, cwd: dir});
}

/** Opens conf's store and checks it; a bad file is set aside and conf starts again from nothing. */
function openChoice(name: string, dir: string): {store?: Store; choice: SavedChoice; problem?: SetAside} {
	const file = join(dir, `${name}.json`);
	let reason: string;
	try {
		const store = confStore(name, dir);
		const checked = checkSettings(store.store);
		if (checked.ok) return {store, choice: checked.value};
		reason = checked.reason;
	} catch (error) {
		reason = fileProblem(error);
	}

	const problem = setAside(file, reason);
	try {
		return {store: confStore(name, dir), choice: NOTHING_CHOSEN, problem};
	} catch {
		// Still unreadable (it could not be moved aside): run without remembering.
		return {choice: NOTHING_CHOSEN, problem};
	}
}

/** Settings and the inventory cache; `name` keeps the demo's apart from real ones. */
export function openSettings(name: 'settings' | 'demo-settings', env: NodeJS.ProcessEnv = process.env): FileSettings {
	const paths = appPaths(env);
	const {store, choice, problem} = openChoice(name, paths.config);
	const cache = openInventoryCache(inventoryCacheFile(name === 'demo-settings', env));
	const fleet = openFleetCache(fleetCacheFile(name === 'demo-settings', env));
	return {
		choice,
		...(cache.cached ? {cached: cache.cached} : {}),
		...(fleet.cached ? {fleet: fleet.cached} : {}),
		problems: [
			...(problem ? [problem] : []),
			...(cache.problem ? [cache.problem] : []),
			...(fleet.problem ? [fleet.problem] : []),
		],
		saveChoice(next) {
			try {
				store?.set({
					profiles: [...next.profiles],
					regions: [...next.regions],
					readOnlyProfiles: [...next.readOnlyProfiles],
				});
			} catch {
				// Remembering is a convenience: a read-only home never stops the app.
			}
		},
		saveInventory(rows) {
			cache.save(rows);
		},
		saveFleet(values) {
			fleet.save(values);
		},
	};
}
