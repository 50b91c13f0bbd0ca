// The inventory's first requests, sent before Ink and React load (bin.ts calls this after the cached
// frame, if any, is on screen). Loading Ink, React and the app takes longer than a round trip to
// Amazon Connect, so the answers arrive while the first frame is being made instead of after it.
// Only when nothing needs the AWS files first: --profile and --region given, no accounts, no demo.
// cli.tsx takes the gateway over (domain/head-start.ts): the app's first list of each pair is the
// request already in flight.
import {parseCommandLine, targetsGiven} from './domain/flags.js';
import {headStart, type HeadStart} from './domain/head-start.js';
import type {AwsGateway} from './aws/gateway-config.js';
import {captureProcessWarnings, type WarningCapture} from './aws/quiet.js';
import {MfaPrompter} from './services/mfa-prompter.js';

/** Pairs the app lists at once (cli.tsx gives the inventory the same number). */
export const PAIRS_AT_ONCE = 16;
/** The longest the first frame waits for the first requests to leave. */
const SEND_WAIT_MS = 200;

export type EarlyStart = {
	/** The arguments it was started for: the app takes it over only for the same ones. */
	readonly argv: readonly string[];
	readonly started: HeadStart<AwsGateway>;
	readonly mfa: MfaPrompter;
	readonly warnings: WarningCapture;
};

let early: EarlyStart | undefined;

/** Starts the first requests when the arguments allow it (and Node can run the AWS layer). */
export async function startEarly(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
	const command = parseCommandLine([...argv]);
	if (command.kind !== 'run' || Number(process.versions.node.split('.')[0]) < 22) return;
	const {options} = command;
	if (!targetsGiven(options)) return;
	// The SDK's warnings (at client creation) stay off the screen from here on.
	const warnings = captureProcessWarnings();
	const mfa = new MfaPrompter();
	const [{createAwsGateway}, {timeouts}] = await Promise.all([import('./aws/gateway.js'), import('./plan.js')]);
	const gateway = createAwsGateway({
		endpointUrl: options.endpointUrl,
		env,
		...timeouts(options),
		mfaCodeProvider: async (profile, serial) => mfa.ask(profile, serial),
	});
	const targets = options.profiles.flatMap((profile) => options.regions.map((region) => ({profile, region})));
	const started = headStart(gateway, targets, PAIRS_AT_ONCE);
	early = {argv: [...argv], started, mfa, warnings};
	// Ink and React load in one long stretch that holds back every callback: first let the requests
	// leave (credentials read, sockets connected), but never wait long for them — nor for a person
	// asked for an MFA code, which the app's screen does.
	const {promise: asked, resolve: markAsked} = Promise.withResolvers<void>();
	const unsubscribe = mfa.subscribe(() => markAsked());
	let timer: NodeJS.Timeout | undefined;
	await Promise.race([
		started.sent.then(async () => new Promise((resolve) => setImmediate(resolve))),
		asked,
		new Promise((resolve) => {
			timer = setTimeout(resolve, SEND_WAIT_MS);
		}),
	]);
	clearTimeout(timer);
	unsubscribe();
}

/** The early start for these arguments, once (undefined when there was none). */
export function takeEarly(argv: readonly string[]): EarlyStart | undefined {
	const taken = early;
	early = undefined;
	if (!taken) return undefined;
	if (taken.argv.length === argv.length && taken.argv.every((arg, index) => arg === argv[index])) return taken;
	taken.started.drop();
	taken.started.gateway.dispose();
	taken.warnings.restore();
	return undefined;
}
