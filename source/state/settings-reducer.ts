// Applies an instance-settings answer to the open detail view.
import type {AppState} from './app-state.js';
import {applySettingsUpdate, loadingSettings, type SettingsUpdate} from './settings-state.js';

/** An answer for the open instance's settings; answers for an instance no longer open are dropped. */
export function receiveSettings(state: AppState, generation: number, update: SettingsUpdate): AppState {
	const detail = state.detail;
	if (!detail || detail.generation !== generation) return state;
	return {...state, detail: {...detail, settings: applySettingsUpdate(detail.settings ?? loadingSettings(), update)}};
}
