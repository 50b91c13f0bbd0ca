// The filter language (PRODUCT.md, "Filters"), shared by the list, the matrix, `--filter` and a
// baseline's `where`: one parser and one evaluator. Pure: the caller owns loading.
//
// Terms are separated by spaces and must all hold; a leading `-` negates a term. Double quotes keep
// spaces inside a term (`tag:Owner="Jane Doe"`). A term that cannot be understood is returned as
// malformed with its reason, never dropped. Evaluating a parsed filter against rows is filter-eval.ts.
import {isKnownAttributeType} from './attributes.js';
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
