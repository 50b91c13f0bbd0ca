// `connectui list|describe|check|journal|policy`: run the command, then exit with its code.
import {EXIT} from './context.js';
import {runScriptCommand} from './run.js';

/** A reader that went away (`connectui list | head`) ends the command quietly. */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(EXIT.ok);
});

process.exit(await runScriptCommand(process.argv.slice(2)));
