// Bulk changes planned from the matrix (wanted attribute values) or the bulk tags form (tags to set
// and keys to remove): per instance exactly what will be sent, the instances left out (they already
// hold the wanted values, changes are off for their profile, or their values are not known yet), the
// number of requests and how long Amazon Connect's quota makes them take. Pure.
import {parseAttributeValue} from './attributes.js';
import {instanceKey} from './instances.js';
import {countBy, quotaDuration, quotaKeyOf} from './scheduler.js';
import {MAX_TAGS} from './tags.js';
import type {InstanceSummary, Tags, Target} from './types.js';

export type AttributeChange = {readonly type: string; readonly from: boolean | undefined; readonly to: boolean};

export type TagChange = {
	/** Keys to add or change, with the new value. */
	readonly set: Readonly<Record<string, string>>;
	/** Keys to remove (present now). */
	readonly remove: readonly string[];
	/** The values the touched keys have now (undefined: absent). */
	readonly before: Readonly<Record<string, string | undefined>>;
};

export type BulkItem = {
	readonly key: string;
	readonly instance: InstanceSummary;
} & (
	| {readonly kind: 'attributes'; readonly changes: readonly AttributeChange[]}
	| {readonly kind: 'tags'; readonly change: TagChange}
);

export type LeftOutReason = 'holds' | 'read-only' | 'not-loaded' | 'too-many-tags';

export type LeftOut = {readonly key: string; readonly instance: InstanceSummary; readonly reason: LeftOutReason};

/** One request the plan will make (reads included: each change is read before and after sending). */
export type PlannedCall = {readonly target: Target & {readonly accountId?: string}; readonly api: string};

export type BulkPlan = {
	readonly items: readonly BulkItem[];
	readonly leftOut: readonly LeftOut[];
	/** Requests that change AWS. */
	readonly writes: number;
	/** Every request: the re-reads before and the read-backs after included. */
	readonly requests: number;
	/** How long the quota makes them take, from rested quotas (ms). */
	readonly durationMs: number;
};

/** The requests one item makes, in the order it makes them. */
export function callsOf(item: BulkItem): PlannedCall[] {
	const {profile, region, accountId} = item.instance;
	const target = {profile, region, ...(accountId ? {accountId} : {})};
	if (item.kind === 'attributes') {
		return item.changes.flatMap(() => [
			{target, api: 'DescribeInstanceAttribute'},
			{target, api: 'UpdateInstanceAttribute'},
			{target, api: 'DescribeInstanceAttribute'},
		]);
	}

	const calls: PlannedCall[] = [{target, api: 'ListTagsForResource'}];
	if (Object.keys(item.change.set).length > 0) calls.push({target, api: 'TagResource'});
	if (item.change.remove.length > 0) calls.push({target, api: 'UntagResource'});
	calls.push({target, api: 'ListTagsForResource'});
	return calls;
}

const WRITE_APIS = new Set(['UpdateInstanceAttribute', 'TagResource', 'UntagResource']);

function finish(items: BulkItem[], leftOut: LeftOut[]): BulkPlan {
	const calls = items.flatMap((item) => callsOf(item));
	return {
		items,
		leftOut,
		writes: calls.filter((call) => WRITE_APIS.has(call.api)).length,
		requests: calls.length,
		durationMs: quotaDuration(countBy(calls, (call) => quotaKeyOf(call.target, call.api))),
	};
}

export type PlanContext = {
	/** Whether changes are off for the instance's profile (read-only mode or a read-only profile). */
	readonly readOnly: (instance: InstanceSummary) => boolean;
};

/**
 * Wanted attribute values (per instance key, per type) against the known values: changes per
 * instance, in the order the instances are shown.
 */
export function planAttributes(
	instances: readonly InstanceSummary[],
	wanted: ReadonlyMap<string, ReadonlyMap<string, boolean>>,
	known: (key: string) => Readonly<Record<string, string>> | undefined,
	context: PlanContext,
): BulkPlan {
	const items: BulkItem[] = [];
	const leftOut: LeftOut[] = [];
	for (const instance of instances) {
		const key = instanceKey(instance);
		const wants = wanted.get(key);
		if (!wants || wants.size === 0) continue;
		const values = known(key);
		if (context.readOnly(instance)) {
			leftOut.push({key, instance, reason: 'read-only'});
			continue;
		}

		if (!values) {
			leftOut.push({key, instance, reason: 'not-loaded'});
			continue;
		}

		const changes: AttributeChange[] = [];
		for (const [type, to] of wants) {
			const from = parseAttributeValue(values[type]);
			if (from !== to) changes.push({type, from, to});
		}

		if (changes.length === 0) leftOut.push({key, instance, reason: 'holds'});
		else items.push({key, instance, kind: 'attributes', changes});
	}

	return finish(items, leftOut);
}

export type TagOperations = {
	readonly set: Readonly<Record<string, string>>;
	readonly remove: readonly string[];
};

/** Tags to set and keys to remove, for each instance, against its known tags. */
export function planTags(
	instances: readonly InstanceSummary[],
	operations: TagOperations,
	known: (key: string) => Tags | undefined,
	context: PlanContext,
): BulkPlan {
	const items: BulkItem[] = [];
	const leftOut: LeftOut[] = [];
	for (const instance of instances) {
		const key = instanceKey(instance);
		const tags = known(key);
		if (context.readOnly(instance)) {
			leftOut.push({key, instance, reason: 'read-only'});
			continue;
		}

		if (!tags) {
			leftOut.push({key, instance, reason: 'not-loaded'});
			continue;
		}

		const set: Record<string, string> = {};
		const before: Record<string, string | undefined> = {};
		for (const [tagKey, value] of Object.entries(operations.set)) {
			if (tags[tagKey] === value) continue;
			set[tagKey] = value;
			before[tagKey] = tags[tagKey];
		}

		const remove = operations.remove.filter((tagKey) => Object.hasOwn(tags, tagKey));
		for (const tagKey of remove) before[tagKey] = tags[tagKey];
		const count = Object.keys(tags).length + Object.keys(set).filter((tagKey) => !Object.hasOwn(tags, tagKey)).length;
		if (Object.keys(set).length === 0 && remove.length === 0) leftOut.push({key, instance, reason: 'holds'});
		else if (count - remove.length > MAX_TAGS) leftOut.push({key, instance, reason: 'too-many-tags'});
		else items.push({key, instance, kind: 'tags', change: {set, remove, before}});
	}

	return finish(items, leftOut);
}

/** How long `remaining` requests take at the quota's pace once the bursts are spent (ms). */
export function paceDuration(remaining: readonly PlannedCall[], ratePerSecond = 2): number {
	const counts = countBy(remaining, (call) => quotaKeyOf(call.target, call.api));
	return Math.ceil((Math.max(0, ...counts.values()) * 1000) / ratePerSecond);
}
