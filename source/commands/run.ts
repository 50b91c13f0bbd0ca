// The commands for scripts: parse, run one, exit with the contract's code. Nothing is drawn or
// asked; data goes to stdout, one line per failure to stderr, and an error nobody expected exits 70.
import {parseScriptCommandLine, type ScriptCommand, type ScriptOptions} from '../domain/script-flags.js';
import {captureProcessWarnings} from '../aws/quiet.js';
import {sanitizeLine} from '../domain/sanitize.js';
import {EXIT, refuseMalformed, type CommandContext} from './context.js';
import {commandHelp} from './help.js';
import {stdoutOutput} from './output.js';
import {openSession, UsageError, type Session} from './session.js';

type Command = (options: ScriptOptions, context: CommandContext) => Promise<number>;

/** Each command loads only what it needs (the journal's reader only for journal, the SDK not for policy). */
const COMMANDS: Readonly<Record<ScriptCommand, () => Promise<Command>>> = {
	list: async () => (await import('./list.js')).listCommand,
	describe: async () => (await import('./describe.js')).describeCommand,
	check: async () => (await import('./check.js')).checkCommand,
	journal: async () => (await import('./journal.js')).journalCommand,
	policy: async () => (await import('./policy.js')).policyCommand,
};

const NEEDS_SESSION: ReadonlySet<ScriptCommand> = new Set(['list', 'describe', 'check']);

/** Runs `connectui COMMAND ...` and resolves with the exit code. */
export async function runScriptCommand(argv: readonly string[]): Promise<number> {
	const parsed = parseScriptCommandLine(argv);
	if (parsed.kind === 'error') {
		process.stderr.write(`${parsed.message}\n`);
		return EXIT.usage;
	}
	if (parsed.kind === 'help') {
		process.stdout.write(commandHelp(parsed.command));
		return EXIT.ok;
	}
	const {options} = parsed;
	// The SDK's and Node's warnings would mix with the failure lines: one line each, at the end.
	const warnings = captureProcessWarnings();
	let session: Promise<Session> | undefined;
	const context: CommandContext = {
		output: stdoutOutput(),
		failure: (line) => process.stderr.write(`${line}\n`),
		open: async () =>
			(session ??= openSession(options.selection).then((opened) => {
				if (opened.notice) process.stderr.write(`${sanitizeLine(`connectui: ${opened.notice}`)}\n`);
				return opened;
			})),
		refuseMalformed,
	};
	try {
		// The AWS layer and the AWS files load while the command's own code does.
		if (NEEDS_SESSION.has(options.command)) void context.open().catch(() => undefined);
		const command = await COMMANDS[options.command]();
		return await command(options, context);
	} catch (error: unknown) {
		if (error instanceof UsageError) {
			process.stderr.write(`${error.message}\n`);
			return EXIT.usage;
		}
		const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		process.stderr.write(`${sanitizeLine(`connectui: internal error: ${text}`)}\n`);
		return EXIT.internal;
	} finally {
		await session?.then(async (opened) => opened.close()).catch(() => undefined);
		warnings.restore();
		for (const warning of warnings.warnings) {
			process.stderr.write(`${sanitizeLine(`connectui: ${warning.split('\n')[0]}`)}\n`);
		}
	}
}
