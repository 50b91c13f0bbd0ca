// `connectui COMMAND --help`.
import type {ScriptCommand} from '../domain/script-flags.js';

const SELECTION = [
	'Selection (as for the app):',
	'  -p, --profile NAME       AWS profile; repeat or use commas for several',
	'  -r, --region CODE        region; repeat or use commas (us-east-1,eu-west-2)',
	'      --all-regions        every region where Amazon Connect is offered',
	'      --endpoint-url URL   send Amazon Connect requests to this http(s) URL',
	'      --sso-session NAME --sso-role ROLE',
	'                           every account this IAM Identity Center session reaches',
	"      --org-role ROLE      every ACTIVE account of the profile's organization",
	'      --demo               use the built-in Amazon Connect emulator (fake data)',
	'      --connect-timeout SECONDS, --request-timeout SECONDS',
];

const EXIT = [
	'Data goes to stdout; one line per failed profile/region to stderr: PROFILE/REGION: Code: message.',
	'Exit: 0 all answered, 1 drift found (check), 2 usage, 3 some profile/region failed, 70 internal error.',
	'An opt-in region an account has not enabled is not a failure.',
];

const TEXT: Readonly<Record<ScriptCommand, readonly string[]>> = {
	list: [
		'connectui list — every instance in the selected profiles and regions',
		'',
		'Usage: connectui list [selection] [--filter EXPR] [--with attributes,tags] [--output table|json|jsonl|csv]',
		'',
		'  -o, --output FORMAT      table (default), json (one array), jsonl (one object a line,',
		'                           streamed as each region answers) or csv (RFC 4180)',
		'      --filter EXPR        as / in the app: words, attr:TYPE=on|off, tag:KEY=VALUE, tag:KEY,',
		'                           status:WORD, region:GLOB, profile:NAME, account:ID; -TERM negates',
		'      --with LIST          add Attributes and/or Tags (one request per instance, paced)',
		'',
		...SELECTION,
		'',
		...EXIT,
		'Example: connectui list --output json | jq -r \'.[] | select(.InstanceStatus != "ACTIVE") | .Arn\'',
	],
	describe: [
		'connectui describe — one instance in full: overview, replication, attributes, tags',
		'',
		'Usage: connectui describe ID|ARN|ALIAS [selection] [--output table|json]',
		'',
		'The instance is looked for in the selected profiles and regions; an alias that matches',
		'several instances is an error (exit 2) that lists them.',
		'',
		...SELECTION,
		'',
		...EXIT,
	],
	check: [
		'connectui check — every difference from a baseline',
		'',
		'Usage: connectui check --baseline FILE [selection] [--filter EXPR] [--output table|json]',
		'',
		'      --baseline FILE      YAML or JSON: rules of where (a filter), attributes, tags',
		'      --filter EXPR        check only the instances this filter selects',
		'  -o, --output FORMAT      table (default) or json',
		'',
		...SELECTION,
		'',
		...EXIT,
		'Exit 1 when an instance drifts; 3 wins over 1.',
	],
	journal: [
		'connectui journal — the changes this machine applied (newest last)',
		'',
		'Usage: connectui journal [--since DURATION|DATE] [--output table|json] [--demo]',
		'',
		'      --since WHEN         30m, 24h, 7d, 2w, or a date (2026-11-01, 2026-11-01T12:00:00Z)',
		'  -o, --output FORMAT      table (default) or json (one array of records)',
		'      --demo               the changes applied to the demo',
		'',
		'Exit 1 when the journal cannot be read.',
	],
	policy: [
		'connectui policy — the least-privilege IAM policy for connectui (JSON)',
		'',
		'Usage: connectui policy [--read-only]',
		'',
		'      --read-only          only what read-only use needs',
	],
};

export function commandHelp(command: ScriptCommand): string {
	return `${TEXT[command].join('\n')}\n`;
}
