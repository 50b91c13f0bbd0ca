import {useEffect, useRef, type Dispatch} from 'react';
import type {Action} from './actions.js';
import {createBatcher, type Batcher} from './batcher.js';
import type {ReplicationLoad, ReplicationResult, ReplicationState} from './replication-state.js';
import {useServices} from './services.js';

const FRAME_MS = 100;

const idOf = (load: ReplicationLoad) => `${load.key}@${load.generation}`;

/**
 * Reads the replication of the instances the list asks for (DescribeInstance), each asked read once,
 * as background requests: the quota scheduler puts every interactive request first. A read the state
 * no longer asks for (the list was left) is cancelled. Results reach the state in batches, a few times
 * a second.
 */
export function useReplication(replication: ReplicationState, dispatch: Dispatch<Action>): void {
	const services = useServices();
	const running = useRef(new Map<string, AbortController>());
	const batch = useRef<Batcher<ReplicationResult>>(undefined);
	const {pending} = replication;
	useEffect(() => {
		batch.current ??= createBatcher<ReplicationResult>(
			(results) => dispatch({type: 'replication/results', results}),
			FRAME_MS,
		);
		const deliver = batch.current;
		const wanted = new Set(pending.map((load) => idOf(load)));
		for (const [id, controller] of running.current) {
			if (wanted.has(id)) continue;
			controller.abort();
			running.current.delete(id);
		}

		for (const load of pending) {
			const id = idOf(load);
			// Never started twice, even while its answer waits in the batch (the pending list still holds it).
			if (running.current.has(id)) continue;
			const controller = new AbortController();
			running.current.set(id, controller);
			void read(load, controller.signal).then((result) => {
				if (!controller.signal.aborted) deliver.push(result);
			});
		}

		async function read({key, generation, instance}: ReplicationLoad, signal: AbortSignal): Promise<ReplicationResult> {
			try {
				const gateway = await services.gateway;
				const target = {profile: instance.profile, region: instance.region};
				const detail = await gateway.describeInstance(target, instance.id, {signal, priority: 'background'});
				return {key, generation, value: detail.replication};
			} catch {
				// The list shows no marker then; the detail view says why when the instance is opened.
				return {key, generation, failed: true};
			}
		}
	}, [pending, dispatch, services.gateway]);
	useEffect(
		() => () => {
			for (const controller of running.current.values()) controller.abort();
			batch.current?.cancel();
		},
		[],
	);
}
