import {useEffect, type Dispatch} from 'react';
import {errorCode, errorMessage} from '../domain/errors.js';
import type {Action, LoadResult} from './actions.js';
import type {DetailState} from './app-state.js';
import {useServices} from './services.js';

async function settle<T>(promise: Promise<T>): Promise<LoadResult<T>> {
	try {
		return {kind: 'ok', value: await promise};
	} catch (error) {
		return {kind: 'error', code: errorCode(error), message: errorMessage(error)};
	}
}

/**
 * DescribeInstance, ListInstanceAttributes and ListTagsForResource in parallel for the open
 * instance; a section that fails shows its error while the others show their data.
 */
export function useDetail(detail: DetailState | undefined, dispatch: Dispatch<Action>): void {
	const services = useServices();
	const generation = detail?.generation;
	useEffect(() => {
		if (!detail) return;
		const controller = new AbortController();
		const {signal} = controller;
		const {target, instanceId, summary} = detail;
		void (async () => {
			const gateway = await services.gateway;
			if (signal.aborted) return;
			const done =
				<T>(type: 'detail/describe' | 'detail/attributes' | 'detail/tags') =>
				(result: LoadResult<T>) => {
					if (!signal.aborted) dispatch({type, generation: detail.generation, result} as Action);
				};

			await Promise.all([
				settle(gateway.describeInstance(target, instanceId, {signal})).then(done('detail/describe')),
				settle(gateway.listInstanceAttributes(target, instanceId, {signal})).then(done('detail/attributes')),
				settle(gateway.listTags(target, summary.arn, {signal})).then(done('detail/tags')),
			]);
		})();
		return () => controller.abort();
		// eslint-disable-next-line react-hooks/exhaustive-deps -- one load per detail generation
	}, [generation]);
}
