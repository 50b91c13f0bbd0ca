// fetchInventory: orchestration over any ConnectGateway. Here a scripted gateway controls timing exactly;
// the run over the real SDK and the emulator is in gateway.test.ts.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {fetchInventory} from '../../source/domain/inventory.js';
import {AwsError} from '../../source/domain/errors.js';
import type {ConnectGateway} from '../../source/domain/gateway.js';
import type {InstanceSummary, Target} from '../../source/domain/types.js';

type Deferred = {resolve(): void; reject(error: unknown): void; promise: Promise<void>};

function deferred(): Deferred {
	let resolve!: () => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<void>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return {resolve, reject, promise};
}

function instance(target: Target, n: number): InstanceSummary {
	return {
		...target,
		id: `${target.region}-${n}`,
		arn: `arn:aws:connect:${target.region}:111122223333:instance/${target.region}-${n}`,
		alias: `alias-${n}`,
		status: 'ACTIVE',
		identityManagementType: 'SAML',
		inboundCalls: true,
		outboundCalls: false,
	};
}

const key = (target: Target) => `${target.profile}/${target.region}`;

/** A gateway whose listInstances answers when the test says so. */
function scriptedGateway() {
	const gates = new Map<string, Deferred>();
	const started: string[] = [];
	let inFlight = 0;
	let maxInFlight = 0;
	const gateway: Pick<ConnectGateway, 'listInstances'> = {
		async listInstances(target, options = {}) {
			const gate = deferred();
			gates.set(key(target), gate);
			started.push(key(target));
			inFlight++;
			maxInFlight = Math.max(maxInFlight, inFlight);
			const onAbort = () => {
				gate.reject(new AwsError('AbortError', 'Request cancelled'));
			};

			options.signal?.addEventListener('abort', onAbort, {once: true});
			try {
				await gate.promise;
			} finally {
				inFlight--;
				options.signal?.removeEventListener('abort', onAbort);
			}

			if (target.region === 'eu-west-2') throw new AwsError('AccessDeniedException', 'denied by SCP', 403, 'req-1');
			if (target.region === 'sa-east-1') throw new Error('boom');
			const pages = [[instance(target, 1), instance(target, 2)], [instance(target, 3)]];
			for (const page of pages) options.onPage?.(page);
			return pages.flat();
		},
	};
	return {
		gateway,
		started,
		gates,
		get maxInFlight() {
			return maxInFlight;
		},
		/** Waits (on the microtask/event queue, no timers) until the pair has started. */
		async whenStarted(target: Target) {
			while (!gates.has(key(target))) await new Promise((resolve) => setImmediate(resolve));
			return gates.get(key(target))!;
		},
	};
}

const targets = (regions: string[], profile = 'prod'): Target[] => regions.map((region) => ({profile, region}));

describe('fetchInventory', () => {
	it('fetches every pair, reports pages and counts, and a failing pair does not stop the others', async () => {
		const script = scriptedGateway();
		const events: string[] = [];
		const all = targets(['us-east-1', 'eu-west-2', 'sa-east-1', 'eu-central-1']);
		const running = fetchInventory(script.gateway, all, {
			onPairStart: (t) => events.push(`start ${key(t)}`),
			onPage: (t, page) => events.push(`page ${key(t)} ${page.length}`),
			onPairDone: (t, count) => events.push(`done ${key(t)} ${count}`),
			onPairError: (t, error) => events.push(`error ${key(t)} ${error.code}`),
		});
		// Finish them in an order unlike the input order.
		for (const region of ['eu-west-2', 'eu-central-1', 'sa-east-1', 'us-east-1']) {
			(await script.whenStarted({profile: 'prod', region})).resolve();
		}

		const result = await running;
		assert.equal(result.instances.length, 6);
		assert.equal(result.aborted, false);
		assert.deepEqual(
			result.failures.map((f) => [key(f.target), f.error.code]),
			[
				['prod/eu-west-2', 'AccessDeniedException'],
				['prod/sa-east-1', 'Error'],
			],
		);
		assert.ok(result.failures[1]!.error instanceof AwsError, 'non-AwsError failures are wrapped');
		assert.equal(result.failures[1]!.error.message, 'boom');
		assert.deepEqual(
			events.filter((e) => !e.startsWith('start')),
			[
				'error prod/eu-west-2 AccessDeniedException',
				'page prod/eu-central-1 2',
				'page prod/eu-central-1 1',
				'done prod/eu-central-1 3',
				'error prod/sa-east-1 Error',
				'page prod/us-east-1 2',
				'page prod/us-east-1 1',
				'done prod/us-east-1 3',
			],
		);
		assert.equal(events.filter((e) => e.startsWith('start')).length, 4);
	});

	it('keeps at most `concurrency` pairs in flight and starts the next as one finishes', async () => {
		const script = scriptedGateway();
		const regions = ['r-1', 'r-2', 'r-3', 'r-4', 'r-5'];
		const running = fetchInventory(script.gateway, targets(regions), {concurrency: 2});
		const first = await script.whenStarted({profile: 'prod', region: 'r-1'});
		await script.whenStarted({profile: 'prod', region: 'r-2'});
		assert.deepEqual(script.started, ['prod/r-1', 'prod/r-2']);
		first.resolve();
		const third = await script.whenStarted({profile: 'prod', region: 'r-3'});
		assert.equal(script.started.length, 3);
		third.resolve();
		(await script.whenStarted({profile: 'prod', region: 'r-2'})).resolve();
		(await script.whenStarted({profile: 'prod', region: 'r-4'})).resolve();
		(await script.whenStarted({profile: 'prod', region: 'r-5'})).resolve();
		const result = await running;
		assert.equal(script.maxInFlight, 2);
		assert.equal(result.instances.length, 15);
	});

	it('fetches a pair named twice only once, and copes with no pairs', async () => {
		const script = scriptedGateway();
		const running = fetchInventory(script.gateway, [...targets(['us-east-1']), ...targets(['us-east-1'])]);
		(await script.whenStarted({profile: 'prod', region: 'us-east-1'})).resolve();
		assert.equal((await running).instances.length, 3);
		assert.deepEqual(script.started, ['prod/us-east-1']);
		assert.deepEqual(await fetchInventory(script.gateway, []), {
			instances: [],
			failures: [],
			notEnabled: [],
			aborted: false,
		});
	});

	it('on abort starts nothing new, cancels the running pairs and stays silent', async () => {
		const script = scriptedGateway();
		const controller = new AbortController();
		const events: string[] = [];
		const running = fetchInventory(script.gateway, targets(['r-1', 'r-2', 'r-3']), {
			concurrency: 1,
			signal: controller.signal,
			onPairDone: (t) => events.push(`done ${key(t)}`),
			onPairError: (t) => events.push(`error ${key(t)}`),
		});
		(await script.whenStarted({profile: 'prod', region: 'r-1'})).resolve();
		await script.whenStarted({profile: 'prod', region: 'r-2'});
		controller.abort();
		const result = await running;
		assert.equal(result.aborted, true);
		assert.deepEqual(script.started, ['prod/r-1', 'prod/r-2']);
		assert.deepEqual(events, ['done prod/r-1']);
		assert.deepEqual(result.failures, []);
	});

	it('a callback that throws does not break the fetch', async () => {
		const script = scriptedGateway();
		const running = fetchInventory(script.gateway, targets(['us-east-1']), {
			onPage() {
				throw new Error('UI bug');
			},
		});
		(await script.whenStarted({profile: 'prod', region: 'us-east-1'})).resolve();
		const result = await running;
		assert.equal(result.instances.length, 3);
		assert.deepEqual(result.failures, []);
	});
});
