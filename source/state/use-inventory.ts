import {useEffect, type Dispatch} from 'react';
import {fetchInventory} from '../domain/inventory.js';
import type {Action} from './actions.js';
import {pairKey, type Inventory} from './app-state.js';
import {useServices} from './services.js';

/** Loads the inventory whenever its generation changes; the previous load is aborted. */
export function useInventory(inventory: Inventory, dispatch: Dispatch<Action>): void {
	const services = useServices();
	const {generation} = inventory;
	useEffect(() => {
		const controller = new AbortController();
		const targets = [...inventory.pairs.values()].map(pair => pair.target);
		// The first page of a pair replaces the rows it had (from the cache or the last load).
		const started = new Set<string>();
		void (async () => {
			try {
				const gateway = await services.gateway;
				if (controller.signal.aborted) return;
				await fetchInventory(gateway, targets, {
					concurrency: services.concurrency,
					signal: controller.signal,
					onPage(target, page) {
						const first = !started.has(pairKey(target));
						started.add(pairKey(target));
						dispatch({type: 'inventory/page', target, page, first});
					},
					onPairDone: (target, count) => dispatch({type: 'inventory/done', target, count}),
					onPairError: (target, error) =>
						dispatch({type: 'inventory/error', target, code: error.code, message: error.message}),
				});
			} catch (error) {
				dispatch({type: 'message', text: `Could not start the AWS layer: ${String(error)}`, tone: 'error'});
			}
		})();
		return () => controller.abort();
		// The pairs belong to this generation: a new generation is the only reason to reload.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [generation]);
}
