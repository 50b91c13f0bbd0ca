// The fleet matrix's storage columns through the whole app with the real Connect client against the
// emulator's demo estate: Tab twice shows one column per storage resource type, call recordings
// first, each cell encrypted (KMS), not encrypted (no KMS) or not configured (none); read with one
// ListInstanceStorageConfigs per instance and type, a column at a time, at the quota's pace.
import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {parseBaseline} from '../../source/domain/baseline-parse.js';
import {STORAGE_RESOURCE_TYPES} from '../../source/domain/settings.js';
import {DEMO_PROFILES} from '../../source/emulator/index.js';
import {gatewayFixture} from '../helpers/gateway-fixture.js';
import {KEY, renderApp} from '../helpers/render-app.js';

const fixture = gatewayFixture();
const dev = DEMO_PROFILES[1]!.profile;
const regions = ['us-east-1', 'ap-southeast-2'];

afterEach(() => cleanup());

/** The row of an instance in the frame, its cells split on runs of spaces. */
function cellsOf(frame: string, alias: string): string[] {
	const line = frame.split('\n').find((candidate) => candidate.includes(` ${alias} `));
	assert.ok(line, `${alias} in\n${frame}`);
	return line
		.slice(line.indexOf(alias) + alias.length)
		.trim()
		.split(/\s{2,}/);
}

describe('the fleet matrix: storage', () => {
	it('answers "which instances record calls without our KMS key?" in one screen, read a column at a time', async () => {
		const rendered = renderApp(
			fixture.gateway,
			{profiles: [dev], regions, availableProfiles: [dev], availableRegions: regions},
			{columns: 120, rows: 30},
		);
		await rendered.waitFor('acme-support-au-dev');
		await rendered.waitFor('acme-ivr-lab');
		fixture.mark();
		rendered.press('m');
		await rendered.waitFor('attributes 5 of 5 read', 20_000);
		rendered.press(KEY.tab);
		await rendered.waitFor('tags 5 of 5 read', 20_000);
		rendered.press(KEY.tab);
		const first = await rendered.waitFor('CALL_RECORDINGS storage — KMS encrypted');
		assert.match(first, /storage →?\s+age\s+Calls\s+Chats/);
		const frame = await rendered.waitFor('storage 5 of 5 read', 60_000);
		assert.equal(cellsOf(frame, 'acme-support-au-dev')[0], 'no KMS');
		assert.equal(cellsOf(frame, 'acme-chat-pilot-au')[0], 'none');
		assert.equal(cellsOf(frame, 'acme-ivr-lab')[0], 'none');
		assert.equal(cellsOf(frame, 'acme-support-us-dev')[0], 'KMS');

		// One ListInstanceStorageConfigs per instance and type, a column at a time: every instance's call
		// recordings go in each region's first burst (5 at once), before any other type of a second column.
		const storage = fixture.since().filter((request) => request.operation === 'ListInstanceStorageConfigs');
		assert.equal(storage.length, 5 * STORAGE_RESOURCE_TYPES.length);
		const seen = new Set(storage.map((request) => `${request.path} ${request.query['resourceType']}`));
		assert.equal(seen.size, storage.length, 'no type asked twice for an instance');
		for (const region of regions) {
			const inRegion = storage.filter((request) => request.region === region);
			const instances = new Set(inRegion.map((request) => request.path)).size;
			const calls = inRegion.flatMap((request, index) =>
				request.query['resourceType'] === 'CALL_RECORDINGS' ? [index] : [],
			);
			assert.equal(calls.length, instances);
			assert.ok(
				calls.every((index) => index < Math.max(instances, 5)),
				`${region}: ${inRegion.map((request) => request.query['resourceType']).join(', ')}`,
			);
		}

		// Tab comes back round to the attributes.
		rendered.press(KEY.tab);
		await rendered.waitFor(/attributes\s.*In\s+Out/);
	});

	it('with a baseline that wants call recordings encrypted, marks ≠ the instances that are not', async () => {
		const parsed = parseBaseline('rules:\n  - storage: {CALL_RECORDINGS: encrypted}\n', 'kms.yaml');
		assert.ok('baseline' in parsed);
		const rendered = renderApp(
			fixture.gateway,
			{profiles: [dev], regions, availableProfiles: [dev], availableRegions: regions, baseline: parsed.baseline},
			{columns: 120, rows: 30},
		);
		await rendered.waitFor('acme-support-au-dev');
		await rendered.waitFor('acme-ivr-lab');
		rendered.press('m');
		await rendered.waitFor('attributes 5 of 5 read', 20_000);
		rendered.press(KEY.tab);
		await rendered.waitFor('tags 5 of 5 read', 20_000);
		rendered.press(KEY.tab);
		const frame = await rendered.waitFor('storage 5 of 5 read', 60_000);
		// `≠no KMS` fills its cell: one space to the next.
		assert.match(cellsOf(frame, 'acme-support-au-dev')[0]!, /^≠no KMS /);
		assert.equal(cellsOf(frame, 'acme-chat-pilot-au')[0], '≠none');
		assert.equal(cellsOf(frame, 'acme-ivr-lab')[0], '≠none');
		assert.equal(cellsOf(frame, 'acme-support-us-dev')[0], 'KMS');
		// Only the column the baseline names is marked.
		assert.ok(
			cellsOf(frame, 'acme-chat-pilot-au')
				.slice(1)
				.every((cell) => !cell.startsWith('≠')),
		);
		assert.match(frame, /≠ 3 differ from the baseline/);
	});
});
