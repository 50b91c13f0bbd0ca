// The set-up the end-to-end tests through the real SDK share: the emulator, the app's gateway (the real
// Connect client with its endpoint on the emulator, one attempt per request, so the requests the emulator
// records are exactly the ones the app sent), and the request log since the current test began.
import {afterEach, after, before, beforeEach} from 'node:test';
import {createAwsGateway, type AwsConfig} from '../../source/aws/index.js';
import {AwsError} from '../../source/domain/errors.js';
import type {InstanceSummary} from '../../source/domain/types.js';
import {
	DEMO_PROFILES,
	startEmulator,
	syntheticProfiles,
	syntheticSeed,
	type SyntheticSeedOptions,
	type Emulator,
	type EmulatorOptions,
	type RecordedRequest,
} from '../../source/emulator/index.js';

type KeyPair = {readonly profile: string; readonly accessKeyId: string; readonly secretAccessKey: string};

/** Credentials for these profiles by name; any other profile fails as a missing profile does. */
export function credentialsOf(profiles: readonly KeyPair[] = DEMO_PROFILES): AwsConfig['credentialsFor'] {
	return (name) => async () => {
		const found = profiles.find((candidate) => candidate.profile === name);
		if (!found) throw new AwsError('CredentialsError', `no profile ${name}`);
		return {accessKeyId: found.accessKeyId, secretAccessKey: found.secretAccessKey};
	};
}

export type GatewayFixture = {
	readonly emulator: Emulator;
	readonly gateway: ReturnType<typeof createAwsGateway>;
	/** The requests the emulator received since the current test began. */
	since(): RecordedRequest[];
	/** Starts the log that `since` reads over, from now. */
	mark(): void;
};

export type GatewayOptions = EmulatorOptions & {
	/** Whose credentials the gateway holds (default: the demo profiles). */
	readonly profiles?: readonly KeyPair[];
	/**
	 * Runs once both are up, before the first test (a file's own top-level `before` may run alongside the
	 * fixture's, so set-up that needs them goes here).
	 */
	readonly setUp?: (fixture: {emulator: Emulator; gateway: ReturnType<typeof createAwsGateway>}) => Promise<void>;
};

/**
 * The emulator and a gateway on it, made before this file's (or describe block's) tests and closed after
 * them; faults are cleared after each test. Fields are read inside tests, once `before` has run.
 */
export function gatewayFixture(options: GatewayOptions = {}): GatewayFixture {
	let fixture: {emulator: Emulator; gateway: ReturnType<typeof createAwsGateway>} | undefined;
	let mark = 0;
	before(async () => {
		const emulator = await startEmulator(options);
		const gateway = createAwsGateway({
			endpointUrl: emulator.url,
			credentialsFor: credentialsOf(options.profiles),
			maxAttempts: 1,
		});
		fixture = {emulator, gateway};
		await options.setUp?.(fixture);
	});
	after(async () => {
		fixture?.gateway.dispose();
		await fixture?.emulator.close();
	});
	beforeEach(() => {
		mark = ready().emulator.requests.length;
	});
	afterEach(() => ready().emulator.clearFaults());
	const ready = () => {
		if (!fixture) throw new Error('the gateway fixture is read before its before() hook ran');
		return fixture;
	};

	return {
		get emulator() {
			return ready().emulator;
		},
		get gateway() {
			return ready().gateway;
		},
		since: () => ready().emulator.requests.slice(mark),
		mark() {
			mark = ready().emulator.requests.length;
		},
	};
}

/**
 * A synthetic estate of this shape (syntheticSeed) with the gateway holding its first profile; once up,
 * `listed` gets that profile's instances in us-east-1, sorted by alias.
 */
export function syntheticFixture(
	shape: SyntheticSeedOptions,
	listed: (rows: readonly InstanceSummary[]) => void,
): GatewayFixture {
	const [profile] = syntheticProfiles(shape);
	return gatewayFixture({
		seed: syntheticSeed(shape),
		profiles: [profile!],
		async setUp({gateway}) {
			const rows = await gateway.listInstances({profile: profile!.profile, region: 'us-east-1'});
			listed([...rows].sort((a, b) => a.alias.localeCompare(b.alias)));
		},
	});
}
