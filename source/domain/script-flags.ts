// The command line of the commands for scripts (`connectui list|describe|check|journal|policy`).
// Each command's own flags are taken out here; everything else (the selection flags, timeouts…) goes
// to the app's parseCommandLine, so a selection flag added there works for every command too.
import {parseArgs} from 'node:util';
import {OPTIONS, parseCommandLine, type CliOptions} from './flags.js';
import {sanitize} from './sanitize.js';

import {isScriptCommand, SCRIPT_COMMANDS, type ScriptCommand} from './script-commands.js';

export {isScriptCommand, SCRIPT_COMMANDS, type ScriptCommand};

export type OutputFormat = 'table' | 'json' | 'jsonl' | 'csv';
export type WithPart = 'attributes' | 'tags';

export type ScriptOptions = {
	readonly command: ScriptCommand;
	readonly selection: CliOptions;
	readonly output: OutputFormat;
	readonly filter?: string;
	readonly with: readonly WithPart[];
	readonly baseline?: string;
	readonly since?: string;
	/** describe's ID, ARN or alias. */
	readonly instance?: string;
};

export type ScriptCommandLine =
	| {readonly kind: 'script'; readonly options: ScriptOptions}
	| {readonly kind: 'help'; readonly command: ScriptCommand}
	| {readonly kind: 'error'; readonly message: string};

/** Each command's own flags, and the outputs it offers. */
const OWN: Readonly<
	Record<ScriptCommand, {readonly flags: readonly string[]; readonly outputs: readonly OutputFormat[]}>
> = {
	list: {flags: ['output', 'filter', 'with'], outputs: ['table', 'json', 'jsonl', 'csv']},
	describe: {flags: ['output'], outputs: ['table', 'json']},
	check: {flags: ['output', 'filter', 'baseline'], outputs: ['table', 'json']},
	journal: {flags: ['output', 'since'], outputs: ['table', 'json']},
	policy: {flags: [], outputs: ['json']},
};

const COMMAND_OPTIONS = {
	output: {type: 'string', short: 'o'},
	filter: {type: 'string'},
	with: {type: 'string'},
	baseline: {type: 'string'},
	since: {type: 'string'},
} as const;

/** `connectui list --help` etc. */
function seeHelp(command: ScriptCommand): string {
	return `(see connectui ${command} --help)`;
}

function fail(message: string): {kind: 'error'; message: string} {
	return {kind: 'error', message: sanitize(`connectui: ${message}`)};
}

/** Parses `process.argv.slice(2)` whose first word is a script command. Never throws, never prints. */
export function parseScriptCommandLine(argv: readonly string[]): ScriptCommandLine {
	const [word, ...args] = argv;
	if (!isScriptCommand(word)) return fail(`unknown command '${word ?? ''}'`);
	const command = word;
	const own = OWN[command];
	let tokens;
	try {
		({tokens} = parseArgs({
			args,
			options: {...OPTIONS, ...COMMAND_OPTIONS},
			strict: false,
			allowPositionals: true,
			tokens: true,
		}));
	} catch (error) {
		return fail(`${error instanceof Error ? error.message : String(error)} ${seeHelp(command)}`);
	}

	const consumed = new Set<number>();
	const values: Partial<Record<keyof typeof COMMAND_OPTIONS, string>> = {};
	const positionals: string[] = [];
	let error: string | undefined;
	for (const token of tokens) {
		if (token.kind === 'option-terminator') continue;
		if (token.kind === 'positional') {
			positionals.push(token.value);
			consumed.add(token.index);
			continue;
		}
		if (token.name === 'help') return {kind: 'help', command};
		if (!Object.hasOwn(COMMAND_OPTIONS, token.name)) continue;
		const name = token.name as keyof typeof COMMAND_OPTIONS;
		const flag = `--${name}`;
		consumed.add(token.index);
		if (!token.inlineValue && token.value !== undefined) consumed.add(token.index + 1);
		if (!own.flags.includes(name)) {
			error ??= `connectui ${command} has no ${flag} option ${seeHelp(command)}`;
			continue;
		}
		const value = token.value;
		const looksLikeFlag = value !== undefined && !token.inlineValue && value.startsWith('-') && name !== 'filter';
		if (value === undefined || looksLikeFlag || value.trim() === '') {
			error ??= `${flag} needs a value`;
			continue;
		}
		if (values[name] !== undefined && values[name] !== value) error ??= `${flag} can be given once`;
		values[name] = value;
	}
	if (error) return fail(error);

	// Everything that is not the command's own goes through the app's parser (selection flags, timeouts).
	const rest = args.filter((_, index) => !consumed.has(index));
	const selection = parseCommandLine(rest);
	if (selection.kind === 'error') return selection;
	if (selection.kind === 'help') return {kind: 'help', command};
	if (selection.kind !== 'run') return fail(`unexpected arguments ${seeHelp(command)}`);

	const output = (values.output ?? own.outputs[0]!).toLowerCase() as OutputFormat;
	if (!own.outputs.includes(output)) {
		return fail(`--output takes ${own.outputs.join(', ')}, not '${values.output}' ${seeHelp(command)}`);
	}
	const withParts: WithPart[] = [];
	for (const part of (values.with ?? '').split(',').map((item) => item.trim().toLowerCase())) {
		if (part === '') continue;
		if (part !== 'attributes' && part !== 'tags') return fail(`--with takes attributes, tags, not '${part}'`);
		if (!withParts.includes(part)) withParts.push(part);
	}
	if (values.with !== undefined && withParts.length === 0) return fail('--with takes attributes, tags');

	if (command === 'describe') {
		if (positionals.length !== 1) {
			return fail(`connectui describe needs one instance ID, ARN or alias ${seeHelp(command)}`);
		}
	} else if (positionals.length > 0) {
		return fail(`unexpected argument '${positionals[0]}' ${seeHelp(command)}`);
	}
	if (command === 'check' && values.baseline === undefined)
		return fail(`connectui check needs --baseline FILE ${seeHelp(command)}`);

	return {
		kind: 'script',
		options: {
			command,
			selection: selection.options,
			output,
			with: withParts,
			...(values.filter === undefined ? {} : {filter: values.filter}),
			...(values.baseline === undefined ? {} : {baseline: values.baseline}),
			...(values.since === undefined ? {} : {since: values.since}),
			...(positionals[0] === undefined ? {} : {instance: positionals[0]}),
		},
	};
}

/** `--since 24h|7d|30m|ISO-DATE` → the earliest time kept (ms), or an error. */
export function parseSince(value: string, now: number): number | {error: string} {
	const trimmed = value.trim();
	const relative = /^(\d+)\s*([mhdw])$/iu.exec(trimmed);
	if (relative) {
		const unit = {m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000}[
			relative[2]!.toLowerCase() as 'm' | 'h' | 'd' | 'w'
		];
		return now - Number(relative[1]) * unit;
	}
	if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/u.test(trimmed)) {
		const time = Date.parse(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed);
		if (!Number.isNaN(time)) return time;
	}
	return {
		error: `--since takes a duration (30m, 24h, 7d, 2w) or a date (2026-11-01, 2026-11-01T12:00:00Z), not '${value}'`,
	};
}
