// Building and driving app state in reducer tests, without rendering.
import type {InstanceSummary} from '../../source/domain/types.js';
import {toKeyPresses, type KeyFlags} from '../../source/keymap/keys.js';
import type {AppState} from '../../source/state/app-state.js';
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
