// Maps an HTTP method and path to the Amazon Connect operation the SDK would have called.
import {matchSettingsRoute, type SettingsOperationName} from './settings-routes.js';

export type OperationName =
	| 'ListInstances'
	| 'DescribeInstance'
	| 'ListInstanceAttributes'
	| 'DescribeInstanceAttribute'
	| 'UpdateInstanceAttribute'
	| 'ListTagsForResource'
	| 'TagResource'
	| 'UntagResource'
	| SettingsOperationName;

export type Route = {
	readonly operation: OperationName;
	readonly instanceId?: string;
	readonly attributeType?: string;
	readonly resourceArn?: string;
};

function decode(segment: string): string | undefined {
	try {
		return decodeURIComponent(segment);
	} catch {
		return undefined;
	}
}

/** The operation for this request, or undefined when Connect has no such operation (as far as we emulate). */
export function matchRoute(method: string, rawPath: string): Route | undefined {
	const settings = matchSettingsRoute(method, rawPath);
	if (settings) return settings;
	if (rawPath.startsWith('/tags/')) {
		// The whole rest is the (percent-encoded) ARN, which itself contains '/'.
		const resourceArn = decode(rawPath.slice('/tags/'.length));
		if (!resourceArn) return undefined;
		if (method === 'GET') return {operation: 'ListTagsForResource', resourceArn};
		if (method === 'POST') return {operation: 'TagResource', resourceArn};
		if (method === 'DELETE') return {operation: 'UntagResource', resourceArn};
		return undefined;
	}
	const segments = rawPath.split('/').slice(1);
	if (segments[0] !== 'instance') return undefined;
	if (segments.length === 1 && method === 'GET') return {operation: 'ListInstances'};
	const instanceId = segments[1] === undefined || segments[1] === '' ? undefined : decode(segments[1]);
	if (instanceId === undefined) return undefined;
	if (segments.length === 2 && method === 'GET') return {operation: 'DescribeInstance', instanceId};
	if (segments.length === 3 && segments[2] === 'attributes' && method === 'GET') {
		return {operation: 'ListInstanceAttributes', instanceId};
	}
	if (segments.length === 4 && segments[2] === 'attribute' && segments[3]) {
		const attributeType = decode(segments[3]);
		if (attributeType === undefined) return undefined;
		if (method === 'GET') return {operation: 'DescribeInstanceAttribute', instanceId, attributeType};
		if (method === 'POST') return {operation: 'UpdateInstanceAttribute', instanceId, attributeType};
	}
	return undefined;
}
