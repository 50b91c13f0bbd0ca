// headStart: the inventory's first requests leave before the app asks for them, and the app's first
// ask for each pair takes the request in flight over. A scripted gateway controls each page's arrival.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {headStart} from '../../source/domain/head-start.js';
import {AwsError} from '../../source/domain/errors.js';
import type {CallOptions, ConnectGateway} from '../../source/domain/gateway.js';
import type {InstanceSummary, Target} from '../../source/domain/types.js';

type ListOptions = CallOptions & {readonly onPage?: (page: readonly InstanceSummary[]) => void};
type Call = {
	readonly target: Target;
	readonly options: ListOptions;
	page(ids: string[]): void;
	finish(): void;
	fail(error: Error): void;
};

const summary = (target: Target, id: string): InstanceSummary => ({
	...target,
	id,
	arn: `arn:aws:connect:${target.region}:111122223333:instance/${id}`,
	alias: id,
	status: 'ACTIVE',
	identityManagementType: 'SAML',
	inboundCalls: true,
	outboundCalls: false,
});

/** A gateway whose listInstances pages arrive when the test says so; every call is recorded. */
function scriptedGateway() {
	const calls: Call[] = [];
	const gateway = {
		async listInstances(target: Target, options: ListOptions = {}) {
			const all: InstanceSummary[] = [];
			return new Promise<readonly InstanceSummary[]>((resolve, reject) => {
				options.signal?.addEventListener('abort', () => reject(new AwsError('AbortError', 'Request cancelled')));
				calls.push({
					target,
					options,
					page(ids) {
						const page = ids.map((id) => summary(target, id));
						all.push(...page);
						options.onPage?.(page);
					},
					finish: () => resolve(all),
					fail: reject,
				});
			});
		},
	} as unknown as ConnectGateway;
	return {gateway, calls};
}

const east = {profile: 'prod', region: 'us-east-1'};
const west = {profile: 'prod', region: 'us-west-2'};
const frankfurt = {profile: 'prod', region: 'eu-central-1'};
const ids = (pages: ReadonlyArray<readonly InstanceSummary[]>) => pages.map((page) => page.map((row) => row.id));

describe('headStart', () => {
	it('sends the first pairs at once, and the first ask takes the request over: early pages, then the rest', async () => {
		const {gateway, calls} = scriptedGateway();
		const started = headStart(gateway, [east, west, frankfurt], 2);
		assert.deepEqual(
			calls.map((call) => call.target.region),
			['us-east-1', 'us-west-2'],
		);
		calls[0]!.page(['a', 'b']);
		const pages: Array<readonly InstanceSummary[]> = [];
		const answer = started.gateway.listInstances(east, {onPage: (page) => pages.push(page)});
		await Promise.resolve();
		assert.deepEqual(ids(pages), [['a', 'b']]);
		calls[0]!.page(['c']);
		calls[0]!.finish();
		assert.deepEqual(
			(await answer).map((row) => row.id),
			['a', 'b', 'c'],
		);
		assert.deepEqual(ids(pages), [['a', 'b'], ['c']]);
		// Taken over, not sent again.
		assert.equal(calls.length, 2);
	});

	it('a pair it did not start, and a second ask for a started one, go to the gateway', async () => {
		const {gateway, calls} = scriptedGateway();
		const started = headStart(gateway, [east, west, frankfurt], 2);
		void started.gateway.listInstances(frankfurt);
		assert.equal(calls.length, 3);
		assert.deepEqual(calls[2]!.target, frankfurt);
		calls[0]!.finish();
		await started.gateway.listInstances(east);
		void started.gateway.listInstances(east);
		assert.equal(calls.length, 4);
		assert.deepEqual(calls[3]!.target, east);
	});

	it('an ask that is cancelled stops the request in flight', async () => {
		const {gateway, calls} = scriptedGateway();
		const started = headStart(gateway, [east], 4);
		const controller = new AbortController();
		const answer = started.gateway.listInstances(east, {signal: controller.signal});
		controller.abort();
		await assert.rejects(answer, (error: unknown) => error instanceof AwsError && error.code === 'AbortError');
		assert.equal(calls[0]!.options.signal?.aborted, true);
	});

	it('an ask already cancelled stops it too, and never waits for it', async () => {
		const {gateway, calls} = scriptedGateway();
		const started = headStart(gateway, [east], 4);
		await assert.rejects(
			started.gateway.listInstances(east, {signal: AbortSignal.abort()}),
			(error: unknown) => error instanceof AwsError && error.code === 'AbortError',
		);
		assert.equal(calls[0]!.options.signal?.aborted, true);
	});

	it('a failure reaches the ask that took the request over', async () => {
		const {gateway, calls} = scriptedGateway();
		const started = headStart(gateway, [east], 4);
		calls[0]!.fail(new AwsError('AccessDeniedException', 'not allowed'));
		await assert.rejects(started.gateway.listInstances(east), /not allowed/);
	});

	it('drop stops every request nobody took over', () => {
		const {gateway, calls} = scriptedGateway();
		const started = headStart(gateway, [east, west], 4);
		void started.gateway.listInstances(east);
		started.drop();
		assert.deepEqual(
			calls.map((call) => call.options.signal?.aborted),
			[false, true],
		);
	});

	it('is sent once every pair has sent its first request or ended', async () => {
		const {gateway, calls} = scriptedGateway();
		const started = headStart(gateway, [east, west], 4);
		let sent = false;
		void started.sent.then(() => (sent = true));
		calls[0]!.options.onSent?.();
		await new Promise((resolve) => setImmediate(resolve));
		assert.equal(sent, false);
		calls[1]!.fail(new AwsError('CredentialsError', 'no keys'));
		await new Promise((resolve) => setImmediate(resolve));
		assert.equal(sent, true);
	});
});
