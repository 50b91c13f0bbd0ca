// Baselines (PRODUCT.md, "Baselines"): what instances should hold, read from YAML or JSON, and the
// drift of one instance from it. Pure: the caller reads the file and loads the facts.
//
// A rule is `where` (a filter) plus sections; each section (attributes, tags…) is declared once in
// baseline-sections.ts with its parser, the facts it needs and its drift. A new section (storage…)
// is one more entry there.
import {isMap, isScalar, LineCounter, parseDocument, type Document} from 'yaml';
import {SECTIONS, type TagsSpec} from './baseline-sections.js';
import {
	BaselineProblem,
	checkKeys,
	isRecord,
	pathText,
	type Drift,
	type DriftValue,
	type FactKind,
	type InstanceFacts,
	type Path,
	type Section,
} from './baseline-schema.js';
import {evaluateFilter} from './filter-eval.js';
import {malformedText, parseFilter, type Filter, type FilterRow} from './filter.js';

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

const TOP_KEYS = ['rules'];

export function ruleKeys(): string[] {
	return ['where', ...SECTIONS.map((section) => section.key)];
}

function parseRule(value: unknown, index: number): BaselineRule {
	const path = ['rules', index];
	if (!isRecord(value)) throw new BaselineProblem(path, `a rule is a map of ${ruleKeys().join(', ')}`);
	checkKeys(value, ruleKeys(), path);
	let where: Filter | undefined;
	if (value['where'] !== undefined && value['where'] !== null) {
		if (typeof value['where'] !== 'string')
			throw new BaselineProblem([...path, 'where'], 'needs a filter expression (a string)');
		where = parseFilter(value['where'], {inBaseline: true});
		if (where.malformed.length > 0)
			throw new BaselineProblem([...path, 'where'], `bad filter: ${malformedText(where)}`);
	}
	const parts = SECTIONS.filter((section) => value[section.key] !== undefined).map((section) => ({
		section,
		spec: section.parse(value[section.key], [...path, section.key]),
	}));
	return {index, ...(where === undefined ? {} : {where}), parts};
}

/** The line (1-based) of a path in the document, when it can be found. */
function lineOf(doc: Document, counter: LineCounter, path: Path): number | undefined {
	for (let length = path.length; length >= 0; length--) {
		const sub = path.slice(0, length);
		// A map key's own position is more precise than its value's (which may be on the next line).
		const parent = sub.length === 0 ? undefined : doc.getIn(sub.slice(0, -1), true);
		if (isMap(parent)) {
			const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(sub.at(-1)));
			const offset = (pair?.key as {range?: [number, number]} | undefined)?.range?.[0];
			if (offset !== undefined) return counter.linePos(offset).line;
		}
		const node = doc.getIn(sub, true) as {range?: [number, number]} | undefined;
		if (node?.range) return counter.linePos(node.range[0]).line;
	}
	return undefined;
}

/** One line: `FILE:LINE: PLACE: reason`. */
function problemText(file: string, line: number | undefined, path: Path, reason: string): string {
	const place = pathText(path);
	return [file + (line === undefined ? '' : `:${line}`), ...(place === '' ? [] : [place]), reason].join(': ');
}

/** Reads a baseline (YAML, or JSON which is YAML too). The error is one line naming the file, the line, the place and why. */
export function parseBaseline(text: string, file: string): {baseline: Baseline} | {error: string} {
	const counter = new LineCounter();
	const doc = parseDocument(text, {lineCounter: counter, prettyErrors: false, uniqueKeys: true});
	const yamlError = doc.errors[0];
	if (yamlError) {
		const line = counter.linePos(yamlError.pos[0]).line;
		const reason = yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
		return {error: problemText(file, line, [], `not valid YAML or JSON: ${reason}`)};
	}
	try {
		const value: unknown = doc.toJS({maxAliasCount: 100});
		if (value === null || value === undefined)
			throw new BaselineProblem([], 'is empty (it needs rules:, a list of rules)');
		if (!isRecord(value)) throw new BaselineProblem([], 'needs a map with rules: (a list of rules)');
		checkKeys(value, TOP_KEYS, []);
		const rules = value['rules'];
		if (!Array.isArray(rules)) throw new BaselineProblem(['rules'], 'needs a list of rules');
		return {baseline: {file, rules: rules.map((rule, index) => parseRule(rule, index))}};
	} catch (error: unknown) {
		if (error instanceof BaselineProblem) {
			return {error: problemText(file, lineOf(doc, counter, error.path), error.path, error.reason)};
		}
		return {error: problemText(file, undefined, [], error instanceof Error ? error.message : String(error))};
	}
}

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
