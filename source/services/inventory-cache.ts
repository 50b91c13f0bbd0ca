// The last known inventory, shown (marked stale) in the first frame while the fresh one loads:
// inventory.json in the cache directory (demo-inventory.json for --demo), checked on read.
import {mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {checkCache, type CachedInventory} from '../domain/local-state.js';
import type {InstanceSummary} from '../domain/types.js';
import {readCheckedJson, type SetAside} from './local-file.js';
import {appPaths} from './paths.js';

export type InventoryCache = {
	readonly cached?: CachedInventory;
	/** The cache file was bad and is set aside. */
	readonly problem?: SetAside;
	save(rows: readonly InstanceSummary[]): void;
};

export function inventoryCacheFile(demo: boolean, env: NodeJS.ProcessEnv = process.env): string {
	return join(appPaths(env).cache, `${demo ? 'demo-' : ''}inventory.json`);
}

export function openInventoryCache(file: string, now: () => Date = () => new Date()): InventoryCache {
	const {value, problem} = readCheckedJson(file, checkCache);
	return {
		...(value ? {cached: value} : {}),
		...(problem ? {problem} : {}),
		save(rows) {
			try {
				mkdirSync(dirname(file), {recursive: true});
				const temporary = `${file}.${process.pid}.tmp`;
				writeFileSync(temporary, JSON.stringify({savedAt: now().toISOString(), rows}), {mode: 0o600});
				renameSync(temporary, file);
			} catch {
				// Remembering is a convenience: a read-only home never stops the app.
			}
		},
	};
}
