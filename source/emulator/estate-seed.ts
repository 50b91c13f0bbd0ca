// An enterprise estate: dozens (or hundreds) of accounts in one AWS Organization, reachable through
// one IAM Identity Center sign-in, for the demo, the end-to-end tests and the benchmark.
// Deterministic. Every account has the role ESTATE_ROLE except the last one (SSO: another
// permission set only); the organization also lists two SUSPENDED accounts; every fifth account has
// enabled the opt-in region af-south-1, the others have not.
import {syntheticProfiles, syntheticSeed, type SyntheticSeedOptions} from './synthetic-seed.js';
import type {Seed, SeedAccount} from './types.js';

export const ESTATE_ROLE = 'ConnectAdmin';
/** The access token a `aws sso login --sso-session estate` would have cached. */
export const ESTATE_SSO_TOKEN = 'estate-sso-access-token-EXAMPLE';
/** The management account (ListAccounts works with its keys). */
export const ESTATE_MANAGEMENT = {
	accountId: '999999999990',
	accessKeyId: 'AKIAESTATEMANAGEMENT1',
	secretAccessKey: 'estateManagementSecret/EXAMPLEKEY',
} as const;

export type EstateOptions = SyntheticSeedOptions & {
	/** The sign-in's expiry (ISO-8601); default a day after now. */
	readonly ssoExpiresAt?: string;
	/** Accounts added to the organization (and the SSO assignments) beside the generated ones. */
	readonly extraAccounts?: readonly SeedAccount[];
};

/** The account names the estate uses: contact-center-0001, … */
export const estateAccountName = (index: number): string => `contact-center-${String(index + 1).padStart(4, '0')}`;

export function estateSeed(options: EstateOptions): Seed {
	const base = syntheticSeed(options);
	const profiles = syntheticProfiles(options);
	const last = base.accounts.length - 1;
	const accounts: SeedAccount[] = base.accounts.map((account, index) => ({
		...account,
		name: estateAccountName(index),
		optInRegions: index % 5 === 0 ? ['af-south-1'] : [],
		roles: index === last ? ['Billing'] : [ESTATE_ROLE, 'Billing'],
		principalArn: `arn:aws:iam::${profiles[index]!.accountId}:user/estate-admin`,
	}));
	const extra = options.extraAccounts ?? [];
	const management: SeedAccount = {
		accountId: ESTATE_MANAGEMENT.accountId,
		name: 'management',
		accessKeyIds: [ESTATE_MANAGEMENT.accessKeyId],
		secretAccessKeys: {[ESTATE_MANAGEMENT.accessKeyId]: ESTATE_MANAGEMENT.secretAccessKey},
		regions: {},
		optInRegions: [],
		roles: [],
	};
	const members = [...extra, ...accounts];
	return {
		accounts: [management, ...members],
		organization: {
			managementAccountId: ESTATE_MANAGEMENT.accountId,
			accounts: [
				{accountId: management.accountId, name: 'management', state: 'ACTIVE'},
				...members.map((account) => ({
					accountId: account.accountId,
					name: account.name ?? account.accountId,
					state: 'ACTIVE' as const,
				})),
				{accountId: '999999999981', name: 'closed-sandbox', state: 'SUSPENDED'},
				{accountId: '999999999982', name: 'leaving-subsidiary', state: 'PENDING_CLOSURE'},
			],
		},
		ssoSessions: [
			{
				accessToken: ESTATE_SSO_TOKEN,
				expiresAt: options.ssoExpiresAt ?? new Date(Date.now() + 86_400_000).toISOString(),
				assignments: members.map((account) => ({
					accountId: account.accountId,
					accountName: account.name ?? account.accountId,
					roles: account.roles === undefined ? [ESTATE_ROLE] : [...account.roles],
				})),
			},
		],
	};
}
