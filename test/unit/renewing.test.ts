import assert from 'node:assert/strict';
import {test} from 'node:test';
import {RENEW_BEFORE_MS, renewing} from '../../source/aws/accounts.js';
import {skippedNotice} from '../../source/aws/discover.js';

test('credentials are fetched once, shared, and fetched again shortly before they expire', async () => {
	let now = 1_000_000;
	let fetches = 0;
	const provider = renewing(
		async () => {
			fetches++;
			return {
				accessKeyId: `ASIA${fetches}`,
				secretAccessKey: 's',
				sessionToken: 't',
				expiration: new Date(now + 3_600_000),
			};
		},
		() => now,
	);
	const [a, b] = await Promise.all([provider(), provider()]);
	assert.equal(fetches, 1);
	assert.equal(a.accessKeyId, b.accessKeyId);
	now += 3_600_000 - RENEW_BEFORE_MS - 1;
	assert.equal((await provider()).accessKeyId, 'ASIA1');
	now += 2;
	assert.equal((await provider()).accessKeyId, 'ASIA2');
});

test('a failed fetch is tried again next time', async () => {
	let calls = 0;
	const provider = renewing(async () => {
		calls++;
		if (calls === 1) throw new Error('portal unreachable');
		return {accessKeyId: 'ASIA', secretAccessKey: 's'};
	});
	await assert.rejects(provider(), /portal unreachable/);
	assert.equal((await provider()).accessKeyId, 'ASIA');
});

test('accounts left out are named once each, with the reason', () => {
	assert.equal(skippedNotice({accounts: [], skipped: []}), undefined);
	const skipped = Array.from({length: 7}, (_, i) => ({
		accountId: `10000000000${i}`,
		accountName: `acct-${i}`,
		reason: 'no role R',
	}));
	assert.equal(
		skippedNotice({accounts: [], skipped}),
		'Not shown: acct-0 100000000000 (no role R), acct-1 100000000001 (no role R), acct-2 100000000002 (no role R), acct-3 100000000003 (no role R), acct-4 100000000004 (no role R) and 2 more',
	);
});
