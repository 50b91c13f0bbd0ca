// One instance of a bulk tags apply: re-read its tags, stop on a conflict, then one TagResource with
// only the keys to set and one UntagResource with only the keys to remove, journaled; read back.
import type {BulkItem} from '../domain/bulk-plan.js';
import {errorCode, errorMessage} from '../domain/errors.js';
import type {ConnectGateway} from '../domain/gateway.js';
import {sanitizeLine} from '../domain/sanitize.js';
import type {Tags, Target} from '../domain/types.js';
import type {BulkOutcome} from './matrix-state.js';
import type {JournalWriter} from './run-apply.js';

export type RunBulkOptions = {
	readonly journal?: JournalWriter;
	/** Aborted by Esc: nothing new is sent. */
	readonly stop: AbortSignal;
	readonly now?: () => Date;
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
	for (const request of requests) {
		if (stop.aborted) {
			lines.push(`${request.operation} ${request.keys.map((k) => sanitizeLine(k)).join(', ')}: not sent (stopped)`);
			failed.push(...request.keys);
			continue;
		}

		const time = (options.now?.() ?? new Date()).toISOString();
		const before = Object.fromEntries(request.keys.map((k) => [k, current[k] ?? null]));
		const after = Object.fromEntries(
			request.keys.map((k) => [k, request.operation === 'TagResource' ? change.set[k]! : null]),
		);
		try {
			if (request.operation === 'TagResource') {
				const tags = Object.fromEntries(request.keys.map((k) => [k, change.set[k]!]));
				// eslint-disable-next-line no-await-in-loop -- set, then remove, as reviewed
				await gateway.tagResource(target, instance.arn, tags, {stopSignal: stop});
			} else {
				// eslint-disable-next-line no-await-in-loop
				await gateway.untagResource(target, instance.arn, request.keys, {stopSignal: stop});
			}

			step();
			sent++;
			options.journal?.append({
				time,
				...target,
				instanceArn: instance.arn,
				operation: request.operation,
				before,
				after,
				outcome: 'ok',
			});
			for (const k of request.keys) {
				lines.push(
					request.operation === 'TagResource'
						? `${sanitizeLine(k)} ${quote(current[k])} → ${quote(change.set[k])}`
						: `${sanitizeLine(k)} removed`,
				);
			}
		} catch (error) {
			step();
			if (stop.aborted && errorCode(error) === 'AbortError') {
				lines.push(`${request.operation}: not sent (stopped)`);
			} else {
				const outcome = {code: errorCode(error), message: errorMessage(error)};
				options.journal?.append({
					time,
					...target,
					instanceArn: instance.arn,
					operation: request.operation,
					before,
					after: before,
					outcome,
				});
				lines.push(`${request.operation} failed: ${outcome.code}: ${outcome.message}`);
			}

			failed.push(...request.keys);
		}
	}

	let readBack: Tags | undefined;
	if (sent > 0) {
		try {
			readBack = await gateway.listTags(target, instance.arn);
		} catch (error) {
			lines.push(`could not read the tags back: ${errorCode(error)}`);
		}
	}

	finish();
	const status = failed.length === 0 ? 'done' : sent === 0 ? (stop.aborted ? 'not-sent' : 'failed') : 'partial';
	return {...base, status, lines, failed, ...(readBack ? {readBack: {...readBack}} : {})};
}
