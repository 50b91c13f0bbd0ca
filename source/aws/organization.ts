// --org-role: every ACTIVE account of the selected profile's AWS Organization (ListAccounts, paged),
// each assumed into through arn:aws:iam::ACCOUNT:role/ROLE with the session name connectui, as
// Cloud Custodian's c7n-org does; the credentials renew themselves before they expire.
import {ListAccountsCommand, OrganizationsClient} from '@aws-sdk/client-organizations';
import {AssumeRoleCommand, STSClient} from '@aws-sdk/client-sts';
import {fromNodeProviderChain} from '@aws-sdk/credential-providers';
import {AwsError} from '../domain/errors.js';
import {
	clientOptions,
	named,
	renewing,
	type Credentials,
	type DiscoveredAccount,
	type Discovery,
	type DiscoveryOptions,
} from './accounts.js';
import {sharedFilePaths} from './profiles.js';
import {quietLogger} from './quiet.js';

export const ORG_SESSION_NAME = 'connectui';

/** The organization's ACTIVE accounts (as `profile` sees them), each assumed into through `roleName`. */
export async function discoverOrganizationAccounts(
	profile: string,
	roleName: string,
	options: DiscoveryOptions & {readonly baseCredentials?: () => Promise<Credentials>},
): Promise<Discovery> {
	const files = sharedFilePaths(options.env);
	const base =
		options.baseCredentials ??
		fromNodeProviderChain({
			profile,
			filepath: files.credentialsFile,
			configFilepath: files.configFile,
			logger: quietLogger,
		});
	const organizations = new OrganizationsClient({
		...clientOptions(options, 'ORGANIZATIONS', 'us-east-1'),
		credentials: base,
	});
	const found: Array<{accountId: string; accountName: string; partition: string}> = [];
	const skipped: Array<{accountId: string; accountName: string; reason: string}> = [];
	const seen = new Set<string>();
	let nextToken: string | undefined;
	do {
		// eslint-disable-next-line no-await-in-loop -- each page needs the previous page's token
		const page = await organizations.send(new ListAccountsCommand({MaxResults: 20, NextToken: nextToken}));
		for (const account of page.Accounts ?? []) {
			if (!account.Id) continue;
			const state = account.State ?? account.Status ?? '';
			const partition = /^arn:([\w-]+):/.exec(account.Arn ?? '')?.[1] ?? 'aws';
			if (state === 'ACTIVE') found.push({accountId: account.Id, accountName: account.Name ?? '', partition});
			else
				skipped.push({
					accountId: account.Id,
					accountName: account.Name ?? '',
					reason: state.toLowerCase().replaceAll('_', ' '),
				});
		}
		nextToken = page.NextToken && !seen.has(page.NextToken) ? page.NextToken : undefined;
		if (nextToken) seen.add(nextToken);
	} while (nextToken);
	const sts = new STSClient({...clientOptions(options, 'STS', 'us-east-1'), credentials: base});
	const names = named(found);
	const accounts = found.map((account): DiscoveredAccount => ({
		accountId: account.accountId,
		accountName: account.accountName,
		source: names.get(account.accountId)!,
		credentials: renewing(async () => {
			const output = await sts.send(
				new AssumeRoleCommand({
					RoleArn: `arn:${account.partition}:iam::${account.accountId}:role/${roleName}`,
					RoleSessionName: ORG_SESSION_NAME,
				}),
			);
			const c = output.Credentials;
			if (!c?.AccessKeyId || !c.SecretAccessKey) {
				throw new AwsError('CredentialsError', `STS gave no credentials for ${roleName} in ${account.accountId}`);
			}
			return {
				accessKeyId: c.AccessKeyId,
				secretAccessKey: c.SecretAccessKey,
				...(c.SessionToken ? {sessionToken: c.SessionToken} : {}),
				...(c.Expiration ? {expiration: c.Expiration} : {}),
			};
		}),
	}));
	return {accounts, skipped};
}
