import {useEffect, type Dispatch} from 'react';
import {fanOutListInstances} from '../domain/fan-out.js';
import type {Action} from './actions.js';
import type {Inventory} from './app-state.js';
import {useServices} from './services.js';

/** Loads the inventory whenever its generation changes; the previous load is aborted. */
export function useInventory(inventory: Inventory, dispatch: Dispatch<Action>): void {
	const services = useServices();
	const {generation} = inventory;
	useEffect(() => {
		const controller = new AbortController();
		const targets = [...inventory.pairs.values()].map(pair => pair.target);
		void (async () => {
			try {
				const gateway = await services.gateway;
				if (controller.signal.aborted) return;
				await fanOutListInstances(
					gateway,
					targets,
					{
						onPage: (target, page, first) => dispatch({type: 'inventory/page', target, page, first}),
						onDone: (target, count) => dispatch({type: 'inventory/done', target, count}),
						onError: (target, error) =>
							dispatch({type: 'inventory/error', target, code: error.code, message: error.message}),
					},
					{concurrency: services.concurrency, signal: controller.signal},
				);
			} catch (error) {
				dispatch({type: 'message', text: `Could not load the AWS layer: ${String(error)}`, tone: 'error'});
			}
		})();
		return () => controller.abort();
		// The pairs belong to this generation: a new generation is the only reason to reload.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [generation]);
}
