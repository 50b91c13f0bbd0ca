import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
	isScriptCommand,
	parseScriptCommandLine,
	parseSince,
	type ScriptOptions,
} from '../../source/domain/script-flags.js';

function options(...argv: string[]): ScriptOptions {
	const parsed = parseScriptCommandLine(argv);
	if (parsed.kind !== 'script') assert.fail(JSON.stringify(parsed));
	return parsed.options;
}

function error(...argv: string[]): string {
	const parsed = parseScriptCommandLine(argv);
	if (parsed.kind !== 'error') assert.fail(JSON.stringify(parsed));
	return parsed.message;
}

test('a command takes its own flags; the selection flags go through the app parser', () => {
	const list = options(
		'list',
		'--profile',
		'a,b',
		'-r',
		'eu-west-2',
		'--output=csv',
		'--filter',
		'-tag:Owner region:eu-*',
		'--with',
		'tags,attributes',
	);
	assert.equal(list.command, 'list');
	assert.deepEqual(list.selection.profiles, ['a', 'b']);
	assert.deepEqual(list.selection.regions, ['eu-west-2']);
	assert.equal(list.output, 'csv');
	assert.equal(list.filter, '-tag:Owner region:eu-*');
	assert.deepEqual(list.with, ['tags', 'attributes']);
	const defaults = options('list', '--demo', '--all-regions');
	assert.equal(defaults.output, 'table');
	assert.deepEqual(defaults.with, []);
	assert.equal(defaults.selection.demo, true);
	assert.equal(defaults.selection.allRegions, true);
});

test('describe takes one instance; check needs --baseline; policy reads --read-only', () => {
	assert.equal(options('describe', 'jade', '--region', 'us-east-1').instance, 'jade');
	assert.match(error('describe'), /needs one instance ID, ARN or alias/);
	assert.match(error('describe', 'a', 'b'), /needs one instance ID, ARN or alias/);
	assert.equal(options('check', '--baseline', 'b.yaml', '--output', 'json').baseline, 'b.yaml');
	assert.match(error('check'), /^connectui: connectui check needs --baseline FILE \(see connectui check --help\)$/);
	assert.equal(options('policy', '--read-only').selection.readOnly, true);
	assert.equal(options('journal', '--since', '7d').since, '7d');
});

test('flags a command does not have, bad outputs and bad --with values are usage errors', () => {
	assert.match(error('list', '--baseline', 'x'), /connectui list has no --baseline option/);
	assert.match(error('describe', 'x', '--output', 'csv'), /--output takes table, json, not 'csv'/);
	assert.match(error('list', '--with', 'storage'), /--with takes attributes, tags, not 'storage'/);
	assert.match(error('list', '--output'), /--output needs a value/);
	assert.match(error('list', '--region', 'nowhere'), /malformed region code 'nowhere'/);
	assert.match(error('list', 'extra'), /unexpected argument 'extra'/);
	assert.match(error('list', '--bogus'), /unknown option --bogus/);
	assert.match(error('list', '--output', 'json', '--output', 'csv'), /--output can be given once/);
});

test('--help shows the command help; only the five commands are commands', () => {
	assert.deepEqual(parseScriptCommandLine(['check', '--profile', 'x', '--help']), {kind: 'help', command: 'check'});
	assert.equal(isScriptCommand('list'), true);
	assert.equal(isScriptCommand('--demo'), false);
	assert.equal(isScriptCommand(undefined), false);
});

test('parseSince: durations back from now, and dates', () => {
	const now = Date.parse('2026-11-29T12:00:00Z');
	assert.equal(parseSince('24h', now), now - 86_400_000);
	assert.equal(parseSince('7d', now), now - 7 * 86_400_000);
	assert.equal(parseSince('30m', now), now - 1_800_000);
	assert.equal(parseSince('2026-11-01', now), Date.parse('2026-11-01T00:00:00Z'));
	assert.equal(parseSince('2026-11-01T10:00:00Z', now), Date.parse('2026-11-01T10:00:00Z'));
	assert.match((parseSince('yesterday', now) as {error: string}).error, /--since takes a duration/);
	assert.equal(typeof parseSince('2026-13-45', now), 'object');
});
