// The emulator through the real @aws-sdk/client-connect client, as the app talks to AWS.
import assert from 'node:assert/strict';
import {after, afterEach, before, describe, test} from 'node:test';
import {
	ConnectClient,
	type ConnectClientConfig,
	DescribeInstanceAttributeCommand,
	DescribeInstanceCommand,
	ListInstanceAttributesCommand,
	ListInstancesCommand,
	ListRoutingProfilesCommand,
	ListTagsForResourceCommand,
	TagResourceCommand,
	UntagResourceCommand,
	UpdateInstanceAttributeCommand,
	paginateListInstanceAttributes,
	paginateListInstances,
} from '@aws-sdk/client-connect';
import {
	DEMO_PROFILES,
	DEMO_REGIONS,
	startEmulator,
	syntheticProfiles,
	syntheticSeed,
	type Emulator,
	type FaultRule,
} from '../../source/emulator/index.js';

const [prod, dev] = DEMO_PROFILES as [(typeof DEMO_PROFILES)[number], (typeof DEMO_PROFILES)[number]];

function client(
	emulator: Emulator,
	region: string,
	profile: {accessKeyId: string; secretAccessKey: string} = prod,
	extra: Partial<ConnectClientConfig> = {},
): ConnectClient {
	return new ConnectClient({
		endpoint: emulator.url,
		region,
		credentials: {accessKeyId: profile.accessKeyId, secretAccessKey: profile.secretAccessKey},
		maxAttempts: 1,
		...extra,
	});
}

/** Resolves with the rejection of `promise`; fails when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error & {$metadata?: {httpStatusCode?: number}}> {
	try {
		await promise;
	} catch (error) {
		assert.ok(error instanceof Error, `expected an Error, got ${String(error)}`);
		return error;
	}
	assert.fail('expected the call to fail');
}

async function waitFor(predicate: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!predicate()) {
		if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
		await new Promise((resolve) => setImmediate(resolve));
	}
}

async function allInstances(connect: ConnectClient) {
	const all = [];
	for await (const page of paginateListInstances({client: connect}, {})) all.push(...(page.InstanceSummaryList ?? []));
	return all;
}

async function findByAlias(connect: ConnectClient, alias: string) {
	const found = (await allInstances(connect)).find((instance) => instance.InstanceAlias === alias);
	assert.ok(found, `no instance ${alias}`);
	return found as {Id: string; Arn: string; InstanceAlias: string};
}

describe('emulator through the real SDK client', () => {
	let emulator: Emulator;
	let east: ConnectClient;

	before(async () => {
		emulator = await startEmulator();
		east = client(emulator, 'us-east-1');
	});
	after(async () => {
		await emulator.close();
	});
	afterEach(() => {
		emulator.clearFaults();
		emulator.setLatency(0);
	});

	describe('ListInstances', () => {
		test('pages through the 14 prod instances in us-east-1, 10 then 4', async () => {
			const first = await east.send(new ListInstancesCommand({}));
			assert.equal(first.InstanceSummaryList?.length, 10);
			assert.ok(first.NextToken);
			const second = await east.send(new ListInstancesCommand({NextToken: first.NextToken}));
			assert.equal(second.InstanceSummaryList?.length, 4);
			assert.equal(second.NextToken, undefined);
			const ids = new Set([...first.InstanceSummaryList!, ...second.InstanceSummaryList!].map((i) => i.Id));
			assert.equal(ids.size, 14);
		});

		test('honours maxResults and the SDK paginator follows the tokens', async () => {
			const pages: number[] = [];
			for await (const page of paginateListInstances({client: east, pageSize: 5}, {})) {
				pages.push(page.InstanceSummaryList?.length ?? 0);
			}
			assert.deepEqual(pages, [5, 5, 4]);
		});

		test('summaries carry the SDK types: dates, booleans, ARNs, access URLs', async () => {
			const [first] = (await east.send(new ListInstancesCommand({MaxResults: 1}))).InstanceSummaryList ?? [];
			assert.ok(first);
			assert.ok(first.CreatedTime instanceof Date);
			assert.equal(typeof first.InboundCallsEnabled, 'boolean');
			assert.equal(first.Arn, `arn:aws:connect:us-east-1:${prod.accountId}:instance/${first.Id}`);
			assert.equal(first.InstanceAccessUrl, `https://${first.InstanceAlias}.my.connect.aws`);
		});

		test('a bad token or page size is an InvalidRequestException', async () => {
			const garbage = await rejection(east.send(new ListInstancesCommand({NextToken: 'not-a-token'})));
			assert.equal(garbage.name, 'InvalidRequestException');
			assert.equal(garbage.$metadata?.httpStatusCode, 400);
			// A token is bound to its listing: one from us-east-1 is not valid in us-west-2.
			const token = (await east.send(new ListInstancesCommand({MaxResults: 2}))).NextToken;
			const foreign = await rejection(client(emulator, 'us-west-2').send(new ListInstancesCommand({NextToken: token})));
			assert.equal(foreign.name, 'InvalidRequestException');
			const tooMany = await rejection(east.send(new ListInstancesCommand({MaxResults: 11})));
			assert.equal(tooMany.name, 'InvalidRequestException');
		});

		test('state is per account and region', async () => {
			const devEast = await allInstances(client(emulator, 'us-east-1', dev));
			assert.ok(devEast.length > 0);
			assert.ok(devEast.every((i) => i.Arn?.includes(`:${dev.accountId}:`)));
			assert.ok(devEast.some((i) => i.InstanceAlias?.includes('\u001b[31m') && i.InstanceAlias.includes('\u202e')));
			const empty = await client(emulator, 'ca-central-1').send(new ListInstancesCommand({}));
			assert.deepEqual(empty.InstanceSummaryList, []);
			for (const region of DEMO_REGIONS) assert.match(region, /^[a-z]{2}-[a-z]+-\d$/);
		});
	});

	describe('DescribeInstance', () => {
		test('answers a replicated instance, with a failed replica region, by id or ARN', async () => {
			const claims = await findByAlias(east, 'acme-claims-intake');
			for (const instanceId of [claims.Id, claims.Arn]) {
				const {Instance, ReplicationConfiguration} = await east.send(
					new DescribeInstanceCommand({InstanceId: instanceId}),
				);
				assert.equal(Instance?.Id, claims.Id);
				assert.equal(Instance?.InstanceStatus, 'ACTIVE');
				assert.ok(Instance?.CreatedTime instanceof Date);
				assert.equal(Instance?.Tags?.['Environment'], 'production');
				assert.equal(ReplicationConfiguration?.SourceRegion, 'us-east-1');
				assert.ok(ReplicationConfiguration?.GlobalSignInEndpoint?.startsWith('https://'));
				const failed = ReplicationConfiguration?.ReplicationStatusSummaryList?.find(
					(entry) => entry.ReplicationStatus === 'INSTANCE_REPLICATION_FAILED',
				);
				assert.equal(failed?.Region, 'us-west-2');
				assert.ok(failed?.ReplicationStatusReason);
			}
		});

		test('the us-west-2 replica keeps the source id; unreplicated instances have no configuration', async () => {
			const source = await findByAlias(east, 'acme-support-us');
			const west = client(emulator, 'us-west-2');
			const replica = await west.send(new DescribeInstanceCommand({InstanceId: source.Id}));
			assert.equal(replica.Instance?.Arn, `arn:aws:connect:us-west-2:${prod.accountId}:instance/${source.Id}`);
			assert.equal(replica.ReplicationConfiguration?.SourceRegion, 'us-east-1');
			const sales = await findByAlias(east, 'acme-sales-us');
			const plain = await east.send(new DescribeInstanceCommand({InstanceId: sales.Id}));
			assert.equal(plain.ReplicationConfiguration, undefined);
			assert.equal(plain.Instance?.IdentityManagementType, 'CONNECT_MANAGED');
		});

		test('a failed creation carries its status reason', async () => {
			const failed = (await allInstances(east)).find((i) => i.InstanceStatus === 'CREATION_FAILED');
			assert.ok(failed);
			const {Instance} = await east.send(new DescribeInstanceCommand({InstanceId: failed.Id}));
			assert.match(Instance?.StatusReason?.Message ?? '', /failed/);
			assert.ok((await allInstances(east)).some((i) => i.InstanceStatus === 'CREATION_IN_PROGRESS'));
		});

		test('an unknown instance, or one from another region, is a ResourceNotFoundException', async () => {
			const missing = await rejection(
				east.send(new DescribeInstanceCommand({InstanceId: '00000000-0000-4000-8000-000000000000'})),
			);
			assert.equal(missing.name, 'ResourceNotFoundException');
			assert.equal(missing.$metadata?.httpStatusCode, 404);
			const sales = await findByAlias(east, 'acme-sales-us');
			const elsewhere = await rejection(
				client(emulator, 'eu-central-1').send(new DescribeInstanceCommand({InstanceId: sales.Arn})),
			);
			assert.equal(elsewhere.name, 'ResourceNotFoundException');
		});
	});

	describe('instance attributes', () => {
		test('lists all 13 types over pages of at most 7', async () => {
			const sales = await findByAlias(east, 'acme-sales-us');
			const sizes: number[] = [];
			const types: string[] = [];
			for await (const page of paginateListInstanceAttributes({client: east}, {InstanceId: sales.Id})) {
				sizes.push(page.Attributes?.length ?? 0);
				types.push(...(page.Attributes ?? []).map((a) => a.AttributeType ?? ''));
			}
			assert.deepEqual(sizes, [7, 6]);
			assert.equal(new Set(types).size, 13);
			const big = await rejection(east.send(new ListInstanceAttributesCommand({InstanceId: sales.Id, MaxResults: 8})));
			assert.equal(big.name, 'InvalidParameterException');
		});

		test('update round trip; INBOUND_CALLS keeps InboundCallsEnabled in sync', async () => {
			const warranty = await findByAlias(east, 'acme-warranty');
			await east.send(
				new UpdateInstanceAttributeCommand({InstanceId: warranty.Id, AttributeType: 'CONTACT_LENS', Value: 'true'}),
			);
			const lens = await east.send(
				new DescribeInstanceAttributeCommand({InstanceId: warranty.Id, AttributeType: 'CONTACT_LENS'}),
			);
			assert.deepEqual(lens.Attribute, {AttributeType: 'CONTACT_LENS', Value: 'true'});
			await east.send(
				new UpdateInstanceAttributeCommand({InstanceId: warranty.Arn, AttributeType: 'INBOUND_CALLS', Value: 'false'}),
			);
			const {Instance} = await east.send(new DescribeInstanceCommand({InstanceId: warranty.Id}));
			assert.equal(Instance?.InboundCallsEnabled, false);
			assert.equal(Instance?.OutboundCallsEnabled, true);
			assert.equal(emulator.attributesOf(prod.accountId, 'us-east-1', warranty.Id)?.['INBOUND_CALLS'], 'false');
			// Changed behind the app's back, visible through the API.
			emulator.setAttribute(prod.accountId, 'us-east-1', warranty.Id, 'OUTBOUND_CALLS', 'false');
			const after = await east.send(new DescribeInstanceCommand({InstanceId: warranty.Id}));
			assert.equal(after.Instance?.OutboundCallsEnabled, false);
		});

		test('an unknown type or a non-boolean value is an InvalidParameterException', async () => {
			const warranty = await findByAlias(east, 'acme-warranty');
			const type = await rejection(
				east.send(
					new UpdateInstanceAttributeCommand({
						InstanceId: warranty.Id,
						AttributeType: 'TELEPATHY' as never,
						Value: 'true',
					}),
				),
			);
			assert.equal(type.name, 'InvalidParameterException');
			const value = await rejection(
				east.send(
					new UpdateInstanceAttributeCommand({InstanceId: warranty.Id, AttributeType: 'EARLY_MEDIA', Value: 'yes'}),
				),
			);
			assert.equal(value.name, 'InvalidParameterException');
			assert.equal(emulator.attributesOf(prod.accountId, 'us-east-1', warranty.Id)?.['EARLY_MEDIA'], 'false');
		});
	});

	describe('tags', () => {
		test('tag and untag round trip, reflected in DescribeInstance', async () => {
			const billing = await findByAlias(east, 'acme-billing');
			await east.send(
				new TagResourceCommand({resourceArn: billing.Arn, tags: {Team: 'Billing Ops', 'cost/center': 'x'}}),
			);
			await east.send(new UntagResourceCommand({resourceArn: billing.Arn, tagKeys: ['cost/center', 'Owner']}));
			const {tags} = await east.send(new ListTagsForResourceCommand({resourceArn: billing.Arn}));
			assert.equal(tags?.['Team'], 'Billing Ops');
			assert.equal(tags?.['Owner'], undefined);
			assert.equal(tags?.['cost/center'], undefined);
			assert.equal(tags?.['CostCenter'], 'CC-4410');
			const {Instance} = await east.send(new DescribeInstanceCommand({InstanceId: billing.Id}));
			assert.deepEqual(Instance?.Tags, tags);
			assert.deepEqual(emulator.tagsOf(billing.Arn), tags);
			emulator.setTag(billing.Arn, 'Team', undefined);
			const again = await east.send(new ListTagsForResourceCommand({resourceArn: billing.Arn}));
			assert.equal(again.tags?.['Team'], undefined);
		});

		test('AWS tag rules are enforced with InvalidParameterException', async () => {
			const hr = await findByAlias(east, 'acme-hr-hotline');
			const bad: Array<Record<string, string>> = [
				{'bad*key': 'v'},
				{'aws:owner': 'v'},
				{['k'.repeat(129)]: 'v'},
				{'': 'v'},
				{Long: 'v'.repeat(257)},
			];
			for (const tags of bad) {
				const error = await rejection(east.send(new TagResourceCommand({resourceArn: hr.Arn, tags})));
				assert.equal(error.name, 'InvalidParameterException', JSON.stringify(Object.keys(tags)));
				assert.equal(error.$metadata?.httpStatusCode, 400);
				assert.ok(error.message.length > 0);
			}
			// Unicode letters, spaces and the allowed punctuation are fine; 256 characters is fine.
			await east.send(new TagResourceCommand({resourceArn: hr.Arn, tags: {'Équipe RH_1.:/=+-@': 'v'.repeat(256)}}));

			const current = Object.keys(emulator.tagsOf(hr.Arn) ?? {}).length;
			const fill: Record<string, string> = {};
			for (let i = current; i < 50; i++) fill[`Fill${i}`] = String(i);
			await east.send(new TagResourceCommand({resourceArn: hr.Arn, tags: fill}));
			assert.equal(Object.keys(emulator.tagsOf(hr.Arn) ?? {}).length, 50);
			const fiftyFirst = await rejection(east.send(new TagResourceCommand({resourceArn: hr.Arn, tags: {Extra: 'x'}})));
			assert.equal(fiftyFirst.name, 'InvalidParameterException');
			// Overwriting an existing key keeps the count at 50 and is allowed.
			await east.send(new TagResourceCommand({resourceArn: hr.Arn, tags: {Fill49: 'changed'}}));
			assert.equal(emulator.tagsOf(hr.Arn)?.['Fill49'], 'changed');
		});

		test('an unknown ARN is a ResourceNotFoundException', async () => {
			const arn = `arn:aws:connect:us-east-1:${prod.accountId}:instance/00000000-0000-4000-8000-000000000000`;
			for (const command of [
				new ListTagsForResourceCommand({resourceArn: arn}),
				new TagResourceCommand({resourceArn: arn, tags: {A: 'b'}}),
				new UntagResourceCommand({resourceArn: arn, tagKeys: ['A']}),
			]) {
				const error = await rejection(east.send(command as ListTagsForResourceCommand));
				assert.equal(error.name, 'ResourceNotFoundException');
				assert.equal(error.$metadata?.httpStatusCode, 404);
			}
		});
	});

	describe('authentication', () => {
		test('no Authorization header: 403 MissingAuthenticationTokenException', async () => {
			const response = await fetch(`${emulator.url}/instance`);
			assert.equal(response.status, 403);
			assert.match(response.headers.get('x-amzn-errortype') ?? '', /^MissingAuthenticationTokenException:/);
			assert.deepEqual(await response.json(), {message: 'Missing Authentication Token'});
		});

		test('a malformed Authorization header is rejected', async () => {
			const response = await fetch(`${emulator.url}/instance`, {
				headers: {authorization: 'AWS4-HMAC-SHA256 Credential=oops'},
			});
			assert.equal(response.status, 403);
			assert.match(response.headers.get('x-amzn-errortype') ?? '', /^IncompleteSignatureException:/);
		});

		test('an unknown access key: UnrecognizedClientException', async () => {
			const stranger = client(emulator, 'us-east-1', {accessKeyId: 'AKIAUNKNOWNEXAMPLE00', secretAccessKey: 'x'});
			const error = await rejection(stranger.send(new ListInstancesCommand({})));
			assert.equal(error.name, 'UnrecognizedClientException');
			assert.equal(error.message, 'The security token included in the request is invalid.');
			assert.equal(error.$metadata?.httpStatusCode, 403);
		});

		test('a wrong secret: InvalidSignatureException (signatures are verified)', async () => {
			const forger = client(emulator, 'us-east-1', {accessKeyId: prod.accessKeyId, secretAccessKey: 'not-the-secret'});
			const error = await rejection(forger.send(new ListInstancesCommand({})));
			assert.equal(error.name, 'InvalidSignatureException');
		});

		test('an operation the emulator does not know: 404 UnknownOperationException', async () => {
			const error = await rejection(east.send(new ListRoutingProfilesCommand({InstanceId: 'x'})));
			assert.equal(error.name, 'UnknownOperationException');
			assert.equal(error.$metadata?.httpStatusCode, 404);
		});
	});

	describe('faults', () => {
		test('deny: AccessDeniedException naming the caller and action', async () => {
			emulator.inject({kind: 'deny', operation: 'ListInstances', region: 'us-east-1'});
			const error = await rejection(east.send(new ListInstancesCommand({})));
			assert.equal(error.name, 'AccessDeniedException');
			assert.equal(error.$metadata?.httpStatusCode, 403);
			assert.match(error.message, /is not authorized to perform: connect:ListInstances/);
			// Other regions are unaffected.
			await client(emulator, 'us-west-2').send(new ListInstancesCommand({}));
		});

		test('throttle: 429 ThrottlingException, `times` limits it, SDK retries recover', async () => {
			emulator.inject({kind: 'throttle', times: 1});
			const error = await rejection(east.send(new ListInstancesCommand({})));
			assert.equal(error.name, 'ThrottlingException');
			assert.equal(error.$metadata?.httpStatusCode, 429);
			await east.send(new ListInstancesCommand({}));
			emulator.inject({kind: 'throttle', times: 1});
			const patient = client(emulator, 'us-east-1', prod, {maxAttempts: 3});
			const answer = await patient.send(new ListInstancesCommand({}));
			assert.equal(answer.$metadata.attempts, 2);
		});

		test('unrecognized: UnrecognizedClientException for one region only', async () => {
			emulator.inject({kind: 'unrecognized', region: 'eu-central-1'});
			const error = await rejection(client(emulator, 'eu-central-1').send(new ListInstancesCommand({})));
			assert.equal(error.name, 'UnrecognizedClientException');
			await east.send(new ListInstancesCommand({MaxResults: 1}));
		});

		test('error: custom status, code and message; default InternalServiceException', async () => {
			emulator.inject({
				kind: 'error',
				status: 503,
				code: 'ServiceUnavailableException',
				message: 'Down for maintenance',
				times: 1,
			});
			const custom = await rejection(east.send(new ListInstancesCommand({})));
			assert.equal(custom.name, 'ServiceUnavailableException');
			assert.equal(custom.message, 'Down for maintenance');
			assert.equal(custom.$metadata?.httpStatusCode, 503);
			emulator.inject({kind: 'error', times: 1});
			const internal = await rejection(east.send(new ListInstancesCommand({})));
			assert.equal(internal.name, 'InternalServiceException');
			assert.equal(internal.$metadata?.httpStatusCode, 500);
		});

		test('per-resource and per-attribute-type rules', async () => {
			const sales = await findByAlias(east, 'acme-sales-us');
			const billing = await findByAlias(east, 'acme-billing');
			emulator.inject({kind: 'deny', resource: sales.Arn});
			emulator.inject({kind: 'error', code: 'InvalidRequestException', status: 400, attributeType: 'CONTACT_LENS'});
			assert.equal(
				(await rejection(east.send(new DescribeInstanceCommand({InstanceId: sales.Id})))).name,
				'AccessDeniedException',
			);
			await east.send(new DescribeInstanceCommand({InstanceId: billing.Id}));
			const lens = await rejection(
				east.send(
					new UpdateInstanceAttributeCommand({InstanceId: billing.Id, AttributeType: 'CONTACT_LENS', Value: 'true'}),
				),
			);
			assert.equal(lens.name, 'InvalidRequestException');
			await east.send(
				new UpdateInstanceAttributeCommand({InstanceId: billing.Id, AttributeType: 'EARLY_MEDIA', Value: 'true'}),
			);
		});

		test('latency (rule and global) delays the normal answer', async () => {
			const remove = emulator.inject({kind: 'latency', latencyMs: 120});
			let started = performance.now();
			const answer = await east.send(new ListInstancesCommand({MaxResults: 1}));
			assert.equal(answer.InstanceSummaryList?.length, 1);
			assert.ok(performance.now() - started >= 100);
			remove();
			emulator.setLatency(120);
			started = performance.now();
			await east.send(new ListInstancesCommand({MaxResults: 1}));
			assert.ok(performance.now() - started >= 100);
		});

		test('malformed: a 200 whose body is not JSON fails in the SDK', async () => {
			emulator.inject({kind: 'malformed', operation: 'ListInstances', times: 1});
			const error = await rejection(east.send(new ListInstancesCommand({})));
			assert.equal(error.name, 'SyntaxError');
			assert.match(error.message, /Deserialization error/);
			assert.equal(emulator.requests.at(-1)?.status, 200);
		});

		test('hang: never answers; the caller times out and close() still returns', async () => {
			const lonely = await startEmulator();
			try {
				lonely.inject({kind: 'hang', operation: 'DescribeInstance'});
				const connect = client(lonely, 'us-east-1');
				const controller = new AbortController();
				const pending = connect.send(new DescribeInstanceCommand({InstanceId: 'anything'}), {
					abortSignal: controller.signal,
				});
				await waitFor(() => lonely.requests.some((r) => r.operation === 'DescribeInstance'), 'the hung request');
				controller.abort();
				const error = await rejection(pending);
				assert.equal(error.name, 'AbortError');
				// A second hung request is still open when the emulator closes.
				void connect.send(new DescribeInstanceCommand({InstanceId: 'again'})).catch(() => {});
				await waitFor(
					() => lonely.requests.filter((r) => r.operation === 'DescribeInstance').length === 2,
					'the second',
				);
			} finally {
				await lonely.close();
			}
		});

		test('the demo has a standing failing pair: contact-dev in eu-west-2 is denied', async () => {
			emulator.clearFaults();
			const error = await rejection(client(emulator, 'eu-west-2', dev).send(new ListInstancesCommand({})));
			assert.equal(error.name, 'AccessDeniedException');
			assert.match(error.message, /arn:aws:iam::444455556666:/);
			await client(emulator, 'eu-west-2', prod).send(new ListInstancesCommand({}));
		});
	});

	describe('request log', () => {
		test('records operation, region, account, key, query, body and status', async () => {
			const billing = await findByAlias(east, 'acme-billing');
			const before = emulator.requests.length;
			await east.send(new UntagResourceCommand({resourceArn: billing.Arn, tagKeys: ['Nope', 'Nada']}));
			await east.send(new TagResourceCommand({resourceArn: billing.Arn, tags: {Logged: 'yes'}}));
			const [untag, tag] = emulator.requests.slice(before);
			assert.equal(untag?.operation, 'UntagResource');
			assert.equal(untag?.method, 'DELETE');
			assert.equal(untag?.query['tagKeys'], 'Nope,Nada');
			assert.equal(tag?.operation, 'TagResource');
			assert.deepEqual(tag?.body, {tags: {Logged: 'yes'}});
			assert.equal(tag?.region, 'us-east-1');
			assert.equal(tag?.accountId, prod.accountId);
			assert.equal(tag?.accessKeyId, prod.accessKeyId);
			assert.equal(tag?.status, 200);
		});
	});

	describe('control API', () => {
		async function control(method: string, path: string, body?: unknown) {
			const response = await fetch(`${emulator.url}/__emulator/${path}`, {
				method,
				...(body === undefined ? {} : {body: JSON.stringify(body), headers: {'content-type': 'application/json'}}),
			});
			return {status: response.status, body: (await response.json()) as unknown};
		}

		test('faults, latency and the request log can be driven over HTTP, unrecorded and unauthenticated', async () => {
			const before = emulator.requests.length;
			const rule: FaultRule = {kind: 'throttle', operation: 'ListInstances', region: 'us-east-1', times: 2};
			const added = await control('POST', 'faults', rule);
			assert.equal(added.status, 200);
			const listed = await control('GET', 'faults');
			assert.ok((listed.body as Array<{kind: string}>).some((r) => r.kind === 'throttle'));
			assert.equal((await rejection(east.send(new ListInstancesCommand({})))).name, 'ThrottlingException');
			assert.equal((await control('DELETE', 'faults')).status, 200);
			await east.send(new ListInstancesCommand({MaxResults: 1}));
			// The standing demo fault survives a clear.
			assert.deepEqual(
				((await control('GET', 'faults')).body as Array<{kind: string; standing: boolean; region?: string}>).map(
					(r) => [r.kind, r.standing, r.region],
				),
				[['deny', true, 'eu-west-2']],
			);

			const id = (added.body as {id: number}).id;
			assert.equal((await control('DELETE', `faults/${id}`)).status, 404);
			const another = await control('POST', 'faults', {kind: 'deny'});
			assert.equal((await control('DELETE', `faults/${(another.body as {id: number}).id}`)).status, 200);
			await east.send(new ListInstancesCommand({MaxResults: 1}));

			assert.equal((await control('POST', 'faults', {kind: 'explode'})).status, 400);
			assert.equal((await control('POST', 'latency', {ms: 'slow'})).status, 400);
			assert.deepEqual((await control('POST', 'latency', {ms: 0})).body, {ms: 0});

			const log = (await control('GET', 'requests')).body as Array<{operation: string; status: number}>;
			assert.deepEqual(
				log.slice(before).map((r) => `${r.operation} ${r.status}`),
				['ListInstances 429', 'ListInstances 200', 'ListInstances 200'],
			);
			assert.equal(emulator.requests.length, before + 3);
			assert.equal((await control('DELETE', 'requests')).status, 200);
			assert.equal(emulator.requests.length, 0);
			assert.equal((await control('GET', 'nothing-here')).status, 404);
		});
	});
});

describe('synthetic seed', () => {
	test('generates large deterministic estates whose profiles authenticate', async () => {
		const options = {accounts: 3, regionsPerAccount: 2, instancesPerRegion: 23};
		assert.deepEqual(syntheticSeed(options), syntheticSeed(options));
		const emulator = await startEmulator({seed: syntheticSeed(options)});
		try {
			const profiles = syntheticProfiles(options);
			assert.equal(profiles.length, 3);
			const third = profiles[2]!;
			const connect = client(emulator, 'us-west-2', third);
			const all = await allInstances(connect);
			assert.equal(all.length, 23);
			assert.ok(all.every((i) => i.Arn?.startsWith(`arn:aws:connect:us-west-2:${third.accountId}:instance/`)));
			const none = await client(emulator, 'eu-central-1', third).send(new ListInstancesCommand({}));
			assert.deepEqual(none.InstanceSummaryList, []);
		} finally {
			await emulator.close();
		}
		assert.throws(() => syntheticSeed({accounts: 1, regionsPerAccount: 99, instancesPerRegion: 1}), RangeError);
	});
});
