// Routes of the instance-settings operations (storage, origins, Lambda, Lex, keys, integrations,
// traffic distribution groups, phone numbers, users, queues, flows), as the service model spells them.
export const settingsOperations = [
	'ListInstanceStorageConfigs',
	'ListApprovedOrigins',
	'AssociateApprovedOrigin',
	'DisassociateApprovedOrigin',
	'ListLambdaFunctions',
	'ListLexBots',
	'ListBots',
	'ListSecurityKeys',
	'ListIntegrationAssociations',
	'ListTrafficDistributionGroups',
	'ListPhoneNumbersV2',
	'ListUsers',
	'ListQueues',
	'ListContactFlows',
] as const;

export type SettingsOperationName = (typeof settingsOperations)[number];

export type SettingsRoute = {readonly operation: SettingsOperationName; readonly instanceId?: string};

/** `/instance/{InstanceId}/<segment>` routes: segment → method → operation. */
const instanceRoutes: Record<string, Record<string, SettingsOperationName>> = {
	'storage-configs': {GET: 'ListInstanceStorageConfigs'},
	'approved-origins': {GET: 'ListApprovedOrigins'},
	'approved-origin': {PUT: 'AssociateApprovedOrigin', DELETE: 'DisassociateApprovedOrigin'},
	'lambda-functions': {GET: 'ListLambdaFunctions'},
	'lex-bots': {GET: 'ListLexBots'},
	bots: {GET: 'ListBots'},
	'security-keys': {GET: 'ListSecurityKeys'},
	'integration-associations': {GET: 'ListIntegrationAssociations'},
};

/** `/<segment>/{InstanceId}` routes. */
const summaryRoutes: Record<string, SettingsOperationName> = {
	'users-summary': 'ListUsers',
	'queues-summary': 'ListQueues',
	'contact-flows-summary': 'ListContactFlows',
};

function decode(segment: string | undefined): string | undefined {
	if (segment === undefined || segment === '') return undefined;
	try {
		return decodeURIComponent(segment);
	} catch {
		return undefined;
	}
}

/** The settings operation for this request, or undefined when it is not one of them. */
export function matchSettingsRoute(method: string, rawPath: string): SettingsRoute | undefined {
	const segments = rawPath.split('/').slice(1);
	if (segments.length === 1 && segments[0] === 'traffic-distribution-groups' && method === 'GET') {
		return {operation: 'ListTrafficDistributionGroups'};
	}

	if (segments.length === 2 && segments[0] === 'phone-number' && segments[1] === 'list' && method === 'POST') {
		return {operation: 'ListPhoneNumbersV2'};
	}

	if (segments.length === 2 && method === 'GET') {
		const operation = summaryRoutes[segments[0] ?? ''];
		const instanceId = decode(segments[1]);
		if (operation && instanceId !== undefined) return {operation, instanceId};
	}

	if (segments.length === 3 && segments[0] === 'instance') {
		const operation = instanceRoutes[segments[2] ?? '']?.[method];
		const instanceId = decode(segments[1]);
		if (operation && instanceId !== undefined) return {operation, instanceId};
	}

	return undefined;
}
