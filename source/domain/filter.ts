// The filter language (PRODUCT.md, "Filters"), shared by the list, the matrix, `--filter` and a
// baseline's `where`: one parser and one evaluator. Pure: the caller owns loading.
//
// Terms are separated by spaces and must all hold; a leading `-` negates a term. Double quotes keep
// spaces inside a term (`tag:Owner="Jane Doe"`). A term that cannot be understood is returned as
// malformed with its reason, never dropped.
import {isKnownAttributeType} from './attributes.js';
import {formatStatus} from './format.js';
import type {InstanceSummary, Tags} from './types.js';

export type FilterTerm = {readonly negate: boolean; readonly text: string} & (
	| {readonly kind: 'word'; readonly word: string}
	| {readonly kind: 'attr'; readonly type: string; readonly value: boolean}
	| {readonly kind: 'tag'; readonly key: string; readonly value?: string}
	| {readonly kind: 'status'; readonly word: string}
	| {readonly kind: 'region' | 'profile' | 'account'; readonly glob: string}
	| {readonly kind: 'drift'}
);

export type MalformedTerm = {readonly text: string; readonly reason: string};

export type Filter = {
	readonly source: string;
	readonly terms: readonly FilterTerm[];
	readonly malformed: readonly MalformedTerm[];
};

export type FilterOptions = {
	/** false: `drift` is malformed (no baseline loaded). Undefined: not checked. */
	readonly baseline?: boolean;
	/** Where the expression comes from, for `drift`'s reason (`drift` in a baseline's `where` is circular). */
	readonly inBaseline?: boolean;
};

/** What a row needs loaded before a term can be decided. */
export type FilterNeed = 'attributes' | 'tags' | 'drift';

/** The fields a row is matched on; `accountId` and `accountName` when known (else the ARN's account). */
export type FilterRow = Pick<InstanceSummary, 'profile' | 'region' | 'id' | 'arn' | 'alias' | 'status'> & {
	readonly accountId?: string;
	readonly accountName?: string;
};

/**
 * What is known about a row beyond its summary. Each lookup returns undefined while the value is not
 * loaded (or failed to load): terms that need it are then undecided.
 */
export type FilterFacts<Row extends FilterRow = FilterRow> = {
	/** Attribute type → on/off (undefined inside: AWS did not report that type). */
	readonly attributes?: (row: Row) => Readonly<Record<string, boolean | undefined>> | undefined;
	readonly tags?: (row: Row) => Tags | undefined;
	/** Whether the row differs from the baseline. */
	readonly drift?: (row: Row) => boolean | undefined;
};

export const FILTER_KEYS = ['attr', 'tag', 'status', 'region', 'profile', 'account'] as const;

/** Splits at unquoted whitespace; quotes are removed. Undefined when a quote is not closed. */
export function tokenize(expression: string): Array<{text: string; raw: string; ok: boolean}> {
	const tokens: Array<{text: string; raw: string; ok: boolean}> = [];
	let text = '';
	let raw = '';
	let quoted = false;
	const flush = () => {
		if (raw !== '') tokens.push({text, raw, ok: !quoted});
		text = '';
		raw = '';
	};
	for (const char of expression) {
		if (!quoted && /\s/u.test(char)) {
			flush();
			continue;
		}
		raw += char;
		if (char === '"') quoted = !quoted;
		else text += char;
	}
	flush();
	return tokens;
}

function onOffValue(value: string): boolean | undefined {
	const lower = value.toLowerCase();
	if (lower === 'on' || lower === 'true') return true;
	if (lower === 'off' || lower === 'false') return false;
	return undefined;
}

function parseTerm(text: string, raw: string, options: FilterOptions): FilterTerm | MalformedTerm {
	const bad = (reason: string): MalformedTerm => ({text: raw, reason});
	const negate = text.startsWith('-') && text.length > 1;
	const body = negate ? text.slice(1) : text;
	const base = {negate, text: raw};
	if (body.toLowerCase() === 'drift') {
		if (options.inBaseline) return bad("'drift' cannot be used in a baseline's where");
		if (options.baseline === false) return bad("'drift' needs a baseline (--baseline FILE)");
		return {...base, kind: 'drift'};
	}
	const colon = body.indexOf(':');
	const key = colon > 0 ? body.slice(0, colon).toLowerCase() : '';
	const rest = colon > 0 ? body.slice(colon + 1) : '';
	switch (key) {
		case 'attr': {
			const equals = rest.indexOf('=');
			if (equals <= 0) return bad('needs attr:TYPE=on or attr:TYPE=off');
			const type = rest.slice(0, equals).toUpperCase();
			const value = onOffValue(rest.slice(equals + 1));
			if (!isKnownAttributeType(type)) return bad(`unknown attribute type '${rest.slice(0, equals)}'`);
			if (value === undefined) return bad(`attr:${type} needs =on or =off, not '${rest.slice(equals + 1)}'`);
			return {...base, kind: 'attr', type, value};
		}
		case 'tag': {
			const equals = rest.indexOf('=');
			const tagKey = equals < 0 ? rest : rest.slice(0, equals);
			if (tagKey === '') return bad('needs tag:KEY or tag:KEY=VALUE');
			return equals < 0
				? {...base, kind: 'tag', key: tagKey}
				: {...base, kind: 'tag', key: tagKey, value: rest.slice(equals + 1)};
		}
		case 'status':
			if (rest === '') return bad('needs status:WORD (active, creating, failed…)');
			return {...base, kind: 'status', word: rest.toLowerCase()};
		case 'region':
		case 'profile':
		case 'account':
			if (rest === '')
				return bad(`needs ${key}:${key === 'region' ? 'GLOB (eu-*)' : key === 'profile' ? 'NAME' : 'ID'}`);
			return {...base, kind: key, glob: rest};
		default:
			break;
	}
	// `arn:…` and other pasted identifiers with colons are plain words; `word:rest` looks like a typo.
	if (colon > 0 && /^[a-z]+$/iu.test(body.slice(0, colon)) && !/^(arn|aws)$/iu.test(key) && !rest.includes(':')) {
		return bad(
			`unknown filter '${body.slice(0, colon)}:' (known: ${FILTER_KEYS.map((k) => `${k}:`).join(', ')}, drift)`,
		);
	}
	return {...base, kind: 'word', word: body.toLowerCase()};
}

/** Parses an expression. An empty expression has no terms and keeps every row. */
export function parseFilter(expression: string, options: FilterOptions = {}): Filter {
	const terms: FilterTerm[] = [];
	const malformed: MalformedTerm[] = [];
	for (const token of tokenize(expression)) {
		if (!token.ok) {
			malformed.push({text: token.raw, reason: 'a quote is not closed'});
			continue;
		}
		const term = parseTerm(token.text, token.raw, options);
		if ('reason' in term) malformed.push(term);
		else terms.push(term);
	}
	return {source: expression, terms, malformed};
}

/** `region:eu-*`: `*` any run, `?` one character; case-insensitive, whole value. */
export function globMatches(glob: string, value: string): boolean {
	const pattern = glob
		.toLowerCase()
		.split('')
		.map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/u, '\\$&')))
		.join('');
	return new RegExp(`^${pattern}$`, 'su').test(value.toLowerCase());
}

/** The account id in an ARN (`arn:aws:connect:REGION:ACCOUNT:instance/ID`), or ''. */
export function accountOfArn(arn: string): string {
	return arn.split(':')[4] ?? '';
}

function accountOf(row: FilterRow): string {
	return row.accountId ?? accountOfArn(row.arn);
}

/** Status words a row answers to: the API's (`CREATION_FAILED`) and as shown (`creation failed`). */
function statusMatches(status: string, word: string): boolean {
	const api = status.toLowerCase();
	const shown = formatStatus(status).toLowerCase();
	const normalized = word.replaceAll('_', ' ');
	return (
		api === word ||
		shown === normalized ||
		shown.split(' ').includes(normalized) ||
		api.replaceAll('_', ' ') === normalized
	);
}

function wordMatches(row: FilterRow, word: string): boolean {
	const fields = [
		row.alias,
		row.id,
		row.arn,
		row.region,
		row.profile,
		accountOf(row),
		row.accountName ?? '',
		row.status,
	];
	if (fields.some((field) => field.toLowerCase().includes(word))) return true;
	return formatStatus(row.status).toLowerCase().includes(word);
}

/** true / false, or undefined when it needs something not loaded yet (reported in `needs`). */
function termHolds<Row extends FilterRow>(
	term: FilterTerm,
	row: Row,
	facts: FilterFacts<Row>,
	needs: Set<FilterNeed>,
): boolean | undefined {
	switch (term.kind) {
		case 'word':
			return wordMatches(row, term.word);
		case 'status':
			return statusMatches(row.status, term.word);
		case 'region':
			return globMatches(term.glob, row.region);
		case 'profile':
			return (
				globMatches(term.glob, row.profile) ||
				(row.accountName !== undefined && globMatches(term.glob, row.accountName))
			);
		case 'account':
			return (
				globMatches(term.glob, accountOf(row)) ||
				(row.accountName !== undefined && globMatches(term.glob, row.accountName))
			);
		case 'attr': {
			const values = facts.attributes?.(row);
			if (values === undefined) {
				needs.add('attributes');
				return undefined;
			}
			// An attribute AWS did not report is off, as in the console.
			return (values[term.type] ?? false) === term.value;
		}
		case 'tag': {
			const tags = facts.tags?.(row);
			if (tags === undefined) {
				needs.add('tags');
				return undefined;
			}
			if (!Object.hasOwn(tags, term.key)) return false;
			return term.value === undefined || tags[term.key] === term.value;
		}
		case 'drift': {
			const drift = facts.drift?.(row);
			if (drift === undefined) needs.add('drift');
			return drift;
		}
	}
}

export type Evaluation = {
	/** true: every term holds; false: one does not; undefined: undecided until `needs` are loaded. */
	readonly matches: boolean | undefined;
	/** What to load for this row to decide (empty when decided). */
	readonly needs: ReadonlySet<FilterNeed>;
};

const CHEAP: ReadonlySet<FilterTerm['kind']> = new Set(['word', 'status', 'region', 'profile', 'account']);

/**
 * Evaluates the terms on one row. Terms on the summary are decided first: a row they already rule
 * out needs nothing loaded. Malformed terms are ignored here (the caller shows them).
 */
export function evaluateFilter<Row extends FilterRow>(
	filter: Filter,
	row: Row,
	facts: FilterFacts<Row> = {},
): Evaluation {
	const ordered = [...filter.terms.filter((t) => CHEAP.has(t.kind)), ...filter.terms.filter((t) => !CHEAP.has(t.kind))];
	const needs = new Set<FilterNeed>();
	let undecided = false;
	for (const term of ordered) {
		const holds = termHolds(term, row, facts, needs);
		if (holds === undefined) {
			undecided = true;
			continue;
		}
		if (holds === term.negate) return {matches: false, needs: new Set()};
	}
	return undecided ? {matches: undefined, needs} : {matches: true, needs};
}

export type FilterResult<Row> = {
	/** Rows every term holds for, in the order given. */
	readonly rows: Row[];
	/** Rows not decided yet, and what each needs loaded. */
	readonly pending: ReadonlyArray<{readonly row: Row; readonly needs: ReadonlySet<FilterNeed>}>;
};

/** Every row through evaluateFilter: the matches, and the undecided rows with what they need. */
export function applyFilter<Row extends FilterRow>(
	filter: Filter,
	rows: readonly Row[],
	facts: FilterFacts<Row> = {},
): FilterResult<Row> {
	const matched: Row[] = [];
	const pending: Array<{row: Row; needs: ReadonlySet<FilterNeed>}> = [];
	for (const row of rows) {
		const {matches, needs} = evaluateFilter(filter, row, facts);
		if (matches === true) matched.push(row);
		else if (matches === undefined) pending.push({row, needs});
	}
	return {rows: matched, pending};
}

/** What any term of the filter may need loaded (to show progress, or to fetch up front in scripts). */
export function filterNeeds(filter: Filter): Set<FilterNeed> {
	const needs = new Set<FilterNeed>();
	for (const term of filter.terms) {
		if (term.kind === 'attr') needs.add('attributes');
		if (term.kind === 'tag') needs.add('tags');
		if (term.kind === 'drift') needs.add('drift');
	}
	return needs;
}

/** One line per malformed term: `'atr:X': unknown filter 'atr:' (…)`. Quotes what was typed (raw). */
export function malformedText(filter: Filter): string {
	return filter.malformed.map((term) => `'${term.text}': ${term.reason}`).join('; ');
}
