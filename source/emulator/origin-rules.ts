// What AssociateApprovedOrigin accepts: at most 267 characters, an https origin (scheme, host and an
// optional port; no path, query, fragment or credentials).
import {invalidParameter} from './errors.js';

export const maxOriginLength = 267;

/** How many approved origins the emulator lets an instance have (ServiceQuotaExceededException beyond). */
export const maxApprovedOrigins = 100;

/** Throws the InvalidParameterException AWS answers for an origin it would not approve. */
export function checkedOrigin(origin: string): string {
	if (origin.length > maxOriginLength) {
		throw invalidParameter(
			`1 validation error detected: Value at 'origin' failed to satisfy constraint: Member must have length less than or equal to ${maxOriginLength}`,
		);
	}

	let url: URL | undefined;
	try {
		url = new URL(origin);
	} catch {
		url = undefined;
	}

	if (url?.protocol !== 'https:' || url.origin !== origin) {
		throw invalidParameter(
			`Invalid origin ${JSON.stringify(origin)}: expected an https origin such as https://example.com`,
		);
	}

	return origin;
}
