import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
	allRegionsFor,
	CONNECT_REGIONS,
	GOVCLOUD_CONNECT_REGIONS,
	isValidRegionCode,
	partitionOf,
	REGION_NAMES,
	regionLabel,
} from '../../source/domain/regions.js';

test('the documented Connect regions, each with a name and a valid code', () => {
	assert.deepEqual([...CONNECT_REGIONS].sort(), [
		'af-south-1',
		'ap-northeast-1',
		'ap-northeast-2',
		'ap-southeast-1',
		'ap-southeast-2',
		'ca-central-1',
		'eu-central-1',
		'eu-west-2',
		'us-east-1',
		'us-west-2',
	]);
	assert.deepEqual(GOVCLOUD_CONNECT_REGIONS, ['us-gov-west-1']);
	for (const code of [...CONNECT_REGIONS, ...GOVCLOUD_CONNECT_REGIONS]) {
		assert.ok(isValidRegionCode(code), code);
		assert.ok(REGION_NAMES[code], `name for ${code}`);
	}
	assert.equal(REGION_NAMES['eu-central-1'], 'Europe (Frankfurt)');
});

test('isValidRegionCode checks the shape only', () => {
	for (const good of [
		'us-east-1',
		'eu-central-1',
		'us-gov-west-1',
		'us-iso-east-1',
		'us-isob-east-1',
		'cn-north-1',
		'xx-nowhere-9',
	]) {
		assert.ok(isValidRegionCode(good), good);
	}
	for (const bad of [
		'us-east',
		'US-EAST-1',
		'useast1',
		'us-east-12',
		' us-east-1',
		'us-east-1 ',
		'us--east-1',
		'',
		'u-east-1',
		'us-gov-west-1a',
		'us-isob-east',
	]) {
		assert.ok(!isValidRegionCode(bad), bad);
	}
});

test('allRegionsFor picks the partition from a hint', () => {
	assert.equal(allRegionsFor(), CONNECT_REGIONS);
	assert.equal(allRegionsFor('aws'), CONNECT_REGIONS);
	assert.equal(allRegionsFor('eu-west-2'), CONNECT_REGIONS);
	assert.equal(allRegionsFor('aws-us-gov'), GOVCLOUD_CONNECT_REGIONS);
	assert.equal(allRegionsFor('us-gov-west-1'), GOVCLOUD_CONNECT_REGIONS);
});

test('partitionOf and regionLabel', () => {
	assert.equal(partitionOf('us-east-1'), 'aws');
	assert.equal(partitionOf('us-gov-east-1'), 'aws-us-gov');
	assert.equal(partitionOf('cn-northwest-1'), 'aws-cn');
	assert.equal(partitionOf('us-iso-east-1'), 'aws-iso');
	assert.equal(partitionOf('us-isob-east-1'), 'aws-iso-b');
	assert.equal(regionLabel('ap-southeast-2'), 'ap-southeast-2 Asia Pacific (Sydney)');
	assert.equal(regionLabel('xx-nowhere-9'), 'xx-nowhere-9');
});
