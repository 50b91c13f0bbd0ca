// Building and driving app state in reducer tests, without rendering.
import {instanceKey} from '../../source/domain/instances.js';
import type {InstanceSummary} from '../../source/domain/types.js';
import {toKeyPresses, type KeyFlags} from '../../source/keymap/keys.js';
import {initialState, type AppState, type InitialOptions} from '../../source/state/app-state.js';
import {reducer} from '../../source/state/reducer.js';

/** One row of ListInstances as the list holds it. */
export function summaryRow(alias: string, region = 'us-east-1', profile = 'prod', id = `${alias}-id`): InstanceSummary {
	return {
		profile,
		region,
		id,
		arn: `arn:aws:connect:${region}:111122223333:instance/${id}`,
		alias,
		status: 'ACTIVE',
		identityManagementType: 'SAML',
		inboundCalls: true,
		outboundCalls: true,
	};
}

/** Types a string as one terminal read: keys typed ahead each count, in order. */
export function typed(state: AppState, keys: string, flags: KeyFlags = {}): AppState {
	return toKeyPresses(keys, flags).reduce((current, press) => reducer(current, {type: 'key', press}), state);
}

/** In the attributes form: the keys (j or k) that move its cursor to the attribute type `type`. */
export function keysTo(state: AppState, type: string): string {
	const form = state.form;
	if (form?.kind !== 'attributes') throw new Error(`the attributes form is not open (screen ${state.screen})`);
	const index = form.edit.rows.findIndex((row) => row.type === type);
	if (index < 0) throw new Error(`the attributes form has no ${type}`);
	return index >= form.cursor ? 'j'.repeat(index - form.cursor) : 'k'.repeat(form.cursor - index);
}

/** In the attributes form: moves to each type by name and toggles it with Space. */
export function toggled(state: AppState, ...types: string[]): AppState {
	return types.reduce((current, type) => typed(current, `${keysTo(current, type)} `), state);
}

/** The fleet hook's answer for these rows: each row named in `values` gets its values of `aspect`. */
export function answered(
	state: AppState,
	rows: readonly InstanceSummary[],
	aspect: 'attributes' | 'tags',
	values: Record<string, Record<string, string>>,
): AppState {
	return reducer(state, {
		type: 'fleet/results',
		results: rows
			.filter((row) => values[row.alias])
			.map((row) => ({key: instanceKey(row), aspect, at: 0, result: {kind: 'ok' as const, value: values[row.alias]!}})),
	});
}

/**
 * A fresh app on profile prod whose inventory answered in us-east-1 with these rows; `options` adds to or
 * replaces the initial options (more regions, a baseline, the terminal's size).
 */
export function listedState(rows: readonly InstanceSummary[], options: Partial<InitialOptions> = {}): AppState {
	const state = initialState({
		profiles: ['prod'],
		regions: ['us-east-1'],
		availableProfiles: ['prod'],
		availableRegions: [],
		...options,
	});
	return reducer(state, {
		type: 'inventory/page',
		target: {profile: 'prod', region: 'us-east-1'},
		page: rows,
		first: true,
	});
}
