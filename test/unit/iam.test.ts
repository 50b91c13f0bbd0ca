import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describeError} from '../../source/domain/apply-text.js';
import {
	iamActions,
	iamPolicy,
	iamPrefixOf,
	iamTableMarkdown,
	iamTableRows,
	isListedAction,
} from '../../source/domain/iam.js';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.tsx?$/u.test(entry.name) ? [path] : [];
	});
}

/** Every `new XxxCommand(` in source/aws, as the IAM action it needs (the package it is imported from gives the prefix). */
function commandsSent(): Array<{file: string; action: string}> {
	const sent: Array<{file: string; action: string}> = [];
	for (const file of sourceFiles(join(root, 'source', 'aws'))) {
		const text = readFileSync(file, 'utf8');
		const packageOf = new Map<string, string>();
		for (const match of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/client-[\w-]+)'/gu)) {
			for (const name of match[1]!.split(',')) packageOf.set(name.trim().replace(/^type\s+/u, ''), match[2]!);
		}
		for (const match of text.matchAll(/new\s+(\w+)Command\s*\(/gu)) {
			const sdkPackage = packageOf.get(`${match[1]}Command`);
			assert.ok(sdkPackage, `${file}: ${match[1]}Command is not imported from an @aws-sdk/client-* package`);
			sent.push({file, action: `${iamPrefixOf(sdkPackage)}:${match[1]}`});
		}
	}
	return sent;
}

test('every command the AWS layer sends is in the IAM table', () => {
	const sent = commandsSent();
	assert.ok(sent.length >= 8, `expected the gateway's commands, found ${sent.length}`);
	const missing = sent.filter(({action}) => !isListedAction(action));
	assert.deepEqual(
		missing.map(({file, action}) => `${action} (${file})`),
		[],
		'add these to IAM_FEATURES in source/domain/iam.ts',
	);
});

test('the IAM table lists nothing the AWS layer never sends', () => {
	const sent = new Set(commandsSent().map(({action}) => action));
	assert.deepEqual(
		iamActions()
			.map((entry) => entry.action)
			.filter((action) => !sent.has(action)),
		[],
	);
});

test("README's IAM table is the one generated from the list (cells compared trimmed)", () => {
	const readme = readFileSync(join(root, 'README.md'), 'utf8');
	const section = readme.slice(readme.indexOf('## IAM permissions'));
	const lines = section.split('\n');
	const start = lines.findIndex((line) => line.startsWith('|'));
	const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
	const table = lines
		.slice(start, end)
		.map((line) =>
			line
				.slice(1, -1)
				.split(' | ')
				.map((cell) => cell.trim()),
		)
		.filter((cells) => !/^-+$/u.test(cells[0]!));
	assert.deepEqual(table, [['feature', 'actions'], ...iamTableRows()], `README should hold:\n${iamTableMarkdown()}`);
});

test('the policy is valid IAM JSON; read-only has only the read actions', () => {
	const full = JSON.parse(JSON.stringify(iamPolicy())) as {
		Version: string;
		Statement: Array<{Effect: string; Action: string[]; Resource: string}>;
	};
	assert.equal(full.Version, '2012-10-17');
	const actions = full.Statement.flatMap((statement) => statement.Action).sort();
	assert.deepEqual(
		actions,
		iamActions()
			.filter((entry) => entry.policy !== false)
			.map((entry) => entry.action)
			.sort(),
	);
	assert.ok(!actions.includes('sso:GetRoleCredentials'), 'the portal is not governed by a policy');
	for (const statement of full.Statement) {
		assert.equal(statement.Effect, 'Allow');
		assert.equal(statement.Resource, '*');
	}
	const readOnly = iamPolicy({readOnly: true}) as {Statement: Array<{Action: string[]}>};
	const readActions = readOnly.Statement.flatMap((statement) => statement.Action);
	assert.ok(readActions.includes('connect:ListInstances'));
	assert.ok(!readActions.includes('connect:UpdateInstanceAttribute'));
	assert.ok(!readActions.includes('connect:TagResource'));
	assert.ok(readActions.includes('connect:ListTagsForResource'), 'read in one row and write in none stays read');
});

test('an AccessDenied names an action the table lists', () => {
	for (const operation of [
		'UpdateInstanceAttribute',
		'TagResource',
		'UntagResource',
		'DescribeInstanceAttribute',
		'ListTagsForResource',
	] as const) {
		const text = describeError(operation, 'AccessDeniedException', 'no');
		const action = /missing IAM permission (\S+)\)/u.exec(text)?.[1];
		assert.ok(action && isListedAction(action), text);
	}
});
