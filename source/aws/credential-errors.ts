// Errors from a credential source, naming it: "STS (assume role …) for profile X answered
// AccessDenied: …" rather than a Connect error, "not Amazon Connect JSON" or "no credentials found".
import {AwsError} from '../domain/errors.js';
import {credentialsError, toAwsError, type ErrorContext, type ErrorLike} from './errors.js';

type Section = Readonly<Record<string, string | undefined>>;

/** Who answers for a profile's credentials, for messages. */
export function credentialSource(profile: string, section: Section): string {
	if (section['role_arn']) {
		return section['web_identity_token_file']
			? `STS (web identity, role ${section['role_arn']}) for profile ${profile}`
			: `STS (assume role ${section['role_arn']}) for profile ${profile}`;
	}

	if (section['sso_session'] || section['sso_start_url']) return `IAM Identity Center (SSO) for profile ${profile}`;
	if (section['credential_process']) return `The credential_process of profile ${profile}`;
	return `The credential chain of profile ${profile}`;
}

/** What a credential source threw, as an AwsError that names the source. */
export function credentialSourceError(
	error: unknown,
	context: ErrorContext,
	source: string,
	sourceEndpoint: string,
): AwsError {
	if (error instanceof AwsError) return error;
	const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
	const name = typeof e.name === 'string' ? e.name : 'Error';
	if (name === 'CredentialsProviderError' || name === 'TokenProviderError' || name === 'ProviderError') {
		return credentialsError(e, context);
	}

	const message = typeof e.message === 'string' ? e.message : String(error);
	if (name === 'SyntaxError' || e.$responseBodyText !== undefined || /not valid (JSON|XML)|XML/i.test(message)) {
		return new AwsError(
			'CredentialsError',
			`${source} answered something that is not an AWS answer; a proxy or firewall may be in the way`,
		);
	}

	if (e.$metadata) {
		return new AwsError(
			name,
			`${source} answered ${name}: ${message}`,
			e.$metadata.httpStatusCode,
			e.$metadata.requestId,
		);
	}

	const mapped = toAwsError(error, {...context, endpoint: sourceEndpoint});
	return new AwsError(mapped.code, `${source}: ${mapped.message}`, mapped.httpStatus, mapped.requestId);
}
