// The attributes form's edit model: the values AWS holds and the values the user wants. Pure functions.
import {orderAttributes, type AttributeRow} from './attributes.js';
import type {InstanceAttribute} from './types.js';

export type AttributeEdit = {
	/** Every catalogue type in API order, then unknown ones, with the values AWS holds. */
	readonly rows: readonly AttributeRow[];
	/** type → wanted value, only for attributes the user changed. */
	readonly pending: Readonly<Record<string, boolean>>;
};

export type AttributeChange = {
	readonly type: string;
	readonly from: boolean | undefined;
	readonly to: boolean;
};

export function startAttributeEdit(attrs: readonly InstanceAttribute[]): AttributeEdit {
	return {rows: orderAttributes(attrs), pending: {}};
}

function originalValue(edit: AttributeEdit, type: string): boolean | undefined {
	return edit.rows.find((row) => row.type === type)?.value;
}

/** The value the form shows: the pending one if any, else what AWS holds. */
export function effectiveValue(edit: AttributeEdit, type: string): boolean | undefined {
	return Object.hasOwn(edit.pending, type) ? edit.pending[type] : originalValue(edit, type);
}

/** Whether the user changed this attribute. */
export function isPending(edit: AttributeEdit, type: string): boolean {
	return Object.hasOwn(edit.pending, type);
}

/**
 * Flips the wanted value (an unknown value counts as off). Flipping back to what AWS holds
 * drops the pending change, so nothing is sent for it; an attribute AWS did not list counts as off,
 * one with a value that is not true/false stays pending either way. Types not in the form are ignored.
 */
export function togglePending(edit: AttributeEdit, type: string): AttributeEdit {
	const row = edit.rows.find((candidate) => candidate.type === type);
	if (row === undefined) return edit;
	const next = !(effectiveValue(edit, type) ?? false);
	const unchanged = row.raw === undefined ? next === false : next === row.value;
	const {[type]: _dropped, ...rest} = edit.pending;
	return {...edit, pending: unchanged ? rest : {...rest, [type]: next}};
}

/** The changes to send, one UpdateInstanceAttribute each, in the form's order. */
export function pendingChanges(edit: AttributeEdit): AttributeChange[] {
	return edit.rows
		.filter((row) => Object.hasOwn(edit.pending, row.type))
		.map((row) => ({type: row.type, from: row.value, to: edit.pending[row.type] ?? false}));
}
