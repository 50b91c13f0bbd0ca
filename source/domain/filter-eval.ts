// Evaluating a parsed filter (filter.ts) against a row: three-valued (true, false, or not known until
// attributes, tags or drift are loaded), cheap terms first. Pure.
import {formatStatus} from './format.js';
import type {Filter, FilterFacts, FilterNeed, FilterRow, FilterTerm} from './filter.js';

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
