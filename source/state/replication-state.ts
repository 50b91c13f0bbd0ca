// What the list knows of each instance's replication, as plain data (see replication-reducer.ts).
import type {InstanceSummary, Replication} from '../domain/types.js';

export type ReplicationEntry = {
	/** The inventory generation the read was asked in: an older one is read again (after `R`). */
	readonly generation: number;
	readonly loading?: true;
	/** What DescribeInstance said (undefined: not replicated, or the read failed). */
	readonly value?: Replication;
};

export type ReplicationState = {
	readonly entries: ReadonlyMap<string, ReplicationEntry>;
	/**
	 * Reads asked for and not answered yet; the hook starts each once. (A list, not a request per action:
	 * several asks can come between two renders, and none may be lost.)
	 */
	readonly pending: readonly ReplicationLoad[];
	/** Whether some instance is known to be replicated (the list then shows its REPLICA column). */
	readonly any: boolean;
};

export type ReplicationLoad = {
	readonly key: string;
	readonly generation: number;
	readonly instance: InstanceSummary;
};

export const EMPTY_REPLICATION: ReplicationState = {entries: new Map(), pending: [], any: false};

export type ReplicationResult = {
	readonly key: string;
	readonly generation: number;
	readonly value?: Replication;
	/** The read failed: what was known before stays. */
	readonly failed?: true;
};
