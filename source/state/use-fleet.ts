import {useEffect, useRef, type Dispatch} from 'react';
import {errorCode, errorMessage} from '../domain/errors.js';
import type {Action} from './actions.js';
import {createBatcher} from './batcher.js';
import {STORAGE_COLUMNS} from '../domain/matrix-layout.js';
import {storageEncryption, type StorageResourceType} from '../domain/settings.js';
import type {FleetLoad, FleetLoadResult, FleetResult, FleetState} from './fleet-reducer.js';
import {useServices} from './services.js';

const FRAME_MS = 100;

type Result = FleetLoadResult;

const failed = (error: unknown): FleetResult => ({kind: 'error', code: errorCode(error), message: errorMessage(error)});

/**
 * Reads the attributes, tags or storage the fleet state asks for (each generation's items once), all
 * at once: the quota scheduler paces them per key, as background requests behind the interactive
 * ones. Storage takes one request per type: they are asked for a column at a time (every instance's
 * call recordings first), so the first columns fill first. Results reach the state in batches, a few
 * times a second.
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
				return {key, aspect, at: Date.now(), result: failed(error)};
			}
		};

		const loadStorage = async (item: FleetLoad, type: string): Promise<Result> => {
			const gateway = await services.gateway;
			const {instance, key} = item;
			const target = {profile: instance.profile, region: instance.region};
			const part = {name: type, of: STORAGE_COLUMNS.length};
			try {
				const configs = await gateway.listStorageConfigs(target, instance.id, type as StorageResourceType, {
					signal,
					priority: 'background',
				});
				return {
					key,
					aspect: 'storage',
					at: Date.now(),
					part,
					result: {kind: 'ok', value: {[type]: storageEncryption(configs)}},
				};
			} catch (error) {
				return {key, aspect: 'storage', at: Date.now(), part, result: failed(error)};
			}
		};

		const storage = items.filter((item) => item.aspect === 'storage');
		const loads = [
			...items.filter((item) => item.aspect !== 'storage').map(async (item) => load(item)),
			...STORAGE_COLUMNS.flatMap((type) => storage.map(async (item) => loadStorage(item, type))),
		];
		void Promise.all(
			loads.map(async (loading) => {
				const result = await loading;
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
