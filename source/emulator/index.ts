// The Amazon Connect emulator: start it, seed it, drive its faults.
export {startEmulator} from './server.js';
export {DEMO_FAULTS, DEMO_PROFILES, DEMO_REGIONS, demoSeed, type DemoProfile} from './demo-seed.js';
export {syntheticProfiles, syntheticRegions, syntheticSeed, type SyntheticSeedOptions} from './synthetic-seed.js';
export type {Emulator, EmulatorOptions, FaultRule, RecordedRequest, Seed, SeedAccount, SeedInstance} from './types.js';
export {EMULATOR_MFA_CODE} from './sts.js';
export {
	ESTATE_MANAGEMENT,
	ESTATE_ROLE,
	ESTATE_SSO_TOKEN,
	estateAccountName,
	estateSeed,
	type EstateOptions,
} from './estate-seed.js';
export {OPT_IN_REGIONS} from './temporary.js';
export type {SeedOrganization, SeedOrganizationAccount, SeedSsoSession} from './types.js';
