// Reading a baseline file (YAML, or JSON which is YAML too) into rules (domain/baseline.ts). Kept apart
// from the drift itself so that the YAML parser loads only when a baseline is read.
import {isMap, isScalar, LineCounter, parseDocument, type Document} from 'yaml';
import {SECTIONS} from './baseline-sections.js';
import {BaselineProblem, checkKeys, isRecord, pathText, type Path} from './baseline-schema.js';
import type {Baseline, BaselineRule} from './baseline.js';
import {malformedText, parseFilter, type Filter} from './filter.js';

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
