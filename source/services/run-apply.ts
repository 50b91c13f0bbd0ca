// Applying one reviewed plan: re-read, stop on a conflict, send each request in order, read back, journal.
// No React: the apply hook runs it, tests call it with an in-memory gateway.
import {
	checkOperation,
	findConflicts,
	plannedRequests,
	readBackFailure,
	snapshotOf,
	type AwsFailure,
	type ReadBack,
	type RequestOutcome,
} from '../domain/apply-plan.js';
import {AwsError, errorCode, errorMessage} from '../domain/errors.js';
import type {ConnectGateway} from '../domain/gateway.js';
import {originSnapshot} from '../domain/origins.js';
import {pickValues, requestKeys, requestParameters} from '../domain/apply-journal.js';
import type {ApplyRequest, ApplyResult} from '../state/form-state.js';
import {JournalError, type Journal} from './journal.js';

function failure(error: unknown): AwsFailure & {requestId?: string} {
	const requestId = error instanceof AwsError ? error.requestId : undefined;
	return {code: errorCode(error), message: errorMessage(error), ...(requestId ? {requestId} : {})};
}

/** The values the plan touches, as AWS holds them now (attributes: per type; tags: every tag). */
async function readCurrent(gateway: ConnectGateway, request: ApplyRequest): Promise<Record<string, string>> {
	const {target, instanceId, instanceArn, plan} = request;
	if (plan.kind === 'tags') return {...(await gateway.listTags(target, instanceArn))};
	if (plan.kind === 'origins') return originSnapshot(await gateway.listApprovedOrigins(target, instanceId));
	const values: Record<string, string> = {};
	for (const change of plan.changes) {
		// eslint-disable-next-line no-await-in-loop -- one at a time, within the per-API request budget
		const attribute = await gateway.describeInstanceAttribute(target, instanceId, change.type);
		values[change.type] = attribute.value;
	}

	return values;
}

export type RunApplyOptions = {
	/** Every request is written here before it is sent; when it cannot be, nothing more is sent. */
	readonly journal: Journal;
};

/**
 * Re-reads, stops on a conflict, then for each planned request in order: journal the intent (not
 * writable: this and every later request are not sent), send, journal the answer; then read back
 * and journal what AWS holds. `journalFailed`: an answer or read-back could not be journaled.
 */
export async function runApply(
	gateway: ConnectGateway,
	request: ApplyRequest,
	options: RunApplyOptions,
): Promise<ApplyResult & {journalFailed?: boolean}> {
	const {target, instanceId, instanceArn, plan} = request;
	const {journal} = options;
	let current: Record<string, string>;
	try {
		current = await readCurrent(gateway, request);
	} catch (error) {
		return {kind: 'check-failed', operation: checkOperation(plan), ...failure(error)};
	}

	const before = snapshotOf(plan, current);
	const conflicts = findConflicts(plan, request.expected, before);
	if (conflicts.length > 0) return {kind: 'conflict', conflicts, current: before};

	const outcomes: RequestOutcome[] = [];
	const sent: Array<{id: string; keys: string[]}> = [];
	let journalFailed = false;
	let unjournaled: string | undefined;
	// Requests go one at a time, in the reviewed order, each within the per-API request budget.
	/* eslint-disable no-await-in-loop -- one request at a time, in the reviewed order */
	for (const planned of plannedRequests(plan)) {
		if (unjournaled !== undefined) {
			outcomes.push({request: planned, error: {code: 'JournalError', message: `not sent: ${unjournaled}`}});
			continue;
		}

		const keys = requestKeys(planned);
		let id: string;
		try {
			id = journal.intent({
				profile: target.profile,
				region: target.region,
				instanceArn,
				operation: planned.operation,
				parameters: requestParameters(planned, instanceId, instanceArn),
				before: pickValues(before, keys),
			});
		} catch (error) {
			unjournaled = error instanceof JournalError ? error.message : errorMessage(error);
			outcomes.push({request: planned, error: {code: 'JournalError', message: `not sent: ${unjournaled}`}});
			continue;
		}

		try {
			switch (planned.operation) {
				case 'UpdateInstanceAttribute':
					await gateway.updateInstanceAttribute(target, instanceId, planned.attributeType, planned.value);
					break;
				case 'TagResource':
					await gateway.tagResource(target, instanceArn, planned.tags);
					break;
				case 'UntagResource':
					await gateway.untagResource(target, instanceArn, planned.tagKeys);
					break;
				case 'AssociateApprovedOrigin':
					await gateway.associateApprovedOrigin(target, instanceId, planned.origin);
					break;
				case 'DisassociateApprovedOrigin':
					await gateway.disassociateApprovedOrigin(target, instanceId, planned.origin);
					break;
			}

			outcomes.push({request: planned});
			sent.push({id, keys});
			journalFailed = !journal.outcome(id, {ok: true}) || journalFailed;
		} catch (error) {
			const {requestId, ...awsFailure} = failure(error);
			outcomes.push({request: planned, error: awsFailure});
			journalFailed =
				!journal.outcome(id, {ok: false, ...awsFailure, ...(requestId ? {requestId} : {})}) || journalFailed;
		}
	}
	/* eslint-enable no-await-in-loop */

	let readBack: ReadBack;
	try {
		readBack = await readCurrent(gateway, request);
	} catch (error) {
		const {code, message} = failure(error);
		readBack = {error: {code, message}};
	}

	const readError = readBackFailure(readBack);
	const after = readError ? undefined : snapshotOf(plan, readBack as Record<string, string>);
	for (const {id, keys} of sent) {
		const written = journal.readBack(id, readError ? {error: readError} : {after: pickValues(after ?? {}, keys)});
		journalFailed = !written || journalFailed;
	}

	return {kind: 'done', outcomes, readBack, ...(journalFailed ? {journalFailed} : {})};
}
