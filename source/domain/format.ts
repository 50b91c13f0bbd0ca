// Turning raw values into short display text. Outputs that include AWS strings are sanitised.
import {sanitize} from './sanitize.js';

/** Shown where a value is missing. */
export const MISSING = '—';

function toDate(value: string | Date | undefined): Date | undefined {
	if (value === undefined || value === '') return undefined;
	const date = value instanceof Date ? value : new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

function fallback(value: string | Date | undefined): string {
	return typeof value === 'string' && value !== '' ? sanitize(value) : MISSING;
}

/** `2024-03-05` (UTC). Missing → —; unparsable → the raw text, sanitised. */
export function formatDate(iso: string | Date | undefined): string {
	const date = toDate(iso);
	return date === undefined ? fallback(iso) : date.toISOString().slice(0, 10);
}

/** `2024-03-05 14:07 UTC`. Missing → —; unparsable → the raw text, sanitised. */
export function formatDateTime(iso: string | Date | undefined): string {
	const date = toDate(iso);
	if (date === undefined) return fallback(iso);
	const text = date.toISOString();
	return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}

/** on / off, — when unknown. */
export function formatBool(value: boolean | undefined): string {
	if (value === undefined) return MISSING;
	return value ? 'on' : 'off';
}

const STATUS_TEXT: Readonly<Record<string, string>> = {
	ACTIVE: 'active',
	CREATION_IN_PROGRESS: 'creating',
	CREATION_FAILED: 'failed',
};

/** Lower-case words with spaces for underscores (`ACTIVE` → active, `CREATION_IN_PROGRESS` → creating). */
function humanizeEnum(value: string): string {
	return sanitize(value.toLowerCase().replaceAll('_', ' '));
}

/**
 * The instance status as every screen shows it (the list, the detail view, the filter's status words):
 * ACTIVE → active, CREATION_IN_PROGRESS → creating, CREATION_FAILED → failed.
 */
export function formatStatus(status: string | undefined): string {
	if (status === undefined || status === '') return MISSING;
	return STATUS_TEXT[status] ?? humanizeEnum(status);
}

const REPLICATION_TEXT: Readonly<Record<string, string>> = {
	INSTANCE_REPLICATION_COMPLETE: 'replicated',
	INSTANCE_REPLICATION_IN_PROGRESS: 'replicating',
	INSTANCE_REPLICATION_FAILED: 'replication failed',
	INSTANCE_REPLICA_DELETING: 'deleting replica',
	INSTANCE_REPLICATION_DELETION_FAILED: 'replica deletion failed',
	RESOURCE_REPLICATION_NOT_STARTED: 'resource replication not started',
};

/** ReplicationStatusSummary.ReplicationStatus in words; undefined → "not replicated". */
export function humanizeReplicationStatus(status: string | undefined): string {
	if (status === undefined || status === '') return 'not replicated';
	return REPLICATION_TEXT[status] ?? humanizeEnum(status);
}

/** Whether a replication status is a failure (for colouring). */
export function isReplicationFailure(status: string | undefined): boolean {
	return status === 'INSTANCE_REPLICATION_FAILED' || status === 'INSTANCE_REPLICATION_DELETION_FAILED';
}

/**
 * How long ago, for stale-data marks: "just now" (< 10 s or in the future), "42 s ago", "3 min ago",
 * "5 h ago", "2 d ago". Unparsable → —.
 */
export function relativeAge(iso: string | Date | number, now: Date | number = Date.now()): string {
	const then = typeof iso === 'number' ? iso : toDate(iso)?.getTime();
	if (then === undefined || Number.isNaN(then)) return MISSING;
	const seconds = Math.floor(((typeof now === 'number' ? now : now.getTime()) - then) / 1000);
	if (seconds < 10) return 'just now';
	if (seconds < 60) return `${seconds} s ago`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes} min ago`;
	const hours = Math.floor(minutes / 60);
	if (hours < 48) return `${hours} h ago`;
	return `${Math.floor(hours / 24)} d ago`;
}
