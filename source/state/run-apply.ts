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
import {journalChanges, type JournalChange} from '../domain/apply-journal.js';
import {errorCode, errorMessage} from '../domain/errors.js';
import type {ConnectGateway} from '../domain/gateway.js';
import type {ApplyRequest, ApplyResult} from './form-state.js';

export type JournalEntry = JournalChange & {
	readonly time: string;
	readonly profile: string;
	readonly region: string;
	readonly instanceArn: string;
};

export type JournalWriter = {
	/** Appends one entry; false when it could not be written. */
	append(entry: JournalEntry): boolean;
};

function failure(error: unknown): AwsFailure {
	return {code: errorCode(error), message: errorMessage(error)};
}

/** The values the plan touches, as AWS holds them now (attributes: per type; tags: every tag). */
async function readCurrent(gateway: ConnectGateway, request: ApplyRequest): Promise<Record<string, string>> {
	const {target, instanceId, instanceArn, plan} = request;
	if (plan.kind === 'tags') return {...(await gateway.listTags(target, instanceArn))};
	const values: Record<string, string> = {};
	for (const change of plan.changes) {
		// eslint-disable-next-line no-await-in-loop -- one at a time, within the per-API request budget
		const attribute = await gateway.describeInstanceAttribute(target, instanceId, change.type);
		values[change.type] = attribute.value;
	}

	return values;
}

export type RunApplyOptions = {
	readonly journal?: JournalWriter;
	readonly now?: () => Date;
};

export async function runApply(
	gateway: ConnectGateway,
	request: ApplyRequest,
	options: RunApplyOptions = {},
): Promise<ApplyResult & {journalFailed?: boolean}> {
	const {target, instanceId, instanceArn, plan} = request;
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
	// Requests go one at a time, in the reviewed order, each within the per-API request budget.
	/* eslint-disable no-await-in-loop */
	for (const planned of plannedRequests(plan)) {
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
			}

			outcomes.push({request: planned});
		} catch (error) {
			outcomes.push({request: planned, error: failure(error)});
		}
	}
	/* eslint-enable no-await-in-loop */

	let readBack: ReadBack;
	try {
		readBack = await readCurrent(gateway, request);
	} catch (error) {
		readBack = {error: failure(error)};
	}

	let journalFailed = false;
	if (options.journal) {
		const time = (options.now?.() ?? new Date()).toISOString();
		const after = readBackFailure(readBack) ? undefined : snapshotOf(plan, readBack as Record<string, string>);
		for (const change of journalChanges(outcomes, before, after)) {
			const written = options.journal.append({
				time,
				profile: target.profile,
				region: target.region,
				instanceArn,
				...change,
			});
			journalFailed ||= !written;
		}
	}

	return {kind: 'done', outcomes, readBack, ...(journalFailed ? {journalFailed} : {})};
}
