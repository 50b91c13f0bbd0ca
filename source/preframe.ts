// The first frame before Ink and React have loaded (bin.ts draws it, cli.tsx hands the screen to
// Ink): with --profile and --region given and an inventory cached by an earlier run, the list from the
// cache is on the alternate screen within a few milliseconds of the start. Ink then starts from what
// is on screen: it does not enter the alternate screen again (which would clear it) and its first
// frame only rewrites the lines that differ (see scripts/build.mjs). Until Ink has drawn, an exit
// leaves the alternate screen, so nothing the app then prints is hidden.
import {readFileSync} from 'node:fs';
import {parseCommandLine, targetsGiven} from './domain/flags.js';
import {checkCache} from './domain/local-state.js';
import {preframeLines} from './domain/preframe.js';
import {inventoryCacheFile} from './services/inventory-cache.js';

/** Where Ink's patched renderer finds what is on screen (scripts/build.mjs reads the same key). */
const HANDOFF = Symbol.for('connectui.preframe');
const ENTER = '\u001B[?1049h\u001B[H\u001B[?25l';
const LEAVE = '\u001B[?25h\u001B[?1049l';

/** Ink draws no alternate screen under CI (is-in-ci, which Ink asks): then there is nothing to hand over. */
const inCi = (env: NodeJS.ProcessEnv) =>
	['CI', 'CONTINUOUS_INTEGRATION'].some((key) => key in env && env[key] !== '0' && env[key] !== 'false');

let shown = false;
const leaveOnExit = () => leavePreframe();

/** The screen's lines from the cache, for the app's arguments, or undefined when there is none to draw. */
function screenFor(argv: readonly string[], env: NodeJS.ProcessEnv, columns: number, lines: number) {
	if (inCi(env)) return undefined;
	const command = parseCommandLine([...argv]);
	if (command.kind !== 'run') return undefined;
	const {options} = command;
	if (!targetsGiven(options)) return undefined;
	let cached;
	try {
		const checked = checkCache(JSON.parse(readFileSync(inventoryCacheFile(false, env), 'utf8')));
		if (!checked.ok) return undefined;
		cached = checked.value;
	} catch {
		// No cache, or one the app's own reading will name: the app draws its first frame itself.
		return undefined;
	}

	const rows = cached.rows.filter(
		(row) => options.profiles.includes(row.profile) && options.regions.includes(row.region),
	);
	return preframeLines({
		rows,
		profiles: options.profiles,
		regions: options.regions,
		savedAt: cached.savedAt,
		now: Date.now(),
		columns,
		lines,
	});
}

/** Draws the list from the cache when there is one for these arguments; true when it did. */
export function drawPreframe(
	argv: readonly string[] = process.argv.slice(2),
	env: NodeJS.ProcessEnv = process.env,
	stdout: NodeJS.WriteStream = process.stdout,
): boolean {
	const lines = screenFor(argv, env, stdout.columns, stdout.rows);
	if (!lines) return false;
	const text = lines.join('\n');
	stdout.write(ENTER + text);
	(globalThis as Record<symbol, unknown>)[HANDOFF] = text;
	shown = true;
	process.once('exit', leaveOnExit);
	// Before Node prints an uncaught error: on the normal screen, where it stays readable.
	process.once('uncaughtExceptionMonitor', leaveOnExit);
	return true;
}

/** Ink has drawn its first frame over the cached screen: from now on the screen is Ink's. */
export function preframeHandedOver(): void {
	if (!shown) return;
	shown = false;
	process.off('exit', leaveOnExit);
	process.off('uncaughtExceptionMonitor', leaveOnExit);
}

/** Leaves the cached screen (before an early exit or a message on the terminal) unless Ink has the screen. */
export function leavePreframe(): void {
	if (!shown) return;
	shown = false;
	process.off('exit', leaveOnExit);
	process.off('uncaughtExceptionMonitor', leaveOnExit);
	delete (globalThis as Record<symbol, unknown>)[HANDOFF];
	process.stdout.write(LEAVE);
}
