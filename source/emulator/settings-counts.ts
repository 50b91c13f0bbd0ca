// The listings the detail view counts by paging: phone numbers (ListPhoneNumbersV2, a POST with its
// token in the body), queues (standard and agent queues) and flows, with their filters' validation.
import {invalidParameter, resourceNotFound} from './errors.js';
import {objectBody} from './request.js';
import {paginate} from './pagination.js';
import {enumValue, generated, listOf, validation, type Handler} from './settings-params.js';
import {settingsOf} from './settings-store.js';
import {parseInstanceArn, type InstanceRecord} from './store.js';

export const listPhoneNumbersV2: Handler = (store, request) => {
	const body = request.body === undefined ? {} : objectBody(request.body);
	const {TargetArn: targetArn, InstanceId: instanceId, MaxResults: max, NextToken: token} = body;
	if (targetArn !== undefined && instanceId !== undefined) {
		throw invalidParameter('You can provide either TargetArn or InstanceId, not both.');
	}

	if (max !== undefined && (typeof max !== 'number' || !Number.isSafeInteger(max) || max < 1 || max > 1000)) {
		throw invalidParameter(validation('maxResults', String(max), 'Member must have value between 1 and 1000'));
	}

	if (token !== undefined && (typeof token !== 'string' || token.length < 1 || token.length > 100_000)) {
		throw invalidParameter(validation('nextToken', String(token), 'Member must have length between 1 and 100000'));
	}

	let records: readonly InstanceRecord[];
	const named = typeof targetArn === 'string' ? targetArn : typeof instanceId === 'string' ? instanceId : undefined;
	if (named === undefined) {
		records = store.instances(request.accountId, request.region);
	} else {
		const record = store.find(request.accountId, request.region, named);
		const isTrafficGroup = /:traffic-distribution-group\//.test(named);
		if (!record && !isTrafficGroup) throw resourceNotFound(`Resource not found: ${named}`);
		if (targetArn !== undefined && record && !parseInstanceArn(named)) {
			throw invalidParameter(`TargetArn must be an ARN: ${named}`);
		}

		records = record ? [record] : [];
	}

	const numbers = records.flatMap(generated('phone-number', (record) => settingsOf(record).phoneNumbers));
	const result = paginate(
		numbers,
		`ListPhoneNumbersV2/${request.accountId}/${request.region}/${named ?? ''}`,
		typeof token === 'string' ? token : undefined,
		typeof max === 'number' ? max : 100,
		() => invalidParameter('The nextToken provided is invalid.'),
	);
	return {ListPhoneNumbersSummaryList: result.items, ...(result.nextToken ? {NextToken: result.nextToken} : {})};
};

const queueTypes = ['STANDARD', 'AGENT'] as const;

export const listQueues: Handler = (store, request) => {
	const wanted = request.search.getAll('queueTypes');
	if (wanted.length > 2)
		throw invalidParameter(
			validation('queueTypes', wanted.join(','), 'Member must have length less than or equal to 2'),
		);
	for (const type of wanted) enumValue(type, 'queueTypes', queueTypes, invalidParameter);
	return listOf(
		'QueueSummaryList',
		(record) => {
			const settings = settingsOf(record);
			const standard = generated('queue', () => settings.queues)(record);
			// Each user has an agent queue.
			const agent = generated(
				'user',
				() => settings.users,
			)(record).map((user) => ({
				Id: user['Id'],
				Arn: `${record.arn}/queue/agent/${String(user['Id'])}`,
				QueueType: 'AGENT',
			}));
			return [...standard, ...agent].filter(
				(queue) => wanted.length === 0 || wanted.includes(queue['QueueType'] as string),
			);
		},
		1000,
		invalidParameter,
		100,
		`ListQueues/${wanted.join(',')}`,
	)(store, request);
};

const contactFlowTypes = [
	'CONTACT_FLOW',
	'CUSTOMER_QUEUE',
	'CUSTOMER_HOLD',
	'CUSTOMER_WHISPER',
	'AGENT_HOLD',
	'AGENT_WHISPER',
	'OUTBOUND_WHISPER',
	'AGENT_TRANSFER',
	'QUEUE_TRANSFER',
	'CAMPAIGN',
] as const;

export const listContactFlows: Handler = (store, request) => {
	const wanted = request.search.getAll('contactFlowTypes');
	if (wanted.length > 10) {
		throw invalidParameter(
			validation('contactFlowTypes', wanted.join(','), 'Member must have length less than or equal to 10'),
		);
	}

	for (const type of wanted) enumValue(type, 'contactFlowTypes', contactFlowTypes, invalidParameter);
	return listOf(
		'ContactFlowSummaryList',
		(record) =>
			generated(
				'flow',
				() => settingsOf(record).flows,
			)(record).filter((flow) => wanted.length === 0 || wanted.includes(flow['ContactFlowType'] as string)),
		1000,
		invalidParameter,
		100,
		`ListContactFlows/${wanted.join(',')}`,
	)(store, request);
};
