// The profiles, regions and gateway a command works with: the same resolution as the app
// (flags, environment, the profile's region, the last choice), or the demo's emulator.
import type {AwsGateway} from '../aws/gateway.js';
import type {CliOptions} from '../domain/flags.js';
import {allRegionsFor} from '../domain/regions.js';
import {DEFAULT_PROFILE, resolveProfiles, resolveRegions, unknownProfiles} from '../domain/resolve.js';
import type {Target} from '../domain/types.js';

export type Session = {
	readonly gateway: AwsGateway;
	readonly targets: readonly Target[];
	/** Where the journal is (the demo keeps its own). */
	readonly demo: boolean;
	/** One line for stderr before the data (accounts left out by --sso-session, and why). */
	readonly notice?: string;
	close(): Promise<void>;
};

/** A usage problem (unknown profile…): the command exits 2 with this line. */
export class UsageError extends Error {}

function timeouts(options: CliOptions): {connectTimeoutMs?: number; requestTimeoutMs?: number} {
	return {
		...(options.connectTimeoutMs === undefined ? {} : {connectTimeoutMs: options.connectTimeoutMs}),
		...(options.requestTimeoutMs === undefined ? {} : {requestTimeoutMs: options.requestTimeoutMs}),
	};
}

function pairs(profiles: readonly string[], regions: readonly string[]): Target[] {
	return profiles.flatMap((profile) => regions.map((region) => ({profile, region})));
}

async function demoSession(options: CliOptions): Promise<Session> {
	const [{DEMO_PROFILES, DEMO_REGIONS}, {startDemo}, {createAwsGateway}] = await Promise.all([
		import('../emulator/demo-seed.js'),
		import('../emulator/demo-environment.js'),
		import('../aws/gateway.js'),
	]);
	const known = DEMO_PROFILES.map((p) => p.profile);
	const unknown = options.profiles.filter((profile) => !known.includes(profile));
	if (unknown.length > 0)
		throw new UsageError(`connectui: unknown profile '${unknown[0]}' (the demo has ${known.join(', ')})`);
	const profiles = options.profiles.length > 0 ? options.profiles : known;
	const regions = options.allRegions
		? [...allRegionsFor()]
		: options.regions.length > 0
			? options.regions
			: [...DEMO_REGIONS];
	const demo = await startDemo();
	const gateway = createAwsGateway({endpointUrl: demo.endpointUrl, env: demo.env, ...timeouts(options)});
	return {
		gateway,
		targets: pairs(profiles, regions),
		demo: true,
		async close() {
			gateway.dispose();
			await demo.close();
		},
	};
}

/** --sso-session or --org-role (with or without --demo): every account found, as the app finds them. */
async function accountsSession(options: CliOptions): Promise<Session> {
	const [{planRun}, {createAwsGateway}] = await Promise.all([import('../plan.js'), import('../aws/gateway.js')]);
	let selection = options;
	let demo: {env: NodeJS.ProcessEnv; close(): Promise<void>} | undefined;
	if (options.demo) {
		const {startDemo, DEMO_MANAGEMENT_PROFILE} = await import('../emulator/demo-environment.js');
		const started = await startDemo();
		demo = started;
		const profiles =
			options.orgRole !== undefined && options.profiles.length === 0 ? [DEMO_MANAGEMENT_PROFILE] : options.profiles;
		selection = {...options, endpointUrl: started.endpointUrl, profiles};
	}
	// Scripts see every account found: no choice from the picker narrows them.
	const plan = await planRun(selection, {profiles: [], regions: []}, demo?.env ?? process.env);
	if ('error' in plan) {
		await demo?.close();
		throw new UsageError(plan.error);
	}
	const gateway = createAwsGateway({
		endpointUrl: selection.endpointUrl,
		env: plan.env,
		...timeouts(options),
		...(plan.accounts ? {accounts: plan.accounts} : {}),
	});
	return {
		gateway,
		targets: pairs(plan.profiles, plan.regions),
		demo: options.demo,
		...(plan.skipped ? {notice: plan.skipped} : {}),
		async close() {
			gateway.dispose();
			await demo?.close();
		},
	};
}

/** Resolves the selection; throws UsageError for an unknown profile. */
export async function openSession(options: CliOptions): Promise<Session> {
	if (options.ssoSession !== undefined || options.orgRole !== undefined) return accountsSession(options);
	if (options.demo) return demoSession(options);
	const env = process.env;
	const [{listProfiles, profileRegions, sharedFilePaths}, {createAwsGateway}] = await Promise.all([
		import('../aws/profiles.js'),
		import('../aws/gateway.js'),
	]);
	const explicit = options.profiles.length > 0 && (options.regions.length > 0 || options.allRegions);
	// The last choice matters only when a flag is missing (conf loads only then).
	const saved = explicit
		? {profiles: [], regions: []}
		: (await import('../services/settings-store.js')).openSettings('settings', env).choice;
	const available = await listProfiles(env);
	const {profiles} = resolveProfiles({flags: options.profiles, env, saved: saved.profiles, available});
	const envKeys = Boolean(env['AWS_ACCESS_KEY_ID'] && env['AWS_SECRET_ACCESS_KEY']);
	const defaultMissing = options.profiles.includes(DEFAULT_PROFILE) && !available.includes(DEFAULT_PROFILE) && !envKeys;
	const unknown = unknownProfiles(profiles, available);
	if (unknown.length > 0 || defaultMissing) {
		const files = sharedFilePaths(env);
		const names = unknown.length > 0 ? unknown : [DEFAULT_PROFILE];
		throw new UsageError(
			`connectui: unknown profile ${names.map((p) => `'${p}'`).join(', ')} (not in ${files.configFile} or ${files.credentialsFile})`,
		);
	}
	const {regions} = resolveRegions({
		flags: options.regions,
		allRegions: options.allRegions,
		env,
		profileRegions: await profileRegions(profiles, env),
		saved: saved.regions,
	});
	const gateway = createAwsGateway({endpointUrl: options.endpointUrl, env, ...timeouts(options)});
	return {
		gateway,
		targets: pairs(profiles, regions),
		demo: false,
		async close() {
			gateway.dispose();
		},
	};
}
