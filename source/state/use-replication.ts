import {useEffect, useRef, type Dispatch, type RefObject} from 'react';
import {pairKey} from '../domain/instances.js';
import type {Action} from './actions.js';
import {createBatcher, type Batcher} from './batcher.js';
import type {ReplicationLoad, ReplicationResult, ReplicationState} from './replication-state.js';
import {useServices} from './services.js';

const FRAME_MS = 100;
/**
 * One read per (profile, region) every half second: Connect's rate (2 a second) without its burst,
 * so the burst stays for what the user asks for (opening an instance is a DescribeInstance too).
 */
const SPACING_MS = 500;
/**
 * Answers wait until no key has come for this long: the markers are decoration, and their frame
 * would otherwise hold back a key's (Ink draws at most one frame every 16 ms, and a frame of the
 * whole list takes as long as the key's own).
 */
const TYPING_PAUSE_MS = 250;

const idOf = (load: ReplicationLoad) => `${load.key}@${load.generation}`;

type Queue = {readonly waiting: ReplicationLoad[]; nextAt: number};

/**
 * Reads the replication of the instances the list asks for (DescribeInstance), each asked read once,
 * as background requests, one per region every half second. A read the state no longer asks for (the
 * list was left) is dropped, or cancelled when it was sent. Results reach the state in batches, in a
 * pause of the typing (`lastKeyAt`: when the last key came, performance.now()).
 */
export function useReplication(
	replication: ReplicationState,
	dispatch: Dispatch<Action>,
	lastKeyAt?: RefObject<number>,
): void {
	const services = useServices();
	const running = useRef(new Map<string, AbortController>());
	const queues = useRef(new Map<string, Queue>());
	const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
	const batch = useRef<Batcher<ReplicationResult>>(undefined);
	const {pending} = replication;
	useEffect(() => {
		batch.current ??= createBatcher<ReplicationResult>(
			(results) => dispatch({type: 'replication/results', results}),
			FRAME_MS,
			undefined,
			() => Math.max(0, (lastKeyAt?.current ?? Number.NEGATIVE_INFINITY) + TYPING_PAUSE_MS - performance.now()),
		);
		const deliver = batch.current;
		const wanted = new Set(pending.map((load) => idOf(load)));
		for (const [id, controller] of running.current) {
			if (wanted.has(id)) continue;
			controller.abort();
			running.current.delete(id);
		}

		for (const queue of queues.current.values()) {
			const kept = queue.waiting.filter((load) => wanted.has(idOf(load)));
			queue.waiting.splice(0, queue.waiting.length, ...kept);
		}

		for (const load of pending) {
			const id = idOf(load);
			// Never started twice, even while its answer waits in the batch (the pending list still holds it).
			if (running.current.has(id)) continue;
			const controller = new AbortController();
			running.current.set(id, controller);
			const key = pairKey(load.instance);
			const queue = queues.current.get(key) ?? {waiting: [], nextAt: 0};
			queues.current.set(key, queue);
			queue.waiting.push(load);
		}

		pump();

		function pump(): void {
			clearTimeout(timer.current);
			const now = Date.now();
			let wakeAt = Number.POSITIVE_INFINITY;
			for (const [key, queue] of queues.current) {
				if (queue.waiting.length === 0) {
					if (queue.nextAt <= now) queues.current.delete(key);
					continue;
				}

				if (queue.nextAt <= now) {
					const load = queue.waiting.shift()!;
					queue.nextAt = now + SPACING_MS;
					start(load);
				}

				if (queue.waiting.length > 0) wakeAt = Math.min(wakeAt, queue.nextAt);
			}

			if (wakeAt !== Number.POSITIVE_INFINITY) timer.current = setTimeout(pump, Math.max(0, wakeAt - Date.now()));
		}

		function start(load: ReplicationLoad): void {
			const controller = running.current.get(idOf(load));
			if (!controller || controller.signal.aborted) return;
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
	}, [pending, dispatch, services.gateway, lastKeyAt]);
	useEffect(
		() => () => {
			clearTimeout(timer.current);
			for (const controller of running.current.values()) controller.abort();
			batch.current?.cancel();
		},
		[],
	);
}
