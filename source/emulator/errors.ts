// Errors the emulator answers with, shaped as Amazon Connect answers them.

const coralNamespace = 'http://internal.amazon.com/coral/com.amazon.coral.service/';
const connectNamespace = 'http://internal.amazon.com/coral/com.amazonaws.connect/';

/** Errors raised by the service front end (auth, throttling, routing) rather than by Connect itself. */
const frontEndCodes = new Set([
	'MissingAuthenticationTokenException',
	'UnrecognizedClientException',
	'ExpiredTokenException',
	'InvalidSignatureException',
	'IncompleteSignatureException',
	'UnknownOperationException',
	'AccessDeniedException',
	'SerializationException',
]);

/** Exceptions Connect's model does not declare; their bodies carry a lowercase `message`. */
const unmodelledCodes = new Set([...frontEndCodes].filter((code) => code !== 'AccessDeniedException'));

export class EmulatorError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
	) {
		super(message);
	}

	/** The x-amzn-ErrorType header value. */
	get errorType(): string {
		return `${this.code}:${frontEndCodes.has(this.code) ? coralNamespace : connectNamespace}`;
	}

	/** The JSON body: unmodelled front-end errors say `message`, Connect's modelled exceptions say `Message`. */
	get body(): Record<string, string> {
		return unmodelledCodes.has(this.code) ? {message: this.message} : {Message: this.message};
	}
}

export const invalidParameter = (message: string) => new EmulatorError(400, 'InvalidParameterException', message);
export const invalidRequest = (message: string) => new EmulatorError(400, 'InvalidRequestException', message);
export const resourceNotFound = (message: string) => new EmulatorError(404, 'ResourceNotFoundException', message);
export const throttling = (message = 'Rate exceeded') => new EmulatorError(429, 'ThrottlingException', message);
export const internalError = (message = 'Internal service exception') =>
	new EmulatorError(500, 'InternalServiceException', message);
export const missingAuthenticationToken = () =>
	new EmulatorError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
export const incompleteSignature = (message: string) => new EmulatorError(403, 'IncompleteSignatureException', message);
export const unrecognizedClient = () =>
	new EmulatorError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
export const expiredToken = () =>
	new EmulatorError(403, 'ExpiredTokenException', 'The security token included in the request is expired');
export const invalidSignature = () =>
	new EmulatorError(
		403,
		'InvalidSignatureException',
		'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
	);
export const unknownOperation = () => new EmulatorError(404, 'UnknownOperationException', 'Unknown operation');
export const serialization = (message: string) => new EmulatorError(400, 'SerializationException', message);
export const accessDenied = (message: string) => new EmulatorError(403, 'AccessDeniedException', message);
