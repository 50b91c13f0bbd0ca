import {useEffect, type Dispatch} from 'react';
import {fetchInventory} from '../domain/inventory.js';
import type {Action} from './actions.js';
import {pairKey} from '../domain/instances.js';
import type {Inventory} from './app-state.js';
import {createBatcher} from './batcher.js';
import {pageBatchMs} from '../domain/page-batches.js';
import {useServices} from './services.js';

/** Loads the inventory whenever its generation changes; the previous load is aborted. */
export function useInventory(inventory: Inventory, dispatch: Dispatch<Action>): void {
	const services = useServices();
	const {generation} = inventory;
	useEffect(() => {
		const controller = new AbortController();
		const targets = [...inventory.pairs.values()].map((pair) => pair.target);
		// The first page of a pair replaces the rows it had (from the cache or the last load).
		const started = new Set<string>();
		// Pages answered together render together; meanwhile the next requests are already on their way.
		const batch = createBatcher<Action>(
			(actions) => dispatch(actions.length === 1 ? actions[0]! : {type: 'inventory/batch', actions}),
			// At most 30 list updates a second while pages arrive, fewer for hundreds of pairs; the last
			// batch of a load goes out at once.
			pageBatchMs(targets.length),
		);
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
						batch.push({type: 'inventory/page', target, page, first});
					},
					onPairDone: (target, count) => batch.push({type: 'inventory/done', target, count}),
					onPairNotEnabled: (target) => batch.push({type: 'inventory/done', target, count: 0, notEnabled: true}),
					onPairError: (target, error) =>
						batch.push({type: 'inventory/error', target, code: error.code, message: error.message}),
				});
				batch.flush();
			} catch (error) {
				dispatch({type: 'message', text: `Could not start the AWS layer: ${String(error)}`, tone: 'error'});
			}
		})();
		return () => {
			controller.abort();
			batch.cancel();
		};
		// The pairs belong to this generation: a new generation is the only reason to reload.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [generation]);
}
