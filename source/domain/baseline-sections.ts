// The sections a baseline rule may hold, each with its parser, the facts it needs and its drift.
// To add one (storage: {CALL_RECORDINGS: encrypted}), write a Section and list it in SECTIONS.
import {ATTRIBUTE_CATALOGUE, isKnownAttributeType} from './attributes.js';
import {storageSection} from './baseline-storage.js';
import {BaselineProblem, checkKeys, isRecord, type Drift, type Path, type Section} from './baseline-schema.js';

/** Attribute type → wanted on/off. */
export type AttributesSpec = ReadonlyMap<string, boolean>;

function onOff(value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	if (typeof value !== 'string') return undefined;
	const lower = value.trim().toLowerCase();
	if (lower === 'on' || lower === 'true') return true;
	if (lower === 'off' || lower === 'false') return false;
	return undefined;
}

export const attributesSection: Section<AttributesSpec> = {
	key: 'attributes',
	needs: 'attributes',
	parse(value: unknown, path: Path): AttributesSpec {
		if (!isRecord(value)) throw new BaselineProblem(path, 'needs a map of attribute types to on or off');
		const spec = new Map<string, boolean>();
		for (const [key, wanted] of Object.entries(value)) {
			const type = key.toUpperCase();
			if (!isKnownAttributeType(type)) {
				const known = ATTRIBUTE_CATALOGUE.map((info) => info.type).join(', ');
				throw new BaselineProblem([...path, key], `unknown attribute type '${key}' (known: ${known})`);
			}
			if (spec.has(type)) throw new BaselineProblem([...path, key], `${type} is given twice`);
			const on = onOff(wanted);
			if (on === undefined) throw new BaselineProblem([...path, key], `needs on or off, not ${JSON.stringify(wanted)}`);
			spec.set(type, on);
		}
		return spec;
	},
	drift(spec, facts, rule): Drift[] {
		const held = facts.attributes ?? {};
		const drift: Drift[] = [];
		for (const [type, want] of spec) {
			const have = held[type];
			// An attribute AWS does not report is off.
			if ((have ?? false) !== want) drift.push({Kind: 'attribute', Name: type, Want: want, Have: have ?? null, rule});
		}
		return drift;
	},
};

export type TagsSpec = {
	readonly required: readonly string[];
	/** Key → the values it may hold (when present). */
	readonly values: ReadonlyMap<string, readonly string[]>;
};

function stringList(value: unknown, path: Path, what: string): string[] {
	const list = typeof value === 'string' ? [value] : value;
	if (!Array.isArray(list)) throw new BaselineProblem(path, `needs a list of ${what}`);
	return list.map((item, index) => {
		if (typeof item === 'string' && item !== '') return item;
		if (typeof item === 'number' || typeof item === 'boolean') return String(item);
		throw new BaselineProblem([...path, index], `needs a ${what.replace(/s$/u, '')}, not ${JSON.stringify(item)}`);
	});
}

/** Wanted for a tag that must be present, whatever its value. */
export const PRESENT = 'present';

export const tagsSection: Section<TagsSpec> = {
	key: 'tags',
	needs: 'tags',
	parse(value: unknown, path: Path): TagsSpec {
		if (!isRecord(value)) throw new BaselineProblem(path, 'needs a map with required: and/or values:');
		checkKeys(value, ['required', 'values'], path);
		const required =
			value['required'] === undefined ? [] : stringList(value['required'], [...path, 'required'], 'tag keys');
		const values = new Map<string, readonly string[]>();
		if (value['values'] !== undefined) {
			const map = value['values'];
			if (!isRecord(map)) throw new BaselineProblem([...path, 'values'], 'needs a map of tag keys to allowed values');
			for (const [key, allowed] of Object.entries(map)) {
				values.set(key, stringList(allowed, [...path, 'values', key], 'values'));
			}
		}
		return {required, values};
	},
	drift(spec, facts, rule): Drift[] {
		const tags = facts.tags ?? {};
		const drift: Drift[] = [];
		const has = (key: string) => Object.hasOwn(tags, key);
		for (const key of spec.required) {
			if (!has(key)) drift.push({Kind: 'tag', Name: key, Want: spec.values.get(key) ?? PRESENT, Have: null, rule});
		}
		for (const [key, allowed] of spec.values) {
			if (has(key) && !allowed.includes(tags[key]!))
				drift.push({Kind: 'tag', Name: key, Want: allowed, Have: tags[key]!, rule});
		}
		return drift;
	},
};

/** Every section, in the order a rule's drift lists them. */
export const SECTIONS: ReadonlyArray<Section<unknown>> = [
	attributesSection as Section<unknown>,
	tagsSection as Section<unknown>,
	storageSection as Section<unknown>,
];
