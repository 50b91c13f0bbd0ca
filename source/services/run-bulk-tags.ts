// One instance of a bulk tags apply: re-read its tags, stop on a conflict, then one TagResource with
// only the keys to set and one UntagResource with only the keys to remove, journaled; read back.
import type {BulkItem} from '../domain/bulk-plan.js';
import {errorCode, errorMessage} from '../domain/errors.js';
import type {ConnectGateway} from '../domain/gateway.js';
import {sanitizeLine} from '../domain/sanitize.js';
import type {Tags, Target} from '../domain/types.js';
import type {BulkOutcome} from '../state/matrix-state.js';
import type {Journal} from './journal.js';
import {journaledSend} from './journaled-send.js';

export type RunBulkOptions = {
	/** Every request is written here before it is sent. */
	readonly journal: Journal;
	/** Aborted by Esc: nothing new is sent. */
	readonly stop: AbortSignal;
};

const quote = (value: string | undefined) => (value === undefined ? 'absent' : JSON.stringify(sanitizeLine(value)));

export async function runTagsItem(
	gateway: ConnectGateway,
	item: Extract<BulkItem, {kind: 'tags'}>,
	options: RunBulkOptions,
	step: () => void,
	finish: () => void,
): Promise<BulkOutcome> {
	const {instance, key, change} = item;
	const target: Target = {profile: instance.profile, region: instance.region};
	const base = {key, alias: instance.alias};
	const touched = [...Object.keys(change.set), ...change.remove];
	const stop = options.stop;
	let current: Tags;
	try {
		current = await gateway.listTags(target, instance.arn, {stopSignal: stop});
		step();
	} catch (error) {
		finish();
		return {
			...base,
			status: stop.aborted ? 'not-sent' : 'check-failed',
			lines: [
				stop.aborted
					? 'stopped before sending: nothing sent'
					: `could not read the tags: ${errorCode(error)}: ${errorMessage(error)}`,
			],
			failed: touched,
		};
	}

	const conflicts = touched.filter((tagKey) => current[tagKey] !== change.before[tagKey]);
	if (conflicts.length > 0) {
		finish();
		return {
			...base,
			status: 'conflict',
			lines: conflicts.map(
				(tagKey) =>
					`${sanitizeLine(tagKey)} changed since it was read: ${quote(change.before[tagKey])} → ${quote(current[tagKey])}; nothing sent`,
			),
			failed: touched,
			readBack: {...current},
		};
	}

	const lines: string[] = [];
	const failed: string[] = [];
	let sent = 0;
	const requests: Array<{operation: 'TagResource' | 'UntagResource'; keys: string[]}> = [];
	if (Object.keys(change.set).length > 0) requests.push({operation: 'TagResource', keys: Object.keys(change.set)});
	if (change.remove.length > 0) requests.push({operation: 'UntagResource', keys: [...change.remove]});
	const journaled: Array<{id: string; keys: string[]}> = [];
	for (const request of requests) {
		const before = Object.fromEntries(request.keys.map((k) => [k, current[k] ?? null]));
		const tags = Object.fromEntries(request.keys.map((k) => [k, change.set[k]!]));
		// eslint-disable-next-line no-await-in-loop -- set, then remove, as reviewed
		const result = await journaledSend(
			options.journal,
			{
				...target,
				instanceArn: instance.arn,
				operation: request.operation,
				parameters:
					request.operation === 'TagResource'
						? {resourceArn: instance.arn, tags}
						: {resourceArn: instance.arn, tagKeys: request.keys},
				before,
			},
			stop,
			async () =>
				request.operation === 'TagResource'
					? gateway.tagResource(target, instance.arn, tags, {stopSignal: stop})
					: gateway.untagResource(target, instance.arn, request.keys, {stopSignal: stop}),
		);
		step();
		const names = request.keys.map((k) => sanitizeLine(k)).join(', ');
		switch (result.kind) {
			case 'ok':
				sent++;
				journaled.push({id: result.id, keys: request.keys});
				for (const k of request.keys) {
					lines.push(
						request.operation === 'TagResource'
							? `${sanitizeLine(k)} ${quote(current[k])} → ${quote(change.set[k])}`
							: `${sanitizeLine(k)} removed`,
					);
				}

				break;
			case 'failed':
				failed.push(...request.keys);
				lines.push(`${request.operation} ${names} failed: ${result.code}: ${result.message}`);
				break;
			case 'not-sent':
				failed.push(...request.keys);
				lines.push(`${request.operation} ${names}: not sent (stopped)`);
				break;
			case 'unjournaled':
				failed.push(...request.keys);
				lines.push(`${request.operation} ${names}: not sent: ${result.message}`);
				break;
		}
	}

	let readBack: Tags | undefined;
	if (sent > 0) {
		try {
			readBack = await gateway.listTags(target, instance.arn);
			for (const {id, keys} of journaled) {
				options.journal.readBack(id, {after: Object.fromEntries(keys.map((k) => [k, readBack?.[k] ?? null]))});
			}
		} catch (error) {
			for (const {id} of journaled) {
				options.journal.readBack(id, {error: {code: errorCode(error), message: errorMessage(error)}});
			}

			lines.push(`could not read the tags back: ${errorCode(error)}`);
		}
	}

	finish();
	const status = failed.length === 0 ? 'done' : sent === 0 ? (stop.aborted ? 'not-sent' : 'failed') : 'partial';
	return {...base, status, lines, failed, ...(readBack ? {readBack: {...readBack}} : {})};
}
