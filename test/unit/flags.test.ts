import {test} from 'node:test';
import assert from 'node:assert/strict';
import {helpText, parseCommandLine, targetsGiven} from '../../source/domain/flags.js';

function run(...argv: string[]) {
	const result = parseCommandLine(argv);
	assert.equal(result.kind, 'run', JSON.stringify(result));
	return result.kind === 'run' ? result.options : assert.fail();
}

function error(...argv: string[]): string {
	const result = parseCommandLine(argv);
	assert.equal(result.kind, 'error', JSON.stringify(result));
	return result.kind === 'error' ? result.message : assert.fail();
}

test('no flags: defaults', () => {
	assert.deepEqual(run(), {profiles: [], regions: [], allRegions: false, readOnly: false, demo: false, noColor: false});
});

test('profiles and regions: repeatable, comma lists, short forms, = forms, deduplicated', () => {
	const options = run(
		'--profile',
		'prod,dev',
		'-p',
		'audit',
		'--profile=prod',
		'--region',
		'us-east-1, eu-central-1',
		'-r',
		'us-east-1',
		'--region=EU-WEST-2',
	);
	assert.deepEqual(options.profiles, ['prod', 'dev', 'audit']);
	assert.deepEqual(options.regions, ['us-east-1', 'eu-central-1', 'eu-west-2']);
});

test('boolean flags, endpoint and timeouts', () => {
	const options = run(
		'--all-regions',
		'--read-only',
		'--demo',
		'--no-color',
		'--endpoint-url',
		'http://127.0.0.1:4566',
		'--connect-timeout',
		'2.5',
		'--request-timeout=30',
	);
	assert.equal(options.allRegions, true);
	assert.equal(options.readOnly, true);
	assert.equal(options.demo, true);
	assert.equal(options.noColor, true);
	assert.equal(options.endpointUrl, 'http://127.0.0.1:4566');
	assert.equal(options.connectTimeoutMs, 2500);
	assert.equal(options.requestTimeoutMs, 30_000);
});

test('help, version and journal', () => {
	assert.deepEqual(parseCommandLine(['--help']), {kind: 'help'});
	assert.deepEqual(parseCommandLine(['-h']), {kind: 'help'});
	assert.deepEqual(parseCommandLine(['--version']), {kind: 'version'});
	assert.deepEqual(parseCommandLine(['-v']), {kind: 'version'});
	assert.deepEqual(parseCommandLine(['--bogus', '--help']), {kind: 'help'});
	assert.deepEqual(parseCommandLine(['journal']), {kind: 'journal', demo: false});
	assert.deepEqual(parseCommandLine(['journal', '--no-color']), {kind: 'journal', demo: false});
	assert.deepEqual(parseCommandLine(['journal', '--demo']), {kind: 'journal', demo: true});
});

test('friendly one-line errors', () => {
	assert.equal(error('--foo'), 'connectui: unknown option --foo (see connectui --help)');
	assert.equal(error('-x'), 'connectui: unknown option -x (see connectui --help)');
	assert.equal(error('--region', 'us-east'), "connectui: malformed region code 'us-east'");
	assert.equal(error('--region', 'us-east-1,nowhere'), "connectui: malformed region code 'nowhere'");
	assert.equal(error('--region'), 'connectui: --region needs a value');
	assert.equal(error('--region', '--demo'), 'connectui: --region needs a value');
	assert.equal(error('--region='), 'connectui: --region needs a value');
	assert.equal(error('-p'), 'connectui: -p needs a value');
	assert.equal(error('--profile', ','), 'connectui: --profile needs a value');
	assert.match(
		error('--all-regions', '--region', 'us-east-1'),
		/^connectui: --all-regions and --region cannot be used together/,
	);
	assert.match(error('--endpoint-url', 'ftp://example.com'), /^connectui: --endpoint-url needs an http\(s\) URL/);
	assert.match(error('--endpoint-url', 'not a url'), /^connectui: --endpoint-url needs an http\(s\) URL/);
	assert.match(error('--connect-timeout', 'soon'), /^connectui: --connect-timeout needs a number of seconds/);
	assert.match(error('--request-timeout', '0'), /^connectui: --request-timeout needs a number of seconds/);
	assert.equal(error('--demo=yes'), 'connectui: --demo takes no value');
	assert.equal(error('list'), "connectui: unexpected argument 'list' (see connectui --help)");
	for (const message of [error('--\u001B[2J'), error('--region', 'x\ny')]) {
		assert.ok(!/[\u0000-\u001F]/.test(message), JSON.stringify(message));
	}
});

test('helpText lists every flag and environment variable, then the keys', () => {
	const text = helpText('  ?  help overlay\n  q  quit');
	for (const word of [
		'--profile',
		'-p,',
		'--region',
		'--all-regions',
		'--endpoint-url',
		'--read-only',
		'--demo',
		'--no-color',
		'--connect-timeout',
		'--request-timeout',
		'--sso-session',
		'--sso-role',
		'--org-role',
		'AWS_ENDPOINT_URL_SSO',
		'--help',
		'--version',
		'journal',
		'AWS_PROFILE',
		'AWS_REGION',
		'AWS_DEFAULT_REGION',
		'AWS_ENDPOINT_URL_CONNECT',
		'AWS_ENDPOINT_URL ',
		'AWS_CONFIG_FILE',
		'AWS_SHARED_CREDENTIALS_FILE',
		'NO_COLOR',
	]) {
		assert.ok(text.includes(word), word);
	}
	assert.ok(text.indexOf('NO_COLOR') < text.indexOf('q  quit'));
	assert.ok(text.endsWith('Keys:\n  ?  help overlay\n  q  quit\n'));
	for (const line of text.split('\n')) assert.ok(line.length <= 80, line);
});

test('--sso-session with --sso-role, --org-role with at most one profile', () => {
	assert.deepEqual(run('--sso-session', 'corp', '--sso-role', 'ConnectAdmin'), {
		...run(),
		ssoSession: 'corp',
		ssoRole: 'ConnectAdmin',
	});
	assert.equal(
		run('--profile', 'mgmt', '--org-role', 'OrganizationAccountAccessRole').orgRole,
		'OrganizationAccountAccessRole',
	);
	const problems: Array<[string[], RegExp]> = [
		[['--sso-session', 'corp'], /--sso-session needs --sso-role ROLE/],
		[['--sso-role', 'Admin'], /--sso-role needs --sso-session NAME/],
		[['--sso-session', 'corp', '--sso-role', 'A', '--org-role', 'B'], /cannot be used together/],
		[['--org-role', 'B', '--profile', 'a,b'], /at most one --profile/],
		[['--org-role', 'not a role'], /not a valid role name/],
	];
	for (const [argv, message] of problems) {
		assert.match(error(...argv), message);
	}
});

test('targetsGiven: --profile and --region both, without the demo or accounts to discover', () => {
	const given = (...argv: string[]) => {
		const command = parseCommandLine(argv);
		assert.equal(command.kind, 'run');
		return command.kind === 'run' && targetsGiven(command.options);
	};
	assert.equal(given('--profile', 'prod', '--region', 'us-east-1,eu-west-2'), true);
	assert.equal(given('--profile', 'prod'), false);
	assert.equal(given('--region', 'us-east-1'), false);
	assert.equal(given('--profile', 'prod', '--all-regions'), false);
	assert.equal(given('--demo', '--profile', 'contact-prod', '--region', 'us-east-1'), false);
	assert.equal(given('--sso-session', 'corp', '--sso-role', 'Admin', '--region', 'us-east-1'), false);
});
