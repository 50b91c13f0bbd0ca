// The fleet matrix's state and the bulk apply it (or the bulk tags form) asks for.
import type {BulkItem, BulkPlan, TagOperations} from '../domain/bulk-plan.js';
import type {TextField} from '../domain/text-field.js';

export type MatrixGroup = 'attributes' | 'tags' | 'storage';

/** What a bulk apply did for one instance. */
export type BulkOutcome = {
	readonly key: string;
	readonly alias: string;
	readonly status: 'done' | 'failed' | 'partial' | 'conflict' | 'not-sent' | 'check-failed';
	/** One line each: what went through, what did not, then → now for a conflict. */
	readonly lines: readonly string[];
	/** Attribute types (or tag keys) that did not go through: they stay pending. */
	readonly failed: readonly string[];
	/** Values read back after sending. */
	readonly readBack?: Readonly<Record<string, string>>;
};

/** A bulk apply under way, then its report. */
export type BulkRun = {
	readonly generation: number;
	readonly kind: 'attributes' | 'tags';
	readonly items: readonly BulkItem[];
	readonly total: number;
	readonly sent: number;
	readonly failed: number;
	/** Requests not yet made (for the time left). */
	readonly requestsLeft: number;
	readonly timeLeftMs: number;
	readonly stopping: boolean;
	readonly finished: boolean;
	readonly outcomes: readonly BulkOutcome[];
	readonly scroll: number;
};

export type BulkDialog =
	{readonly kind: 'review'; readonly plan: BulkPlan; readonly scroll: number} | {readonly kind: 'leave'};

/** A tag key (and value) being typed in the bulk tags form: `a` sets a tag, `d` removes a key. */
export type BulkTagInput = {
	readonly mode: 'set' | 'remove';
	readonly field: 'key' | 'value';
	readonly key: TextField;
	readonly value: TextField;
	/** Why Enter was refused (the whole reason, shown under the fields). */
	readonly refused?: string;
};

/** `T`: tags to set and keys to remove on many instances at once. */
export type BulkTagsForm = {
	/** The instances it applies to (instance keys), fixed when the form opened. */
	readonly keys: readonly string[];
	/** Whether they are the marked instances (else every shown one). */
	readonly marked: boolean;
	readonly operations: TagOperations;
	readonly input?: BulkTagInput;
	readonly dialog?: BulkDialog;
};

export type MatrixState = {
	readonly group: MatrixGroup;
	readonly row: number;
	readonly column: number;
	/** The first row and the first column on screen: they move only when the cursor leaves the window. */
	readonly scroll: number;
	readonly firstColumn: number;
	/** Wanted attribute values per instance key, per attribute type: the pending cells. */
	readonly pending: ReadonlyMap<string, ReadonlyMap<string, boolean>>;
	readonly dialog?: BulkDialog;
};
