// What a request to the emulator is about: the target a fault rule matches, and the ARN an IAM message names.
import type {Caller} from './auth.js';
import type {FaultTarget} from './faults.js';
import type {Route} from './routes.js';
import {instanceArn, parseInstanceArn} from './store.js';

/** What a fault rule can match this request by: operation, region, account, the resources it names. */
export function faultTarget(route: Route, caller: Caller): FaultTarget {
	const resources = new Set<string>();
	const named = route.instanceId ?? route.resourceArn;
	if (named !== undefined) {
		resources.add(named);
		const parsed = parseInstanceArn(named);
		if (parsed) resources.add(parsed.id);
		else resources.add(instanceArn(caller.region, caller.account.accountId, named));
	}
	return {
		operation: route.operation,
		region: caller.region,
		accountId: caller.account.accountId,
		resources,
		...(route.attributeType === undefined ? {} : {attributeType: route.attributeType}),
	};
}

/** The ARN an IAM message would name for this request. */
export function resourceArnOf(route: Route, caller: Caller): string {
	const named = route.resourceArn ?? route.instanceId;
	if (named !== undefined && parseInstanceArn(named)) return named;
	return route.resourceArn ?? instanceArn(caller.region, caller.account.accountId, route.instanceId ?? '*');
}
