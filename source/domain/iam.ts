// Every IAM action connectui calls, by feature: the one source for README's IAM table, `connectui
// policy`, and the missing-permission hint after an AccessDenied. A test walks source/aws and fails
// when a command is sent that is not listed here. To add a feature, add a row.

export type IamAccess = 'read' | 'write';

export type IamAction = {
	/** `connect:ListInstances`. */
	readonly action: string;
	readonly access: IamAccess;
	/** Shown after the action in README (`re-read before and after`). */
	readonly note?: string;
	/** False for calls an IAM policy does not govern (the IAM Identity Center portal's, allowed by the sign-in). */
	readonly policy?: false;
};

export type IamFeature = {
	/** What needs it, as README's table names it. */
	readonly feature: string;
	readonly actions: readonly IamAction[];
};

const read = (action: string, note?: string): IamAction => ({action, access: 'read', ...(note ? {note} : {})});
const write = (action: string, note?: string): IamAction => ({action, access: 'write', ...(note ? {note} : {})});

export const IAM_FEATURES: readonly IamFeature[] = [
	{
		feature: 'list, `connectui list`',
		actions: [read('connect:ListInstances'), read('connect:DescribeInstance', "the list's replication marker")],
	},
	{
		feature: 'detail, `connectui describe`',
		actions: [
			read('connect:DescribeInstance'),
			read('connect:ListInstanceAttributes'),
			read('connect:ListTagsForResource'),
		],
	},
	{
		feature: '`--with`, `attr:`/`tag:` filters, `connectui check`',
		actions: [read('connect:ListInstanceAttributes'), read('connect:ListTagsForResource')],
	},
	{
		feature: 'attributes form',
		actions: [
			read('connect:DescribeInstanceAttribute', 're-read before and after'),
			write('connect:UpdateInstanceAttribute'),
		],
	},
	{
		feature: 'tags form',
		actions: [
			read('connect:ListTagsForResource', 're-read before and after'),
			write('connect:TagResource'),
			write('connect:UntagResource'),
		],
	},
	{
		feature: 'the account of each profile (the quota is per account)',
		actions: [read('sts:GetCallerIdentity', 'allowed to everyone')],
	},
	{
		feature: '`--org-role ROLE`, with the selected profile',
		actions: [read('organizations:ListAccounts'), read('sts:AssumeRole', 'on arn:aws:iam::*:role/ROLE')],
	},
	{
		feature: '`--sso-session`, `--sso-role ROLE`',
		actions: [
			{
				action: 'sso:GetRoleCredentials',
				access: 'read',
				note: 'the portal, allowed by the sign-in and an assignment of ROLE: no policy',
				policy: false,
			},
		],
	},
	{
		feature: 'detail: instance settings',
		actions: [
			read('connect:ListInstanceStorageConfigs', 'one call per storage type'),
			read('connect:ListApprovedOrigins'),
			read('connect:ListLambdaFunctions'),
			read('connect:ListLexBots'),
			read('connect:ListBots'),
			read('connect:ListSecurityKeys'),
			read('connect:ListIntegrationAssociations'),
			read('connect:ListTrafficDistributionGroups', 'replicated instances'),
			read('connect:ListPhoneNumbersV2'),
			read('connect:ListUsers'),
			read('connect:ListQueues'),
			read('connect:ListContactFlows'),
		],
	},
	{
		feature: 'approved origins form',
		actions: [
			read('connect:ListApprovedOrigins', 're-read before and after'),
			write('connect:AssociateApprovedOrigin'),
			write('connect:DisassociateApprovedOrigin'),
		],
	},
];

/** Every action once, in table order, with its access (write wins if listed both ways). */
export function iamActions(features: readonly IamFeature[] = IAM_FEATURES): IamAction[] {
	const byAction = new Map<string, IamAction>();
	for (const {actions} of features) {
		for (const entry of actions) {
			const seen = byAction.get(entry.action);
			if (!seen || (seen.access === 'read' && entry.access === 'write')) byAction.set(entry.action, entry);
		}
	}
	return [...byAction.values()];
}

/** The action an API operation needs: `UpdateInstanceAttribute` → `connect:UpdateInstanceAttribute`. */
export function iamActionFor(operation: string, service = 'connect'): string {
	return `${service}:${operation}`;
}

/**
 * The IAM prefix of an SDK client package (`@aws-sdk/client-connect` → `connect`), for the test that
 * walks source/aws. Packages whose prefix differs from their name are listed here.
 */
export const SDK_CLIENT_PREFIXES: Readonly<Record<string, string>> = {};

export function iamPrefixOf(sdkPackage: string): string {
	const name = sdkPackage.replace(/^@aws-sdk\/client-/u, '');
	return SDK_CLIENT_PREFIXES[name] ?? name;
}

/** Whether an action is in the table. */
export function isListedAction(action: string): boolean {
	return iamActions().some((entry) => entry.action === action);
}

/** The least-privilege identity policy for everything connectui does, or only what read-only use needs. */
export function iamPolicy(options: {readonly readOnly?: boolean} = {}): object {
	const all = iamActions().filter((entry) => entry.policy !== false);
	const sorted = (access: IamAccess) =>
		all
			.filter((entry) => entry.access === access)
			.map((entry) => entry.action)
			.sort();
	const statements = [{Sid: 'ConnectuiRead', Effect: 'Allow', Action: sorted('read'), Resource: '*'}];
	if (!options.readOnly)
		statements.push({Sid: 'ConnectuiWrite', Effect: 'Allow', Action: sorted('write'), Resource: '*'});
	return {Version: '2012-10-17', Statement: statements};
}

/** README's table rows: feature, then the actions (with notes). */
export function iamTableRows(features: readonly IamFeature[] = IAM_FEATURES): Array<[string, string]> {
	return features.map(({feature, actions}) => [
		feature,
		actions.map((entry) => `\`${entry.action}\`${entry.note ? ` (${entry.note})` : ''}`).join(', '),
	]);
}

/** README's IAM table as Markdown (Prettier pads it; cells compare trimmed). */
export function iamTableMarkdown(): string {
	const rows = [['feature', 'actions'], ['---', '---'], ...iamTableRows()];
	return rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
