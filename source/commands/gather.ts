// The fan-out of the commands: every (profile, region) at once through the inventory, each page's
// rows filtered, and what the filter, `--with` or a baseline needs loaded per instance (paced by the
// gateway's request budget). Failures become `PROFILE/REGION: Code: message` lines.
import {parseAttributeValue} from '../domain/attributes.js';
import {baselineNeeds, instanceDrift, type Baseline, type InstanceFacts} from '../domain/baseline.js';
import type {FactKind} from '../domain/baseline-schema.js';
import {storageTypesOf} from '../domain/baseline-storage.js';
import {storageEncryption, type StorageEncryption} from '../domain/settings.js';
import {errorCode, errorMessage} from '../domain/errors.js';
import {evaluateFilter} from '../domain/filter-eval.js';
import {filterNeeds, type Filter} from '../domain/filter.js';
import type {ConnectGateway} from '../domain/gateway.js';
import {fetchInventory} from '../domain/inventory.js';
import {sanitizeLine} from '../domain/sanitize.js';
import type {InstanceAttribute, InstanceSummary, Tags, Target} from '../domain/types.js';

export type Gathered = {
	readonly row: InstanceSummary;
	attributes?: readonly InstanceAttribute[];
	tags?: Tags;
	/** Storage type → how it stands, for the types the baseline names. */
	storage?: Record<string, StorageEncryption>;
};

export type GatherOptions = {
	readonly filter: Filter;
	/** Loaded for every row kept (`--with`, or what a baseline needs). */
	readonly load: ReadonlySet<'attributes' | 'tags'>;
	readonly baseline?: Baseline;
	/** Rows kept from one page, as soon as they are decided. */
	readonly onRows?: (rows: readonly Gathered[]) => void;
	/** One line for stderr, display-safe. */
	readonly onFailure: (line: string) => void;
};

/** `PROFILE/REGION: Code: message`, one inert line. */
export function failureLine(target: Target, code: string, message: string): string {
	return sanitizeLine(`${target.profile}/${target.region}: ${code}: ${message}`);
}

export function factsOf(item: Gathered): InstanceFacts {
	const attributes = item.attributes
		? Object.fromEntries(item.attributes.map((a) => [a.type, parseAttributeValue(a.value)]))
		: undefined;
	return {
		...(attributes ? {attributes} : {}),
		...(item.tags ? {tags: item.tags} : {}),
		...(item.storage ? {storage: item.storage} : {}),
	};
}

/** Gathers every row the filter keeps; resolves with them (in arrival order) and whether any pair or call failed. */
export async function gather(
	gateway: ConnectGateway,
	targets: readonly Target[],
	options: GatherOptions,
): Promise<{rows: Gathered[]; failed: boolean}> {
	const {filter, baseline} = options;
	const kept: Gathered[] = [];
	let failed = false;
	const fail = (target: Target, code: string, message: string) => {
		failed = true;
		options.onFailure(failureLine(target, code, message));
	};
	const needed = new Set<FactKind>(options.load);
	const storageTypes = baseline ? storageTypesOf(baseline.rules) : [];
	for (const need of filterNeeds(filter)) {
		if (need === 'attributes' || need === 'tags') needed.add(need);
	}
	if (baseline) for (const need of baselineNeeds(baseline)) needed.add(need);
	const decide = (item: Gathered) => {
		const facts = factsOf(item);
		const drift = () => {
			if (!baseline) return undefined;
			const result = instanceDrift(baseline, item.row, facts);
			return result.known ? result.drift.length > 0 : undefined;
		};
		return evaluateFilter(filter, item.row, {attributes: () => facts.attributes, tags: () => facts.tags, drift})
			.matches;
	};

	async function load(item: Gathered): Promise<void> {
		const target = {profile: item.row.profile, region: item.row.region};
		const what = (part: string) => `${part} of instance ${item.row.alias || item.row.id}`;
		const calls: Array<Promise<void>> = [];
		if (needed.has('attributes')) {
			calls.push(
				gateway.listInstanceAttributes(target, item.row.id).then(
					(attributes) => {
						item.attributes = attributes;
					},
					(error: unknown) => fail(target, errorCode(error), `${what('attributes')}: ${errorMessage(error)}`),
				),
			);
		}
		if (needed.has('tags')) {
			calls.push(
				gateway.listTags(target, item.row.arn).then(
					(tags) => {
						item.tags = tags;
					},
					(error: unknown) => fail(target, errorCode(error), `${what('tags')}: ${errorMessage(error)}`),
				),
			);
		}
		if (needed.has('storage')) {
			// One ListInstanceStorageConfigs per type the baseline names; a failed type leaves the facts unknown.
			const storage: Record<string, StorageEncryption> = {};
			let complete = true;
			calls.push(
				Promise.all(
					storageTypes.map(async (type) =>
						gateway.listStorageConfigs(target, item.row.id, type).then(
							(configs) => {
								storage[type] = storageEncryption(configs);
							},
							(error: unknown) => {
								complete = false;
								fail(target, errorCode(error), `${what(`storage ${type}`)}: ${errorMessage(error)}`);
							},
						),
					),
				).then(() => {
					if (complete) item.storage = storage;
				}),
			);
		}

		await Promise.all(calls);
	}

	async function page(rows: readonly InstanceSummary[]): Promise<void> {
		// Rows the summary already rules out need nothing loaded.
		const candidates = rows.map((row): Gathered => ({row})).filter((item) => decide(item) !== false);
		const loaded = await Promise.all(
			candidates.map(async (item) => {
				if (needed.size > 0) await load(item);
				return {item};
			}),
		);
		// A row whose facts failed to load stays undecided when the filter needed them, and is left out.
		const decided = loaded.filter(({item}) => decide(item) === true).map(({item}) => item);
		kept.push(...decided);
		if (decided.length > 0) options.onRows?.(decided);
	}

	const pages: Array<Promise<void>> = [];
	const result = await fetchInventory(gateway, targets, {
		concurrency: 16,
		onPage(_target, rows) {
			pages.push(page(rows));
		},
		onPairError(target, error) {
			fail(target, error.code, error.message);
		},
	});
	await Promise.all(pages);
	return {rows: kept, failed: failed || result.failures.length > 0};
}
