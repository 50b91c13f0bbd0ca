// A profile whose credentials are the keys written in it: the SDK's chain would find them too (its
// ini provider's static case), but only after loading and trying its SSO and ini providers, which it
// imports on the first request; read from the files already parsed, the first request leaves sooner.
// Anything else in the profile that names a source of credentials leaves the choice to the chain.

/** The keys of a profile section, when they alone are its credentials. */
export function staticKeys(
	section: Readonly<Record<string, string | undefined>>,
): {accessKeyId: string; secretAccessKey: string; sessionToken?: string} | undefined {
	const accessKeyId = section['aws_access_key_id']?.trim();
	const secretAccessKey = section['aws_secret_access_key']?.trim();
	if (!accessKeyId || !secretAccessKey) return undefined;
	if (OTHER_SOURCES.some((key) => section[key] !== undefined)) return undefined;
	const sessionToken = section['aws_session_token']?.trim();
	return {accessKeyId, secretAccessKey, ...(sessionToken ? {sessionToken} : {})};
}

/** Keys that make the chain look elsewhere (or first somewhere else) for a profile's credentials. */
const OTHER_SOURCES = [
	'role_arn',
	'source_profile',
	'credential_source',
	'web_identity_token_file',
	'credential_process',
	'sso_session',
	'sso_start_url',
	'sso_account_id',
	'sso_role_name',
	'sso_region',
	'login_session',
];
