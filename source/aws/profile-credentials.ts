// The credentials of one profile, as the AWS CLI finds them (the SDK's chain: environment keys,
// static keys, SSO, assume-role with MFA, web identity), with connectui's own credential_process
// runner, every source bounded by the request deadline and its errors naming the source.
import {fromNodeProviderChain} from '@aws-sdk/credential-providers';
import {AwsError} from '../domain/errors.js';
import {credentialSource, credentialSourceError} from './credential-errors.js';
import {credentialProcessProvider} from './credential-process.js';
import {boundedProvider, type HumanWait} from './deadline.js';
import type {ErrorContext} from './errors.js';
import type {AwsCredentials, CredentialsProvider} from './credential-types.js';
import {staticKeys} from '../domain/static-keys.js';
import type {Agents} from './network.js';
import {loadSharedProfiles, type SharedFilePaths} from './profiles.js';
import {quietLogger} from './quiet.js';

export type ProfileCredentialsOptions = {
	readonly env: NodeJS.ProcessEnv;
	readonly files: SharedFilePaths;
	readonly agentsFor: (url: string) => Agents;
	readonly connectTimeoutMs: number;
	readonly requestTimeoutMs: number;
	readonly mfaCodeProvider?: (profile: string, mfaSerial: string) => Promise<string>;
	readonly errorContext: ErrorContext;
};

function hasEnvKeys(env: NodeJS.ProcessEnv): boolean {
	return Boolean(env['AWS_ACCESS_KEY_ID'] && env['AWS_SECRET_ACCESS_KEY']);
}

export function profileCredentials(profile: string, options: ProfileCredentialsOptions): CredentialsProvider {
	const {env, files, connectTimeoutMs, requestTimeoutMs} = options;
	// Like the AWS CLI: with no profile named, keys in the environment come first.
	const implicit = profile === 'default' && !env['AWS_PROFILE'] && hasEnvKeys(env);
	const mfa = options.mfaCodeProvider;
	// STS and SSO calls of the chain go through the same proxy and CA settings as Connect's.
	const stsEndpoint = env['AWS_ENDPOINT_URL_STS'] || env['AWS_ENDPOINT_URL'] || 'https://sts.amazonaws.com';
	const stsAgents = options.agentsFor(stsEndpoint);
	let humanWait: HumanWait = async (ask) => ask();
	const chain = fromNodeProviderChain({
		...(implicit ? {} : {profile}),
		filepath: files.credentialsFile,
		configFilepath: files.configFile,
		logger: quietLogger,
		clientConfig: {
			logger: quietLogger,
			requestHandler: {
				connectionTimeout: connectTimeoutMs,
				requestTimeout: requestTimeoutMs,
				httpAgent: stsAgents.httpAgent,
				httpsAgent: stsAgents.httpsAgent,
			},
		},
		...(mfa ? {mfaCodeProvider: async (serial: string) => humanWait(async () => mfa(profile, serial))} : {}),
	});
	let checked = implicit;
	let source = implicit ? 'The AWS_ACCESS_KEY_ID in the environment' : `The credential chain of profile ${profile}`;
	let ownProcess: CredentialsProvider | undefined;
	let keys: AwsCredentials | undefined;
	// Every source is bounded by the request deadline (waiting for an MFA code excepted).
	const bounded = boundedProvider(
		async () => {
			if (!checked) {
				// A named profile that is in neither file fails at once instead of probing the instance role.
				const shared = await loadSharedProfiles(env);
				if (profile !== 'default' && !(profile in shared.config) && !(profile in shared.credentials)) {
					throw new AwsError(
						'CredentialsError',
						`Profile ${profile} is not in ${files.configFile} or ${files.credentialsFile}`,
					);
				}

				const section = {...shared.config[profile], ...shared.credentials[profile]};
				source = credentialSource(profile, section);
				keys = staticKeys(section);
				const command = section['credential_process'];
				// connectui runs credential_process itself: bounded, killed on exit, its failures named.
				if (command && !section['role_arn'] && !section['sso_session'] && !section['sso_start_url']) {
					ownProcess = credentialProcessProvider(profile, command, {timeoutMs: requestTimeoutMs, env});
				}

				checked = true;
			}

			if (keys) return keys;
			if (ownProcess) return ownProcess();
			try {
				return await chain();
			} catch (error: unknown) {
				throw credentialSourceError(error, options.errorContext, source, stsEndpoint);
			}
		},
		requestTimeoutMs,
		() => source,
	);
	humanWait = bounded.humanWait;
	return bounded.provider;
}
