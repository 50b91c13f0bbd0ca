// --baseline in the app, through the real Connect client against the emulator: drift marked in the
// matrix, the `drift` filter, and F → review → y sending exactly the UpdateInstanceAttribute requests
// that fix it (read from the emulator's request log). A baseline that cannot be used stops the app
// before anything is drawn, with one line naming the file, the place and the reason.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, afterEach, before, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {createAwsGateway, type AwsConfig} from '../../source/aws/index.js';
import type {Baseline} from '../../source/domain/baseline.js';
import {parseBaseline} from '../../source/domain/baseline-parse.js';
import {AwsError} from '../../source/domain/errors.js';
import type {InstanceSummary} from '../../source/domain/types.js';
import {startEmulator, syntheticProfiles, syntheticSeed, type Emulator} from '../../source/emulator/index.js';
import {KEY, renderApp} from '../helpers/render-app.js';
import {CLI, cleanEnv} from '../helpers/term.js';

const shape = {accounts: 1, regionsPerAccount: 1, instancesPerRegion: 6};
const [profile] = syntheticProfiles(shape);
const region = 'us-east-1';
const credentialsFor: AwsConfig['credentialsFor'] = (name) => async () => {
	if (name !== profile!.profile) throw new AwsError('CredentialsError', `no profile ${name}`);
	return {accessKeyId: profile!.accessKeyId, secretAccessKey: profile!.secretAccessKey};
};

const BASELINE = `rules:
  - attributes: {CONTACT_LENS: on}
  - where: "tag:Environment=staging"
    tags: {required: [Team]}
`;

let emulator: Emulator;
let gateway: ReturnType<typeof createAwsGateway>;
let rows: readonly InstanceSummary[];
let baseline: Baseline;
const dir = mkdtempSync(join(tmpdir(), 'connectui-baseline-'));

before(async () => {
	emulator = await startEmulator({seed: syntheticSeed(shape)});
	gateway = createAwsGateway({endpointUrl: emulator.url, credentialsFor, maxAttempts: 1});
	rows = [...(await gateway.listInstances({profile: profile!.profile, region}))].sort((a, b) =>
		a.alias.localeCompare(b.alias),
	);
	const parsed = parseBaseline(BASELINE, 'fleet.yaml');
	if ('error' in parsed) throw new Error(parsed.error);
	baseline = parsed.baseline;
});

after(async () => {
	gateway.dispose();
	await emulator.close();
	rmSync(dir, {recursive: true, force: true});
});

afterEach(() => cleanup());

const lensOff = (row: InstanceSummary) =>
	emulator.attributesOf(profile!.accountId, region, row.id)?.['CONTACT_LENS'] !== 'true';
const staging = (row: InstanceSummary) => emulator.tagsOf(row.arn)?.['Environment'] === 'staging';

function shownAliases(frame: string): string[] {
	return rows.filter((row) => frame.includes(row.alias)).map((row) => row.alias);
}

function app() {
	return renderApp(gateway, {
		profiles: [profile!.profile],
		regions: [region],
		availableProfiles: [profile!.profile],
		baseline,
	});
}

describe('a baseline in the app', () => {
	it('marks drift in the matrix, filters on it, and F → review → y sends exactly the fixes', async () => {
		const needing = rows.filter((row) => lensOff(row));
		assert.ok(needing.length > 0 && needing.length < rows.length, 'the seed has CONTACT_LENS on and off');
		assert.ok(rows.some((row) => staging(row) && !lensOff(row)) || rows.some(staging), 'the seed has staging');
		const rendered = app();
		await rendered.waitFor(rows.at(-1)!.alias);

		// The drift filter: attributes and tags load, the instances that differ stay.
		rendered.press('/drift');
		const drifting = rows.filter((row) => lensOff(row) || staging(row));
		const filtered = await rendered.waitFor(
			new RegExp(`${drifting.length} of ${rows.length}(?![\\s\\S]*loading)`),
			20_000,
		);
		assert.deepEqual(
			shownAliases(filtered),
			drifting.map((row) => row.alias),
		);
		rendered.press(KEY.esc);

		// The matrix marks the cells that differ.
		rendered.press('m');
		const grid = await rendered.waitFor(`attributes ${rows.length} of ${rows.length} read`, 20_000);
		assert.match(grid, new RegExp(`≠ ${drifting.length} differ from the baseline`));
		assert.equal((grid.match(/≠off/g) ?? []).length, needing.length);
		// The tags group shows the tag the baseline requires, marked where it is missing.
		rendered.press(KEY.tab);
		const tags = await rendered.waitFor(/Team/);
		assert.equal((tags.match(/≠—/g) ?? []).length, rows.filter(staging).length);
		rendered.press(KEY.tab);

		// F wants CONTACT_LENS on where it is off; the review and y send just those.
		rendered.press('F');
		await rendered.waitFor(
			`${needing.length} attribute change${needing.length === 1 ? '' : 's'} proposed for ${needing.length} instance`,
		);
		assert.match(rendered.lastFrame() ?? '', /tags need a value set by hand: Team/);
		rendered.press('s');
		await rendered.waitFor('Review bulk changes');
		const mark = emulator.requests.length;
		rendered.press('y');
		await rendered.waitFor('Report:', 20_000);
		const updates = emulator.requests.slice(mark).filter((request) => request.operation === 'UpdateInstanceAttribute');
		assert.deepEqual(
			updates.map((request) => request.path).sort(),
			needing.map((row) => `/instance/${row.id}/attribute/CONTACT_LENS`).sort(),
		);
		assert.ok(updates.every((request) => (request.body as {Value: string}).Value === 'true'));
		assert.ok(rows.every((row) => !lensOff(row)));

		// What still differs is the tag nobody can propose a value for.
		rendered.press(KEY.esc);
		await rendered.waitFor('Space toggle');
		rendered.press(KEY.esc);
		await rendered.waitFor('sorted by alias');
		rendered.press('/drift');
		const after = await rendered.waitFor(new RegExp(`${rows.filter(staging).length} of ${rows.length}`));
		assert.deepEqual(
			shownAliases(after),
			rows.filter(staging).map((row) => row.alias),
		);
	});

	it('refuses a baseline it cannot use before drawing anything: the file, the line, the place, the reason', () => {
		const file = join(dir, 'bad.yaml');
		writeFileSync(file, 'rules:\n  - attributes:\n      CONTACT_LENZ: on\n');
		const run = spawnSync(process.execPath, [CLI, '--demo', '--baseline', file], {
			env: cleanEnv({CONNECTUI_HOME: join(dir, 'home')}),
			encoding: 'utf8',
			timeout: 20_000,
		});
		assert.equal(run.status, 2);
		assert.equal(run.stdout, '');
		assert.match(
			run.stderr,
			new RegExp(
				`^connectui: baseline ${file}:3: rules\\[0\\]\\.attributes\\.CONTACT_LENZ: unknown attribute type 'CONTACT_LENZ'`,
			),
		);
		assert.equal(run.stderr.trim().split('\n').length, 1);
		const missing = spawnSync(process.execPath, [CLI, '--baseline', join(dir, 'none.yaml')], {
			env: cleanEnv({CONNECTUI_HOME: join(dir, 'home')}),
			encoding: 'utf8',
			timeout: 20_000,
		});
		assert.equal(missing.status, 2);
		assert.equal(missing.stderr, `connectui: baseline ${join(dir, 'none.yaml')}: cannot be read: no such file\n`);
	});
});
