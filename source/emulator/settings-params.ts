// What the instance-settings operations share: paging with the API's page sizes, listings of an
// instance's items, enum and required-member checks with the service's validation messages.
import {EmulatorError, invalidRequest} from './errors.js';
import {instanceOf, maxResults, nextToken, type OperationRequest, type OperationResult} from './request.js';
import {paginate} from './pagination.js';
import {generatedItem} from './settings-store.js';
import type {InstanceRecord, Store} from './store.js';

export type Handler = (store: Store, request: OperationRequest) => OperationResult;

export const badToken = () => invalidRequest('The nextToken provided is invalid.');

export function page<T>(
	items: readonly T[],
	scope: string,
	request: OperationRequest,
	limit: number,
	invalid: (message: string) => EmulatorError,
	defaultSize = limit,
): {items: readonly T[]; NextToken?: string} {
	const size = request.search.has('maxResults') ? maxResults(request.search, limit, invalid) : defaultSize;
	const result = paginate(items, scope, nextToken(request.search), size, badToken);
	return result.nextToken ? {items: result.items, NextToken: result.nextToken} : {items: result.items};
}

export function listOf<T>(
	key: string,
	items: (record: InstanceRecord) => readonly T[],
	limit: number,
	invalid: (message: string) => EmulatorError,
	defaultSize = limit,
	operation = key,
): Handler {
	return (store, request) => {
		const record = instanceOf(store, request);
		const {items: pageItems, ...rest} = page(
			items(record),
			`${operation}/${record.arn}`,
			request,
			limit,
			invalid,
			defaultSize,
		);
		return {[key]: pageItems, ...rest};
	};
}

export const validation = (member: string, value: string, constraint: string) =>
	`1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`;

export function enumValue<T extends string>(
	raw: string | null,
	member: string,
	values: readonly T[],
	invalid: (message: string) => EmulatorError,
): T | undefined {
	if (raw === null) return undefined;
	if (!(values as readonly string[]).includes(raw)) {
		throw invalid(validation(member, raw, `Member must satisfy enum value set: [${values.join(', ')}]`));
	}
	return raw as T;
}

export function required(member: string, invalid: (message: string) => EmulatorError): never {
	throw invalid(
		`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
	);
}

export function generated(kind: Parameters<typeof generatedItem>[1], count: (record: InstanceRecord) => number) {
	return (record: InstanceRecord) =>
		Array.from({length: count(record)}, (_, index) => generatedItem(record, kind, index));
}
