// Large generated estates for benchmarks: N accounts × M regions × K instances, deterministic.
import type {DemoProfile} from './demo-seed.js';
import {deterministicId} from './ids.js';
import type {Seed, SeedInstance} from './types.js';

export type SyntheticSeedOptions = {
	readonly accounts: number;
	/** At most syntheticRegions.length. */
	readonly regionsPerAccount: number;
	readonly instancesPerRegion: number;
};

/** Regions where Amazon Connect is offered, in the order synthetic accounts use them. */
export const syntheticRegions: readonly string[] = [
	'us-east-1',
	'us-west-2',
	'eu-central-1',
	'eu-west-2',
	'ap-southeast-2',
	'ap-northeast-1',
	'ap-northeast-2',
	'ap-southeast-1',
	'ca-central-1',
	'af-south-1',
];

const identityTypes: ReadonlyArray<SeedInstance['identityManagementType']> = [
	'SAML',
	'CONNECT_MANAGED',
	'EXISTING_DIRECTORY',
];

function check(options: SyntheticSeedOptions): void {
	const {accounts, regionsPerAccount, instancesPerRegion} = options;
	for (const [name, value] of Object.entries({accounts, regionsPerAccount, instancesPerRegion})) {
		if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
	}
	if (regionsPerAccount > syntheticRegions.length) {
		throw new RangeError(`regionsPerAccount must be at most ${syntheticRegions.length}`);
	}
	if (accounts > 899_999_999_999) throw new RangeError('too many accounts');
}

const accountIdOf = (index: number): string => String(100_000_000_000 + index);
const accessKeyOf = (index: number): string => `AKIASYNTH${String(index).padStart(11, '0')}`;
const secretOf = (index: number): string => `syntheticSecret/${String(index).padStart(6, '0')}EXAMPLEKEY`;

/** One profile per synthetic account: `synthetic-0001`, … (credentials for the SDK). */
export function syntheticProfiles(options: SyntheticSeedOptions): DemoProfile[] {
	check(options);
	return Array.from({length: options.accounts}, (_, index) => ({
		profile: `synthetic-${String(index + 1).padStart(4, '0')}`,
		accessKeyId: accessKeyOf(index),
		secretAccessKey: secretOf(index),
		accountId: accountIdOf(index),
		region: syntheticRegions[0]!,
	}));
}

/** E.g. {accounts: 100, regionsPerAccount: 10, instancesPerRegion: 2} → 1000 pairs, 2000 instances. */
export function syntheticSeed(options: SyntheticSeedOptions): Seed {
	check(options);
	const base = Date.parse('2020-01-01T00:00:00Z');
	const accounts = Array.from({length: options.accounts}, (_, a) => {
		const accountId = accountIdOf(a);
		const regions: Record<string, SeedInstance[]> = {};
		for (const region of syntheticRegions.slice(0, options.regionsPerAccount)) {
			regions[region] = Array.from({length: options.instancesPerRegion}, (_, i): SeedInstance => {
				const n = a * 7919 + i * 104_729 + region.length;
				const alias = `synth-${String(a + 1).padStart(4, '0')}-${region}-${String(i + 1).padStart(3, '0')}`;
				return {
					id: deterministicId(`${accountId}/${region}/${alias}`),
					alias,
					status: n % 97 === 0 ? 'CREATION_FAILED' : 'ACTIVE',
					...(n % 97 === 0 ? {statusReason: 'Instance creation failed: directory not found.'} : {}),
					identityManagementType: identityTypes[n % identityTypes.length]!,
					createdTime: new Date(base + (n % 1500) * 86_400_000).toISOString(),
					inboundCalls: n % 5 !== 0,
					outboundCalls: n % 3 !== 0,
					attributes: {CONTACTFLOW_LOGS: String(n % 2 === 0), CONTACT_LENS: String(n % 4 === 0)},
					tags: {
						CostCenter: `CC-${1000 + (n % 90)}`,
						Environment: n % 2 === 0 ? 'production' : 'staging',
						Owner: `team-${n % 17}@acme.example`,
					},
				};
			});
		}
		return {
			accountId,
			accessKeyIds: [accessKeyOf(a)],
			secretAccessKeys: {[accessKeyOf(a)]: secretOf(a)},
			regions,
		};
	});
	return {accounts};
}
