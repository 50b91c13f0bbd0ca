// The executable. Node's compile cache first (as TypeScript's own tsc does): from the second run
// on, V8 reuses the compiled code of the app and of the AWS layer instead of compiling them again
// at every start. It lives in Node's default place (the system's temporary directory), is checked
// against each file's contents, and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import {enableCompileCache} from 'node:module';
import {isScriptCommand} from './domain/script-flags.js';

enableCompileCache?.();
// The commands for scripts never load Ink or React.
await (isScriptCommand(process.argv[2]) ? import('./commands/main.js') : import('./cli.js'));
