// `c` / `C`: the instance's ARN or access URL to the terminal's clipboard, and a message saying what. Pure.
import {COPY_NAMES, copyText, type CopyWhat} from '../domain/clipboard.js';
import {truncateToWidth} from '../domain/sanitize.js';
import type {InstanceSummary} from '../domain/types.js';
import type {AppState} from './app-state.js';

export function copyFrom(state: AppState, instance: InstanceSummary | undefined, what: CopyWhat): AppState {
	if (!instance) return {...state, message: {text: 'nothing to copy: no instance here', tone: 'info'}};
	const text = copyText(instance, what);
	if (text === undefined) {
		return {
			...state,
			message: {text: `nothing to copy: AWS gave no ${COPY_NAMES[what]} for this instance`, tone: 'warning'},
		};
	}

	return {
		...state,
		clipboard: {copy: (state.clipboard?.copy ?? 0) + 1, text},
		message: {text: `copied the ${COPY_NAMES[what]}: ${truncateToWidth(text, 160)}`, tone: 'success'},
	};
}

/** The instance the detail view shows, with what DescribeInstance added once it has answered. */
export function detailInstance(state: AppState): InstanceSummary | undefined {
	const detail = state.detail;
	if (!detail) return undefined;
	return detail.describe.kind === 'ok' ? {...detail.summary, ...detail.describe.value} : detail.summary;
}
