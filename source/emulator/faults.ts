// Fault rules: matched against each request in order; the first matching, unexhausted rule applies.
import {accessDenied, EmulatorError, internalError, throttling, unrecognizedClient} from './errors.js';
import type {FaultRule} from './types.js';

export const faultKinds: ReadonlyArray<FaultRule['kind']> = [
	'deny',
	'throttle',
	'unrecognized',
	'error',
	'latency',
	'hang',
	'malformed',
];

export type FaultTarget = {
	readonly operation: string;
	readonly region: string;
	readonly accountId: string;
	/** Every name the request's resource goes by (the id as sent, the instance id, the ARN). */
	readonly resources: ReadonlySet<string>;
	readonly attributeType?: string;
};

type Entry = {
	readonly id: number;
	readonly rule: FaultRule;
	readonly standing: boolean;
	remaining: number;
};

export class FaultTable {
	#entries: Entry[] = [];
	#nextId = 1;

	/** Adds a rule; returns its id. */
	add(rule: FaultRule, standing = false): number {
		const id = this.#nextId++;
		this.#entries.push({id, rule: {...rule}, standing, remaining: rule.times ?? Number.POSITIVE_INFINITY});
		return id;
	}

	remove(id: number): boolean {
		const before = this.#entries.length;
		this.#entries = this.#entries.filter((entry) => entry.id !== id);
		return this.#entries.length !== before;
	}

	/** Removes every injected rule; standing (seeded) rules stay. */
	clear(): void {
		this.#entries = this.#entries.filter((entry) => entry.standing);
	}

	list(): Array<FaultRule & {id: number; standing: boolean; remaining?: number}> {
		return this.#entries.map((entry) => ({
			...entry.rule,
			id: entry.id,
			standing: entry.standing,
			...(Number.isFinite(entry.remaining) ? {remaining: entry.remaining} : {}),
		}));
	}

	/** The rule that applies to this request, consuming one of its `times`. */
	take(target: FaultTarget, except?: FaultRule['kind']): FaultRule | undefined {
		const entry = this.#entries.find(
			(candidate) => candidate.remaining > 0 && candidate.rule.kind !== except && matches(candidate.rule, target),
		);
		if (!entry) return undefined;
		entry.remaining -= 1;
		if (entry.remaining <= 0) this.remove(entry.id);
		return entry.rule;
	}
}

function matches(rule: FaultRule, target: FaultTarget): boolean {
	if (rule.operation !== undefined && rule.operation !== target.operation) return false;
	if (rule.region !== undefined && rule.region !== target.region) return false;
	if (rule.accountId !== undefined && rule.accountId !== target.accountId) return false;
	if (rule.resource !== undefined && !target.resources.has(rule.resource)) return false;
	if (rule.attributeType !== undefined && rule.attributeType !== target.attributeType) return false;
	return true;
}

/** The error a deny/throttle/unrecognized/error rule answers with. */
export function faultError(rule: FaultRule, principalArn: string, operation: string, resource: string): EmulatorError {
	switch (rule.kind) {
		case 'deny':
			return accessDenied(
				rule.message ??
					`User: ${principalArn} is not authorized to perform: connect:${operation} on resource: ${resource}`,
			);
		case 'throttle':
			return rule.message === undefined ? throttling() : throttling(rule.message);
		case 'unrecognized':
			return rule.message === undefined
				? unrecognizedClient()
				: new EmulatorError(403, 'UnrecognizedClientException', rule.message);
		default:
			if (rule.code !== undefined || rule.status !== undefined) {
				return new EmulatorError(
					rule.status ?? 500,
					rule.code ?? 'InternalServiceException',
					rule.message ?? 'Injected error',
				);
			}
			return rule.message === undefined ? internalError() : internalError(rule.message);
	}
}

/** Checks a rule that came over the control API; returns an error message or undefined. */
export function faultRuleProblem(value: unknown): string | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a fault rule must be a JSON object';
	const rule = value as Record<string, unknown>;
	if (!faultKinds.includes(rule['kind'] as FaultRule['kind'])) return `kind must be one of ${faultKinds.join(', ')}`;
	for (const key of ['operation', 'region', 'accountId', 'resource', 'attributeType', 'code', 'message']) {
		if (rule[key] !== undefined && typeof rule[key] !== 'string') return `${key} must be a string`;
	}
	for (const key of ['status', 'latencyMs', 'times']) {
		const number = rule[key];
		if (number !== undefined && (typeof number !== 'number' || !Number.isFinite(number) || number < 0)) {
			return `${key} must be a non-negative number`;
		}
	}
	return undefined;
}
