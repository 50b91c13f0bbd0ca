// Tag rules (the API's own) and the tags form's edit model: pure functions, no UI.
import {sanitizeLine} from './sanitize.js';
import type {Tags} from './types.js';

/** TagResource's key pattern, from the Amazon Connect API reference. */
export const TAG_KEY_PATTERN = /^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
export const MAX_TAG_KEY_LENGTH = 128;
export const MAX_TAG_VALUE_LENGTH = 256;
/** At most this many tags per resource (keys starting with aws: do not count). */
export const MAX_TAGS = 50;
export const RESERVED_TAG_PREFIX = 'aws:';

const LONE_SURROGATE = /\p{Surrogate}/u;

/** Length as AWS counts it: Unicode code points, so 😀 or 𝒜 count once. */
export function codePointLength(text: string): number {
	let length = 0;
	for (const _ of text) length++;
	return length;
}

export function isReservedTagKey(key: string): boolean {
	return key.startsWith(RESERVED_TAG_PREFIX);
}

/** Why AWS would refuse this tag key, or undefined when it is valid. */
export function validateTagKey(key: string): string | undefined {
	const length = codePointLength(key);
	if (length < 1 || length > MAX_TAG_KEY_LENGTH) return `key must be 1–${MAX_TAG_KEY_LENGTH} characters`;
	if (isReservedTagKey(key)) return 'keys starting with aws: are reserved';
	if (!TAG_KEY_PATTERN.test(key)) return 'key may only contain letters, digits, spaces and _ . : / = + - @';
	return undefined;
}

/** Why AWS would refuse this tag value, or undefined when it is valid (empty values are allowed). */
export function validateTagValue(value: string): string | undefined {
	if (codePointLength(value) > MAX_TAG_VALUE_LENGTH) return `value must be at most ${MAX_TAG_VALUE_LENGTH} characters`;
	if (LONE_SURROGATE.test(value)) return 'value contains a broken character (lone surrogate)';
	return undefined;
}

export type TagRow = {
	readonly key: string;
	readonly value: string;
	/** The value AWS holds; undefined for rows added in this edit. */
	readonly originalValue?: string;
	readonly removed: boolean;
	readonly isNew: boolean;
};

export type TagEdit = {
	readonly original: Tags;
	readonly rows: readonly TagRow[];
};

export type TagProblem = {
	/** The row's key ('' for form-wide problems). */
	readonly key: string;
	readonly field: 'key' | 'value' | 'form';
	readonly reason: string;
};

export type TagDiff = {
	readonly added: Readonly<Record<string, string>>;
	readonly changed: ReadonlyArray<{readonly key: string; readonly from: string; readonly to: string}>;
	readonly removed: readonly string[];
};

export type TagRequests = {
	/** One TagResource with these (added and changed keys only). */
	readonly tag?: Readonly<Record<string, string>>;
	/** One UntagResource with these (removed keys only). */
	readonly untag?: readonly string[];
};

function compareKeys(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Tags sorted by key, as the detail view and the form show them. */
export function sortedTagEntries(tags: Tags): Array<[string, string]> {
	return Object.entries(tags).sort(([a], [b]) => compareKeys(a, b));
}

/** A fresh edit of the tags AWS holds: one row per tag, sorted by key. */
export function startTagEdit(tags: Tags): TagEdit {
	return {
		original: tags,
		rows: sortedTagEntries(tags).map(([key, value]) => ({
			key,
			value,
			originalValue: value,
			removed: false,
			isNew: false,
		})),
	};
}

/**
 * Appends a new row. Duplicates and invalid keys are accepted here and reported by validateTagEdit,
 * so the form can show the reason next to the field.
 */
export function addTag(edit: TagEdit, key: string, value: string): TagEdit {
	return {...edit, rows: [...edit.rows, {key, value, removed: false, isNew: true}]};
}

/** Index of the row a key names: the last one, so a just-added duplicate is the one edited. */
function rowIndex(edit: TagEdit, key: string): number {
	for (let index = edit.rows.length - 1; index >= 0; index--) if (edit.rows[index]?.key === key) return index;
	return -1;
}

function updateRow(edit: TagEdit, key: string, update: (row: TagRow) => TagRow): TagEdit {
	return updateRowAt(edit, rowIndex(edit, key), update);
}

function updateRowAt(edit: TagEdit, index: number, update: (row: TagRow) => TagRow): TagEdit {
	const row = edit.rows[index];
	if (row === undefined) return edit;
	const rows = [...edit.rows];
	rows[index] = update(row);
	return {...edit, rows};
}

/** Sets the value of the row with this key (no change when there is none). */
export function setTagValue(edit: TagEdit, key: string, value: string): TagEdit {
	return updateRow(edit, key, (row) => ({...row, value}));
}

/** Sets the value of the row at this position (the form's cursor): a key can be on two rows. */
export function setTagValueAt(edit: TagEdit, index: number, value: string): TagEdit {
	return updateRowAt(edit, index, (row) => ({...row, value}));
}

/** Marks or unmarks the row with this key for removal. A removed new row is simply not added. */
export function toggleRemove(edit: TagEdit, key: string): TagEdit {
	return updateRow(edit, key, (row) => ({...row, removed: !row.removed}));
}

/**
 * Marks or unmarks the row at this position (the form's cursor). An added key that was dropped and
 * added again is on two rows, so the key alone does not say which one the user means.
 */
export function toggleRemoveAt(edit: TagEdit, index: number): TagEdit {
	return updateRowAt(edit, index, (row) => ({...row, removed: !row.removed}));
}

function isChanged(row: TagRow): boolean {
	return !row.isNew && !row.removed && row.value !== row.originalValue;
}

/** Rows that will exist after the change. */
function keptRows(edit: TagEdit): TagRow[] {
	return edit.rows.filter((row) => !row.removed);
}

/** Everything that would make AWS refuse the change; empty when it can be sent. */
export function validateTagEdit(edit: TagEdit): TagProblem[] {
	const problems: TagProblem[] = [];
	const originalKeys = new Set(edit.rows.filter((row) => !row.isNew).map((row) => row.key));
	const newKeysSeen = new Set<string>();
	for (const row of edit.rows) {
		if (row.isNew) {
			if (row.removed) continue;
			const keyProblem = validateTagKey(row.key);
			if (keyProblem !== undefined) {
				problems.push({key: row.key, field: 'key', reason: keyProblem});
			} else if (originalKeys.has(row.key)) {
				const existing = edit.rows.find((other) => !other.isNew && other.key === row.key);
				problems.push({
					key: row.key,
					field: 'key',
					reason: existing?.removed
						? 'this key is marked for removal; unmark it and edit its value instead'
						: 'this key already exists; edit its value instead',
				});
			} else if (newKeysSeen.has(row.key)) {
				problems.push({key: row.key, field: 'key', reason: 'this key is added twice'});
			}
			newKeysSeen.add(row.key);
			const valueProblem = validateTagValue(row.value);
			if (valueProblem !== undefined) problems.push({key: row.key, field: 'value', reason: valueProblem});
		} else if (row.removed) {
			if (isReservedTagKey(row.key)) {
				problems.push({
					key: row.key,
					field: 'key',
					reason: 'tags starting with aws: are managed by AWS and cannot be removed',
				});
			}
		} else if (isChanged(row)) {
			if (isReservedTagKey(row.key)) {
				problems.push({
					key: row.key,
					field: 'value',
					reason: 'tags starting with aws: are managed by AWS and cannot be changed',
				});
				continue;
			}
			const valueProblem = validateTagValue(row.value);
			if (valueProblem !== undefined) problems.push({key: row.key, field: 'value', reason: valueProblem});
		}
	}
	const count = countedTags(edit);
	if (count > MAX_TAGS) {
		problems.push({key: '', field: 'form', reason: `at most ${MAX_TAGS} tags per resource (this would make ${count})`});
	}
	return problems;
}

/** Why the form cannot be reviewed, as one line naming the field and the rule. Display-safe. */
export function problemLine(problem: TagProblem): string {
	if (problem.field === 'form') return problem.reason;
	return `${problem.field} "${sanitizeLine(problem.key)}": ${problem.reason}`;
}

/** How many tags count towards MAX_TAGS after the change (distinct keys, aws: ones excluded). */
export function countedTags(edit: TagEdit): number {
	return new Set(
		keptRows(edit)
			.map((row) => row.key)
			.filter((key) => !isReservedTagKey(key)),
	).size;
}

/** Exactly what changes: added keys, changed values, removed keys (each sorted by key). */
export function diffTags(edit: TagEdit): TagDiff {
	const added: Record<string, string> = {};
	for (const row of edit.rows) if (row.isNew && !row.removed) added[row.key] = row.value;
	const changed = edit.rows
		.filter(isChanged)
		.map((row) => ({key: row.key, from: row.originalValue ?? '', to: row.value}))
		.sort((a, b) => compareKeys(a.key, b.key));
	const removed = edit.rows
		.filter((row) => !row.isNew && row.removed)
		.map((row) => row.key)
		.sort(compareKeys);
	return {added: Object.fromEntries(sortedTagEntries(added)), changed, removed};
}

/** True when the edit changes nothing. */
export function isTagDiffEmpty(diff: TagDiff): boolean {
	return Object.keys(diff.added).length === 0 && diff.changed.length === 0 && diff.removed.length === 0;
}

/** The requests to send: TagResource for added and changed keys, UntagResource for removed keys; never untouched keys. */
export function tagDiffRequests(diff: TagDiff): TagRequests {
	const tag: Record<string, string> = {...diff.added};
	for (const {key, to} of diff.changed) tag[key] = to;
	return {
		...(Object.keys(tag).length === 0 ? {} : {tag}),
		...(diff.removed.length === 0 ? {} : {untag: [...diff.removed]}),
	};
}
