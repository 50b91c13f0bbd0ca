import type {BindingId} from '../keymap/keymap.js';
import {TEXT_SCOPES} from '../keymap/keymap.js';
import {cursorMoveOf, helpBodyHeight, helpMaxScroll, movedCursor} from '../domain/layout.js';
import {helpLineCount, helpSections} from '../keymap/hints.js';
import {isMutatingKey, matchBinding, matchGlobal} from '../keymap/match.js';
import type {KeyPress} from '../keymap/keys.js';
import type {Action} from './actions.js';
import type {AppState} from './app-state.js';
import {handleDetailAction, receiveDetail, setMaxScroll} from './detail-reducer.js';
import {receiveApplyResult} from './apply-result.js';
import {setDialogMaxScroll} from './form-dialogs.js';
import {handleFormKey} from './form-reducer.js';
import {receiveSettings} from './settings-reducer.js';
import {pairDone, pairError, receivePage, withInventory} from './inventory-reducer.js';
import {handleFilterAction, handleListAction, withListWindow} from './list-reducer.js';
import {handlePickerAction} from './picker-reducer.js';
import {askMfa, handleMfaAction, mfaDone} from './mfa-reducer.js';
import {pasteText, textKey} from './text-input.js';
import {handleErrorsAction} from './errors-reducer.js';
import {activeScope, contentHeightOf, readOnlyHere, withFilterLoads, withView} from './selectors.js';
import {handleBulkConfirmKey, handleMatrixKey, handleMatrixReviewKey} from './matrix-reducer.js';
import {handleBulkReportKey, handleBulkRunningKey, receiveBulk} from './bulk-reducer.js';
import {receiveLoads} from './fleet-reducer.js';
import {withMatrixWindow} from './matrix-window.js';
import {
	handleBulkTagInput,
	handleBulkTagsConfirmKey,
	handleBulkTagsKey,
	handleBulkTagsReviewKey,
} from './bulk-tags-reducer.js';
import {askReplication, receiveReplication} from './replication-reducer.js';

/** How far the help overlay can scroll on this terminal. */
function helpScrollLimit(state: AppState): number {
	return helpMaxScroll(helpLineCount(helpSections({readOnly: readOnlyHere(state)})), contentHeightOf(state));
}

function handleHelp(state: AppState, id: BindingId | undefined): AppState {
	if (state.overlay?.kind !== 'help') return state;
	const maxScroll = helpScrollLimit(state);
	const scroll = Math.min(state.overlay.scroll, maxScroll);
	switch (id) {
		case 'help.close':
			return {...state, overlay: undefined};
		case 'help.down':
		case 'help.up':
		case 'help.page-down':
		case 'help.page-up':
		case 'help.top':
		case 'help.bottom': {
			// The scroll position moves like a cursor over the positions 0…maxScroll.
			const page = helpBodyHeight(contentHeightOf(state));
			return {...state, overlay: {kind: 'help', scroll: movedCursor(cursorMoveOf(id)!, scroll, maxScroll + 1, page)}};
		}
		default:
			return state;
	}
}

/** A global key: it works over every screen and overlay (see matchGlobal for where it does not). */
function handleGlobal(state: AppState, id: BindingId): AppState {
	switch (id) {
		case 'help':
			return {...state, overlay: {kind: 'help', scroll: 0}};
		case 'quit-now':
			return {...state, quit: true};
		case 'suspend':
		case 'redraw':
			return {...state, terminal: {request: id, seq: (state.terminal?.seq ?? 0) + 1}};
		default:
			return state;
	}
}

/** One key press, in the state it finds: pure, so keys typed ahead in one read each count, in order. */
export function reduceKey(state: AppState, press: KeyPress): AppState {
	const scope = activeScope(state);
	const readOnly = readOnlyHere(state);
	const binding = matchBinding(scope, press.name, {readOnly});
	const global = binding ? undefined : matchGlobal(scope, press.name);
	if (global) return handleGlobal(state, global.id);
	if (scope === 'detail' && state.detail?.pendingForm && binding?.id !== 'detail.back')
		return queueForPendingForm(state, press);
	if (!binding && readOnly && isMutatingKey(scope, press.name)) {
		return {...state, message: {text: 'read-only: changes are off for this session or profile', tone: 'warning'}};
	}

	if (TEXT_SCOPES.has(scope) && !binding) return textKey(state, scope, press) ?? state;

	switch (scope) {
		case 'mfa':
			return binding ? handleMfaAction(state, binding.id) : state;
		case 'errors':
			return binding ? handleErrorsAction(state, binding.id) : state;
		case 'help':
			return handleHelp(state, binding?.id);
		case 'picker':
			return state.overlay?.kind === 'picker' && binding ? handlePickerAction(state, state.overlay, binding.id) : state;
		case 'filter':
			return binding ? handleFilterAction(state, binding.id) : state;
		case 'list':
			return binding ? handleListAction(state, binding.id) : state;
		case 'detail':
			return binding ? handleDetailAction(state, binding.id, readOnly) : state;
		case 'matrix':
			return state.matrix ? handleMatrixKey(state, state.matrix, binding?.id) : state;
		case 'bulk-review':
			if (state.screen === 'bulk-tags')
				return state.bulkTags ? handleBulkTagsReviewKey(state, state.bulkTags, binding?.id) : state;
			return state.matrix ? handleMatrixReviewKey(state, state.matrix, binding?.id) : state;
		case 'bulk-confirm':
			if (state.screen === 'bulk-tags')
				return state.bulkTags ? handleBulkTagsConfirmKey(state, state.bulkTags, binding?.id) : state;
			return state.matrix ? handleBulkConfirmKey(state, state.matrix, binding?.id) : state;
		case 'bulk-tags':
			return state.bulkTags ? handleBulkTagsKey(state, state.bulkTags, binding?.id) : state;
		case 'bulk-tag-input':
			return state.bulkTags?.input
				? handleBulkTagInput(state, state.bulkTags, state.bulkTags.input, binding?.id)
				: state;
		case 'bulk-running':
			return handleBulkRunningKey(state, binding?.id);
		case 'bulk-report':
			return handleBulkReportKey(state, binding?.id);
		case 'attributes':
		case 'tags':
		case 'tag-input':
		case 'origins':
		case 'origin-input':
		case 'review':
		case 'confirm':
			return state.form ? handleFormKey(state, state.form, binding?.id, readOnly) : state;
		default:
			return state;
	}
}

/**
 * A key pressed while the form it follows is still loading belongs to that form (`t a` adds a tag even
 * while the tags load): it waits, in order, and is replayed when the form opens. Leaving the detail
 * view (Esc, q) still leaves at once, and drops the form and its keys.
 */
function queueForPendingForm(state: AppState, press: KeyPress): AppState {
	const detail = state.detail!;
	return {...state, detail: {...detail, queuedKeys: [...(detail.queuedKeys ?? []), press]}};
}

/** After a detail section arrives: if the pending form opened, the keys that waited for it now count. */
function replayQueuedKeys(before: AppState, after: AppState): AppState {
	const queued = before.detail?.queuedKeys;
	if (!queued || after.detail?.pendingForm) return after;
	const cleared: AppState = after.detail ? {...after, detail: {...after.detail, queuedKeys: undefined}} : after;
	// The section failed and no form opened: the keys were meant for a form that is not there.
	if (cleared.screen === 'detail') return cleared;
	return queued.reduce(reduceKey, cleared);
}

/**
 * Every action, then what the filter needs is asked for, the list's (and the matrix's) window
 * follows its cursor, and the replication of the rows on the list's screen is asked for.
 */
export function reducer(state: AppState, action: Action): AppState {
	return askReplication(
		state,
		withMatrixWindow(withListWindow(withFilterLoads(withView(step(state, action)), state.fleet.request), state), state),
	);
}

function step(state: AppState, action: Action): AppState {
	switch (action.type) {
		case 'key':
			return reduceKey(state, action.press);
		case 'paste':
			return pasteText(state, activeScope(state), action.text);
		case 'resize':
			return {...state, size: action.size};
		case 'inventory/page':
			return withInventory(state, receivePage(state.inventory, action.target, action.page, action.first));
		case 'inventory/done':
			return withInventory(state, pairDone(state.inventory, action.target, action.count, action.notEnabled));
		case 'inventory/error':
			return withInventory(state, pairError(state.inventory, action.target, action.code, action.message));
		case 'inventory/batch':
			return action.actions.reduce(step, state);
		case 'detail/describe':
			return replayQueuedKeys(state, receiveDetail(state, action.generation, 'describe', action.result));
		case 'detail/attributes':
			return replayQueuedKeys(state, receiveDetail(state, action.generation, 'attributes', action.result));
		case 'detail/tags':
			return replayQueuedKeys(state, receiveDetail(state, action.generation, 'tags', action.result));
		case 'detail/settings':
			return replayQueuedKeys(state, receiveSettings(state, action.generation, action.update));
		case 'detail/max-scroll':
			return setMaxScroll(state, action.maxScroll);
		case 'form/dialog-max-scroll':
			return setDialogMaxScroll(state, action.maxScroll);
		case 'apply/result':
			return receiveApplyResult(state, action.generation, action.result, action.journalFailed);
		case 'profiles/available':
			return {...state, availableProfiles: action.profiles};
		case 'mfa/ask':
			return askMfa(state, action);
		case 'mfa/done':
			return mfaDone(state, action.id);
		case 'replication/results':
			return {...state, replication: receiveReplication(state.replication, action.results)};
		case 'fleet/results':
			return {...state, fleet: receiveLoads(state.fleet, action.results)};
		case 'bulk/progress':
		case 'bulk/outcome':
		case 'bulk/done':
			return receiveBulk(state, action);
		case 'message':
			return {...state, message: {text: action.text, tone: action.tone}};
		default:
			return state;
	}
}
