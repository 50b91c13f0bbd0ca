// The whole app's state, as plain data. Reducers in this folder are pure and tested without rendering.
import type {KeyPress} from '../keymap/keys.js';
import type {Baseline} from '../domain/baseline.js';
import {pairKey} from '../domain/instances.js';
import type {TerminalSize} from '../domain/layout.js';
import type {
	InstanceAttribute,
	InstanceDetail,
	InstanceSummary,
	Loadable,
	PairStatus,
	Tags,
	Target,
} from '../domain/types.js';
import {EMPTY_FIELD, type TextField} from '../domain/text-field.js';
import type {Filter} from '../domain/filter.js';
import type {RowsFilter} from '../domain/filter-rows.js';
import {DEFAULT_SORT, type ListSort} from '../domain/sort.js';
import type {ApplyRequest, Form} from './form-state.js';
import {EMPTY_FLEET, type FleetState} from './fleet-reducer.js';
import type {BulkRun, BulkTagsForm, MatrixState} from './matrix-state.js';
import {EMPTY_REPLICATION, type ReplicationState} from './replication-state.js';
import type {InstanceSettings} from './settings-state.js';

export type Pair = {
	readonly target: Target;
	readonly status: PairStatus;
};

export type Inventory = {
	/** Every row, sorted (alias, region, profile, id). */
	readonly rows: readonly InstanceSummary[];
	/** Keyed by pairKey(target), in the order the targets were chosen. */
	readonly pairs: ReadonlyMap<string, Pair>;
	/** Bumped to ask for a (re)load. */
	readonly generation: number;
	/** Set while the rows come from the cache of an earlier run. */
	readonly staleSince?: string;
};

export type ListState = {
	readonly cursor: number;
	/** The first row on screen: it moves only when the cursor leaves the window, by one row for a step (domain/list-window.ts). */
	readonly scroll: number;
	readonly filter: TextField;
	readonly filterEditing: boolean;
	/** `o` / `O`: the key the rows are sorted by, and the direction. */
	readonly sort: ListSort;
	/** Marked instances (instance keys): they survive filtering and refresh. */
	readonly marks: ReadonlySet<string>;
};

export type DetailState = {
	readonly target: Target;
	readonly instanceId: string;
	readonly summary: InstanceSummary;
	readonly generation: number;
	readonly describe: Loadable<InstanceDetail>;
	readonly attributes: Loadable<readonly InstanceAttribute[]>;
	readonly tags: Loadable<Tags>;
	/** Storage, origins, Lambda, Lex, keys, integrations, counts: undefined until the first answer. */
	readonly settings?: InstanceSettings;
	readonly scroll: number;
	/** How far the view can scroll (reported by the view once it has laid the content out). */
	readonly maxScroll: number;
	/** A form asked for while its section was still loading: it opens when the section arrives. */
	readonly pendingForm?: 'attributes' | 'tags' | 'origins';
	/** Keys pressed after asking for the pending form: they are the form's, in order, once it opens. */
	readonly queuedKeys?: readonly KeyPress[];
};

export type PickerItem = {
	readonly value: string;
	readonly label: string;
	readonly note?: string;
};

export type PickerState = {
	readonly kind: 'picker';
	readonly which: 'profiles' | 'regions';
	readonly items: readonly PickerItem[];
	readonly selected: ReadonlySet<string>;
	readonly query: TextField;
	readonly cursor: number;
	/** Profiles marked read-only (profile picker only). */
	readonly readOnly: ReadonlySet<string>;
	readonly error?: string;
};

export type HelpState = {
	readonly kind: 'help';
	readonly scroll: number;
};

/** `e`: every (profile, region) with its whole error. */
export type ErrorsState = {
	readonly kind: 'errors';
	readonly scroll: number;
};

export type Overlay = PickerState | HelpState | ErrorsState;

/**
 * 'attributes', 'tags' and 'origins' are the forms opened from the detail view (state.form holds them);
 * 'matrix' is the fleet matrix (state.matrix); 'bulk-tags' the bulk tags form (state.bulkTags).
 */
export type Screen = 'list' | 'detail' | 'attributes' | 'tags' | 'origins' | 'matrix' | 'bulk-tags';

/** One note of the first frame's message, in full: its paragraphs (display-safe), each wrapped on its own. */
export type StartNote = readonly string[];

export type Message = {
	readonly text: string;
	readonly tone: 'info' | 'warning' | 'error' | 'success';
	/** The whole text is in the `e` overlay: when the line is cut, it says so. */
	readonly inFull?: boolean;
};

/** A profile's credential chain waiting for a one-time MFA code. */
export type MfaPrompt = {
	readonly id: number;
	readonly profile: string;
	readonly serial: string;
	readonly code: TextField;
	readonly error?: string;
	/** Set by the keys; the prompt hook hands it to the waiting credential chain. */
	readonly answer?: {readonly code: string} | {readonly cancelled: true};
};

/**
 * The list's rows as the views show them, derived from the inventory, the filter, what is known of
 * each instance and the sort (state/selectors.ts `withView`, after every action), each part with the
 * inputs it was made from, so that a change redoes only what depends on it.
 */
export type ListView = {
	readonly text: string;
	readonly baseline: Baseline | undefined;
	readonly filter: Filter;
	readonly rows: Inventory['rows'];
	/** The fleet's entries when the filter reads them, else undefined. */
	readonly entries: unknown;
	readonly filtered: RowsFilter<InstanceSummary>;
	readonly sort: ListSort;
	readonly visible: readonly InstanceSummary[];
};

export type AppState = {
	readonly screen: Screen;
	/** Derived (never set by a reducer by hand): see ListView. Missing until the first action. */
	readonly view?: ListView;
	readonly overlay?: Overlay;
	/** MFA codes asked for, oldest first: the first is on screen above everything else. */
	readonly mfa: readonly MfaPrompt[];
	readonly inventory: Inventory;
	readonly list: ListState;
	readonly detail?: DetailState;
	/** The open attributes or tags form (screen 'attributes' / 'tags'). */
	readonly form?: Form;
	/** Set to ask the apply hook to check, send and read back a reviewed change. */
	readonly apply?: ApplyRequest;
	/** Last known attributes and tags per instance, and the reads asked for. */
	readonly fleet: FleetState;
	/** What the list knows of each instance's replication (its REPLICA column), and the reads asked for. */
	readonly replication: ReplicationState;
	readonly matrix?: MatrixState;
	/** `T`: the bulk tags form (screen 'bulk-tags'). */
	readonly bulkTags?: BulkTagsForm;
	/** --baseline: what instances should hold (drift in the matrix, the detail view and the `drift` filter). */
	readonly baseline?: Baseline;
	/** A bulk apply under way (the bulk hook runs it), then its report. */
	readonly bulk?: BulkRun;
	/** Chosen profiles and regions: the inventory is their cross product. */
	readonly profiles: readonly string[];
	readonly regions: readonly string[];
	/** What the pickers offer. */
	readonly availableProfiles: readonly string[];
	readonly availableRegions: readonly string[];
	/** --read-only: nothing that changes AWS can be sent. */
	readonly readOnly: boolean;
	/** Profiles marked read-only in the profile picker. */
	readonly readOnlyProfiles: ReadonlySet<string>;
	/** Names that stand for accounts found through IAM Identity Center or Organizations (not profiles). */
	readonly accounts: ReadonlySet<string>;
	/** The terminal's size: pages and scroll limits follow from it (domain/layout.ts). */
	readonly size: TerminalSize;
	/** Bumped for each detail load and each apply, so results of an earlier one are told apart and dropped. */
	readonly generations: {readonly detail: number; readonly apply: number};
	readonly message?: Message;
	/** What the first frame's message said, in full (local files set aside, notes on the plan): `e` shows it. */
	readonly startNotes: readonly StartNote[];
	/** Text to put on the terminal's clipboard (OSC 52); the clipboard hook writes it once per copy. */
	readonly clipboard?: {readonly copy: number; readonly text: string};
	readonly quit: boolean;
	/** Asks the terminal hook to suspend (Ctrl-Z) or redraw (Ctrl-L); `seq` counts the requests. */
	readonly terminal?: {readonly request: 'suspend' | 'redraw'; readonly seq: number};
};

export function targetsOf(profiles: readonly string[], regions: readonly string[]): Target[] {
	return profiles.flatMap((profile) => regions.map((region) => ({profile, region})));
}

export type InitialOptions = {
	readonly profiles: readonly string[];
	readonly regions: readonly string[];
	readonly availableProfiles: readonly string[];
	readonly availableRegions: readonly string[];
	readonly readOnly?: boolean;
	readonly readOnlyProfiles?: readonly string[];
	readonly accounts?: readonly string[];
	readonly cachedRows?: readonly InstanceSummary[];
	readonly cachedAt?: string;
	readonly size?: TerminalSize;
	readonly message?: Message;
	readonly startNotes?: readonly StartNote[];
	/** Attributes and tags remembered from an earlier run. */
	readonly fleet?: FleetState;
	readonly baseline?: Baseline;
};

export function initialState(options: InitialOptions): AppState {
	const pairs = new Map<string, Pair>();
	for (const target of targetsOf(options.profiles, options.regions)) {
		pairs.set(pairKey(target), {target, status: {kind: 'loading'}});
	}

	return {
		screen: 'list',
		mfa: [],
		inventory: {
			rows: options.cachedRows ?? [],
			pairs,
			generation: 1,
			staleSince: options.cachedRows && options.cachedRows.length > 0 ? options.cachedAt : undefined,
		},
		list: {cursor: 0, scroll: 0, filter: EMPTY_FIELD, filterEditing: false, sort: DEFAULT_SORT, marks: new Set()},
		fleet: options.fleet ?? EMPTY_FLEET,
		...(options.baseline ? {baseline: options.baseline} : {}),
		replication: EMPTY_REPLICATION,
		profiles: options.profiles,
		regions: options.regions,
		availableProfiles: options.availableProfiles,
		availableRegions: options.availableRegions,
		readOnly: options.readOnly ?? false,
		readOnlyProfiles: new Set(options.readOnlyProfiles ?? []),
		accounts: new Set(options.accounts ?? []),
		size: options.size ?? {columns: 80, rows: 24},
		generations: {detail: 0, apply: 0},
		message: options.message,
		startNotes: options.startNotes ?? [],
		quit: false,
	};
}

/** Whether changes to this profile's instances are off (globally or for the profile). */
export function isReadOnlyFor(state: AppState, profile: string | undefined): boolean {
	return state.readOnly || (profile !== undefined && state.readOnlyProfiles.has(profile));
}
