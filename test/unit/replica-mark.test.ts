import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {replicaMark} from '../../source/domain/replica-mark.js';

const complete = 'INSTANCE_REPLICATION_COMPLETE';
const pair = {
	sourceRegion: 'us-east-1',
	regions: [
		{region: 'us-east-1', status: complete},
		{region: 'us-west-2', status: complete},
	],
};

describe('replica marker', () => {
	it('the source points to its replica, the replica back to its source', () => {
		assert.deepEqual(replicaMark('us-east-1', pair, 13), {role: 'source', text: '→us-west-2', failed: false});
		assert.deepEqual(replicaMark('us-west-2', pair, 13), {role: 'replica', text: '←us-east-1', failed: false});
	});

	it('a failed replica marks the source (and the replica) failed, with ✗ kept when the region is cut', () => {
		const failed = {
			...pair,
			regions: [pair.regions[0]!, {region: 'us-west-2', status: 'INSTANCE_REPLICATION_FAILED', statusReason: 'quota'}],
		};
		assert.deepEqual(replicaMark('us-east-1', failed, 13), {role: 'source', text: '→us-west-2 ✗', failed: true});
		assert.deepEqual(replicaMark('us-west-2', failed, 13), {role: 'replica', text: '←us-east-1 ✗', failed: true});
		const far = {
			sourceRegion: 'eu-central-1',
			regions: [
				{region: 'eu-central-1', status: complete},
				{region: 'ap-southeast-2', status: 'INSTANCE_REPLICATION_FAILED'},
			],
		};
		assert.deepEqual(replicaMark('eu-central-1', far, 13), {role: 'source', text: '→ap-southe… ✗', failed: true});
	});

	it('nothing for instances that are not replicated (or not known yet), or that list no other region', () => {
		assert.equal(replicaMark('us-east-1', undefined, 13), undefined);
		assert.equal(replicaMark('us-east-1', {sourceRegion: 'us-east-1', regions: []}, 13), undefined);
	});

	it('region codes from AWS are shown inert', () => {
		const hostile = {sourceRegion: 'us-east-1\u001b[31m', regions: []};
		assert.doesNotMatch(replicaMark('us-west-2', hostile, 20)!.text, /\u001b/);
	});
});
