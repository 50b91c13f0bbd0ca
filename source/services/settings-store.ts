// What connectui remembers between runs: the chosen profiles and regions and read-only profiles
// (a conf store in the config directory) and the last known inventory (the cache directory).
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {InstanceSummary} from '../domain/types.js';
import type {SettingsStore} from '../state/services.js';
import {appPaths} from './paths.js';

export {appPaths, type Paths} from './paths.js';

export type SavedChoice = {
	readonly profiles: readonly string[];
	readonly regions: readonly string[];
	readonly readOnlyProfiles: readonly string[];
};

export type CachedInventory = {
	readonly savedAt: string;
	readonly rows: readonly InstanceSummary[];
};

function isStringArray(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function readJson(file: string): unknown {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

function writeJsonAtomically(file: string, dir: string, value: unknown): void {
	try {
		mkdirSync(dir, {recursive: true});
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(value), {mode: 0o600});
		renameSync(temporary, file);
	} catch {
		// Remembering is a convenience: a read-only home never stops the app.
	}
}

export type FileSettings = SettingsStore & {
	readonly choice: SavedChoice;
	readonly cached?: CachedInventory;
};

/**
 * Settings (written by conf) and the inventory cache. Both are read synchronously before the first
 * frame straight from conf's JSON file, so conf itself loads only when something is saved;
 * `name` keeps the demo's choices apart from real ones.
 */
export function openSettings(name: 'settings' | 'demo-settings', env: NodeJS.ProcessEnv = process.env): FileSettings {
	const paths = appPaths(env);
	const settingsFile = join(paths.config, `${name}.json`);
	const cacheFile = join(paths.cache, `${name === 'settings' ? '' : 'demo-'}inventory.json`);
	const raw = readJson(settingsFile) as Partial<Record<keyof SavedChoice, unknown>> | undefined;
	const choice: SavedChoice = {
		profiles: isStringArray(raw?.profiles) ? raw.profiles : [],
		regions: isStringArray(raw?.regions) ? raw.regions : [],
		readOnlyProfiles: isStringArray(raw?.readOnlyProfiles) ? raw.readOnlyProfiles : [],
	};
	const cache = readJson(cacheFile) as Partial<CachedInventory> | undefined;
	const cached =
		cache && typeof cache.savedAt === 'string' && Array.isArray(cache.rows)
			? {savedAt: cache.savedAt, rows: cache.rows as InstanceSummary[]}
			: undefined;
	return {
		choice,
		cached,
		saveChoice(next) {
			// conf owns the settings file; it loads after the first frame (it is not on the start-up path).
			void import('conf')
				.then(({default: Conf}) => {
					const store = new Conf<SavedChoice>({
						projectName: 'connectui',
						projectSuffix: '',
						configName: name,
						cwd: paths.config,
					});
					store.set({
						profiles: [...next.profiles],
						regions: [...next.regions],
						readOnlyProfiles: [...next.readOnlyProfiles],
					});
				})
				.catch(() => {
					// Remembering is a convenience: a read-only home never stops the app.
				});
		},
		saveInventory(rows) {
			writeJsonAtomically(cacheFile, paths.cache, {savedAt: new Date().toISOString(), rows});
		},
	};
}
