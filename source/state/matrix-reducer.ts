// Keys of the fleet matrix: moving between cells, wanting values (pending cells), reviewing them.
import {parseAttributeValue} from '../domain/attributes.js';
import {MATRIX_ATTRIBUTES, matrixColumns} from './matrix-view.js';
import {planAttributes} from '../domain/bulk-plan.js';
import {instanceKey} from '../domain/instances.js';
import type {InstanceSummary} from '../domain/types.js';
import {keyHint} from '../keymap/hints.js';
import type {BindingId} from '../keymap/keymap.js';
import {isReadOnlyFor, type AppState} from './app-state.js';
import {startBulk} from './bulk-reducer.js';
import {requestLoads} from './fleet-reducer.js';
import type {MatrixGroup, MatrixState} from './matrix-state.js';
import {contentHeightOf, visibleRows} from './selectors.js';
import {matrixLayoutOf} from './matrix-window.js';
import {proposeFixes} from './matrix-drift.js';

/** Tab: attributes → tags → storage → attributes. */
const NEXT_GROUP: Readonly<Record<MatrixGroup, MatrixGroup>> = {
	attributes: 'tags',
	tags: 'storage',
	storage: 'attributes',
};

/** The known attribute values of an instance (raw strings), if any. */
export function knownAttributes(state: AppState, key: string): Readonly<Record<string, string>> | undefined {
	return state.fleet.entries.get(key)?.attributes?.value;
}

/** The instances `+`, `-` and `F` act on: the marked ones shown, else every shown one. */
export function actedOn(state: AppState): readonly InstanceSummary[] {
	const rows = visibleRows(state);
	const marked = rows.filter((row) => state.list.marks.has(instanceKey(row)));
	return marked.length > 0 ? marked : rows;
}

/** Whether a wanted value differs from the known one (a pending cell the review would send). */
export function hasPendingChanges(state: AppState, matrix: MatrixState): boolean {
	for (const [key, wants] of matrix.pending) {
		const known = knownAttributes(state, key);
		for (const [type, want] of wants) if (parseAttributeValue(known?.[type]) !== want) return true;
	}

	return false;
}

export function openMatrix(state: AppState): AppState {
	const rows = visibleRows(state);
	return {
		...state,
		screen: 'matrix',
		matrix: state.matrix ?? {
			group: 'attributes',
			row: state.list.cursor,
			column: 0,
			scroll: 0,
			firstColumn: 0,
			pending: new Map(),
		},
		fleet: requestLoads(state.fleet, rows, 'attributes'),
		message: undefined,
	};
}

function withMatrix(state: AppState, matrix: MatrixState): AppState {
	return {...state, matrix};
}

function clamp(value: number, length: number): number {
	return Math.max(0, Math.min(value, length - 1));
}

function setWanted(
	pending: ReadonlyMap<string, ReadonlyMap<string, boolean>>,
	key: string,
	type: string,
	want: boolean | undefined,
): ReadonlyMap<string, ReadonlyMap<string, boolean>> {
	const next = new Map(pending);
	const wants = new Map(next.get(key) ?? []);
	if (want === undefined) wants.delete(type);
	else wants.set(type, want);
	if (wants.size === 0) next.delete(key);
	else next.set(key, wants);
	return next;
}

function toggleCell(state: AppState, matrix: MatrixState): AppState {
	const row = visibleRows(state)[matrix.row];
	const type = MATRIX_ATTRIBUTES[matrix.column];
	if (matrix.group !== 'attributes' || !row || !type) return state;
	if (isReadOnlyFor(state, row.profile)) {
		return {...state, message: {text: `read-only: changes are off for ${row.profile}`, tone: 'warning'}};
	}

	const key = instanceKey(row);
	if (matrix.pending.get(key)?.has(type)) {
		return withMatrix(state, {...matrix, pending: setWanted(matrix.pending, key, type, undefined)});
	}

	const now = parseAttributeValue(knownAttributes(state, key)?.[type]);
	if (now === undefined)
		return {...state, message: {text: 'This cell has no value yet: wait for it to load', tone: 'info'}};
	return withMatrix(state, {...matrix, pending: setWanted(matrix.pending, key, type, !now)});
}

function wantColumn(state: AppState, matrix: MatrixState, want: boolean): AppState {
	const type = MATRIX_ATTRIBUTES[matrix.column];
	if (matrix.group !== 'attributes' || !type) return state;
	let {pending} = matrix;
	const targets = actedOn(state).filter((row) => !isReadOnlyFor(state, row.profile));
	for (const row of targets) pending = setWanted(pending, instanceKey(row), type, want);
	const skipped = actedOn(state).length - targets.length;
	return {
		...withMatrix(state, {...matrix, pending}),
		message: {
			text: `${type} ${want ? 'on' : 'off'} wanted for ${targets.length} instance${targets.length === 1 ? '' : 's'}${skipped > 0 ? ` (${skipped} read-only left out)` : ''} · s reviews`,
			tone: 'info',
		},
	};
}

export function reviewAttributes(state: AppState, matrix: MatrixState): AppState {
	if (matrix.pending.size === 0)
		return {
			...state,
			message: {
				text: `Nothing pending: ${keyHint('matrix.toggle')}, ${keyHint('matrix.want-on')} or ${keyHint('matrix.want-off')} want a value`,
				tone: 'info',
			},
		};
	const plan = planAttributes(
		visibleRowsAndPending(state, matrix),
		matrix.pending,
		(key) => knownAttributes(state, key),
		{
			readOnly: (instance) => isReadOnlyFor(state, instance.profile),
		},
	);
	return withMatrix(state, {...matrix, dialog: {kind: 'review', plan, scroll: 0}});
}

/** The shown instances, then pending ones the filter hides now (a pending change is never dropped silently). */
function visibleRowsAndPending(state: AppState, matrix: MatrixState): readonly InstanceSummary[] {
	const rows = visibleRows(state);
	const shown = new Set(rows.map((row) => instanceKey(row)));
	const hidden = state.inventory.rows.filter(
		(row) => matrix.pending.has(instanceKey(row)) && !shown.has(instanceKey(row)),
	);
	return [...rows, ...hidden];
}

export function handleMatrixKey(state: AppState, matrix: MatrixState, id: BindingId | undefined): AppState {
	const rows = visibleRows(state);
	const columns = matrixColumns(state, matrix).length;
	const page = matrixLayoutOf(state, matrix).bodyHeight;
	switch (id) {
		case 'matrix.down':
			return withMatrix(state, {...matrix, row: clamp(matrix.row + 1, rows.length)});
		case 'matrix.up':
			return withMatrix(state, {...matrix, row: clamp(matrix.row - 1, rows.length)});
		case 'matrix.page-down':
			return withMatrix(state, {...matrix, row: clamp(matrix.row + page, rows.length)});
		case 'matrix.page-up':
			return withMatrix(state, {...matrix, row: clamp(matrix.row - page, rows.length)});
		case 'matrix.top':
			return withMatrix(state, {...matrix, row: 0});
		case 'matrix.bottom':
			return withMatrix(state, {...matrix, row: clamp(rows.length - 1, rows.length)});
		case 'matrix.left':
			return withMatrix(state, {...matrix, column: clamp(matrix.column - 1, columns)});
		case 'matrix.right':
			return withMatrix(state, {...matrix, column: clamp(matrix.column + 1, columns)});
		case 'matrix.toggle':
			return toggleCell(state, matrix);
		case 'matrix.want-on':
			return wantColumn(state, matrix, true);
		case 'matrix.want-off':
			return wantColumn(state, matrix, false);
		case 'matrix.review':
			return reviewAttributes(state, matrix);
		case 'matrix.fix-drift': {
			const {pending, message} = proposeFixes(state, matrix.pending, actedOn(state));
			return {...withMatrix(state, {...matrix, pending}), message};
		}
		case 'matrix.next-group': {
			const group = NEXT_GROUP[matrix.group];
			const fleet = group === 'attributes' ? state.fleet : requestLoads(state.fleet, rows, group);
			return {...state, fleet, matrix: {...matrix, group, column: 0, firstColumn: 0}};
		}

		case 'matrix.refresh':
			return {...state, fleet: requestLoads(state.fleet, rows, matrix.group, true)};
		case 'matrix.filter':
			return {...state, list: {...state.list, filterEditing: true}};
		case 'matrix.back':
			if (hasPendingChanges(state, matrix)) return withMatrix(state, {...matrix, dialog: {kind: 'leave'}});
			return leaveMatrix(state, matrix);
		default:
			return state;
	}
}

function leaveMatrix(state: AppState, matrix: MatrixState): AppState {
	const rows = visibleRows(state);
	const cursor = clamp(matrix.row, rows.length);
	return {...state, screen: 'list', matrix: undefined, list: {...state.list, cursor}, message: undefined};
}

export function handleBulkConfirmKey(state: AppState, matrix: MatrixState, id: BindingId | undefined): AppState {
	switch (id) {
		case 'bulk-confirm.yes':
			return leaveMatrix(state, matrix);
		case 'bulk-confirm.no':
			return withMatrix(state, {...matrix, dialog: undefined});
		default:
			return state;
	}
}

export function handleMatrixReviewKey(state: AppState, matrix: MatrixState, id: BindingId | undefined): AppState {
	const dialog = matrix.dialog;
	if (dialog?.kind !== 'review') return state;
	switch (id) {
		case 'bulk-review.apply': {
			const cleared = clearHeld(
				matrix,
				dialog.plan.leftOut.filter((left) => left.reason === 'holds').map((left) => left.key),
			);
			if (dialog.plan.items.length === 0) {
				return {
					...withMatrix(state, {...cleared, dialog: undefined}),
					message: {text: 'Nothing to send', tone: 'info'},
				};
			}

			return startBulk(withMatrix(state, {...cleared, dialog: undefined}), 'attributes', dialog.plan.items);
		}

		case 'bulk-review.cancel':
			return withMatrix(state, {...matrix, dialog: undefined});
		default:
			return withMatrix(state, {...matrix, dialog: scrollReview(dialog, id, Math.max(1, contentHeightOf(state) - 6))});
	}
}

/** Pending cells of instances that already hold the wanted values are done with. */
function clearHeld(matrix: MatrixState, keys: readonly string[]): MatrixState {
	if (keys.length === 0) return matrix;
	const pending = new Map(matrix.pending);
	for (const key of keys) pending.delete(key);
	return {...matrix, pending};
}

export function scrollReview<T extends {readonly scroll: number}>(
	dialog: T,
	id: BindingId | undefined,
	page: number,
): T {
	switch (id) {
		case 'bulk-review.down':
			return {...dialog, scroll: dialog.scroll + 1};
		case 'bulk-review.up':
			return {...dialog, scroll: Math.max(0, dialog.scroll - 1)};
		case 'bulk-review.page-down':
			return {...dialog, scroll: dialog.scroll + page};
		case 'bulk-review.page-up':
			return {...dialog, scroll: Math.max(0, dialog.scroll - page)};
		default:
			return dialog;
	}
}
