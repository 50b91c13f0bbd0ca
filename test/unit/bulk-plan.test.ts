import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {callsOf, paceDuration, planAttributes, planTags} from '../../source/domain/bulk-plan.js';
import {instanceKey} from '../../source/domain/instances.js';
import type {InstanceSummary} from '../../source/domain/types.js';
import {summaryRow} from '../helpers/state.js';

const writable = {readOnly: () => false};

function wantAll(rows: readonly InstanceSummary[], type: string, want: boolean) {
	return new Map(rows.map((row) => [instanceKey(row), new Map([[type, want]])]));
}

describe('bulk plan: attributes', () => {
	const rows = ['a', 'b', 'c', 'd'].map((alias) => summaryRow(alias));
	const known: Record<string, Record<string, string>> = {
		[instanceKey(rows[0]!)]: {CONTACT_LENS: 'false'},
		[instanceKey(rows[1]!)]: {CONTACT_LENS: 'true'},
		[instanceKey(rows[2]!)]: {CONTACT_LENS: 'false'},
	};

	it('sends only to instances that do not hold the wanted value; the others are left out and say why', () => {
		const plan = planAttributes(rows, wantAll(rows, 'CONTACT_LENS', true), (key) => known[key], writable);
		assert.deepEqual(
			plan.items.map((item) => item.instance.alias),
			['a', 'c'],
		);
		assert.deepEqual(
			plan.leftOut.map((left) => [left.instance.alias, left.reason]),
			[
				['b', 'holds'],
				['d', 'not-loaded'],
			],
		);
		assert.equal(plan.writes, 2);
		// Each change is read before and after: 3 requests a change.
		assert.equal(plan.requests, 6);
	});

	it('leaves out instances of read-only profiles', () => {
		const plan = planAttributes(rows, wantAll(rows, 'CONTACT_LENS', true), (key) => known[key], {
			readOnly: (instance) => instance.alias === 'a',
		});
		assert.deepEqual(
			plan.items.map((item) => item.instance.alias),
			['c'],
		);
		assert.ok(plan.leftOut.some((left) => left.instance.alias === 'a' && left.reason === 'read-only'));
	});

	it('estimates the time from the quota: the busiest (region, API) decides, after its burst', () => {
		const many = Array.from({length: 105}, (_, index) => summaryRow(`i${index}`));
		const off = (key: string) => (key ? {EARLY_MEDIA: 'false'} : undefined);
		const plan = planAttributes(many, wantAll(many, 'EARLY_MEDIA', true), off, writable);
		assert.equal(plan.writes, 105);
		// 105 updates: 5 at once, 100 at 2 a second = 50 s; the 210 reads share DescribeInstanceAttribute: 102.5 s.
		assert.equal(plan.durationMs, 102_500);
		// Two regions run in parallel: 53 and 52 instances, 106 reads on the busier one.
		const split = many.map((row, index) => (index % 2 === 0 ? row : {...row, region: 'eu-west-2'}));
		const parallel = planAttributes(split, wantAll(split, 'EARLY_MEDIA', true), off, writable);
		assert.equal(parallel.durationMs, 50_500);
	});

	it('paces what is left at the rate once the bursts are spent', () => {
		const item = planAttributes(rows.slice(0, 1), wantAll(rows, 'CONTACT_LENS', true), (key) => known[key], writable)
			.items[0]!;
		assert.deepEqual(
			callsOf(item).map((call) => call.api),
			['DescribeInstanceAttribute', 'UpdateInstanceAttribute', 'DescribeInstanceAttribute'],
		);
		assert.equal(paceDuration([...callsOf(item), ...callsOf(item)]), 2000);
	});
});

describe('bulk plan: tags', () => {
	const rows = ['a', 'b', 'c'].map((alias) => summaryRow(alias));
	const tags: Record<string, Record<string, string>> = {
		[instanceKey(rows[0]!)]: {Owner: 'ops', Old: 'x'},
		[instanceKey(rows[1]!)]: {Owner: 'sales'},
		[instanceKey(rows[2]!)]: {Owner: 'sales', Keep: 'y'},
	};

	it('sets only keys whose value differs and removes only keys present; the rest is left out', () => {
		const plan = planTags(rows, {set: {Owner: 'sales'}, remove: ['Old']}, (key) => tags[key], writable);
		assert.deepEqual(
			plan.items.map((item) => item.kind === 'tags' && [item.instance.alias, item.change.set, item.change.remove]),
			[['a', {Owner: 'sales'}, ['Old']]],
		);
		assert.deepEqual(
			plan.leftOut.map((left) => [left.instance.alias, left.reason]),
			[
				['b', 'holds'],
				['c', 'holds'],
			],
		);
		// One TagResource and one UntagResource, with a read before and after.
		assert.equal(plan.writes, 2);
		assert.equal(plan.requests, 4);
	});

	it('leaves out an instance the change would take past 50 tags (the API would refuse it)', () => {
		const full = Object.fromEntries(Array.from({length: 50}, (_, index) => [`k${index}`, 'v']));
		const plan = planTags(
			rows.slice(0, 2),
			{set: {New: 'x'}, remove: []},
			(key) => (key === instanceKey(rows[0]!) ? full : tags[key]),
			writable,
		);
		assert.deepEqual(
			plan.leftOut.map((left) => [left.instance.alias, left.reason]),
			[['a', 'too-many-tags']],
		);
		assert.deepEqual(
			plan.items.map((item) => item.instance.alias),
			['b'],
		);
		// Replacing a value or removing a key at the same time keeps it at 50.
		const swap = planTags(rows.slice(0, 1), {set: {New: 'x'}, remove: ['k0']}, () => full, writable);
		assert.equal(swap.items.length, 1);
	});
});
