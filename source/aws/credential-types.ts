// Credentials in the SDK's shape, shared by the gateway and the credential sources.
/** Credentials in plain terms (structurally what the SDK expects). */
export type AwsCredentials = {
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
	readonly sessionToken?: string;
	readonly expiration?: Date;
};

export type CredentialsProvider = () => Promise<AwsCredentials>;
