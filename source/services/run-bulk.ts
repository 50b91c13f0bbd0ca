// Applying a reviewed bulk plan: every instance at once, each paced by the quota scheduler. Per
// instance, as for a single edit: re-read what is about to change, stop on a conflict, send each
// request (journaled), read back. Stopping sends nothing new; requests in flight finish.
// No React: the bulk hook runs it, tests call it with an in-memory gateway.
import {parseAttributeValue} from '../domain/attributes.js';
import {callsOf, paceDuration, type BulkItem} from '../domain/bulk-plan.js';
import {errorCode, errorMessage} from '../domain/errors.js';
import type {ConnectGateway} from '../domain/gateway.js';
import type {Target} from '../domain/types.js';
import type {BulkOutcome} from '../state/matrix-state.js';
import {journaledSend} from './journaled-send.js';
import {runTagsItem, type RunBulkOptions} from './run-bulk-tags.js';

export type {RunBulkOptions} from './run-bulk-tags.js';

export type BulkCallbacks = {
	readonly onOutcome: (outcome: BulkOutcome) => void;
	readonly onProgress: (requestsLeft: number, timeLeftMs: number) => void;
};

type Failure = {readonly code: string; readonly message: string};

function failure(error: unknown): Failure {
	return {code: errorCode(error), message: errorMessage(error)};
}

const shown = (value: string | undefined) =>
	value === undefined ? 'absent' : value === 'true' ? 'on' : value === 'false' ? 'off' : value;

class Progress {
	readonly #remaining: Map<string, ReturnType<typeof callsOf>>;
	readonly #report: BulkCallbacks['onProgress'];

	constructor(items: readonly BulkItem[], report: BulkCallbacks['onProgress']) {
		this.#remaining = new Map(items.map((item) => [item.key, callsOf(item)]));
		this.#report = report;
	}

	/** One request of the item is done (or will not be made). */
	step(key: string, count = 1): void {
		this.#remaining.get(key)?.splice(0, count);
		const left = [...this.#remaining.values()].flat();
		this.#report(left.length, paceDuration(left));
	}

	finish(key: string): void {
		const left = this.#remaining.get(key)?.length ?? 0;
		if (left > 0) this.step(key, left);
	}
}

async function runAttributes(
	gateway: ConnectGateway,
	item: Extract<BulkItem, {kind: 'attributes'}>,
	options: RunBulkOptions,
	progress: Progress,
): Promise<BulkOutcome> {
	const {instance, key} = item;
	const target: Target = {profile: instance.profile, region: instance.region};
	const base = {key, alias: instance.alias};
	const stop = options.stop;
	// The re-read: what AWS holds now, for each attribute about to change.
	const current: Record<string, string> = {};
	try {
		for (const change of item.changes) {
			// eslint-disable-next-line no-await-in-loop -- one at a time: each waits for its quota
			const attribute = await gateway.describeInstanceAttribute(target, instance.id, change.type, {stopSignal: stop});
			current[change.type] = attribute.value;
			progress.step(key);
		}
	} catch (error) {
		const stopped = stop.aborted;
		return {
			...base,
			status: stopped ? 'not-sent' : 'check-failed',
			lines: [
				stopped
					? 'stopped before sending: nothing sent'
					: `could not read before sending: ${failure(error).code}: ${failure(error).message}`,
			],
			failed: item.changes.map((change) => change.type),
		};
	}

	const conflicts = item.changes.filter((change) => {
		const now = parseAttributeValue(current[change.type]);
		return now !== change.from && now !== change.to;
	});
	if (conflicts.length > 0) {
		return {
			...base,
			status: 'conflict',
			lines: conflicts.map(
				(change) =>
					`${change.type} changed since it was read: ${shown(String(change.from))} → ${shown(current[change.type])}; nothing sent`,
			),
			failed: item.changes.map((change) => change.type),
			readBack: current,
		};
	}

	const lines: string[] = [];
	const failed: string[] = [];
	const sent: Array<{type: string; id: string}> = [];
	/* eslint-disable no-await-in-loop -- an instance's requests go one at a time, in the reviewed order */
	for (const change of item.changes) {
		const value = change.to ? 'true' : 'false';
		if (current[change.type] === value) {
			lines.push(`${change.type} already ${shown(value)}: not sent`);
			progress.step(key, 2);
			continue;
		}

		const result = await journaledSend(
			options.journal,
			{
				profile: target.profile,
				region: target.region,
				instanceArn: instance.arn,
				operation: 'UpdateInstanceAttribute',
				parameters: {InstanceId: instance.id, AttributeType: change.type, Value: value},
				before: {[change.type]: current[change.type] ?? null},
			},
			stop,
			async () => gateway.updateInstanceAttribute(target, instance.id, change.type, value, {stopSignal: stop}),
		);
		progress.step(key);
		switch (result.kind) {
			case 'ok':
				sent.push({type: change.type, id: result.id});
				lines.push(`${change.type} ${shown(current[change.type])} → ${shown(value)}`);
				break;
			case 'failed':
				failed.push(change.type);
				lines.push(`${change.type} failed: ${result.code}: ${result.message}`);
				break;
			case 'not-sent':
				failed.push(change.type);
				lines.push(`${change.type}: not sent (stopped)`);
				break;
			case 'unjournaled':
				failed.push(change.type);
				lines.push(`${change.type}: not sent: ${result.message}`);
				break;
		}
	}

	// The read-back of what was sent (never stopped: the report says what AWS now holds).
	const readBack: Record<string, string> = {...current};
	for (const {type, id} of sent) {
		try {
			readBack[type] = (await gateway.describeInstanceAttribute(target, instance.id, type)).value;
			options.journal.readBack(id, {after: {[type]: readBack[type] ?? null}});
			progress.step(key);
		} catch (error) {
			options.journal.readBack(id, {error: failure(error)});
			lines.push(`could not read ${type} back: ${failure(error).code}`);
		}
	}
	/* eslint-enable no-await-in-loop */

	for (const {type} of sent) {
		const wanted = item.changes.find((change) => change.type === type)?.to ? 'true' : 'false';
		if (readBack[type] !== undefined && readBack[type] !== wanted) {
			lines.push(`${type} reads back ${shown(readBack[type])}, not ${shown(wanted)}`);
			failed.push(type);
		}
	}

	progress.finish(key);
	const status = failed.length === 0 ? 'done' : sent.length === 0 ? (stop.aborted ? 'not-sent' : 'failed') : 'partial';
	return {...base, status, lines, failed, readBack};
}

/** Runs every item; outcomes arrive as each instance finishes. Resolves when all have. */
export async function runBulk(
	gateway: ConnectGateway,
	items: readonly BulkItem[],
	callbacks: BulkCallbacks,
	options: RunBulkOptions,
): Promise<void> {
	const progress = new Progress(items, callbacks.onProgress);
	await Promise.all(
		items.map(async (item) => {
			const outcome =
				item.kind === 'attributes'
					? await runAttributes(gateway, item, options, progress)
					: await runTagsItem(
							gateway,
							item,
							options,
							() => progress.step(item.key),
							() => progress.finish(item.key),
						);
			callbacks.onOutcome(outcome);
		}),
	);
}
