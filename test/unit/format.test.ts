import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
	formatBool,
	formatDate,
	formatDateTime,
	formatStatus,
	humanizeReplicationStatus,
	isReplicationFailure,
	MISSING,
	relativeAge,
} from '../../source/domain/format.js';

test('dates are shown in UTC', () => {
	assert.equal(formatDate('2024-03-05T23:30:00-05:00'), '2024-03-06');
	assert.equal(formatDate('2024-03-05T10:00:00Z'), '2024-03-05');
	assert.equal(formatDate(new Date(Date.UTC(2021, 0, 2))), '2021-01-02');
	assert.equal(formatDateTime('2024-03-05T14:07:59.999Z'), '2024-03-05 14:07 UTC');
	assert.equal(formatDate(undefined), MISSING);
	assert.equal(formatDate(''), MISSING);
	assert.equal(formatDate('not a date\u001B[2J'), 'not a date␛[2J');
	assert.equal(formatDateTime(undefined), MISSING);
});

test('booleans and statuses', () => {
	assert.equal(formatBool(true), 'on');
	assert.equal(formatBool(false), 'off');
	assert.equal(formatBool(undefined), MISSING);
	assert.equal(formatStatus('ACTIVE'), 'active');
	assert.equal(formatStatus('CREATION_IN_PROGRESS'), 'creating');
	assert.equal(formatStatus('CREATION_FAILED'), 'failed');
	assert.equal(formatStatus('SOMETHING_NEW'), 'something new');
	assert.equal(formatStatus('EVIL\u202E'), 'evil⟨U+202E⟩');
	assert.equal(formatStatus(undefined), MISSING);
});

test('replication statuses in words', () => {
	assert.equal(humanizeReplicationStatus('INSTANCE_REPLICATION_COMPLETE'), 'replicated');
	assert.equal(humanizeReplicationStatus('INSTANCE_REPLICATION_IN_PROGRESS'), 'replicating');
	assert.equal(humanizeReplicationStatus('INSTANCE_REPLICATION_FAILED'), 'replication failed');
	assert.equal(humanizeReplicationStatus('INSTANCE_REPLICA_DELETING'), 'deleting replica');
	assert.equal(humanizeReplicationStatus('INSTANCE_REPLICATION_DELETION_FAILED'), 'replica deletion failed');
	assert.equal(humanizeReplicationStatus('RESOURCE_REPLICATION_NOT_STARTED'), 'resource replication not started');
	assert.equal(humanizeReplicationStatus('BRAND_NEW'), 'brand new');
	assert.equal(humanizeReplicationStatus(undefined), 'not replicated');
	assert.ok(isReplicationFailure('INSTANCE_REPLICATION_FAILED'));
	assert.ok(!isReplicationFailure('INSTANCE_REPLICATION_COMPLETE'));
});

test('relativeAge', () => {
	const now = Date.parse('2024-03-05T12:00:00Z');
	const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();
	assert.equal(relativeAge(ago(3), now), 'just now');
	assert.equal(relativeAge(ago(-60), now), 'just now');
	assert.equal(relativeAge(ago(42), now), '42 s ago');
	assert.equal(relativeAge(ago(180), now), '3 min ago');
	assert.equal(relativeAge(ago(3599), now), '59 min ago');
	assert.equal(relativeAge(ago(5 * 3600), now), '5 h ago');
	assert.equal(relativeAge(ago(3 * 86_400), now), '3 d ago');
	assert.equal(relativeAge(now - 120_000, new Date(now)), '2 min ago');
	assert.equal(relativeAge('garbage', now), MISSING);
});
