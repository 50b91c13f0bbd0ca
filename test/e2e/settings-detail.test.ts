// The detail view's instance settings through the whole app, the real Connect client and the emulator:
// every section filled, every section empty, and sections denied while the others show their data.
import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {createAwsGateway} from '../../source/aws/index.js';
import {STORAGE_LABELS} from '../../source/domain/settings.js';
import {DEMO_PROFILES, demoSeed, startEmulator, type Emulator} from '../../source/emulator/index.js';
import {openInstance} from '../helpers/edit-flow.js';
import {credentialsOf, gatewayFixture} from '../helpers/gateway-fixture.js';
import {renderApp} from '../helpers/render-app.js';

const prod = DEMO_PROFILES[0]!;
const tall = {columns: 110, rows: 130};
/** Every section has answered: nothing is loading or counting any more. */
const everyAnswer = /^(?![\s\S]*(loading…|counting…))[\s\S]*Flows\s+\S/;

async function withEmulator(
	seed: ReturnType<typeof demoSeed>,
	run: (emulator: Emulator, gateway: ReturnType<typeof createAwsGateway>) => Promise<void>,
) {
	const emulator = await startEmulator({seed});
	const gateway = createAwsGateway({endpointUrl: emulator.url, credentialsFor: credentialsOf(), maxAttempts: 1});
	try {
		await run(emulator, gateway);
	} finally {
		cleanup();
		gateway.dispose();
		await emulator.close();
	}
}

describe('instance settings in the detail view', () => {
	const fixture = gatewayFixture({seed: demoSeed()});
	afterEach(() => cleanup());

	it('fills every section: storage with its encryption, origins, Lambda, Lex, keys, integrations, groups, counts', async () => {
		const app = renderApp(fixture.gateway, {profiles: [prod.profile]}, tall);
		await openInstance(app, 'acme-support-us');
		await app.waitFor(/Users\s+2,350\n/, 30_000);
		const screen = await app.waitFor(everyAnswer, 30_000);
		assert.match(screen, /Call recordings\s+encrypted · s3:\/\/amazon-connect-acme-support-us/);
		assert.match(screen, /KMS arn:aws:kms:us-east-1:111122223333:key\//);
		assert.match(screen, /Contact trace records\s+Kinesis stream arn:aws:kinesis:/);
		assert.match(screen, /Live media streaming\s+encrypted · video stream acme-support-us-live, kept 24 h/);
		assert.match(screen, /Email messages\s+not configured/);
		for (const label of Object.values(STORAGE_LABELS)) assert.ok(screen.includes(label), label);
		assert.match(screen, /Approved origins \(3\)\n\s+https:\/\/acme-support-us\.acme\.example/);
		assert.match(screen, /Lambda functions \(1\)/);
		assert.match(screen, /Lex bots \(V1\) \(1\)\n\s+acme_support_us_Router · us-east-1/);
		assert.match(screen, /Lex bots \(V2\) \(1\)/);
		assert.match(screen, /Security keys \(3\)/);
		assert.match(screen, /Integrations \(2\)\n\s*WISDOM_ASSISTANT/);
		assert.match(screen, /Traffic distribution groups \(1\)\n\s*acme-support-us-default\s+ACTIVE · default/);
		assert.match(screen, /Queues \(standard\)\s+48/);
		// Long identifiers are cut with …, never broken onto the next line.
		for (const line of screen.split('\n')) assert.ok(line.length <= tall.columns, line);
		assert.match(screen, /KMS arn:aws:kms:\S+…\n|KMS arn:aws:kms:\S+\n/);
		const storageCalls = fixture.emulator.requests.filter(
			(request) => request.operation === 'ListInstanceStorageConfigs',
		);
		assert.equal(storageCalls.length, 13, 'one call per storage resource type');
	});

	it('says "not encrypted" for call recordings without a KMS key', async () => {
		const app = renderApp(fixture.gateway, {profiles: [prod.profile]}, tall);
		await openInstance(app, 'acme-billing');
		const screen = await app.waitFor(/Call recordings\s+not encrypted · s3:/, 30_000);
		assert.match(screen, /Chat transcripts\s+not encrypted/);
	});

	it('a denied section names the IAM action it needs while the others show their data', async () => {
		fixture.emulator.inject({kind: 'deny', operation: 'ListApprovedOrigins'});
		fixture.emulator.inject({kind: 'deny', operation: 'ListUsers'});
		fixture.emulator.inject({kind: 'deny', operation: 'ListInstanceStorageConfigs'});
		const app = renderApp(fixture.gateway, {profiles: [prod.profile]}, tall);
		await openInstance(app, 'acme-support-us');
		await app.waitFor(/Users\s+✗ AccessDeniedException \(missing IAM permission\s+connect:ListUsers\)/, 10_000);
		const denied = await app.waitFor(
			/Every storage type\s+✗ AccessDeniedException \(missing IAM permission\s+connect:ListInstanceStorageConfigs\)/,
			10_000,
		);
		assert.match(
			denied,
			/Approved origins\n\s+✗ AccessDeniedException \(missing IAM permission\s+connect:ListApprovedOrigins\)/,
		);
		assert.doesNotMatch(denied, /Call recordings/, 'one line for thirteen identical failures');
		await app.waitFor(/Lambda functions \(1\)/, 10_000);
		await app.waitFor(/Integrations \(2\)/, 10_000);
		await app.waitFor(/Security keys \(3\)/, 10_000);
	});
});

describe('instance settings of an instance that has none', () => {
	it('shows every storage type as not configured, every list as none and every count as 0', async () => {
		const seed = demoSeed();
		const east = seed.accounts[0]!.regions['us-east-1']!;
		seed.accounts[0]!.regions = {
			'us-east-1': east.filter((i) => i.alias === 'acme-sales-us').map((i) => ({...i, settings: undefined})),
		};
		seed.accounts = [seed.accounts[0]!];
		await withEmulator(seed, async (_emulator, gateway) => {
			const app = renderApp(gateway, {profiles: [prod.profile]}, tall);
			await openInstance(app, 'acme-sales-us');
			const final = await app.waitFor(everyAnswer, 30_000);
			assert.match(final, /Phone numbers\s+0\n/);
			assert.match(final, /Flows\s+0\n/);
			assert.equal(final.match(/not configured/g)?.length, 13);
			for (const title of [
				'Approved origins',
				'Lambda functions',
				'Lex bots \\(V1\\)',
				'Lex bots \\(V2\\)',
				'Security keys',
				'Integrations',
			]) {
				assert.match(final, new RegExp(`\\n${title}\\s+none\\n`), title);
			}
			assert.doesNotMatch(final, /Traffic distribution groups/, 'not replicated: no groups section');
		});
	});
});
