// The ConnectGateway over the real AWS SDK: one ConnectClient per (profile, region), created lazily.
import {
	ConnectClient,
	DescribeInstanceAttributeCommand,
	DescribeInstanceCommand,
	ListInstanceAttributesCommand,
	ListInstancesCommand,
	ListTagsForResourceCommand,
	TagResourceCommand,
	UntagResourceCommand,
	UpdateInstanceAttributeCommand,
	type InstanceAttributeType,
} from '@aws-sdk/client-connect';
import {AwsError} from '../domain/errors.js';
import type {CallOptions} from '../domain/gateway.js';
import {pairKey} from '../domain/instances.js';
import type {InstanceDetail, Target} from '../domain/types.js';
import {quotaKey} from '../domain/rate-budget.js';
import {countingClient, type AttemptCounter} from './deadline.js';
import {profileCredentials} from './profile-credentials.js';
import {timedOut, toAwsError, type ErrorContext} from './errors.js';
import {toAttribute, toDetail, toSummary, toTags} from './mapping.js';
import {serviceEndpoint} from './endpoints.js';
import {createIdentityLookup} from './identity.js';
import {sharedFilePaths} from './profiles.js';
import {createNetwork} from './network.js';
import {quietLogger} from './quiet.js';
import {QuotaGate} from './quota-gate.js';
import {createSettingsGateway} from './settings-gateway.js';
import {allPages, deadlinePassed, regionalEndpoint} from './gateway-calls.js';

import type {AwsConfig, AwsGateway} from './gateway-config.js';
import type {CredentialsProvider} from './credential-types.js';

export type {AwsCredentials, CredentialsProvider} from './credential-types.js';

export type {AwsConfig, AwsGateway} from './gateway-config.js';

/** The endpoint the AWS CLI would use: the flag, else AWS_ENDPOINT_URL_CONNECT, else AWS_ENDPOINT_URL. */
export function resolveEndpointUrl(endpointUrl: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
	if (endpointUrl) return endpointUrl;
	if (env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'] === 'true') return undefined;
	return env['AWS_ENDPOINT_URL_CONNECT'] || env['AWS_ENDPOINT_URL'] || undefined;
}

export function createAwsGateway(config: AwsConfig = {}): AwsGateway {
	const env = config.env ?? process.env;
	const connectTimeoutMs = config.connectTimeoutMs ?? 3000;
	const requestTimeoutMs = config.requestTimeoutMs ?? 15_000;
	const endpoint = resolveEndpointUrl(config.endpointUrl, env);
	const files = sharedFilePaths(env);
	const clients = new Map<string, ConnectClient>();
	const credentials = new Map<string, CredentialsProvider>();
	// One pool of sockets for every client; HTTPS_PROXY, NO_PROXY and AWS_CA_BUNDLE apply here.
	let network = createNetwork(env);
	// Every Connect call waits its turn here: one queue per quota key, paced by Amazon Connect's quota.
	const gate = new QuotaGate(config.budget);
	const accounts = new Map((config.accounts ?? []).map((account) => [account.source, account]));
	const identity = createIdentityLookup({env, network: () => network, connectTimeoutMs, requestTimeoutMs});
	// With Connect's endpoint overridden and none for STS, STS is not asked (it may be unreachable from
	// there): each source then keeps a budget of its own.
	const askSts = endpoint === undefined || serviceEndpoint(env, 'STS') !== undefined;

	/** The account whose quota a request to `target` spends (the source itself when STS cannot say). */
	async function accountOf(target: Target): Promise<string> {
		const known = accounts.get(target.profile)?.accountId;
		if (known !== undefined) return known;
		if (!askSts) return `profile ${target.profile}`;
		const account = await identity(target.profile, target.region, credentialsOf(target.profile));
		return account ?? `profile ${target.profile}`;
	}

	function credentialsOf(profile: string): CredentialsProvider {
		let provider = credentials.get(profile);
		if (provider) return provider;
		const account = accounts.get(profile);
		if (account) {
			provider = account.credentials;
		} else if (config.credentialsFor) {
			provider = config.credentialsFor(profile);
		} else {
			provider = profileCredentials(profile, {
				env,
				files,
				agentsFor: (url) => network.agentsFor(url),
				connectTimeoutMs,
				requestTimeoutMs,
				mfaCodeProvider: config.mfaCodeProvider,
				errorContext: contextOf({profile, region: ''}, undefined),
			});
		}

		credentials.set(profile, provider);
		return provider;
	}

	function clientFor(target: Target): ConnectClient {
		const key = pairKey(target);
		let client = clients.get(key);
		if (!client) {
			const agents = network.agentsFor(endpoint ?? regionalEndpoint(target.region));
			client = new ConnectClient({
				region: target.region,
				// The SDK reads the client's settings (FIPS and dual-stack endpoints, maximum attempts, app id…)
				// from this profile's section of the AWS files, as `aws --profile` does; without it they came
				// from AWS_PROFILE's or the default profile's. An account found through SSO or Organizations
				// is no profile of the files: its clients keep those.
				...(accounts.has(target.profile) ? {} : {profile: target.profile}),
				...(endpoint ? {endpoint} : {}),
				credentials: credentialsOf(target.profile),
				...(config.maxAttempts === undefined ? {} : {maxAttempts: config.maxAttempts}),
				retryMode: config.retryMode ?? 'adaptive',
				logger: quietLogger,
				requestHandler: {
					connectionTimeout: connectTimeoutMs,
					// The call's deadline (below, in call()) ends a hung attempt; this is only the backstop.
					requestTimeout: requestTimeoutMs + 1000,
					socketTimeout: requestTimeoutMs + 1000,
					throwOnRequestTimeout: true,
					logger: quietLogger,
					httpAgent: agents.httpAgent,
					httpsAgent: agents.httpsAgent,
				},
			});
			clients.set(key, client);
		}

		return client;
	}

	function contextOf(target: Target, signal: AbortSignal | undefined): ErrorContext {
		return {
			profile: target.profile,
			region: target.region,
			files,
			endpoint,
			requestTimeoutMs,
			connectTimeoutMs,
			signal,
			...(proxyOf(target) ? {proxy: proxyOf(target)} : {}),
		};
	}

	function proxyOf(target: Target): string | undefined {
		try {
			return network.agentsFor(endpoint ?? regionalEndpoint(target.region)).proxy;
		} catch {
			return undefined;
		}
	}

	type SendOptions = {abortSignal?: AbortSignal};

	/** Runs one SDK call when the quota scheduler lets it go; whatever it throws comes out as an AwsError. */
	async function call<Output>(
		target: Target,
		options: CallOptions,
		api: string,
		run: (client: Pick<ConnectClient, 'send'>, options: SendOptions) => Promise<Output>,
	): Promise<Output> {
		const {signal} = options;
		const {stopSignal} = options;
		if (signal?.aborted || stopSignal?.aborted) throw new AwsError('AbortError', 'Request cancelled');
		// --request-timeout bounds the whole call, retries included, from its first attempt on (the quota's
		// wait is ours; the credentials have their own deadline of the same length).
		const deadline = new AbortController();
		let timer: NodeJS.Timeout | undefined;
		const attempts: AttemptCounter = {
			count: 0,
			onFirst() {
				timer = setTimeout(() => deadline.abort(), requestTimeoutMs);
				options.onSent?.();
			},
		};
		try {
			// A stop (a bulk apply's Esc) ends the wait for the quota; once sent, the request finishes.
			const waitSignal = stopSignal ? (signal ? AbortSignal.any([signal, stopSignal]) : stopSignal) : signal;
			await gate.enter(
				quotaKey(await accountOf(target), target.region, api),
				options.priority ?? 'interactive',
				waitSignal,
			);
			const abortSignal = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
			const answer = run(countingClient(clientFor(target), attempts), {abortSignal});
			// The SDK may be between attempts (backing off) when the deadline passes: it ends the call anyway.
			return await Promise.race([answer, deadlinePassed(deadline.signal, answer)]);
		} catch (error: unknown) {
			const context = {...contextOf(target, signal), ...(attempts.count > 0 ? {attempts: attempts.count} : {})};
			if (deadline.signal.aborted && !signal?.aborted && !(error instanceof AwsError)) throw timedOut(context);
			throw toAwsError(error, context);
		} finally {
			clearTimeout(timer);
		}
	}

	const gateway: AwsGateway = {
		...createSettingsGateway(call),

		async listInstances(target, options = {}) {
			return allPages(async (nextToken) => {
				const command = new ListInstancesCommand({MaxResults: 10, NextToken: nextToken});
				const output = await call(target, options, 'ListInstances', async (client, o) => client.send(command, o));
				return {
					items: (output.InstanceSummaryList ?? []).map((summary) =>
						toSummary(target, summary, accounts.get(target.profile)?.accountName),
					),
					nextToken: output.NextToken,
				};
			}, options.onPage);
		},

		async describeInstance(target, instanceId, options = {}): Promise<InstanceDetail> {
			const command = new DescribeInstanceCommand({InstanceId: instanceId});
			const output = await call(target, options, 'DescribeInstance', async (client, o) => client.send(command, o));
			return toDetail(target, instanceId, output.Instance, output.ReplicationConfiguration);
		},

		async listInstanceAttributes(target, instanceId, options = {}) {
			return allPages(async (nextToken) => {
				const command = new ListInstanceAttributesCommand({InstanceId: instanceId, NextToken: nextToken});
				const output = await call(target, options, 'ListInstanceAttributes', async (client, o) =>
					client.send(command, o),
				);
				const items = (output.Attributes ?? [])
					.map((attribute) => toAttribute(attribute))
					.filter((mapped) => mapped !== undefined);
				return {items, nextToken: output.NextToken};
			});
		},

		async describeInstanceAttribute(target, instanceId, attributeType, options = {}) {
			const command = new DescribeInstanceAttributeCommand({
				InstanceId: instanceId,
				AttributeType: attributeType as InstanceAttributeType,
			});
			const output = await call(target, options, 'DescribeInstanceAttribute', async (client, o) =>
				client.send(command, o),
			);
			return toAttribute(output.Attribute) ?? {type: attributeType, value: ''};
		},

		async updateInstanceAttribute(target, instanceId, attributeType, value, options = {}) {
			const command = new UpdateInstanceAttributeCommand({
				InstanceId: instanceId,
				AttributeType: attributeType as InstanceAttributeType,
				Value: value,
			});
			await call(target, options, 'UpdateInstanceAttribute', async (client, o) => client.send(command, o));
		},

		async listTags(target, resourceArn, options = {}) {
			const command = new ListTagsForResourceCommand({resourceArn});
			const output = await call(target, options, 'ListTagsForResource', async (client, o) => client.send(command, o));
			return toTags(output.tags);
		},

		async tagResource(target, resourceArn, tags, options = {}) {
			if (Object.keys(tags).length === 0) return;
			const command = new TagResourceCommand({resourceArn, tags: {...tags}});
			await call(target, options, 'TagResource', async (client, o) => client.send(command, o));
		},

		async untagResource(target, resourceArn, tagKeys, options = {}) {
			if (tagKeys.length === 0) return;
			const command = new UntagResourceCommand({resourceArn, tagKeys: [...tagKeys]});
			await call(target, options, 'UntagResource', async (client, o) => client.send(command, o));
		},

		dispose() {
			for (const client of clients.values()) client.destroy();
			clients.clear();
			network.destroy();
			network = createNetwork(env);
		},
	};

	return gateway;
}
