// Applies an instance-settings answer to the open detail view.
import {isReadOnlyFor, type AppState} from './app-state.js';
import {openOriginsForm} from './form-open.js';
import {applySettingsUpdate, loadingSettings, type SettingsUpdate} from './settings-state.js';

/** An answer for the open instance's settings; answers for an instance no longer open are dropped. */
export function receiveSettings(state: AppState, generation: number, update: SettingsUpdate): AppState {
	const detail = state.detail;
	if (!detail || detail.generation !== generation) return state;
	const next: AppState = {
		...state,
		detail: {...detail, settings: applySettingsUpdate(detail.settings ?? loadingSettings(), update)},
	};
	if (update.section !== 'origins' || detail.pendingForm !== 'origins' || state.screen !== 'detail' || !next.detail) {
		return next;
	}

	// `o` pressed while the origins were loading: the form opens now.
	const opened: AppState = {...next, detail: {...next.detail, pendingForm: undefined}, message: undefined};
	return openOriginsForm(opened, isReadOnlyFor(state, detail.target.profile));
}
