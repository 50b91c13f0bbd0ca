import type {InstanceAttribute, InstanceDetail, InstanceSummary, Tags, Target} from '../domain/types.js';
import type {TerminalSize} from '../domain/layout.js';
import type {KeyPress} from '../keymap/keys.js';
import type {ApplyResult} from './form-state.js';
import type {BulkEvent} from './bulk-reducer.js';
import type {FleetLoadResult} from './fleet-reducer.js';
import type {ReplicationResult} from './replication-state.js';
import type {SettingsUpdate} from './settings-state.js';

export type Action =
	| {readonly type: 'key'; readonly press: KeyPress}
	/** Text the terminal delivered as one paste (bracketed paste): it goes whole into the focused field. */
	| {readonly type: 'paste'; readonly text: string}
	| {readonly type: 'resize'; readonly size: TerminalSize}
	| {
			readonly type: 'inventory/page';
			readonly target: Target;
			readonly page: readonly InstanceSummary[];
			readonly first: boolean;
	  }
	| {readonly type: 'inventory/done'; readonly target: Target; readonly count: number; readonly notEnabled?: true}
	| {readonly type: 'inventory/error'; readonly target: Target; readonly code: string; readonly message: string}
	| {readonly type: 'inventory/batch'; readonly actions: readonly Action[]}
	| {readonly type: 'detail/describe'; readonly generation: number; readonly result: LoadResult<InstanceDetail>}
	| {
			readonly type: 'detail/attributes';
			readonly generation: number;
			readonly result: LoadResult<readonly InstanceAttribute[]>;
	  }
	| {readonly type: 'detail/tags'; readonly generation: number; readonly result: LoadResult<Tags>}
	| {readonly type: 'detail/settings'; readonly generation: number; readonly update: SettingsUpdate}
	| {readonly type: 'detail/max-scroll'; readonly maxScroll: number}
	| {readonly type: 'form/dialog-max-scroll'; readonly maxScroll: number}
	| {
			readonly type: 'apply/result';
			readonly generation: number;
			readonly result: ApplyResult;
			readonly journalFailed?: boolean;
	  }
	| {readonly type: 'mfa/ask'; readonly id: number; readonly profile: string; readonly serial: string}
	| {readonly type: 'mfa/done'; readonly id: number}
	| {readonly type: 'profiles/available'; readonly profiles: readonly string[]}
	| {readonly type: 'fleet/results'; readonly results: readonly FleetLoadResult[]}
	| {readonly type: 'replication/results'; readonly results: readonly ReplicationResult[]}
	| BulkEvent
	| {readonly type: 'message'; readonly text: string; readonly tone: 'info' | 'warning' | 'error' | 'success'};

export type LoadResult<T> =
	{readonly kind: 'ok'; readonly value: T} | {readonly kind: 'error'; readonly code: string; readonly message: string};
