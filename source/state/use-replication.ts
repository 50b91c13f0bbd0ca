import {useEffect, useRef, type Dispatch} from 'react';
import type {Action} from './actions.js';
import {createBatcher, type Batcher} from './batcher.js';
import type {ReplicationLoad, ReplicationResult, ReplicationState} from './replication-state.js';
import {useServices} from './services.js';

const FRAME_MS = 100;

/**
 * Reads the replication of the instances the list asks for (DescribeInstance), each asked read once,
 * as background requests: the quota scheduler puts every interactive request first. Results reach
 * the state in batches, a few times a second.
 */
export function useReplication(replication: ReplicationState, dispatch: Dispatch<Action>): void {
	const services = useServices();
	const controller = useRef<AbortController>(undefined);
	const started = useRef(new Set<string>());
	const batch = useRef<Batcher<ReplicationResult>>(undefined);
	const {pending} = replication;
	useEffect(() => {
		controller.current ??= new AbortController();
		const {signal} = controller.current;
		batch.current ??= createBatcher<ReplicationResult>(
			(results) => dispatch({type: 'replication/results', results}),
			FRAME_MS,
		);
		const deliver = batch.current;
		const load = async ({key, generation, instance}: ReplicationLoad): Promise<ReplicationResult> => {
			try {
				const gateway = await services.gateway;
				const target = {profile: instance.profile, region: instance.region};
				const detail = await gateway.describeInstance(target, instance.id, {signal, priority: 'background'});
				return {key, generation, value: detail.replication};
			} catch {
				// The list shows no marker then; the detail view says why when the instance is opened.
				return {key, generation, failed: true};
			}
		};

		for (const item of pending) {
			const id = `${item.key}@${item.generation}`;
			if (started.current.has(id)) continue;
			started.current.add(id);
			// Never started twice, even while its answer waits in the batch (the pending list still holds it).
			void load(item).then((result) => {
				if (!signal.aborted) deliver.push(result);
			});
		}
	}, [pending, dispatch, services.gateway]);
	useEffect(
		() => () => {
			controller.current?.abort();
			batch.current?.cancel();
		},
		[],
	);
}
