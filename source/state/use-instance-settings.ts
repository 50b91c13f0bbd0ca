// Loads the open instance's settings: one ListInstanceStorageConfigs per storage resource type,
// origins, Lambda, Lex V1 and V2, security keys, integrations, and the four counts by paging — all at
// once, paced by the gateway's request budget; traffic distribution groups once DescribeInstance says
// the instance is replicated. Each answer is dispatched as it arrives.
import {useEffect, type Dispatch} from 'react';
import {errorCode, errorMessage} from '../domain/errors.js';
import type {ConnectGateway} from '../domain/gateway.js';
import {COUNT_KINDS, STORAGE_RESOURCE_TYPES} from '../domain/settings.js';
import type {Action, LoadResult} from './actions.js';
import type {DetailState} from './app-state.js';
import {useServices} from './services.js';
import type {SettingsUpdate} from './settings-state.js';

async function settle<T>(promise: Promise<T>): Promise<LoadResult<T>> {
	try {
		return {kind: 'ok', value: await promise};
	} catch (error) {
		return {kind: 'error', code: errorCode(error), message: errorMessage(error)};
	}
}

type Send = (update: SettingsUpdate) => void;

/** Every section's request, started together; resolves when all have answered. */
export async function loadInstanceSettings(
	gateway: ConnectGateway,
	detail: Pick<DetailState, 'target' | 'instanceId' | 'summary'>,
	signal: AbortSignal,
	send: Send,
): Promise<void> {
	const {target, instanceId, summary} = detail;
	const options = {signal};
	const instance = {id: instanceId, arn: summary.arn};
	await Promise.all([
		...STORAGE_RESOURCE_TYPES.map(async (resourceType) =>
			settle(gateway.listStorageConfigs(target, instanceId, resourceType, options)).then((result) =>
				send({section: 'storage', resourceType, result}),
			),
		),
		settle(gateway.listApprovedOrigins(target, instanceId, options)).then((result) =>
			send({section: 'origins', result}),
		),
		settle(gateway.listLambdaFunctions(target, instanceId, options)).then((result) =>
			send({section: 'lambdas', result}),
		),
		settle(gateway.listLexBots(target, instanceId, options)).then((result) => send({section: 'lexV1', result})),
		settle(gateway.listLexV2Bots(target, instanceId, options)).then((result) => send({section: 'lexV2', result})),
		settle(gateway.listSecurityKeys(target, instanceId, options)).then((result) => send({section: 'keys', result})),
		settle(gateway.listIntegrations(target, instanceId, options)).then((result) =>
			send({section: 'integrations', result}),
		),
		...COUNT_KINDS.map(async (kind) =>
			settle(
				gateway.count(target, instance, kind, {
					signal,
					onPage(count, pages) {
						send({section: 'count', kind, result: {kind: 'ok', value: {count, pages, done: false}}});
					},
				}),
			).then((result) =>
				send({
					section: 'count',
					kind,
					result: result.kind === 'ok' ? {kind: 'ok', value: {count: result.value, pages: 0, done: true}} : result,
				}),
			),
		),
	]);
}

export function useInstanceSettings(detail: DetailState | undefined, dispatch: Dispatch<Action>): void {
	const services = useServices();
	const generation = detail?.generation;
	const replicated = detail?.describe.kind === 'ok' && detail.describe.value.replication !== undefined;

	useEffect(() => {
		if (!detail) return;
		const controller = new AbortController();
		const {signal} = controller;
		const send: Send = (update) => {
			if (!signal.aborted) dispatch({type: 'detail/settings', generation: detail.generation, update});
		};

		void (async () => {
			const gateway = await services.gateway;
			if (!signal.aborted) await loadInstanceSettings(gateway, detail, signal, send);
		})();
		return () => controller.abort();
		// eslint-disable-next-line react-hooks/exhaustive-deps -- one load per detail generation
	}, [generation]);

	useEffect(() => {
		if (!detail || !replicated) return;
		const controller = new AbortController();
		const {signal} = controller;
		void (async () => {
			const gateway = await services.gateway;
			if (signal.aborted) return;
			const result = await settle(gateway.listTrafficDistributionGroups(detail.target, detail.instanceId, {signal}));
			if (!signal.aborted) {
				dispatch({type: 'detail/settings', generation: detail.generation, update: {section: 'trafficGroups', result}});
			}
		})();
		return () => controller.abort();
		// eslint-disable-next-line react-hooks/exhaustive-deps -- once per generation, when replication is known
	}, [generation, replicated]);
}
