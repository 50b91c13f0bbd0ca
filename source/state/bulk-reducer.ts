// A bulk apply as state: started by a review's `y`, followed by the bulk hook's progress and one
// outcome per instance, stopped by Esc (nothing new is sent), ended by a report. Failed changes stay
// pending, so `s` → `y` retries just them.
import {callsOf, paceDuration, type BulkItem} from '../domain/bulk-plan.js';
import type {BindingId} from '../keymap/keymap.js';
import type {AppState} from './app-state.js';
import {rememberValues} from './fleet-reducer.js';
import type {BulkOutcome, BulkRun} from './matrix-state.js';

export function startBulk(state: AppState, kind: BulkRun['kind'], items: readonly BulkItem[]): AppState {
	const calls = items.flatMap((item) => callsOf(item));
	return {
		...state,
		bulk: {
			generation: (state.bulk?.generation ?? 0) + 1,
			kind,
			items,
			total: items.length,
			sent: 0,
			failed: 0,
			requestsLeft: calls.length,
			timeLeftMs: paceDuration(calls),
			stopping: false,
			finished: false,
			outcomes: [],
			scroll: 0,
		},
		message: undefined,
	};
}

export type BulkEvent =
	| {
			readonly type: 'bulk/progress';
			readonly generation: number;
			readonly requestsLeft: number;
			readonly timeLeftMs: number;
	  }
	| {readonly type: 'bulk/outcome'; readonly generation: number; readonly outcome: BulkOutcome; readonly at: number}
	| {readonly type: 'bulk/done'; readonly generation: number};

function withoutPending(state: AppState, outcome: BulkOutcome): AppState {
	const matrix = state.matrix;
	if (!matrix || state.bulk?.kind !== 'attributes') return state;
	const wants = matrix.pending.get(outcome.key);
	if (!wants) return state;
	// Conflicts and changes not sent stay pending; the rest is done with unless it failed.
	if (outcome.status === 'conflict' || outcome.status === 'not-sent' || outcome.status === 'check-failed') return state;
	const kept = new Map([...wants].filter(([type]) => outcome.failed.includes(type)));
	const pending = new Map(matrix.pending);
	if (kept.size === 0) pending.delete(outcome.key);
	else pending.set(outcome.key, kept);
	return {...state, matrix: {...matrix, pending}};
}

export function receiveBulk(state: AppState, event: BulkEvent): AppState {
	const bulk = state.bulk;
	if (!bulk || bulk.generation !== event.generation) return state;
	switch (event.type) {
		case 'bulk/progress':
			return {...state, bulk: {...bulk, requestsLeft: event.requestsLeft, timeLeftMs: event.timeLeftMs}};
		case 'bulk/outcome': {
			const {outcome} = event;
			const sent = outcome.status === 'done' || outcome.status === 'partial' || outcome.status === 'failed';
			const next: AppState = {
				...state,
				bulk: {
					...bulk,
					sent: bulk.sent + (sent ? 1 : 0),
					failed: bulk.failed + (outcome.status === 'done' || outcome.status === 'not-sent' ? 0 : 1),
					outcomes: [...bulk.outcomes, outcome],
				},
			};
			const fleet = outcome.readBack
				? rememberValues(state.fleet, outcome.key, bulk.kind, outcome.readBack, event.at, bulk.kind === 'tags')
				: state.fleet;
			return withoutPending({...next, fleet}, outcome);
		}

		case 'bulk/done':
			return {...state, bulk: {...bulk, finished: true, requestsLeft: 0, timeLeftMs: 0}};
	}
}

export function handleBulkRunningKey(state: AppState, id: BindingId | undefined): AppState {
	const bulk = state.bulk;
	if (!bulk) return state;
	switch (id) {
		case 'bulk-running.stop':
			return {
				...state,
				bulk: {...bulk, stopping: true},
				message: {text: 'Stopping: requests in flight finish, nothing new is sent', tone: 'warning'},
			};
		case 'bulk-running.down':
			return {...state, bulk: {...bulk, scroll: bulk.scroll + 1}};
		case 'bulk-running.up':
			return {...state, bulk: {...bulk, scroll: Math.max(0, bulk.scroll - 1)}};
		default:
			return state;
	}
}

export function handleBulkReportKey(state: AppState, id: BindingId | undefined): AppState {
	const bulk = state.bulk;
	if (!bulk) return state;
	switch (id) {
		case 'bulk-report.close': {
			const failed = bulk.failed;
			return {
				...state,
				bulk: undefined,
				message:
					failed > 0
						? {
								text: `${failed} instance${failed === 1 ? '' : 's'} failed: their changes stay pending (s → y retries)`,
								tone: 'warning',
							}
						: undefined,
			};
		}

		case 'bulk-report.down':
			return {...state, bulk: {...bulk, scroll: bulk.scroll + 1}};
		case 'bulk-report.up':
			return {...state, bulk: {...bulk, scroll: Math.max(0, bulk.scroll - 1)}};
		default:
			return state;
	}
}
