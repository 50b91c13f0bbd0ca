// The list's replication marker: for a replicated instance, the other region, with an arrow that says
// which side of the pair this row is — `→us-west-2` (the source, replicated to us-west-2) or
// `←us-east-1` (the replica of the instance in us-east-1) — and ✗ (in the error colour) when the
// replica failed. Pure.
import {isReplicationFailure} from './format.js';
import {sanitize, truncateBefore} from './sanitize.js';
import type {Replication} from './types.js';

export type ReplicaMark = {
	readonly role: 'source' | 'replica';
	/** At most the column's width: arrow, other region(s), and ` ✗` when failed. */
	readonly text: string;
	readonly failed: boolean;
};

export const REPLICA_SOURCE = '→';
export const REPLICA_OF = '←';
export const REPLICA_FAILED = '✗';

/**
 * The marker for a row in `region` whose DescribeInstance said `replication` (undefined: not
 * replicated, or not known yet). A source is failed when one of its replicas failed; a replica when
 * its own replication failed.
 */
export function replicaMark(
	region: string,
	replication: Replication | undefined,
	width: number,
): ReplicaMark | undefined {
	if (!replication) return undefined;
	const others = replication.regions.filter((entry) => entry.region !== region);
	const source = replication.sourceRegion ?? region;
	const role = source === region ? 'source' : 'replica';
	const failed =
		role === 'source'
			? others.some((entry) => isReplicationFailure(entry.status))
			: isReplicationFailure(replication.regions.find((entry) => entry.region === region)?.status);
	const where = role === 'source' ? others.map((entry) => entry.region).join(',') : source;
	if (where === '') return undefined;
	const suffix = failed ? ` ${REPLICA_FAILED}` : '';
	const arrow = role === 'source' ? REPLICA_SOURCE : REPLICA_OF;
	const text = truncateBefore(arrow + sanitize(where), suffix, width, 1);
	return {role, text, failed};
}
