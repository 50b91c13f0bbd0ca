// The detail view's "Instance settings": each section loads on its own and fails on its own.
// Pure: the hook (use-instance-settings.ts) asks AWS; settings-reducer.ts applies each answer.
import type {
	Count,
	CountKind,
	Integration,
	LexBot,
	SecurityKey,
	StorageConfig,
	StorageResourceType,
	TrafficDistributionGroup,
} from '../domain/settings.js';
import type {Loadable} from '../domain/types.js';

/** An answer: its value or its error (as actions.ts's LoadResult). */
type LoadResult<T> = Exclude<Loadable<T>, {readonly kind: 'loading'}>;

export type InstanceSettings = {
	/** A missing type is still loading. */
	readonly storage: Readonly<Partial<Record<StorageResourceType, Loadable<readonly StorageConfig[]>>>>;
	readonly origins: Loadable<readonly string[]>;
	readonly lambdas: Loadable<readonly string[]>;
	readonly lexV1: Loadable<readonly LexBot[]>;
	readonly lexV2: Loadable<readonly string[]>;
	readonly keys: Loadable<readonly SecurityKey[]>;
	readonly integrations: Loadable<readonly Integration[]>;
	/** Undefined until DescribeInstance says the instance is replicated (then it is asked for). */
	readonly trafficGroups?: Loadable<readonly TrafficDistributionGroup[]>;
	/** A missing kind has not answered its first page yet; `done` false while it pages. */
	readonly counts: Readonly<Partial<Record<CountKind, Loadable<Count>>>>;
};

export type SettingsUpdate =
	| {
			readonly section: 'storage';
			readonly resourceType: StorageResourceType;
			readonly result: LoadResult<readonly StorageConfig[]>;
	  }
	| {readonly section: 'origins'; readonly result: LoadResult<readonly string[]>}
	| {readonly section: 'lambdas'; readonly result: LoadResult<readonly string[]>}
	| {readonly section: 'lexV1'; readonly result: LoadResult<readonly LexBot[]>}
	| {readonly section: 'lexV2'; readonly result: LoadResult<readonly string[]>}
	| {readonly section: 'keys'; readonly result: LoadResult<readonly SecurityKey[]>}
	| {readonly section: 'integrations'; readonly result: LoadResult<readonly Integration[]>}
	| {readonly section: 'trafficGroups'; readonly result: LoadResult<readonly TrafficDistributionGroup[]>}
	| {readonly section: 'count'; readonly kind: CountKind; readonly result: LoadResult<Count>};

const loading = {kind: 'loading'} as const;

export function loadingSettings(): InstanceSettings {
	return {
		storage: {},
		origins: loading,
		lambdas: loading,
		lexV1: loading,
		lexV2: loading,
		keys: loading,
		integrations: loading,
		counts: {},
	};
}

export function applySettingsUpdate(settings: InstanceSettings, update: SettingsUpdate): InstanceSettings {
	switch (update.section) {
		case 'storage':
			return {...settings, storage: {...settings.storage, [update.resourceType]: update.result}};
		case 'count':
			return {...settings, counts: {...settings.counts, [update.kind]: update.result}};
		default:
			return {...settings, [update.section]: update.result};
	}
}
