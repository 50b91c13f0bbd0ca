// connectui: flags and settings in, then the app (against AWS, or the emulator with --demo).
import {restoreFetch} from './preload.js';
import {render} from 'ink';
import {helpText, parseCommandLine, targetsGiven} from './domain/flags.js';
import {helpText as keymapHelpText} from './keymap/hints.js';
import {allRegionsFor} from './domain/regions.js';
import {App} from './app.js';
import {initialState, type Message, type StartNote} from './state/app-state.js';
import {fromSaved} from './state/fleet-reducer.js';
import {ServicesProvider, type Services} from './state/services.js';
import {MfaPrompter} from './services/mfa-prompter.js';
import {openJournal} from './services/journal.js';
import {sanitizeLine} from './domain/sanitize.js';
import {setAsideLine, setAsideNote, type SetAside} from './services/local-file.js';
import {openSettings} from './services/settings-store.js';
import {readBaselineFile} from './services/baseline-file.js';
import {baselineFor, type Baseline} from './domain/baseline.js';
import {createTerminalControl} from './services/terminal-control.js';
import {captureProcessWarnings} from './aws/quiet.js';
import {guardTerminal, restoreTerminal} from './terminal-guard.js';
import {colorTheme, monochromeTheme, ThemeProvider} from './theme/theme.js';
import type {ConnectGateway} from './domain/gateway.js';
import {CONNECT_REGIONS} from './domain/regions.js';
import {planRun, timeouts, unique, type Plan} from './plan.js';
import {leavePreframe, preframeHandedOver} from './preframe.js';
import {PAIRS_AT_ONCE, takeEarly} from './early-start.js';
import {startAccountsDemo} from './demo-accounts.js';

// Every import above is loaded (Ink and its layout engine included): fetch can come back.
restoreFetch();

declare const CONNECTUI_VERSION: string;
const version = typeof CONNECTUI_VERSION === 'string' ? CONNECTUI_VERSION : '0.0.0-dev';

function usageError(message: string): never {
	leavePreframe();
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

async function main(): Promise<void> {
	const command = parseCommandLine(process.argv.slice(2));
	switch (command.kind) {
		case 'error':
			return usageError(command.message);
		case 'help':
			process.stdout.write(`${helpText(keymapHelpText())}\n`);
			return;
		case 'version':
			process.stdout.write(`${version}\n`);
			return;
		case 'journal': {
			const {printJournal} = await import('./services/journal-reader.js');
			process.exitCode = printJournal(
				process.stdout,
				process.stderr,
				process.env,
				command.demo ? 'demo-journal' : 'journal',
			);
			return;
		}

		case 'run':
			break;
	}

	const options = command.options;
	const nodeMajor = Number(process.versions.node.split('.')[0]);
	if (nodeMajor < 22) usageError(`connectui: needs Node.js 22 or newer (this is ${process.versions.node})`);
	// A baseline that cannot be used is a bad flag: one line naming the file, the place and why, before anything is drawn.
	let baseline: Baseline | undefined;
	let baselineNote: string | undefined;
	if (options.baseline !== undefined) {
		const read = readBaselineFile(options.baseline);
		if ('error' in read) usageError(read.error);
		// The app loads attributes, tags and storage per instance; a section it cannot load is for `connectui check`.
		const used = baselineFor(read.baseline, ['attributes', 'tags', 'storage']);
		baseline = used.baseline;
		if (used.leftOut.length > 0)
			baselineNote = `baseline: ${used.leftOut.join(', ')} rules are checked by connectui check, not in the app`;
	}

	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		usageError(
			'connectui: needs an interactive terminal (stdin and stdout must be a TTY); for scripts use `connectui list` (see connectui list --help)',
		);
	}

	// Assume-role profiles with mfa_serial ask for their code on screen, without stopping the others.
	// The first requests may be on their way already (early-start.ts): the app takes them over.
	const early = takeEarly(process.argv.slice(2));
	const mfa = early?.mfa ?? new MfaPrompter();
	const settings = openSettings(options.demo ? 'demo-settings' : 'settings');
	// The AWS layer (and the emulator) load once the first frame is on the screen (render() below draws it).
	const {promise: afterFirstFrame, resolve: firstFrameDrawn} = Promise.withResolvers<void>();
	let plan: Plan;
	let lateCheck: Promise<Plan | {readonly error: string}> | undefined;
	let availableProfiles: Promise<readonly string[] | undefined> | undefined;
	let gateway: Promise<ConnectGateway>;
	const {promise: lateStart, resolve: markLateStart} = Promise.withResolvers<void>();
	let closeDemo: (() => Promise<void>) | undefined;
	const accountFlags = options.ssoSession !== undefined || options.orgRole !== undefined;
	// --demo with the account flags: the demo's organization and sign-in, found as on AWS (before the first frame).
	const demo = options.demo && accountFlags ? await startAccountsDemo() : undefined;
	closeDemo = demo?.close;
	if (options.demo && !demo) {
		const {DEMO_PROFILES, DEMO_REGIONS} = await import('./emulator/demo-seed.js');
		const demoProfiles = DEMO_PROFILES.map((p) => p.profile);
		const saved = settings.choice;
		plan = {
			profiles:
				options.profiles.length > 0 ? options.profiles : saved.profiles.length > 0 ? [...saved.profiles] : demoProfiles,
			regions: options.allRegions
				? [...allRegionsFor()]
				: options.regions.length > 0
					? options.regions
					: saved.regions.length > 0
						? [...saved.regions]
						: [...DEMO_REGIONS],
			availableProfiles: demoProfiles,
			env: process.env,
		};
		const unknown = plan.profiles.filter((p) => !demoProfiles.includes(p));
		if (unknown.length > 0)
			usageError(`connectui: unknown profile '${unknown[0]}' (the demo has ${demoProfiles.join(', ')})`);
		gateway = (async () => {
			await afterFirstFrame;
			const [{startDemo}, {createAwsGateway}] = await Promise.all([
				import('./emulator/demo-environment.js'),
				import('./aws/gateway.js'),
			]);
			const demo = await startDemo();
			closeDemo = demo.close;
			return createAwsGateway({endpointUrl: demo.endpointUrl, env: demo.env, ...timeouts(options)});
		})();
	} else {
		// With --profile and --region both given, the first frame needs nothing from the AWS files:
		// they are read right after it (an unknown profile still ends the run with exit 2).
		const explicit = targetsGiven(options);
		const runOptions = demo ? demo.options(options) : options;
		const planned = explicit
			? lateStart.then(async () => planRun(runOptions, settings.choice))
			: planRun(runOptions, settings.choice, demo?.env);
		if (explicit) {
			plan = {
				profiles: [...options.profiles],
				regions: [...options.regions],
				availableProfiles: [...options.profiles],
				env: process.env,
			};
			lateCheck = planned;
		} else {
			const result = await planned;
			if ('error' in result) usageError(result.error);
			plan = result;
		}

		availableProfiles = planned.then((result) => ('error' in result ? undefined : result.availableProfiles));
		const {env, accounts} = plan;
		gateway = early
			? Promise.resolve(early.started.gateway)
			: afterFirstFrame
					.then(async () => import('./aws/gateway.js'))
					.then(({createAwsGateway}) =>
						createAwsGateway({
							endpointUrl: runOptions.endpointUrl,
							env,
							...timeouts(options),
							mfaCodeProvider: async (profile, serial) => mfa.ask(profile, serial),
							...(accounts ? {accounts} : {}),
						}),
					);
	}

	// The late reading of the AWS files waits until the first load has answered (or 3 s), off the
	// path of the first requests.
	setTimeout(markLateStart, 3000).unref();

	// Keep the SDK's and Node's own warnings off the screen while Ink draws; show them after exit.
	const warnings = early?.warnings ?? captureProcessWarnings();
	gateway.catch(() => undefined);

	const journal = openJournal(process.env, options.demo ? 'demo-journal' : 'journal');
	// Pairs fetched at once: every region of a typical estate in one round (each pair has its own request budget).
	// Ctrl-Z / SIGTSTP suspend like vim, SIGCONT and Ctrl-L redraw the whole frame (Ink forgets the screen first).
	let redrawAll = () => {};
	const terminal = createTerminalControl({redrawAll: () => redrawAll()});
	const services: Services = {
		terminal,
		gateway,
		settings,
		journal,
		mfa,
		availableProfiles,
		onSettled: markLateStart,
		concurrency: PAIRS_AT_ONCE,
	};
	const noColor = options.noColor || Boolean(process.env['NO_COLOR']);
	const initial = initialState({
		profiles: plan.profiles,
		regions: plan.regions,
		availableProfiles: plan.availableProfiles,
		availableRegions: unique([...CONNECT_REGIONS, ...plan.regions]),
		readOnly: options.readOnly,
		readOnlyProfiles: settings.choice.readOnlyProfiles,
		...(plan.accounts ? {accounts: plan.accounts.map((account) => account.source)} : {}),
		cachedRows: settings.cached?.rows.filter(
			(row) => plan.profiles.includes(row.profile) && plan.regions.includes(row.region),
		),
		cachedAt: settings.cached?.savedAt,
		fleet: fromSaved(settings.fleet, Date.now()),
		...startNotice(
			baselineNote ? [plan.notice, baselineNote].filter(Boolean).join(' · ') : plan.notice,
			settings.problems,
		),
		...(baseline ? {baseline} : {}),
	});

	const tree = (
		<ThemeProvider theme={noColor ? monochromeTheme : colorTheme}>
			<ServicesProvider services={services}>
				<App initial={initial} demo={options.demo} />
			</ServicesProvider>
		</ThemeProvider>
	);
	const instance = render(
		tree,
		// 60 frames a second at most: the list still redraws once per batch of pages (the batcher's
		// 33 ms), and the last batch of a load is drawn at once instead of after Ink's 33 ms pause.
		{alternateScreen: true, incrementalRendering: true, exitOnCtrlC: true, patchConsole: true, maxFps: 60},
	);

	redrawAll = () => {
		instance.clear();
		instance.rerender(tree);
	};

	// render() wrote the first frame before returning (over the cached screen, if one was drawn): the
	// AWS layer starts loading now.
	preframeHandedOver();
	firstFrameDrawn();
	let lateError: string | undefined;
	void lateCheck?.then((result) => {
		if (!('error' in result)) return;
		lateError = result.error;
		instance.unmount();
	});

	const guard = guardTerminal(() => instance.unmount(), version);
	if (process.env['CONNECTUI_TEST_CRASH']) {
		// Diagnostics for the end-to-end tests: an error nobody catches, once the app is on screen.
		void afterFirstFrame.then(() =>
			setTimeout(() => {
				throw new Error(`test crash requested by CONNECTUI_TEST_CRASH=${process.env['CONNECTUI_TEST_CRASH']}`);
			}, 300),
		);
	}

	try {
		await instance.waitUntilExit();
	} catch (error: unknown) {
		// Ink gives up on an error thrown while rendering: same as any uncaught error.
		guard.crash(error);
	}

	restoreTerminal();
	warnings.restore();
	await closeDemo?.();
	for (const warning of warnings.warnings) process.stderr.write(`connectui: ${warning}\n`);
	if (lateError) usageError(lateError);
	process.exit(guard.signalExitCode() ?? 0);
}

/**
 * The first frame's message: a local file set aside comes first (it names the file), then the plan's
 * notes. `e` shows it in full (the bad copy's whole path), for a terminal too narrow for the line.
 */
function startNotice(
	notice: string | undefined,
	problems: readonly SetAside[],
): {message?: Message; startNotes: StartNote[]} {
	const lines = [...problems.map((problem) => sanitizeLine(setAsideLine(problem))), ...(notice ? [notice] : [])];
	const startNotes = [
		...problems.map((problem) => setAsideNote(problem).map((paragraph) => sanitizeLine(paragraph))),
		...(notice ? [[notice]] : []),
	];
	if (lines.length === 0) return {startNotes};
	return {message: {text: lines.join(' · '), tone: 'warning', inFull: true}, startNotes};
}

await main();
