// Service-specific endpoint settings as the AWS CLI reads them: AWS_ENDPOINT_URL_<SERVICE>, else
// AWS_ENDPOINT_URL, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true.

type Env = Readonly<Record<string, string | undefined>>;

export type ServiceId = 'CONNECT' | 'STS' | 'SSO' | 'ORGANIZATIONS';

/** The configured endpoint for a service, or undefined for the SDK's regional default. */
export function serviceEndpoint(env: Env, service: ServiceId): string | undefined {
	if (env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'] === 'true') return undefined;
	return env[`AWS_ENDPOINT_URL_${service}`] || env['AWS_ENDPOINT_URL'] || undefined;
}

/** The endpoint the SDK would use by default (to decide proxy or direct). */
export function defaultEndpoint(service: ServiceId, region: string): string {
	const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
	switch (service) {
		case 'CONNECT':
			return `https://connect.${region}.${suffix}`;
		case 'STS':
			return `https://sts.${region}.${suffix}`;
		case 'SSO':
			return `https://portal.sso.${region}.${suffix}`;
		case 'ORGANIZATIONS':
			return `https://organizations.us-east-1.${suffix}`;
	}
}
