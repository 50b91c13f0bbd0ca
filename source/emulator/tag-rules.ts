// Amazon Connect's own tag constraints (TagMap in the API reference), enforced independently of the app's checks.
// Lengths count Unicode characters (code points), as the AWS tagging rules state.
import {invalidParameter, type EmulatorError} from './errors.js';

export const maxTagsPerResource = 50;
const keyPattern = /^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** The error AWS answers for this key, or undefined when the key is valid. */
export function tagKeyError(key: string): EmulatorError | undefined {
	const length = [...key].length;
	if (length < 1 || length > 128) {
		return invalidParameter(`Tag key must be between 1 and 128 characters long: ${JSON.stringify(key)}`);
	}
	if (!keyPattern.test(key)) {
		return invalidParameter(
			`Tag key ${JSON.stringify(key)} must match the pattern ^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$ (the aws: prefix is reserved)`,
		);
	}
	return undefined;
}

export function tagValueError(key: string, value: string): EmulatorError | undefined {
	if ([...value].length > 256) {
		return invalidParameter(`Tag value for key ${JSON.stringify(key)} must be at most 256 characters long`);
	}
	return undefined;
}
