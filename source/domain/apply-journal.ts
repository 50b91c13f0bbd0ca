// What the journal records about one planned request before it is sent: its parameters with the
// API's field names, and the keys it touches. Pure.
import type {PlannedRequest, Snapshot} from './apply-plan.js';
import type {JournalValues} from './journal-records.js';

/** The attribute types, tag keys or approved origins one request touches. */
export function requestKeys(request: PlannedRequest): string[] {
	switch (request.operation) {
		case 'UpdateInstanceAttribute':
			return [request.attributeType];
		case 'TagResource':
			return Object.keys(request.tags);
		case 'UntagResource':
			return [...request.tagKeys];
		case 'AssociateApprovedOrigin':
		case 'DisassociateApprovedOrigin':
			return [request.origin];
	}
}

/** The request as sent, with the API's field names. */
export function requestParameters(
	request: PlannedRequest,
	instanceId: string,
	instanceArn: string,
): Record<string, unknown> {
	switch (request.operation) {
		case 'UpdateInstanceAttribute':
			return {InstanceId: instanceId, AttributeType: request.attributeType, Value: request.value};
		case 'TagResource':
			return {resourceArn: instanceArn, tags: {...request.tags}};
		case 'UntagResource':
			return {resourceArn: instanceArn, tagKeys: [...request.tagKeys]};
		case 'AssociateApprovedOrigin':
		case 'DisassociateApprovedOrigin':
			return {InstanceId: instanceId, Origin: request.origin};
	}
}

/** The values of `keys` in a snapshot, null where absent. */
export function pickValues(values: Snapshot, keys: readonly string[]): JournalValues {
	return Object.fromEntries(keys.map((key) => [key, values[key] ?? null]));
}
