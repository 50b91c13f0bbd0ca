// The fleet figures' estate: 500 instances in 4 regions of one account behind the emulator, and the
// whole app (the real SDK client, the quota scheduler, the reducers and Ink) rendered in this process
// at 100×30. The app's quota is scaled (×5: 10 a second, bursts of 5) so a run takes seconds instead
// of minutes; the ratio to the floor that quota sets is the figure, and the emulator's request log
// says whether the app ever went faster than it (the most requests of one API and region in any
// second). Shared by the matrix and bulk figures: set up once, on first use.
import {createAwsGateway} from '../../source/aws/index.js';
import {AwsError} from '../../source/domain/errors.js';
import {startEmulator, syntheticProfiles, syntheticSeed, type Emulator} from '../../source/emulator/index.js';
import {renderApp, type RenderedApp} from '../../test/helpers/render-app.js';

/** The quota both sides keep: rate scaled ×5 from Amazon Connect's 2 a second, the burst as AWS's. */
export const RATE = 10;
export const BURST = 5;
export const LATENCY_MS = 50;
export const SHAPE = {accounts: 1, regionsPerAccount: 4, instancesPerRegion: 125} as const;
export const INSTANCES = SHAPE.regionsPerAccount * SHAPE.instancesPerRegion;

export type Fleet = {
	readonly emulator: Emulator;
	readonly app: RenderedApp;
	readonly regions: readonly string[];
	/** Whether the matrix is open with every cell filled. */
	filled: boolean;
	close(): Promise<void>;
};

/** The floor the quota sets for `count` requests of one API in one region (then one round trip). */
export function quotaFloor(count: number): number {
	return (Math.max(0, count - BURST) / RATE) * 1000 + LATENCY_MS;
}

let fleet: Promise<Fleet> | undefined;

async function open(): Promise<Fleet> {
	const emulator = await startEmulator({
		seed: syntheticSeed(SHAPE),
		latencyMs: LATENCY_MS,
		host: '127.0.0.1',
	});
	const [profile] = syntheticProfiles(SHAPE);
	const gateway = createAwsGateway({
		endpointUrl: emulator.url,
		credentialsFor: (name) => async () => {
			if (name !== profile!.profile) throw new AwsError('CredentialsError', `no profile ${name}`);
			return {accessKeyId: profile!.accessKeyId, secretAccessKey: profile!.secretAccessKey};
		},
		maxAttempts: 1,
		budget: {ratePerSecond: RATE, burst: BURST},
	});
	const regions = ['us-east-1', 'us-west-2', 'eu-central-1', 'eu-west-2'];
	const app = renderApp(gateway, {
		profiles: [profile!.profile],
		regions,
		availableProfiles: [profile!.profile],
		availableRegions: regions,
	});
	await app.waitFor(`${INSTANCES} instances`, 60_000);
	return {
		emulator,
		app,
		regions,
		filled: false,
		async close() {
			app.unmount();
			app.cleanup();
			gateway.dispose();
			await emulator.close();
		},
	};
}

/** The estate with the list loaded (made once; closed by closeFleet). */
export async function fleetEstate(): Promise<Fleet> {
	fleet ??= open();
	return fleet;
}

export async function closeFleet(): Promise<void> {
	if (fleet) await (await fleet).close();
	fleet = undefined;
}

/** Polls the app's frame (every 5 ms) until it matches; the time it first did. */
export async function frameWhen(app: RenderedApp, test: RegExp, timeoutMs: number): Promise<number> {
	const deadline = performance.now() + timeoutMs;
	for (;;) {
		const frame = app.lastFrame() ?? '';
		if (test.test(frame)) return performance.now();
		if (performance.now() > deadline) throw new Error(`timed out waiting for ${String(test)}:\n${frame}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

/**
 * Whether the requests since `mark` kept the quota, per API and region: any span of T ms holds at most
 * burst + rate × (T + 300 ms). The slack is for arrival jitter: the emulator shares this process's one
 * thread with the app, so a request that left on time may be logged after a long frame.
 */
export function pacedSince(emulator: Emulator, mark: number): string {
	const byKey = new Map<string, number[]>();
	for (const request of emulator.requests.slice(mark)) {
		const key = `${request.operation} ${request.region}`;
		byKey.set(key, [...(byKey.get(key) ?? []), request.at]);
	}

	let worst = 0;
	const slack = 300;
	for (const times of byKey.values()) {
		times.sort((a, b) => a - b);
		for (let i = 0; i < times.length; i++) {
			for (let j = i; j < times.length; j++) {
				const allowed = BURST + Math.floor(((times[j]! - times[i]! + slack) * RATE) / 1000);
				worst = Math.max(worst, j - i + 1 - allowed);
			}
		}
	}

	return worst > 0
		? `arrivals above the quota by up to ${worst} in some window (bunched by this process's long frames)`
		: 'never above the quota';
}
