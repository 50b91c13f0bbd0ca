// The parts of a baseline every section shares: drift items, facts, places and problems.
import type {StorageEncryption} from './settings.js';
import type {Tags} from './types.js';

/** What kind of setting differs. Sections add their own kind here. */
export type DriftKind = 'attribute' | 'tag' | 'storage';

/** A wanted or held value: on/off as booleans, tag values as strings, allowed values as a list; null: absent. */
export type DriftValue = boolean | string | readonly string[] | null;

/** One difference, in the field names `connectui check --output json` prints (plus the rule's index). */
export type Drift = {
	readonly Kind: DriftKind;
	readonly Name: string;
	readonly Want: DriftValue;
	readonly Have: DriftValue;
	/** Index of the rule (0-based) that wants it. */
	readonly rule: number;
};

/** What is known about an instance beyond its summary; absent: not loaded. Sections add their facts here. */
export type InstanceFacts = {
	/** Attribute type → on/off (undefined inside: AWS did not report that type). */
	readonly attributes?: Readonly<Record<string, boolean | undefined>>;
	readonly tags?: Tags;
	/** Storage resource type → how it stands (a type missing inside: not configured). */
	readonly storage?: Readonly<Partial<Record<string, StorageEncryption>>>;
};

export type FactKind = keyof InstanceFacts;

/** A place in the document: keys and list indexes from the top. */
export type Path = ReadonlyArray<string | number>;

/** Thrown by a section's parser; parseBaseline turns it into one line naming the file, line and place. */
export class BaselineProblem extends Error {
	constructor(
		readonly path: Path,
		readonly reason: string,
	) {
		super(reason);
	}
}

export type Section<Spec> = {
	/** The key in a rule (`attributes`). */
	readonly key: string;
	/** The facts its drift compares against. */
	readonly needs: FactKind;
	/** Checks the rule's value; throws BaselineProblem. */
	parse(value: unknown, path: Path): Spec;
	/** The differences, given the facts it needs (never called without them). */
	drift(spec: Spec, facts: InstanceFacts, rule: number): Drift[];
};

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `rules[0].attributes.CONTACT_LENS`. */
export function pathText(path: Path): string {
	return path.reduce<string>(
		(text, part) => (typeof part === 'number' ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`),
		'',
	);
}

/** A map's keys, refusing those not known. */
export function checkKeys(value: Record<string, unknown>, known: readonly string[], path: Path): void {
	for (const key of Object.keys(value)) {
		if (!known.includes(key)) {
			throw new BaselineProblem([...path, key], `unknown key '${key}' (known: ${known.join(', ')})`);
		}
	}
}
