// Opt-in regions: where the account has not enabled one, AWS rejects the credentials; connectui
// says "not enabled" quietly, never counts it as a failure, and loads the rest.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {createAwsGateway, fetchInventory, type AwsConfig} from '../../source/aws/index.js';
import {REGION_NOT_ENABLED} from '../../source/domain/errors.js';
import {estateSeed, startEmulator, syntheticProfiles, type Emulator} from '../../source/emulator/index.js';
import {rejects} from '../helpers/aws-error.js';

// Ten regions each (af-south-1 among them); account 0 has enabled af-south-1, account 1 has not.
const shape = {accounts: 2, regionsPerAccount: 10, instancesPerRegion: 1};
const [enabled, disabled] = syntheticProfiles(shape);

const credentialsFor: AwsConfig['credentialsFor'] = (profile) => async () => {
	const found = [enabled!, disabled!].find((p) => p.profile === profile)!;
	return {accessKeyId: found.accessKeyId, secretAccessKey: found.secretAccessKey};
};

describe('opt-in regions', () => {
	let emulator: Emulator;
	before(async () => {
		emulator = await startEmulator({seed: estateSeed(shape)});
	});
	after(async () => emulator.close());

	it('a region the account has not enabled is "not enabled", not a failure; an enabled one lists', async () => {
		const gateway = createAwsGateway({endpointUrl: emulator.url, env: {}, credentialsFor, maxAttempts: 1});
		try {
			const quiet = await rejects(gateway.listInstances({profile: disabled!.profile, region: 'af-south-1'}));
			assert.equal(quiet.code, REGION_NOT_ENABLED);
			assert.match(quiet.message, /af-south-1 is an opt-in region this account has not enabled/);
			const notEnabled: string[] = [];
			const result = await fetchInventory(
				gateway,
				[enabled!, disabled!].flatMap((p) =>
					['us-east-1', 'af-south-1'].map((region) => ({profile: p.profile, region})),
				),
				{onPairNotEnabled: (target) => notEnabled.push(`${target.profile}/${target.region}`)},
			);
			assert.deepEqual(result.failures, []);
			assert.deepEqual(notEnabled, [`${disabled!.profile}/af-south-1`]);
			assert.deepEqual(result.notEnabled, [{profile: disabled!.profile, region: 'af-south-1'}]);
			assert.equal(result.instances.length, 3);
			// In a region that is not opt-in, the same rejection stays an error.
			emulator.inject({kind: 'unrecognized', region: 'us-east-1', accountId: disabled!.accountId, times: 1});
			const loud = await rejects(gateway.listInstances({profile: disabled!.profile, region: 'us-east-1'}));
			assert.equal(loud.code, 'UnrecognizedClientException');
		} finally {
			gateway.dispose();
		}
	});
});
