// The list's filter over the whole inventory (PRODUCT.md, "Filters"): which rows it keeps now, which
// rows it cannot decide until their attributes or tags are loaded, and how far that loading has got.
// The same parser and evaluator as `--filter` (filter.ts, filter-eval.ts); facts come from the caller
// (the last known values of each instance). Pure.
import {instanceDrift, rowDrifts, type Baseline, type InstanceFacts} from './baseline.js';
import {evaluateFilter} from './filter-eval.js';
import {filterNeeds, parseFilter, type Filter, type FilterRow} from './filter.js';

/** What the app can load per instance for a filter (storage only for a baseline's storage rules). */
export type LoadableFact = 'attributes' | 'tags' | 'storage';

export type RowsFilter<Row extends FilterRow> = {
	readonly filter: Filter;
	/** Rows every term holds for (as far as is known now), in the order given. */
	readonly rows: readonly Row[];
	/** Rows not ruled out by the terms on the summary, per fact the filter needs loaded for them. */
	readonly candidates: ReadonlyMap<LoadableFact, readonly Row[]>;
};

/** The filter as typed in the app: `drift` is malformed without a baseline. */
export function parseListFilter(text: string, baseline: Baseline | undefined): Filter {
	return parseFilter(text, {baseline: baseline !== undefined});
}

/** The facts a baseline's drift needs, of those the app loads. */
function driftFacts(baseline: Baseline | undefined, row: FilterRow, facts: InstanceFacts): LoadableFact[] {
	if (!baseline) return [];
	const result = instanceDrift(baseline, row, facts);
	if (result.known) return [];
	return [...result.needs];
}

/**
 * Rows through a parsed filter with what is known of each. A row waiting for facts is not shown yet
 * (it appears once they say it qualifies); `candidates` says which rows need which fact loaded.
 */
export function filterRows<Row extends FilterRow>(
	filter: Filter,
	rows: readonly Row[],
	factsOf: (row: Row) => InstanceFacts,
	baseline?: Baseline,
): RowsFilter<Row> {
	const needs = filterNeeds(filter);
	if (filter.terms.length === 0) return {filter, rows, candidates: new Map()};
	const kept: Row[] = [];
	const candidates = new Map<LoadableFact, Row[]>();
	const add = (fact: LoadableFact, row: Row) => {
		const list = candidates.get(fact);
		if (list) list.push(row);
		else candidates.set(fact, [row]);
	};

	for (const row of rows) {
		if (needs.size === 0) {
			if (evaluateFilter(filter, row).matches === true) kept.push(row);
			continue;
		}

		// Ruled out by the summary alone: nothing to load for it.
		if (evaluateFilter(filter, row).matches === false) continue;
		const facts = factsOf(row);
		const {matches} = evaluateFilter(filter, row, {
			attributes: () => facts.attributes,
			tags: () => facts.tags,
			drift: () => (baseline ? rowDrifts(baseline, row, facts) : undefined),
		});
		if (matches === true) kept.push(row);
		if (needs.has('attributes')) add('attributes', row);
		if (needs.has('tags')) add('tags', row);
		if (needs.has('drift')) {
			// What the baseline needs without any facts: the rules that may apply to this row.
			for (const fact of driftFacts(baseline, row, {})) if (fact === 'storage' || !needs.has(fact)) add(fact, row);
		}
	}

	return {filter, rows: kept, candidates};
}
