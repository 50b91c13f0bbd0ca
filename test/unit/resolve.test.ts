import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {CONNECT_REGIONS} from '../../source/domain/regions.js';
import {resolveProfiles, resolveRegions, unknownProfiles} from '../../source/domain/resolve.js';

describe('resolveProfiles', () => {
	const available = ['default', 'prod', 'dev'];

	test('--profile wins', () => {
		assert.deepEqual(
			resolveProfiles({flags: ['prod', 'dev', 'prod'], env: {AWS_PROFILE: 'x'}, saved: ['dev'], available}),
			{
				profiles: ['prod', 'dev'],
				source: 'flag',
				sourceLabel: 'from --profile',
			},
		);
	});

	test('then AWS_PROFILE', () => {
		const result = resolveProfiles({flags: [], env: {AWS_PROFILE: ' dev '}, saved: ['prod'], available});
		assert.deepEqual(result, {profiles: ['dev'], source: 'env', sourceLabel: 'from AWS_PROFILE'});
	});

	test('then the saved choice, keeping only profiles that still exist', () => {
		assert.deepEqual(
			resolveProfiles({flags: [], env: {AWS_PROFILE: ''}, saved: ['gone', 'prod'], available}).profiles,
			['prod'],
		);
		assert.equal(resolveProfiles({flags: [], env: {}, saved: ['prod'], available}).sourceLabel, 'chosen last time');
		assert.deepEqual(resolveProfiles({flags: [], env: {}, saved: ['prod']}).profiles, ['prod']);
	});

	test('else default', () => {
		assert.deepEqual(resolveProfiles({flags: [], env: {}, saved: ['gone'], available}), {
			profiles: ['default'],
			source: 'default',
			sourceLabel: 'default profile',
		});
		assert.equal(resolveProfiles({flags: [], env: {}}).source, 'default');
	});

	test('unknownProfiles lists names the config does not define, except default', () => {
		assert.deepEqual(unknownProfiles(['prod', 'typo', 'default', 'typo'], available), ['typo']);
		assert.deepEqual(unknownProfiles(['default'], []), []);
		assert.deepEqual(unknownProfiles([], available), []);
	});
});

describe('resolveRegions', () => {
	test('--all-regions gives every Connect region of the partition', () => {
		const commercial = resolveRegions({flags: [], allRegions: true, env: {AWS_REGION: 'eu-west-2'}});
		assert.deepEqual(commercial.regions, [...CONNECT_REGIONS]);
		assert.equal(commercial.source, 'all');
		assert.deepEqual(
			resolveRegions({flags: [], allRegions: true, env: {}, profileRegions: {gov: 'us-gov-west-1'}}).regions,
			['us-gov-west-1'],
		);
		assert.deepEqual(
			resolveRegions({flags: [], allRegions: true, env: {}, profileRegions: {gov: 'us-gov-west-1', prod: 'eu-west-2'}})
				.regions,
			[...CONNECT_REGIONS, 'us-gov-west-1'],
		);
	});

	test('--region wins over everything else', () => {
		const result = resolveRegions({
			flags: ['eu-central-1', 'us-east-1'],
			allRegions: false,
			env: {AWS_REGION: 'eu-west-2'},
			saved: ['ap-southeast-2'],
		});
		assert.deepEqual(result, {
			regions: ['eu-central-1', 'us-east-1'],
			source: 'flag',
			sourceLabel: 'from --region',
			ignored: [],
		});
	});

	test('then AWS_REGION, then AWS_DEFAULT_REGION', () => {
		const env = {AWS_REGION: 'eu-west-2', AWS_DEFAULT_REGION: 'ap-northeast-1'};
		const both = resolveRegions({flags: [], allRegions: false, env, profileRegions: {prod: 'us-west-2'}});
		assert.deepEqual([both.regions, both.sourceLabel], [['eu-west-2'], 'from AWS_REGION']);
		const fallback = resolveRegions({flags: [], allRegions: false, env: {AWS_DEFAULT_REGION: 'ap-northeast-1'}});
		assert.deepEqual([fallback.regions, fallback.sourceLabel], [['ap-northeast-1'], 'from AWS_DEFAULT_REGION']);
	});

	test("then the profiles' regions (union, in order)", () => {
		const result = resolveRegions({
			flags: [],
			allRegions: false,
			env: {},
			profileRegions: {prod: 'eu-central-1', dev: undefined, audit: 'us-east-1', other: 'eu-central-1'},
			saved: ['ap-southeast-2'],
		});
		assert.deepEqual([result.regions, result.source], [['eu-central-1', 'us-east-1'], 'profile']);
		assert.deepEqual(
			resolveRegions({flags: [], allRegions: false, env: {}, profileRegions: ['ca-central-1', undefined]}).regions,
			['ca-central-1'],
		);
	});

	test('then the saved choice, else us-east-1', () => {
		const saved = resolveRegions({
			flags: [],
			allRegions: false,
			env: {},
			profileRegions: {},
			saved: ['ap-southeast-2', 'bogus'],
		});
		assert.deepEqual([saved.regions, saved.sourceLabel], [['ap-southeast-2'], 'chosen last time']);
		const fallback = resolveRegions({flags: [], allRegions: false, env: {}});
		assert.deepEqual(
			[fallback.regions, fallback.source, fallback.sourceLabel],
			[['us-east-1'], 'default', 'default region'],
		);
	});

	test('malformed region values from the environment or config are skipped and reported', () => {
		const result = resolveRegions({
			flags: [],
			allRegions: false,
			env: {AWS_REGION: 'frankfurt'},
			profileRegions: {prod: 'eu-west-2', bad: 'EU'},
		});
		assert.deepEqual(result.regions, ['eu-west-2']);
		assert.equal(result.source, 'profile');
		assert.deepEqual(result.ignored, [
			"AWS_REGION: 'frankfurt' is not a region code",
			"profile region: 'EU' is not a region code",
		]);
	});
});
