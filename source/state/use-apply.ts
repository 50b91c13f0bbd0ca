import {useEffect, type Dispatch} from 'react';
import {checkOperation} from '../domain/apply-plan.js';
import type {Action} from './actions.js';
import type {ApplyRequest} from './form-state.js';
import {openJournal} from '../services/journal.js';
import {runApply} from '../services/run-apply.js';
import {useServices} from './services.js';

/**
 * Applies a reviewed change when the reducer asks (state.apply, by generation): re-reads, stops on a
 * conflict, sends each request in order, reads back and journals; the result goes back as an action.
 * Once sending has started it runs to the end, so the report always says what went through.
 */
export function useApply(request: ApplyRequest | undefined, dispatch: Dispatch<Action>): void {
	const services = useServices();
	const generation = request?.generation;
	useEffect(() => {
		if (!request) return;
		let unmounted = false;
		void (async () => {
			try {
				const gateway = await services.gateway;
				const journal = services.journal ?? openJournal();
				const {journalFailed, ...result} = await runApply(gateway, request, {journal});
				if (unmounted) return;
				dispatch({type: 'apply/result', generation: request.generation, result, journalFailed});
			} catch (error) {
				if (!unmounted) {
					dispatch({
						type: 'apply/result',
						generation: request.generation,
						result: {
							kind: 'check-failed',
							operation: checkOperation(request.plan),
							code: 'Error',
							message: String(error),
						},
					});
				}
			}
		})();
		return () => {
			unmounted = true;
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps -- one apply per generation; a re-render never restarts it
	}, [generation]);
}
