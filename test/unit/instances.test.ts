import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {InstanceSummary} from '../../source/domain/types.js';
import {filterRows, parseListFilter} from '../../source/domain/filter-rows.js';
import {hasSeveralProfiles, instanceKey, isFromTarget, shortId, sortInstances} from '../../source/domain/instances.js';
import {summaryRow} from '../helpers/state.js';

function instance(alias: string, region: string, profile = 'default', id = `${alias}-id-0000`): InstanceSummary {
	return summaryRow(alias, region, profile, id);
}

test('sortInstances: alias case-insensitively, then region, profile, id; does not mutate', () => {
	const list = [
		instance('beta', 'us-east-1'),
		instance('Alpha', 'us-west-2'),
		instance('alpha', 'eu-central-1', 'prod'),
		instance('alpha', 'eu-central-1', 'dev'),
		instance('alpha', 'eu-central-1', 'dev', 'aaa'),
		instance('ALPHA', 'ap-southeast-2'),
	];
	const copy = [...list];
	const sorted = sortInstances(list);
	assert.deepEqual(list, copy);
	assert.deepEqual(
		sorted.map((i) => `${i.alias}/${i.region}/${i.profile}/${i.id}`),
		[
			'ALPHA/ap-southeast-2/default/ALPHA-id-0000',
			'alpha/eu-central-1/dev/aaa',
			'alpha/eu-central-1/dev/alpha-id-0000',
			'alpha/eu-central-1/prod/alpha-id-0000',
			'Alpha/us-west-2/default/Alpha-id-0000',
			'beta/us-east-1/default/beta-id-0000',
		],
	);
});

/** The list's filter with plain words only (no facts needed). */
function filterInstances(list: readonly InstanceSummary[], query: string): readonly InstanceSummary[] {
	return filterRows(parseListFilter(query, undefined), list, () => ({})).rows;
}

test("the list's plain words match alias, id, ARN, region, profile and status, case-insensitively", () => {
	const jade = instance('Jade-Prod', 'eu-central-1', 'prod', '0f1e2d3c-aaaa');
	const ruby = {...instance('ruby', 'us-east-1', 'dev', '9999-bbbb'), status: 'CREATION_FAILED'};
	const list = [jade, ruby];
	assert.deepEqual(filterInstances(list, 'jade'), [jade]);
	assert.deepEqual(filterInstances(list, 'JADE'), [jade]);
	assert.deepEqual(filterInstances(list, '0F1E'), [jade]);
	assert.deepEqual(filterInstances(list, 'instance/9999'), [ruby]);
	assert.deepEqual(filterInstances(list, 'us-east'), [ruby]);
	assert.deepEqual(filterInstances(list, 'dev'), [ruby]);
	assert.deepEqual(filterInstances(list, 'failed'), [ruby]);
	assert.deepEqual(filterInstances(list, 'jade eu-'), [jade]);
	assert.deepEqual(filterInstances(list, 'jade us-'), []);
	assert.deepEqual(filterInstances(list, '   '), list);
	assert.deepEqual(filterInstances(list, 'nothing'), []);
});

test('shortId, instanceKey, isFromTarget', () => {
	assert.equal(shortId('0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'), '0f1e2d3c');
	assert.equal(shortId('abc'), 'abc');
	assert.equal(instanceKey(instance('a', 'us-east-1', 'p', 'id1')), 'p|us-east-1|id1');
	assert.ok(isFromTarget(instance('a', 'us-east-1', 'p'), {profile: 'p', region: 'us-east-1'}));
	assert.ok(!isFromTarget(instance('a', 'us-east-1', 'p'), {profile: 'p', region: 'eu-west-2'}));
	assert.ok(!isFromTarget(instance('a', 'us-east-1', 'p'), {profile: 'q', region: 'us-east-1'}));
});

test('hasSeveralProfiles', () => {
	assert.equal(hasSeveralProfiles([]), false);
	assert.equal(hasSeveralProfiles([instance('a', 'us-east-1', 'p'), instance('b', 'eu-west-2', 'p')]), false);
	assert.equal(hasSeveralProfiles([instance('a', 'us-east-1', 'p'), instance('b', 'us-east-1', 'q')]), true);
});

test('mergeSorted: two sorted lists merge into the order sortInstances gives', async () => {
	const {mergeSorted, compareInstances} = await import('../../source/domain/instances.js');
	const a = sortInstances([
		instance('beta', 'us-east-1'),
		instance('Delta', 'eu-west-2'),
		instance('zulu', 'us-east-1'),
	]);
	const b = sortInstances([
		instance('alpha', 'us-east-1'),
		instance('delta', 'ap-southeast-2'),
		instance('omega', 'us-east-1'),
	]);
	const merged = mergeSorted(a, b);
	assert.deepEqual(merged, sortInstances([...a, ...b]));
	for (let i = 1; i < merged.length; i++) assert.ok(compareInstances(merged[i - 1]!, merged[i]!) <= 0);
	assert.deepEqual(mergeSorted([], b), b);
	assert.deepEqual(mergeSorted(a, []), a);
});
