// `e` in the list opens every (profile, region) with its whole error, after what the first frame's
// message said in full (a local file set aside); the keys scroll it. Pure.
import {pairReportLines, startNoteLines, type ReportLine} from '../domain/pair-report.js';
import type {BindingId} from '../keymap/keymap.js';
import type {AppState} from './app-state.js';
import {contentHeightOf} from './selectors.js';

/** The overlay's lines on this terminal (the view shows the same). */
export function errorsLines(state: AppState): ReportLine[] {
	return [
		...startNoteLines(state.startNotes, state.size.columns),
		...pairReportLines([...state.inventory.pairs.values()], state.size.columns),
	];
}

/** Lines that fit under the overlay's title. */
export function errorsBodyHeight(state: AppState): number {
	return Math.max(1, contentHeightOf(state) - 1);
}

export function openErrors(state: AppState): AppState {
	return {...state, overlay: {kind: 'errors', scroll: 0}, message: undefined};
}

export function handleErrorsAction(state: AppState, id: BindingId): AppState {
	if (state.overlay?.kind !== 'errors') return state;
	const page = errorsBodyHeight(state);
	const maxScroll = Math.max(0, errorsLines(state).length - page);
	const current = Math.min(state.overlay.scroll, maxScroll);
	const scrollTo = (scroll: number): AppState => ({
		...state,
		overlay: {kind: 'errors', scroll: Math.max(0, Math.min(scroll, maxScroll))},
	});
	switch (id) {
		case 'errors.close':
			return {...state, overlay: undefined};
		case 'errors.down':
			return scrollTo(current + 1);
		case 'errors.up':
			return scrollTo(current - 1);
		case 'errors.page-down':
			return scrollTo(current + page);
		case 'errors.page-up':
			return scrollTo(current - page);
		case 'errors.top':
			return scrollTo(0);
		case 'errors.bottom':
			return scrollTo(maxScroll);
		default:
			return state;
	}
}
