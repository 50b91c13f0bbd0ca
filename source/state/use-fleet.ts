import {useEffect, useRef, type Dispatch} from 'react';
import {errorCode, errorMessage} from '../domain/errors.js';
import type {Action} from './actions.js';
import {createBatcher} from './batcher.js';
import type {FleetLoad, FleetState} from './fleet-reducer.js';
import {useServices} from './services.js';

const FRAME_MS = 100;

type Result = Extract<Action, {type: 'fleet/results'}>['results'][number];

/**
 * Reads the attributes or tags the fleet state asks for (each generation's items once), all at
 * once: the quota scheduler paces them per key, as background requests behind the interactive ones.
 * Results reach the state in batches, a few times a second.
 */
export function useFleet(fleet: FleetState, dispatch: Dispatch<Action>): void {
	const services = useServices();
	const controller = useRef<AbortController>(undefined);
	const generation = fleet.request?.generation;
	useEffect(() => {
		controller.current ??= new AbortController();
		const {signal} = controller.current;
		const items = fleet.request?.items ?? [];
		if (items.length === 0) return;
		const batch = createBatcher<Result>((results) => dispatch({type: 'fleet/results', results}), FRAME_MS);
		const load = async (item: FleetLoad): Promise<Result> => {
			const gateway = await services.gateway;
			const {instance, aspect, key} = item;
			const target = {profile: instance.profile, region: instance.region};
			try {
				const value =
					aspect === 'attributes'
						? Object.fromEntries(
								(await gateway.listInstanceAttributes(target, instance.id, {signal, priority: 'background'})).map(
									(attribute) => [attribute.type, attribute.value],
								),
							)
						: {...(await gateway.listTags(target, instance.arn, {signal, priority: 'background'}))};
				return {key, aspect, at: Date.now(), result: {kind: 'ok', value}};
			} catch (error) {
				return {
					key,
					aspect,
					at: Date.now(),
					result: {kind: 'error', code: errorCode(error), message: errorMessage(error)},
				};
			}
		};

		void Promise.all(
			items.map(async (item) => {
				const result = await load(item);
				if (!signal.aborted) batch.push(result);
			}),
		).then(() => {
			if (!signal.aborted) batch.flush();
		});
		// Loads of a generation keep going when the next is asked for; they stop when the app ends.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [generation]);
	useEffect(() => () => controller.current?.abort(), []);
}
