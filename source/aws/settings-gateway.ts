// The instance-settings calls over the real SDK: each through the gateway's `call` (request budget,
// error mapping), each paged with the largest page the API allows, each returning domain types.
import {
	AssociateApprovedOriginCommand,
	DisassociateApprovedOriginCommand,
	ListApprovedOriginsCommand,
	ListBotsCommand,
	ListContactFlowsCommand,
	ListInstanceStorageConfigsCommand,
	ListIntegrationAssociationsCommand,
	ListLambdaFunctionsCommand,
	ListLexBotsCommand,
	ListPhoneNumbersV2Command,
	ListQueuesCommand,
	ListSecurityKeysCommand,
	ListTrafficDistributionGroupsCommand,
	ListUsersCommand,
	type ConnectClient,
} from '@aws-sdk/client-connect';
import type {CallOptions} from '../domain/gateway.js';
import type {SettingsGateway} from '../domain/settings-gateway.js';
import type {Target} from '../domain/types.js';
import {
	toIntegrations,
	toLexBots,
	toLexV2AliasArns,
	toSecurityKeys,
	toStorageConfig,
	toStrings,
	toTrafficDistributionGroups,
} from './settings-mapping.js';

/** The gateway's one way to send: within the request budget, errors as AwsError. */
export type Call = <Output>(
	target: Target,
	options: CallOptions,
	api: string,
	run: (client: Pick<ConnectClient, 'send'>, options: {abortSignal?: AbortSignal}) => Promise<Output>,
) => Promise<Output>;

type Page<Item> = {items: Item[]; nextToken?: string | undefined};

/** Every page, following NextToken to the end (or until a token comes back twice). */
async function pages<Item>(
	fetchPage: (nextToken: string | undefined) => Promise<Page<Item>>,
	onPage?: (items: readonly Item[], pageCount: number) => void,
): Promise<Item[]> {
	const all: Item[] = [];
	const seen = new Set<string>();
	let token: string | undefined;
	let count = 0;
	do {
		// eslint-disable-next-line no-await-in-loop -- each page needs the previous page's token
		const {items, nextToken} = await fetchPage(token);
		all.push(...items);
		count++;
		onPage?.(all, count);
		token = nextToken && !seen.has(nextToken) ? nextToken : undefined;
		if (token) seen.add(token);
	} while (token);

	return all;
}

export function createSettingsGateway(call: Call): SettingsGateway {
	return {
		async listStorageConfigs(target, instanceId, resourceType, options = {}) {
			return pages(async (NextToken) => {
				const command = new ListInstanceStorageConfigsCommand({
					InstanceId: instanceId,
					ResourceType: resourceType,
					MaxResults: 10,
					NextToken,
				});
				const output = await call(target, options, 'ListInstanceStorageConfigs', async (client, o) =>
					client.send(command, o),
				);
				return {items: (output.StorageConfigs ?? []).map(toStorageConfig), nextToken: output.NextToken};
			});
		},

		async listApprovedOrigins(target, instanceId, options = {}) {
			return pages(async (NextToken) => {
				const command = new ListApprovedOriginsCommand({InstanceId: instanceId, MaxResults: 25, NextToken});
				const output = await call(target, options, 'ListApprovedOrigins', async (client, o) => client.send(command, o));
				return {items: toStrings(output.Origins), nextToken: output.NextToken};
			});
		},

		async associateApprovedOrigin(target, instanceId, origin, options = {}) {
			const command = new AssociateApprovedOriginCommand({InstanceId: instanceId, Origin: origin});
			await call(target, options, 'AssociateApprovedOrigin', async (client, o) => client.send(command, o));
		},

		async disassociateApprovedOrigin(target, instanceId, origin, options = {}) {
			const command = new DisassociateApprovedOriginCommand({InstanceId: instanceId, Origin: origin});
			await call(target, options, 'DisassociateApprovedOrigin', async (client, o) => client.send(command, o));
		},

		async listLambdaFunctions(target, instanceId, options = {}) {
			return pages(async (NextToken) => {
				const command = new ListLambdaFunctionsCommand({InstanceId: instanceId, MaxResults: 25, NextToken});
				const output = await call(target, options, 'ListLambdaFunctions', async (client, o) => client.send(command, o));
				return {items: toStrings(output.LambdaFunctions), nextToken: output.NextToken};
			});
		},

		async listLexBots(target, instanceId, options = {}) {
			return pages(async (NextToken) => {
				const command = new ListLexBotsCommand({InstanceId: instanceId, MaxResults: 25, NextToken});
				const output = await call(target, options, 'ListLexBots', async (client, o) => client.send(command, o));
				return {items: toLexBots(output.LexBots), nextToken: output.NextToken};
			});
		},

		async listLexV2Bots(target, instanceId, options = {}) {
			return pages(async (NextToken) => {
				const command = new ListBotsCommand({InstanceId: instanceId, LexVersion: 'V2', MaxResults: 25, NextToken});
				const output = await call(target, options, 'ListBots', async (client, o) => client.send(command, o));
				return {items: toLexV2AliasArns(output.LexBots), nextToken: output.NextToken};
			});
		},

		async listSecurityKeys(target, instanceId, options = {}) {
			return pages(async (NextToken) => {
				const command = new ListSecurityKeysCommand({InstanceId: instanceId, MaxResults: 2, NextToken});
				const output = await call(target, options, 'ListSecurityKeys', async (client, o) => client.send(command, o));
				return {items: toSecurityKeys(output.SecurityKeys), nextToken: output.NextToken};
			});
		},

		async listIntegrations(target, instanceId, options = {}) {
			return pages(async (NextToken) => {
				const command = new ListIntegrationAssociationsCommand({InstanceId: instanceId, MaxResults: 100, NextToken});
				const output = await call(target, options, 'ListIntegrationAssociations', async (client, o) =>
					client.send(command, o),
				);
				return {items: toIntegrations(output.IntegrationAssociationSummaryList), nextToken: output.NextToken};
			});
		},

		async listTrafficDistributionGroups(target, instanceId, options = {}) {
			return pages(async (NextToken) => {
				const command = new ListTrafficDistributionGroupsCommand({InstanceId: instanceId, MaxResults: 10, NextToken});
				const output = await call(target, options, 'ListTrafficDistributionGroups', async (client, o) =>
					client.send(command, o),
				);
				return {
					items: toTrafficDistributionGroups(output.TrafficDistributionGroupSummaryList),
					nextToken: output.NextToken,
				};
			});
		},

		async count(target, instance, kind, options = {}) {
			const {onPage} = options;
			const progress = onPage
				? (items: readonly unknown[], pageCount: number) => onPage(items.length, pageCount)
				: undefined;
			const all = await pages<unknown>(async (NextToken) => {
				switch (kind) {
					case 'phone-numbers': {
						const command = new ListPhoneNumbersV2Command({TargetArn: instance.arn, MaxResults: 1000, NextToken});
						const output = await call(target, options, 'ListPhoneNumbersV2', async (client, o) =>
							client.send(command, o),
						);
						return {items: output.ListPhoneNumbersSummaryList ?? [], nextToken: output.NextToken};
					}

					case 'users': {
						const command = new ListUsersCommand({InstanceId: instance.id, MaxResults: 1000, NextToken});
						const output = await call(target, options, 'ListUsers', async (client, o) => client.send(command, o));
						return {items: output.UserSummaryList ?? [], nextToken: output.NextToken};
					}

					case 'queues': {
						const command = new ListQueuesCommand({
							InstanceId: instance.id,
							QueueTypes: ['STANDARD'],
							MaxResults: 1000,
							NextToken,
						});
						const output = await call(target, options, 'ListQueues', async (client, o) => client.send(command, o));
						return {items: output.QueueSummaryList ?? [], nextToken: output.NextToken};
					}

					case 'flows': {
						const command = new ListContactFlowsCommand({InstanceId: instance.id, MaxResults: 1000, NextToken});
						const output = await call(target, options, 'ListContactFlows', async (client, o) =>
							client.send(command, o),
						);
						return {items: output.ContactFlowSummaryList ?? [], nextToken: output.NextToken};
					}
				}
			}, progress);
			return all.length;
		},
	};
}
