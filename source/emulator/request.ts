// What every emulated operation gets (the request, already authenticated and routed) and the helpers
// they share for paging parameters, the instance named in the path, and JSON bodies.
import {resourceNotFound, serialization} from './errors.js';
import type {Route} from './routes.js';
import type {InstanceRecord, Store} from './store.js';

export type OperationRequest = {
	readonly route: Route;
	readonly accountId: string;
	readonly region: string;
	readonly search: URLSearchParams;
	readonly body: unknown;
};

/** The JSON body of a 200 answer. */
export type OperationResult = Record<string, unknown>;

export function maxResults(search: URLSearchParams, limit: number, error: (message: string) => Error): number {
	const raw = search.get('maxResults');
	if (raw === null) return limit;
	const value = Number(raw);
	if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1 || value > limit) {
		throw error(
			`Value '${raw}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and ${limit}`,
		);
	}
	return value;
}

export function nextToken(search: URLSearchParams): string | undefined {
	const token = search.get('nextToken');
	return token === null || token === '' ? undefined : token;
}

export function instanceOf(store: Store, request: OperationRequest): InstanceRecord {
	const id = request.route.instanceId ?? '';
	const record = store.find(request.accountId, request.region, id);
	if (!record) throw resourceNotFound(`Instance not found: ${id}`);
	return record;
}

export function objectBody(body: unknown): Record<string, unknown> {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw serialization('Start of structure or map found where not expected.');
	}
	return body as Record<string, unknown>;
}
