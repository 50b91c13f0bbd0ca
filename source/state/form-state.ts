// The attributes, tags and approved origins forms, their dialogs, and the apply request the apply hook watches.
import type {ApplyPlan, checkOperation, Conflict, ReadBack, RequestOutcome, Snapshot} from '../domain/apply-plan.js';
import type {ApplyReport} from '../domain/apply-text.js';
import type {AttributeEdit} from '../domain/attribute-edit.js';
import type {OriginEdit} from '../domain/origins.js';
import type {TagEdit} from '../domain/tags.js';
import type {TextField} from '../domain/text-field.js';
import type {Target} from '../domain/types.js';

/** How far a dialog longer than the screen is scrolled (j/k), and how far it can be (the view says). */
type DialogScroll = {readonly scroll?: number; readonly maxScroll?: number};

export type FormDialog = DialogScroll &
	/** The review of exactly what will be sent (scope 'review'). */
	(
		| {readonly kind: 'review'}
		/** Leaving the form with pending changes (scope 'confirm'). */
		| {readonly kind: 'leave'}
		/** Someone else changed what is about to change (scope 'confirm': y applies anyway). */
		| {readonly kind: 'conflict'; readonly conflicts: readonly Conflict[]; readonly current: Snapshot}
	);

/** A tag key or value being typed (scope 'tag-input'). */
export type TagInput = {
	readonly field: 'key' | 'value';
	readonly key: TextField;
	readonly value: TextField;
	/** Why the last Enter was refused. */
	readonly refused?: string;
} & (
	| {readonly mode: 'add'}
	/** The row being edited: a key can be on two rows, one of them dropped. */
	| {readonly mode: 'edit'; readonly row: number}
);

type FormCommon = {
	readonly cursor: number;
	/**
	 * What AWS held (raw values, keyed by attribute type or tag key) when the form opened, or when the
	 * user last chose to apply over a conflict: the re-read before applying is compared with it.
	 */
	readonly expected: Snapshot;
	readonly dialog?: FormDialog;
	/** Set while the apply hook is checking, sending and reading back. */
	readonly busy?: boolean;
	/** The outcome of the last apply. */
	readonly report?: ApplyReport;
};

export type AttributesForm = FormCommon & {
	readonly kind: 'attributes';
	readonly edit: AttributeEdit;
};

export type TagsForm = FormCommon & {
	readonly kind: 'tags';
	readonly edit: TagEdit;
	readonly input?: TagInput;
};

/** An origin being typed (scope 'origin-input'). */
export type OriginInput = {
	readonly text: TextField;
	/** Why the last Enter was refused. */
	readonly refused?: string;
};

export type OriginsForm = FormCommon & {
	readonly kind: 'origins';
	readonly edit: OriginEdit;
	readonly input?: OriginInput;
};

export type Form = AttributesForm | TagsForm | OriginsForm;

/** Asks the apply hook to check, send and read back one plan; results carry the generation back. */
export type ApplyRequest = {
	readonly generation: number;
	readonly target: Target;
	readonly instanceId: string;
	readonly instanceArn: string;
	readonly plan: ApplyPlan;
	readonly expected: Snapshot;
};

export type ApplyResult =
	| {readonly kind: 'conflict'; readonly conflicts: readonly Conflict[]; readonly current: Snapshot}
	/** The re-read before sending failed: nothing was sent. */
	| {
			readonly kind: 'check-failed';
			readonly code: string;
			readonly message: string;
			readonly operation: ReturnType<typeof checkOperation>;
	  }
	| {
			readonly kind: 'done';
			readonly outcomes: readonly RequestOutcome[];
			/** Values read back after sending (touched keys only for attributes; every tag for tags). */
			readonly readBack: ReadBack;
	  };
