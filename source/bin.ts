// The executable. Node's compile cache first (as TypeScript's own tsc does): from the second run
// on, V8 reuses the compiled code of the app and of the AWS layer instead of compiling them again
// at every start. It lives in Node's default place (the system's temporary directory), is checked
// against each file's contents, and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import {enableCompileCache} from 'node:module';
import {isScriptCommand} from './domain/script-commands.js';

enableCompileCache?.();
const script = isScriptCommand(process.argv[2]);
// Keys typed while the app loads: with the terminal in raw mode at once, it no longer echoes them
// over the screen the app is about to draw, nor holds them back for a whole line; they wait in the
// terminal's input until the app reads them, and then each counts. Node puts the terminal's mode
// back on every exit, also on one before the app has drawn anything.
if (!script && process.stdin.isTTY && process.stdout.isTTY) {
	process.stdin.setRawMode(true);
	// The list from the cache, on screen before Ink and React have loaded (source/preframe.ts); imported
	// here, after the compile cache is on.
	const {drawPreframe} = await import('./preframe.js');
	drawPreframe();
	// The inventory's first requests leave now, and travel while Ink and React load (early-start.ts).
	const {startEarly} = await import('./early-start.js');
	await startEarly(process.argv.slice(2), process.env);
	// From here on V8 favours memory over speed where it can choose, and its young generation keeps the
	// size it has instead of growing to 32 MB (peak RSS with 2,000 rows: about 140 → 110 MB; loading
	// 1,000 (profile, region) pairs: about 10.4 → 8.9 s, with fewer survivors copied at each collection).
	// Set here and not on the #! line: Node checks its own modules' built-in compiled code against V8's
	// flags, so any V8 flag on the command line has it compile every built-in module it loads again
	// (about 90 ms for a `connectui list`). By now the AWS layer's are loaded.
	// V8 prints an unknown flag's name to the terminal: only on the V8 versions these flags are known in
	// (Node 22–24); on a later one the app runs without them.
	if (/^1[23]\./.test(process.versions.v8)) {
		const {default: v8} = await import('node:v8');
		v8.setFlagsFromString('--optimize-for-size');
		v8.setFlagsFromString('--semi-space-growth-factor=1');
	}
}

// The commands for scripts never load Ink or React.
await (script ? import('./commands/main.js') : import('./cli.js'));
