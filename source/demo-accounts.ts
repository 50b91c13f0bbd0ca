// --demo with --sso-session or --org-role: the demo's emulator, with its organization and IAM Identity
// Center sign-in, found by the app as on AWS (started before the first frame: the plan needs it).
import type {CliOptions} from './domain/flags.js';

/** The demo emulator for --demo with --sso-session or --org-role: its files and endpoints, as on AWS. */
export async function startAccountsDemo() {
	const {startDemo, DEMO_MANAGEMENT_PROFILE} = await import('./emulator/demo-environment.js');
	const demo = await startDemo();
	return {
		env: demo.env,
		close: demo.close,
		/** The demo's endpoint, and its management profile for --org-role when none is named. */
		options: (options: CliOptions): CliOptions => ({
			...options,
			endpointUrl: demo.endpointUrl,
			profiles:
				options.orgRole !== undefined && options.profiles.length === 0 ? [DEMO_MANAGEMENT_PROFILE] : options.profiles,
		}),
	};
}
