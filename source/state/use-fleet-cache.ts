import {useEffect, useRef} from 'react';
import type {FleetState} from './fleet-reducer.js';
import {toSaved} from './fleet-reducer.js';
import {useServices} from './services.js';

/** At most one write of the fleet cache per this many ms while values arrive. */
const SAVE_EVERY_MS = 2000;

/**
 * Remembers the last known attributes and tags for the next run: written a while after values change
 * (at most every two seconds while a matrix fills), and once more when the app ends.
 */
export function useFleetCache(fleet: FleetState): void {
	const {settings} = useServices();
	const latest = useRef(fleet);
	const timer = useRef<NodeJS.Timeout | undefined>(undefined);
	const dirty = useRef(false);
	const first = useRef(true);
	latest.current = fleet;

	useEffect(() => {
		if (first.current) {
			first.current = false;
			return;
		}

		dirty.current = true;
		timer.current ??= setTimeout(() => {
			timer.current = undefined;
			dirty.current = false;
			settings?.saveFleet?.(toSaved(latest.current, Date.now()));
		}, SAVE_EVERY_MS);
	}, [fleet.entries, settings]);

	useEffect(
		() => () => {
			clearTimeout(timer.current);
			if (dirty.current) settings?.saveFleet?.(toSaved(latest.current, Date.now()));
		},
		[settings],
	);
}
