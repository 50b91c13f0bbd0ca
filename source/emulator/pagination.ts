// Opaque, tamper-evident NextToken values bound to the listing they came from.
import {createHmac} from 'node:crypto';

const tokenKey = 'connectui-emulator-pagination';

function mac(scope: string, offset: number): string {
	return createHmac('sha256', tokenKey).update(`${scope}\n${offset}`).digest('base64url').slice(0, 22);
}

/** A token that resumes the listing `scope` at `offset`. */
export function encodeToken(scope: string, offset: number): string {
	return Buffer.from(JSON.stringify({o: offset, m: mac(scope, offset)})).toString('base64url');
}

/** The offset a token stands for, or undefined when it is not a token of this listing. */
export function decodeToken(scope: string, token: string): number | undefined {
	try {
		const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
		if (typeof parsed !== 'object' || parsed === null) return undefined;
		const {o, m} = parsed as {o?: unknown; m?: unknown};
		if (typeof o !== 'number' || !Number.isSafeInteger(o) || o < 0 || m !== mac(scope, o)) return undefined;
		return o;
	} catch {
		return undefined;
	}
}

export type Page<T> = {readonly items: readonly T[]; readonly nextToken?: string};

/** One page of `items`; throws whatever `invalid` makes when the token or size is bad. */
export function paginate<T>(
	items: readonly T[],
	scope: string,
	token: string | undefined,
	maxResults: number,
	invalidToken: () => Error,
): Page<T> {
	let offset = 0;
	if (token !== undefined) {
		const decoded = decodeToken(scope, token);
		if (decoded === undefined || decoded > items.length) throw invalidToken();
		offset = decoded;
	}
	const end = offset + maxResults;
	const page = items.slice(offset, end);
	return end < items.length ? {items: page, nextToken: encodeToken(scope, end)} : {items: page};
}
