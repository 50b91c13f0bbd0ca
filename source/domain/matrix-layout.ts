// What each matrix cell says and which columns fit the screen. Pure.
import {parseAttributeValue} from './attributes.js';
import {displayWidth, sanitizeLine, truncateToWidth} from './sanitize.js';
import {STORAGE_RESOURCE_TYPES, type StorageEncryption, type StorageResourceType} from './settings.js';

/** Short headers for the attribute columns (the full name of the current column is shown above the grid). */
const SHORT: Readonly<Record<string, string>> = {
	INBOUND_CALLS: 'In',
	OUTBOUND_CALLS: 'Out',
	CONTACTFLOW_LOGS: 'Logs',
	CONTACT_LENS: 'Lens',
	AUTO_RESOLVE_BEST_VOICES: 'Voice',
	USE_CUSTOM_TTS_VOICES: 'TTS',
	EARLY_MEDIA: 'Early',
	MULTI_PARTY_CONFERENCE: 'MPty',
	HIGH_VOLUME_OUTBOUND: 'HVO',
	ENHANCED_CONTACT_MONITORING: 'ECMon',
	ENHANCED_CHAT_MONITORING: 'EChat',
	MULTI_PARTY_CHAT_CONFERENCE: 'MChat',
	MESSAGE_STREAMING: 'MStrm',
};

export function shortHeader(type: string): string {
	return SHORT[type] ?? sanitizeLine(type).slice(0, 6);
}

export type CellKind = 'on' | 'off' | 'warn' | 'value' | 'absent' | 'loading' | 'error' | 'pending';

export type Cell = {
	readonly text: string;
	readonly kind: CellKind;
	/** Differs from the baseline: marked with a symbol (and a colour). */
	readonly drift?: boolean;
};

/** The drift symbol: shown before a cell that differs from the baseline (also under NO_COLOR). */
export const DRIFT_MARK = '≠';

const onOff = (value: boolean | undefined): string => (value === undefined ? '?' : value ? 'on' : 'off');

/** An attribute cell: the known value, or what loading/error says; pending shows `off→on`. */
export function attributeCell(
	raw: string | undefined,
	state: {readonly loading?: boolean; readonly error?: boolean; readonly known: boolean},
	want: boolean | undefined,
	drift = false,
): Cell {
	const value = parseAttributeValue(raw);
	if (want !== undefined && state.known && value !== want)
		return {text: `${onOff(value)}→${onOff(want)}`, kind: 'pending', drift};
	if (!state.known) return state.error ? {text: 'err', kind: 'error'} : {text: '…', kind: 'loading'};
	if (raw === undefined) return {text: '—', kind: 'absent', drift};
	return {text: onOff(value), kind: value ? 'on' : 'off', drift};
}

/** A tag cell: the value (sanitised, cut to fit), `—` when the instance lacks the key. */
export function tagCell(
	tags: Readonly<Record<string, string>> | undefined,
	key: string,
	state: {readonly loading?: boolean; readonly error?: boolean},
	drift = false,
): Cell {
	if (!tags) return state.error ? {text: 'err', kind: 'error'} : {text: '…', kind: 'loading'};
	const value = tags[key];
	return value === undefined ? {text: '—', kind: 'absent', drift} : {text: sanitizeLine(value), kind: 'value', drift};
}

/** A cell's text in its width: the drift mark first when it drifts, cut with `…` when too long. */
export function cellText(cell: Cell, width: number): string {
	const text = (cell.drift ? DRIFT_MARK : '') + cell.text;
	return displayWidth(text) > width ? truncateToWidth(text, width) : text;
}

export const CELL_GAP = 1;
/** Wide enough for `off→on` and a drift mark. */
export const ATTRIBUTE_CELL_WIDTH = 7;
export const TAG_CELL_WIDTH = 14;

/** Columns a row's label takes: the cursor, the mark and the alias (at least 12, at most 28). */
export function matrixLabelWidth(aliases: readonly string[]): number {
	let widest = 0;
	for (const alias of aliases) widest = Math.max(widest, displayWidth(sanitizeLine(alias)));
	return Math.min(28, Math.max(12, widest + 2));
}

/**
 * The first column to show so that the current one is visible, given the one shown first before and
 * how many fit (domain/layout.ts matrixLayout).
 */
export function visibleColumns(
	count: number,
	current: number,
	previousFirst: number,
	fit: number,
): {readonly first: number; readonly shown: number} {
	let first = Math.min(previousFirst, Math.max(0, count - fit));
	if (current < first) first = current;
	else if (current >= first + fit) first = current - fit + 1;
	return {first: Math.max(0, first), shown: Math.min(fit, count - Math.max(0, first))};
}

/** The age column's header (domain/layout.ts MATRIX_AGE_WIDTH says why the ages are short). */
export const AGE_HEADER = 'age';

/** Short age for a row's values: `now` when read this run, else `5m`, `3h`, `2d`; `…` when none yet. */
export function shortAge(at: number | undefined, fresh: boolean | undefined, now: number): string {
	if (at === undefined) return '…';
	if (fresh) return '';
	const seconds = Math.max(0, Math.floor((now - at) / 1000));
	if (seconds < 60) return `${seconds}s`;
	if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
	if (seconds < 172_800) return `${Math.floor(seconds / 3600)}h`;
	return `${Math.floor(seconds / 86_400)}d`;
}

/** `1 min 20 s`, `45 s`, `2 h 5 min` for time-left estimates. */
export function formatDuration(ms: number): string {
	const seconds = Math.ceil(ms / 1000);
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
	return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The storage group's columns: call recordings and chat transcripts first (what audits ask about), then the API's order. */
export const STORAGE_COLUMNS: readonly StorageResourceType[] = [
	'CALL_RECORDINGS',
	'CHAT_TRANSCRIPTS',
	...STORAGE_RESOURCE_TYPES.filter((type) => type !== 'CALL_RECORDINGS' && type !== 'CHAT_TRANSCRIPTS'),
];

const STORAGE_SHORT: Readonly<Record<StorageResourceType, string>> = {
	CALL_RECORDINGS: 'Calls',
	CHAT_TRANSCRIPTS: 'Chats',
	SCHEDULED_REPORTS: 'Rprts',
	MEDIA_STREAMS: 'Media',
	CONTACT_TRACE_RECORDS: 'CTR',
	AGENT_EVENTS: 'Agent',
	REAL_TIME_CONTACT_ANALYSIS_SEGMENTS: 'RTCA',
	ATTACHMENTS: 'Attch',
	CONTACT_EVALUATIONS: 'Evals',
	SCREEN_RECORDINGS: 'Scrn',
	REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS: 'RTChat',
	REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS: 'RTVoice',
	EMAIL_MESSAGES: 'Email',
};

export function storageHeader(type: string): string {
	return STORAGE_SHORT[type as StorageResourceType] ?? sanitizeLine(type).slice(0, 6);
}

/** What the storage cells say, as the line above the grid explains them. */
export const STORAGE_LEGEND = 'KMS encrypted · no KMS not encrypted · none not configured · stream Kinesis';

const STORAGE_TEXT: Readonly<Record<StorageEncryption, {readonly text: string; readonly kind: CellKind}>> = {
	encrypted: {text: 'KMS', kind: 'on'},
	'not-encrypted': {text: 'no KMS', kind: 'warn'},
	'not-configured': {text: 'none', kind: 'off'},
	stream: {text: 'stream', kind: 'value'},
};

/** A storage cell: how the type stands (a value read in part of the load counts), `…` while it loads. */
export function storageCell(
	values: Readonly<Record<string, string>> | undefined,
	type: string,
	state: {readonly loading?: boolean; readonly error?: boolean},
	drift = false,
): Cell {
	const value = values?.[type];
	if (value === 'error') return {text: 'err', kind: 'error'};
	const known = value === undefined ? undefined : STORAGE_TEXT[value as StorageEncryption];
	if (known) return {...known, drift};
	return state.loading || !state.error ? {text: '…', kind: 'loading'} : {text: 'err', kind: 'error'};
}
