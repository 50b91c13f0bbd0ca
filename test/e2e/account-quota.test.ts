// Amazon Connect's quota is the account's: two profiles of one account share one request budget,
// learnt through STS GetCallerIdentity (once per credential source), checked against an emulator
// that throttles as AWS does.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {createAwsGateway, type AwsConfig} from '../../source/aws/index.js';
import {AwsError} from '../../source/domain/errors.js';
import {applyFilter} from '../../source/domain/filter-eval.js';
import {parseFilter} from '../../source/domain/filter.js';
import {CONNECT_API_BUDGET} from '../../source/domain/rate-budget.js';
import {startEmulator, type Emulator, type SeedInstance} from '../../source/emulator/index.js';
import {QUOTA_TOLERANCE_TOKENS} from '../../source/emulator/throttle.js';

const accountId = '210987654321';
const keys = {
	'ops-a': {accessKeyId: 'AKIASHAREDACCOUNTA01', secretAccessKey: 'sharedSecretA/EXAMPLE'},
	'ops-b': {accessKeyId: 'AKIASHAREDACCOUNTB02', secretAccessKey: 'sharedSecretB/EXAMPLE'},
} as const;
const instances: SeedInstance[] = Array.from({length: 60}, (_, index) => ({
	id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
	alias: `shared-${String(index).padStart(2, '0')}`,
	status: 'ACTIVE',
	identityManagementType: 'CONNECT_MANAGED',
	createdTime: '2024-01-01T00:00:00Z',
	inboundCalls: true,
	outboundCalls: false,
}));

const credentialsFor: AwsConfig['credentialsFor'] = (profile) => async () => {
	const found = keys[profile as keyof typeof keys];
	if (!found) throw new AwsError('CredentialsError', `no profile ${profile}`);
	return found;
};

describe('the quota per account', () => {
	let emulator: Emulator;
	before(async () => {
		emulator = await startEmulator({
			throttle: true,
			seed: {
				accounts: [
					{
						accountId,
						accessKeyIds: Object.values(keys).map((k) => k.accessKeyId),
						secretAccessKeys: Object.fromEntries(Object.values(keys).map((k) => [k.accessKeyId, k.secretAccessKey])),
						regions: {'us-east-1': instances},
					},
				],
			},
		});
	});
	after(async () => emulator.close());

	it('two profiles of one account never exceed it together, and STS is asked once per profile', async () => {
		const gateway = createAwsGateway({
			endpointUrl: emulator.url,
			env: {AWS_ENDPOINT_URL_STS: emulator.url},
			credentialsFor,
			maxAttempts: 1,
		});
		try {
			// Six pages each (10 a page): twelve ListInstances against one account and region.
			const [a, b] = await Promise.all([
				gateway.listInstances({profile: 'ops-a', region: 'us-east-1'}),
				gateway.listInstances({profile: 'ops-b', region: 'us-east-1'}),
			]);
			assert.equal(a.length, 60);
			assert.equal(b.length, 60);
			await gateway.listInstances({profile: 'ops-a', region: 'us-east-1'});
		} finally {
			gateway.dispose();
		}
		const listed = emulator.requests.filter((r) => r.operation === 'ListInstances');
		assert.equal(listed.length, 18);
		assert.deepEqual(
			listed.filter((r) => r.status !== 200).map((r) => r.status),
			[],
			'the emulator throttled: the two profiles together went faster than the account allows',
		);
		// From the request log: no stretch of requests went faster than the bucket lets them.
		const times = listed.map((r) => r.at).sort((x, y) => x - y);
		const {ratePerSecond, burst} = CONNECT_API_BUDGET;
		for (let i = 0; i < times.length; i++) {
			for (let j = i + burst; j < times.length; j++) {
				const allowed = burst + QUOTA_TOLERANCE_TOKENS + ((times[j]! - times[i]!) / 1000) * ratePerSecond;
				assert.ok(j - i + 1 <= allowed, `${j - i + 1} requests within ${times[j]! - times[i]!} ms`);
			}
		}
		const identities = emulator.requests.filter((r) => r.operation === 'GetCallerIdentity');
		assert.deepEqual(
			identities.map((r) => r.accessKeyId).sort(),
			Object.values(keys)
				.map((k) => k.accessKeyId)
				.sort(),
		);
	});

	it('rows of an account found beside profiles carry its id and name, for account: filters', async () => {
		const gateway = createAwsGateway({
			endpointUrl: emulator.url,
			env: {},
			maxAttempts: 3,
			accounts: [{source: 'shared-ops', accountId, accountName: 'Shared Ops', credentials: async () => keys['ops-a']}],
		});
		try {
			const rows = await gateway.listInstances({profile: 'shared-ops', region: 'us-east-1'});
			assert.equal(rows.length, 60);
			assert.ok(rows.every((row) => row.accountId === accountId && row.accountName === 'Shared Ops'));
			assert.equal(applyFilter(parseFilter('account:"Shared Ops"'), rows).rows.length, 60);
			assert.equal(applyFilter(parseFilter(`account:${accountId}`), rows).rows.length, 60);
			assert.equal(applyFilter(parseFilter('account:9999*'), rows).rows.length, 0);
		} finally {
			gateway.dispose();
		}
	});
});
