// Baselines (PRODUCT.md, "Baselines"): what instances should hold, read from YAML or JSON, and the
// drift of one instance from it. Pure: the caller reads the file and loads the facts.
//
// A rule is `where` (a filter) plus sections; each section (attributes, tags…) is declared once in
// baseline-sections.ts with its parser, the facts it needs and its drift. A new section (storage…)
// is one more entry there.
// Reading a file into rules is baseline-parse.ts.
import type {TagsSpec} from './baseline-sections.js';
import type {Drift, DriftValue, FactKind, InstanceFacts, Section} from './baseline-schema.js';
import {evaluateFilter} from './filter-eval.js';
import type {Filter, FilterRow} from './filter.js';

export type BaselineRule = {
	readonly index: number;
	readonly where?: Filter;
	readonly parts: ReadonlyArray<{readonly section: Section<unknown>; readonly spec: unknown}>;
};

export type Baseline = {
	readonly file: string;
	readonly rules: readonly BaselineRule[];
};

export type {Drift, DriftKind, DriftValue, FactKind, InstanceFacts, Path, Section} from './baseline-schema.js';
export {BaselineProblem} from './baseline-schema.js';

/** Every fact any rule may need (its sections and its `where`). */
export function baselineNeeds(baseline: Baseline): Set<FactKind> {
	const needs = new Set<FactKind>();
	for (const rule of baseline.rules) {
		for (const part of rule.parts) needs.add(part.section.needs);
		for (const term of rule.where?.terms ?? []) {
			if (term.kind === 'attr') needs.add('attributes');
			if (term.kind === 'tag') needs.add('tags');
		}
	}
	return needs;
}

export type DriftResult =
	| {readonly known: true; readonly drift: readonly Drift[]}
	| {
			readonly known: false;
			readonly needs: ReadonlySet<FactKind>;
			/** What already differs in the sections whose facts are loaded (more may follow). */
			readonly drift: readonly Drift[];
	  };

function sameValue(a: DriftValue, b: DriftValue): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * How an instance differs from the baseline: every rule whose `where` holds, each section's drift.
 * Unknown until the facts the applicable rules need are loaded (then `needs` says which).
 */
export function instanceDrift(baseline: Baseline, row: FilterRow, facts: InstanceFacts): DriftResult {
	const needs = new Set<FactKind>();
	const drift: Drift[] = [];
	for (const rule of baseline.rules) {
		if (rule.where) {
			const evaluation = evaluateFilter(rule.where, row, {
				attributes: () => facts.attributes,
				tags: () => facts.tags,
			});
			if (evaluation.matches === false) continue;
			if (evaluation.matches === undefined) {
				for (const need of evaluation.needs) if (need !== 'drift') needs.add(need);
				for (const part of rule.parts) if (facts[part.section.needs] === undefined) needs.add(part.section.needs);
				continue;
			}
		}
		for (const part of rule.parts) {
			if (facts[part.section.needs] === undefined) {
				needs.add(part.section.needs);
				continue;
			}
			for (const item of part.section.drift(part.spec, facts, rule.index)) {
				const duplicate = drift.some(
					(seen) => seen.Kind === item.Kind && seen.Name === item.Name && sameValue(seen.Want, item.Want),
				);
				if (!duplicate) drift.push(item);
			}
		}
	}
	return needs.size > 0 ? {known: false, needs, drift} : {known: true, drift};
}

/**
 * The filter's `drift` lookup: whether the row differs (as soon as one loaded section differs), false
 * once every fact is loaded and nothing differs, undefined until then.
 */
export function driftLookup<Row extends FilterRow>(
	baseline: Baseline,
	factsOf: (row: Row) => InstanceFacts,
): (row: Row) => boolean | undefined {
	return (row) => rowDrifts(baseline, row, factsOf(row));
}

/** Whether one row differs from the baseline, as driftLookup decides it. */
export function rowDrifts(baseline: Baseline, row: FilterRow, facts: InstanceFacts): boolean | undefined {
	const result = instanceDrift(baseline, row, facts);
	if (result.drift.length > 0) return true;
	return result.known ? false : undefined;
}

/** Tag keys any rule names (required, or with allowed values): the matrix shows them as columns. */
export function baselineTagKeys(baseline: Baseline | undefined): string[] {
	const keys = new Set<string>();
	for (const rule of baseline?.rules ?? []) {
		for (const part of rule.parts) {
			if (part.section.key !== 'tags') continue;
			const spec = part.spec as TagsSpec;
			for (const key of spec.required) keys.add(key);
			for (const key of spec.values.keys()) keys.add(key);
		}
	}

	return [...keys];
}

/** The baseline with only the sections whose facts are given (the app loads attributes and tags), and which sections were left out. */
export function baselineFor(baseline: Baseline, facts: readonly FactKind[]): {baseline: Baseline; leftOut: string[]} {
	const leftOut = new Set<string>();
	const rules = baseline.rules.map((rule) => ({
		...rule,
		parts: rule.parts.filter((part) => {
			const kept = facts.includes(part.section.needs);
			if (!kept) leftOut.add(part.section.key);
			return kept;
		}),
	}));
	return {baseline: {...baseline, rules}, leftOut: [...leftOut]};
}

/** The first wanted value of each attribute that differs (what `F` proposes). */
export function attributeFixes(drift: readonly Drift[]): Map<string, boolean> {
	const fixes = new Map<string, boolean>();
	for (const item of drift) {
		if (item.Kind === 'attribute' && typeof item.Want === 'boolean' && !fixes.has(item.Name))
			fixes.set(item.Name, item.Want);
	}

	return fixes;
}
