// The baseline's storage section: `storage: {CALL_RECORDINGS: encrypted}` wants each named storage
// resource type encrypted with a KMS key (or merely `configured`), as ListInstanceStorageConfigs says.
import {BaselineProblem, isRecord, type Drift, type Path, type Section} from './baseline-schema.js';
import {STORAGE_RESOURCE_TYPES, type StorageEncryption, type StorageResourceType} from './settings.js';

/** What a rule may want of a storage type. */
export type StorageWant = 'encrypted' | 'configured';

/** Storage resource type → what it should be. */
export type StorageSpec = ReadonlyMap<StorageResourceType, StorageWant>;

const WANTS: readonly StorageWant[] = ['encrypted', 'configured'];

/** How a storage type stands, as `check` prints it. */
export const STORAGE_HAVE: Readonly<Record<StorageEncryption, string>> = {
	encrypted: 'encrypted',
	'not-encrypted': 'not encrypted',
	'not-configured': 'not configured',
	stream: 'Kinesis stream (its encryption is set on the stream, not in Amazon Connect)',
};

function isStorageType(value: string): value is StorageResourceType {
	return (STORAGE_RESOURCE_TYPES as readonly string[]).includes(value);
}

function satisfies(want: StorageWant, have: StorageEncryption): boolean {
	return want === 'encrypted' ? have === 'encrypted' : have !== 'not-configured';
}

export const storageSection: Section<StorageSpec> = {
	key: 'storage',
	needs: 'storage',
	parse(value: unknown, path: Path): StorageSpec {
		if (!isRecord(value)) throw new BaselineProblem(path, 'needs a map of storage types to encrypted or configured');
		const spec = new Map<StorageResourceType, StorageWant>();
		for (const [key, wanted] of Object.entries(value)) {
			const type = key.toUpperCase();
			if (!isStorageType(type)) {
				throw new BaselineProblem(
					[...path, key],
					`unknown storage type '${key}' (known: ${STORAGE_RESOURCE_TYPES.join(', ')})`,
				);
			}

			if (spec.has(type)) throw new BaselineProblem([...path, key], `${type} is given twice`);
			const want = typeof wanted === 'string' ? wanted.trim().toLowerCase() : undefined;
			if (!WANTS.includes(want as StorageWant)) {
				throw new BaselineProblem([...path, key], `needs encrypted or configured, not ${JSON.stringify(wanted)}`);
			}

			spec.set(type, want as StorageWant);
		}

		return spec;
	},
	drift(spec, facts, rule): Drift[] {
		const held = facts.storage ?? {};
		const drift: Drift[] = [];
		for (const [type, want] of spec) {
			const have = held[type] ?? 'not-configured';
			if (!satisfies(want, have)) drift.push({Kind: 'storage', Name: type, Want: want, Have: STORAGE_HAVE[have], rule});
		}

		return drift;
	},
};

/** The storage types a baseline's rules speak of: the only ones `check` needs to ask about. */
export function storageTypesOf(
	rules: ReadonlyArray<{
		readonly parts: ReadonlyArray<{readonly section: {readonly key: string}; readonly spec: unknown}>;
	}>,
): StorageResourceType[] {
	const types = new Set<StorageResourceType>();
	for (const rule of rules) {
		for (const part of rule.parts) {
			if (part.section.key === storageSection.key)
				for (const type of (part.spec as StorageSpec).keys()) types.add(type);
		}
	}

	return STORAGE_RESOURCE_TYPES.filter((type) => types.has(type));
}
