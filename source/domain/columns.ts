// The instance list's columns: which fit in a given width, and each row's cells as display text.
import {formatDate, formatStatus} from './format.js';
import {shortId} from './instances.js';
import {padToWidth, sanitize, truncateToWidth} from './sanitize.js';
import type {InstanceSummary} from './types.js';

export type ColumnId =
	'alias' | 'id' | 'region' | 'profile' | 'account' | 'status' | 'identity' | 'calls' | 'created' | 'replica';

export type Column = {
	readonly id: ColumnId;
	readonly title: string;
	readonly width: number;
};

const IDENTITY_TEXT: Readonly<Record<string, string>> = {
	CONNECT_MANAGED: 'managed',
	SAML: 'SAML',
	EXISTING_DIRECTORY: 'directory',
};

export function formatIdentity(type: string): string {
	return IDENTITY_TEXT[type] ?? sanitize(type.toLowerCase());
}

export function formatCalls(row: Pick<InstanceSummary, 'inboundCalls' | 'outboundCalls'>): string {
	return `${row.inboundCalls ? 'in' : '--'}/${row.outboundCalls ? 'out' : '---'}`;
}

/** The account column: its name (shortened when long) and its 12-digit id. */
const ACCOUNT_WIDTH = 32;

/** The replication marker's column: an arrow, a region code and ` ✗`. */
export const REPLICA_WIDTH = 13;

/** Fixed columns in the order shown, with the order in which they are dropped when the terminal is narrow. */
const FIXED: ReadonlyArray<Column & {readonly dropOrder: number}> = [
	{id: 'id', title: 'ID', width: 8, dropOrder: 4},
	{id: 'region', title: 'REGION', width: 14, dropOrder: 6},
	{id: 'profile', title: 'PROFILE', width: 12, dropOrder: 5},
	{id: 'account', title: 'ACCOUNT', width: ACCOUNT_WIDTH, dropOrder: 5},
	{id: 'status', title: 'STATUS', width: 8, dropOrder: 7},
	{id: 'identity', title: 'IDENTITY', width: 9, dropOrder: 2},
	{id: 'calls', title: 'CALLS', width: 6, dropOrder: 1},
	{id: 'created', title: 'CREATED', width: 10, dropOrder: 3},
	// Shown once some instance is known to be replicated: `→us-west-2`, `←us-east-1`, `→us-west-2 ✗`.
	{id: 'replica', title: 'REPLICA', width: REPLICA_WIDTH, dropOrder: 4.5},
];

export const MIN_ALIAS_WIDTH = 20;
export const COLUMN_GAP = 1;

/**
 * The columns that fit in `width` (the cursor marker takes 2 columns): alias gets what is left,
 * at least MIN_ALIAS_WIDTH; the least useful columns go first when it would get less.
 */
export function layoutColumns(width: number, showProfile: boolean, accounts = false, replica = false): Column[] {
	// With accounts beside profiles, the profile column names the account and its id instead.
	const source = accounts ? 'account' : 'profile';
	let fixed = FIXED.filter(
		(column) =>
			(column.id === 'replica' && replica) ||
			(column.id !== 'replica' && column.id !== 'profile' && column.id !== 'account') ||
			(showProfile && column.id === source),
	);
	const available = width - 2;
	const used = (columns: typeof fixed) => columns.reduce((sum, column) => sum + column.width + COLUMN_GAP, 0);
	const dropOrder = [...fixed].sort((a, b) => a.dropOrder - b.dropOrder);
	while (fixed.length > 0 && available - used(fixed) < MIN_ALIAS_WIDTH) {
		const drop = dropOrder.shift();
		if (!drop) break;
		fixed = fixed.filter((column) => column !== drop);
	}

	const aliasWidth = Math.max(MIN_ALIAS_WIDTH, available - used(fixed));
	const aliasWanted = Math.min(aliasWidth, 40);
	return [
		{id: 'alias', title: 'ALIAS', width: aliasWanted},
		...fixed.map(({id, title, width}) => ({id, title, width})),
	];
}

/** A cell's text; the replica column's is the row's replication marker (domain/replica-mark.ts), if any. */
export function cellText(row: InstanceSummary, id: ColumnId, replica?: string): string {
	switch (id) {
		case 'alias':
			return sanitize(row.alias === '' ? '(no alias)' : row.alias);
		case 'id':
			return sanitize(shortId(row.id));
		case 'region':
			return sanitize(row.region);
		case 'profile':
			return sanitize(row.profile);
		case 'account': {
			const id = row.accountId ?? '';
			return `${truncateToWidth(sanitize(row.profile), ACCOUNT_WIDTH - id.length - 1)} ${id}`.trimEnd();
		}
		case 'status':
			return formatStatus(row.status);
		case 'identity':
			return formatIdentity(row.identityManagementType);
		case 'calls':
			return formatCalls(row);
		case 'created':
			return formatDate(row.createdTime);
		case 'replica':
			return replica ?? '';
	}
}

/** One row as a single line of exactly the columns' widths. */
export function rowLine(row: InstanceSummary, columns: readonly Column[]): string {
	return columns.map((column) => padToWidth(cellText(row, column.id), column.width)).join(' '.repeat(COLUMN_GAP));
}

export function headerLine(columns: readonly Column[]): string {
	return columns.map((column) => padToWidth(column.title, column.width)).join(' '.repeat(COLUMN_GAP));
}
