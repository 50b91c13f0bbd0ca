// Command-line parsing with Node's own parseArgs. Returns a result; never throws, never prints.
import {parseArgs} from 'node:util';
import {isValidRegionCode} from './regions.js';
import {sanitize} from './sanitize.js';

export type CliOptions = {
	readonly profiles: string[];
	readonly regions: string[];
	readonly allRegions: boolean;
	readonly endpointUrl?: string;
	readonly readOnly: boolean;
	readonly demo: boolean;
	readonly noColor: boolean;
	readonly connectTimeoutMs?: number;
	readonly requestTimeoutMs?: number;
	/** --sso-session NAME --sso-role ROLE: every account the IAM Identity Center session reaches with ROLE. */
	readonly ssoSession?: string;
	readonly ssoRole?: string;
	/** --org-role ROLE: every ACTIVE account of the selected profile's organization, through ROLE. */
	readonly orgRole?: string;
	/** --baseline FILE: what instances should hold (read and checked before the app starts). */
	readonly baseline?: string;
};

export type CommandLine =
	| {readonly kind: 'run'; readonly options: CliOptions}
	| {readonly kind: 'help'}
	| {readonly kind: 'version'}
	| {readonly kind: 'journal'; readonly demo: boolean}
	| {readonly kind: 'error'; readonly message: string};

export const OPTIONS = {
	profile: {type: 'string', short: 'p', multiple: true},
	region: {type: 'string', short: 'r', multiple: true},
	'all-regions': {type: 'boolean'},
	'endpoint-url': {type: 'string'},
	'read-only': {type: 'boolean'},
	demo: {type: 'boolean'},
	'no-color': {type: 'boolean'},
	'connect-timeout': {type: 'string'},
	'request-timeout': {type: 'string'},
	'sso-session': {type: 'string'},
	'sso-role': {type: 'string'},
	'org-role': {type: 'string'},
	baseline: {type: 'string'},
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
} as const;

type OptionName = keyof typeof OPTIONS;

const SEE_HELP = '(see connectui --help)';

function isOptionName(name: string): name is OptionName {
	return Object.hasOwn(OPTIONS, name);
}

function fail(message: string): {kind: 'error'; message: string} {
	// Messages quote what was typed: keep it to one inert line.
	return {kind: 'error', message: sanitize(`connectui: ${message}`)};
}

/** "a, b,,c" → ["a", "b", "c"]. */
function splitList(value: string): string[] {
	return value
		.split(',')
		.map((item) => item.trim())
		.filter((item) => item !== '');
}

function addUnique(list: string[], items: readonly string[]): void {
	for (const item of items) if (!list.includes(item)) list.push(item);
}

function parseSeconds(flag: string, value: string): number | string {
	const trimmed = value.trim();
	const seconds = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
	if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) {
		return `${flag} needs a number of seconds (like 5 or 0.5), not '${value}'`;
	}
	return Math.round(seconds * 1000);
}

function parseEndpointUrl(value: string): string | {error: string} {
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		return {error: `--endpoint-url needs an http(s) URL, not '${value}'`};
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return {error: `--endpoint-url needs an http(s) URL, not '${value}'`};
	}
	return value.trim();
}

/**
 * --profile and --region both given, with no demo and no accounts to discover: the run's (profile,
 * region) pairs are known before anything is read from the AWS files, so the first frame can come from
 * the cache and the first requests can leave before Ink loads.
 */
export function targetsGiven(options: CliOptions): boolean {
	const accounts = options.ssoSession !== undefined || options.orgRole !== undefined;
	return !options.demo && !accounts && options.profiles.length > 0 && options.regions.length > 0;
}

/** Parses `process.argv.slice(2)`. Errors are one friendly line starting with "connectui: ". */
export function parseCommandLine(argv: readonly string[]): CommandLine {
	let tokens;
	try {
		({tokens} = parseArgs({args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true}));
	} catch (error) {
		return fail(`${error instanceof Error ? error.message : String(error)} ${SEE_HELP}`);
	}

	const profiles: string[] = [];
	const regions: string[] = [];
	let allRegions = false;
	let regionGiven = false;
	let endpointUrl: string | undefined;
	let readOnly = false;
	let demo = false;
	let noColor = false;
	let connectTimeoutMs: number | undefined;
	let requestTimeoutMs: number | undefined;
	let baseline: string | undefined;
	const named: {'sso-session'?: string; 'sso-role'?: string; 'org-role'?: string} = {};
	let help = false;
	let version = false;
	let journal = false;
	let error: string | undefined;
	const setError = (message: string) => {
		error ??= message;
	};

	for (const token of tokens) {
		if (token.kind === 'option-terminator') continue;
		if (token.kind === 'positional') {
			if (token.value === 'journal' && !journal) journal = true;
			else setError(`unexpected argument '${token.value}' ${SEE_HELP}`);
			continue;
		}
		const flag = token.rawName.startsWith('--') ? `--${token.name}` : token.rawName;
		if (!isOptionName(token.name)) {
			setError(`unknown option ${token.rawName} ${SEE_HELP}`);
			continue;
		}
		const spec = OPTIONS[token.name];
		if (spec.type === 'boolean') {
			if (token.value !== undefined) {
				setError(`${flag} takes no value`);
				continue;
			}
		} else {
			const value = token.value;
			// parseArgs (non-strict) takes the next argument as the value even when it is another flag.
			const looksLikeFlag = value !== undefined && !token.inlineValue && value.startsWith('-');
			if (value === undefined || looksLikeFlag || value.trim() === '') {
				setError(`${flag} needs a value`);
				continue;
			}
		}
		const value = token.value ?? '';
		switch (token.name) {
			case 'profile': {
				const names = splitList(value);
				if (names.length === 0) setError(`${flag} needs a value`);
				addUnique(profiles, names);
				break;
			}
			case 'region': {
				regionGiven = true;
				const codes = splitList(value).map((code) => code.toLowerCase());
				if (codes.length === 0) setError(`${flag} needs a value`);
				const bad = codes.find((code) => !isValidRegionCode(code));
				if (bad !== undefined) setError(`malformed region code '${bad}'`);
				addUnique(regions, codes);
				break;
			}
			case 'all-regions':
				allRegions = true;
				break;
			case 'endpoint-url': {
				const parsed = parseEndpointUrl(value);
				if (typeof parsed === 'string') endpointUrl = parsed;
				else setError(parsed.error);
				break;
			}
			case 'read-only':
				readOnly = true;
				break;
			case 'demo':
				demo = true;
				break;
			case 'no-color':
				noColor = true;
				break;
			case 'connect-timeout':
			case 'request-timeout': {
				const parsed = parseSeconds(flag, value);
				if (typeof parsed === 'string') setError(parsed);
				else if (token.name === 'connect-timeout') connectTimeoutMs = parsed;
				else requestTimeoutMs = parsed;
				break;
			}
			case 'sso-session':
			case 'sso-role':
			case 'org-role': {
				const name = value.trim();
				const pattern = token.name === 'sso-session' ? /^[\w.@+=,-]{1,128}$/ : /^[\w+=,.@/-]{1,64}$/;
				if (!pattern.test(name))
					setError(`${flag} '${value}' is not a valid ${token.name === 'sso-session' ? 'session' : 'role'} name`);
				else if (named[token.name] !== undefined && named[token.name] !== name) setError(`${flag} can be given once`);
				else named[token.name] = name;
				break;
			}
			case 'baseline':
				if (baseline !== undefined && baseline !== value) setError(`${flag} can be given once`);
				baseline = value;
				break;
			case 'help':
				help = true;
				break;
			case 'version':
				version = true;
				break;
		}
	}

	if (help) return {kind: 'help'};
	if (version) return {kind: 'version'};
	if (error !== undefined) return fail(error);
	if (allRegions && regionGiven) return fail(`--all-regions and --region cannot be used together ${SEE_HELP}`);
	if (journal) return {kind: 'journal', demo};
	const accountsProblem = accountFlagsProblem(named, profiles);
	if (accountsProblem) return fail(`${accountsProblem} ${SEE_HELP}`);
	const options: CliOptions = {
		profiles,
		regions,
		allRegions,
		readOnly,
		demo,
		noColor,
		...(endpointUrl === undefined ? {} : {endpointUrl}),
		...(connectTimeoutMs === undefined ? {} : {connectTimeoutMs}),
		...(requestTimeoutMs === undefined ? {} : {requestTimeoutMs}),
		...(named['sso-session'] === undefined ? {} : {ssoSession: named['sso-session']}),
		...(named['sso-role'] === undefined ? {} : {ssoRole: named['sso-role']}),
		...(named['org-role'] === undefined ? {} : {orgRole: named['org-role']}),
		...(baseline === undefined ? {} : {baseline}),
	};
	return {kind: 'run', options};
}

/** How --sso-session, --sso-role and --org-role go together (undefined when they do). */
function accountFlagsProblem(
	named: {'sso-session'?: string; 'sso-role'?: string; 'org-role'?: string},
	profiles: readonly string[],
): string | undefined {
	const sso = named['sso-session'] !== undefined || named['sso-role'] !== undefined;
	if (named['sso-session'] !== undefined && named['sso-role'] === undefined)
		return '--sso-session needs --sso-role ROLE';
	if (named['sso-role'] !== undefined && named['sso-session'] === undefined)
		return '--sso-role needs --sso-session NAME';
	if (sso && named['org-role'] !== undefined) return '--org-role and --sso-session cannot be used together';
	if (named['org-role'] !== undefined && profiles.length > 1) {
		return '--org-role lists the organization of one profile: give at most one --profile';
	}
	return undefined;
}

export {helpText} from './help-text.js';
