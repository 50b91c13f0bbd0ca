import {useEffect, useRef, type Dispatch} from 'react';
import type {Action} from './actions.js';
import {createBatcher} from './batcher.js';
import {openJournal} from '../services/journal.js';
import type {BulkRun} from './matrix-state.js';
import {runBulk} from '../services/run-bulk.js';
import {useServices} from './services.js';

/** Progress reaches the screen at most 5 times a second. */
const PROGRESS_MS = 200;

/**
 * Runs a bulk apply when the reducer starts one (state.bulk, by generation); Esc (bulk.stopping)
 * stops it: nothing new is sent, requests in flight finish. Outcomes go back as actions.
 */
export function useBulk(bulk: BulkRun | undefined, dispatch: Dispatch<Action>): void {
	const services = useServices();
	const stops = useRef(new Map<number, AbortController>());
	const generation = bulk?.finished ? undefined : bulk?.generation;
	useEffect(() => {
		if (!bulk || generation === undefined) return;
		const stop = new AbortController();
		stops.current.set(generation, stop);
		const progress = createBatcher<Action>((actions) => dispatch(actions.at(-1)!), PROGRESS_MS);
		void (async () => {
			const gateway = await services.gateway;
			const journal = services.journal ?? openJournal();
			await runBulk(
				gateway,
				bulk.items,
				{
					onOutcome: (outcome) => dispatch({type: 'bulk/outcome', generation, outcome, at: Date.now()}),
					onProgress: (requestsLeft, timeLeftMs) =>
						progress.push({type: 'bulk/progress', generation, requestsLeft, timeLeftMs}),
				},
				{journal, stop: stop.signal},
			);
			progress.cancel();
			stops.current.delete(generation);
			dispatch({type: 'bulk/done', generation});
		})();
		// A run is never cancelled by a re-render: only Esc stops it.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [generation]);
	const stopping = bulk?.stopping ?? false;
	useEffect(() => {
		if (stopping && bulk) stops.current.get(bulk.generation)?.abort();
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [stopping]);
}
