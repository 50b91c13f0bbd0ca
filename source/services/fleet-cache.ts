// The last known attributes and tags of each instance, with when they were read: fleet.json in the
// cache directory (demo-fleet.json for --demo), checked on read. The next run shows them at once
// (marked with their age) while it reads them again.
import {mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {checkFleetCache, type CachedFleet} from '../domain/local-state.js';
import {readCheckedJson, type SetAside} from './local-file.js';
import {appPaths} from './paths.js';

export type FleetCache = {
	readonly cached?: CachedFleet;
	/** The cache file was bad and is set aside. */
	readonly problem?: SetAside;
	save(fleet: CachedFleet): void;
};

export function fleetCacheFile(demo: boolean, env: NodeJS.ProcessEnv = process.env): string {
	return join(appPaths(env).cache, `${demo ? 'demo-' : ''}fleet.json`);
}

export function openFleetCache(file: string): FleetCache {
	const {value, problem} = readCheckedJson(file, checkFleetCache);
	return {
		...(value ? {cached: value} : {}),
		...(problem ? {problem} : {}),
		save(fleet) {
			try {
				mkdirSync(dirname(file), {recursive: true});
				const temporary = `${file}.${process.pid}.tmp`;
				writeFileSync(temporary, JSON.stringify(fleet), {mode: 0o600});
				renameSync(temporary, file);
			} catch {
				// Remembering is a convenience: a read-only home never stops the app.
			}
		},
	};
}
