// The built CLI pointed at an endpoint that speaks the Connect API (the emulator), with real
// shared config files, --profile a,b and --region x,y,z: as a person would run it against AWS.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {demoSeed} from '../../source/emulator/index.js';
import {emulatorFixture} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const fixture = emulatorFixture({seed: demoSeed(), prefix: 'connectui-endpoint-'});

describe('connectui against an endpoint from AWS_ENDPOINT_URL_CONNECT', () => {
	it('lists every instance of every pair, with errors for failing pairs, and shows the detail', async () => {
		const term = startTerm({
			args: ['--profile', 'contact-prod,contact-dev', '--region', 'us-east-1,us-west-2,eu-central-1'],
			env: fixture.env,
			columns: 120,
			rows: 40,
		});
		try {
			// The strip names each profile once per line: contact-prod/us-east-1 14 · us-west-2 2 · …
			const screen = await term.waitFor(/^(?![\s\S]*loading)[\s\S]*21 instances/);
			assert.match(screen, /contact-prod\/us-east-1 14 · us-west-2 2 · eu-central-1 2/);
			assert.match(screen, /contact-dev\/us-east-1 3/);
			assert.match(screen, /(contact-dev\/)?us-west-2 0 · eu-central-1 0/);
			const listed = fixture.emulator.requests.filter((r) => r.operation === 'ListInstances');
			// 14 instances in prod us-east-1 take two pages; the other five pairs one each.
			assert.equal(listed.length, 7);
			assert.ok(
				listed.every((r) => r.accessKeyId !== undefined),
				'every request is signed',
			);

			term.write('/pharmacy\r\r');
			const detail = await term.waitFor('not replicated');
			assert.match(detail, /Status\s+failed/);
			assert.match(detail, /Status reason\s+\w+/);
			term.write('\u001B');
			await term.waitFor('Enter open');
			term.write('\u001B/claims\r\r');
			const replicated = await term.waitFor('Global sign-in');
			assert.match(replicated, /us-west-2\s+replication failed/);
			assert.match(replicated, /Access URL\s+https:\/\//);
		} finally {
			term.kill();
		}
	});

	it('a region where the account is denied shows the AWS error code in the strip', async () => {
		const term = startTerm({
			args: ['--profile', 'contact-dev', '--region', 'eu-west-2,ap-southeast-2'],
			env: fixture.env,
		});
		try {
			const screen = await term.waitFor('AccessDeniedException');
			assert.match(screen, /eu-west-2/);
			await term.waitFor(/ap-southeast-2 2/);
		} finally {
			term.kill();
		}
	});

	it('an unknown profile with --region given is still one line and exit 2, the terminal restored', async () => {
		const term = startTerm({args: ['--profile', 'contact-prod,nope', '--region', 'us-east-1'], env: fixture.env});
		const {exitCode} = await term.waitForExit();
		assert.equal(exitCode, 2);
		assert.match(term.output(), /connectui: unknown profile 'nope'/);
		assert.match(term.screen(), /connectui: unknown profile 'nope'/);
		assert.doesNotMatch(term.screen(), /Enter open/);
	});

	it('an unknown profile is one line on stderr and exit 2', async () => {
		const term = startTerm({args: ['--profile', 'nope'], env: fixture.env});
		const {exitCode} = await term.waitForExit();
		assert.equal(exitCode, 2);
		assert.match(term.output(), /connectui: unknown profile 'nope'/);
		assert.doesNotMatch(term.output(), /at .*\.js/);
	});
});
