// The demo estate: two accounts (profiles contact-prod and contact-dev) with a realistic spread of
// instances, replicas, failures and one deliberately hostile instance. Deterministic: no randomness.
import {withDemoSettings} from './demo-settings.js';
import {dev, devSydney, devUsEast1, prod, prodEurope, prodUsEast1, prodUsWest2} from './demo-instances.js';
import type {FaultRule, Seed} from './types.js';

export type DemoProfile = {
	readonly profile: string;
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
	readonly accountId: string;
	/** The profile's default region. */
	readonly region: string;
};

export const DEMO_PROFILES: readonly DemoProfile[] = [
	{
		profile: 'contact-prod',
		accessKeyId: 'AKIAPRODDEMO00EXAMPLE',
		secretAccessKey: 'prodDemoSecret/K7MDENG+bPxRfiCYEXAMPLEKEY',
		accountId: '111122223333',
		region: 'us-east-1',
	},
	{
		profile: 'contact-dev',
		accessKeyId: 'AKIADEVDEMO000EXAMPLE',
		secretAccessKey: 'devDemoSecret/wJalrXUtnFEMI+K7MDENGEXAMPLE',
		accountId: '444455556666',
		region: 'ap-southeast-2',
	},
];

/** Every region the demo seed has data (or a standing fault) in. */
export const DEMO_REGIONS: readonly string[] = [
	'us-east-1',
	'us-west-2',
	'eu-central-1',
	'eu-west-2',
	'ap-southeast-2',
];

/** Standing faults of the demo: contact-dev may not use eu-west-2 (a service control policy denies it). */
export const DEMO_FAULTS: readonly FaultRule[] = [
	{
		kind: 'deny',
		accountId: dev,
		region: 'eu-west-2',
	},
];

export function demoSeed(): Seed {
	const usEast1 = prodUsEast1();
	const {central, london} = prodEurope();
	return withDemoSettings({
		accounts: [
			{
				accountId: prod,
				accessKeyIds: [DEMO_PROFILES[0]!.accessKeyId],
				secretAccessKeys: {[DEMO_PROFILES[0]!.accessKeyId]: DEMO_PROFILES[0]!.secretAccessKey},
				principalArn: `arn:aws:iam::${prod}:user/connect-admin`,
				regions: {
					'us-east-1': usEast1,
					'us-west-2': prodUsWest2(usEast1[0]!),
					'eu-central-1': central,
					'eu-west-2': london,
				},
			},
			{
				accountId: dev,
				accessKeyIds: [DEMO_PROFILES[1]!.accessKeyId],
				secretAccessKeys: {[DEMO_PROFILES[1]!.accessKeyId]: DEMO_PROFILES[1]!.secretAccessKey},
				principalArn: `arn:aws:iam::${dev}:user/connect-developer`,
				regions: {
					'us-east-1': devUsEast1(),
					'ap-southeast-2': devSydney(),
				},
			},
		],
		faults: DEMO_FAULTS.map((rule) => ({...rule})),
	});
}
