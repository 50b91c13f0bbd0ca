// Approved origins as the origins form edits them: the list AWS holds, origins added, origins marked for
// removal; and the API's rule for an origin (at most 267 characters, an https origin, no path). Pure.

export const MAX_ORIGIN_LENGTH = 267;

/** Why AssociateApprovedOrigin would refuse this origin, in full; undefined when it is fine. */
export function originProblem(text: string): string | undefined {
	if (text === '') return 'an origin is required: https://host or https://host:port';
	if (text.length > MAX_ORIGIN_LENGTH) {
		return `an origin is at most ${MAX_ORIGIN_LENGTH} characters; this one has ${text.length}`;
	}

	if (/^http:\/\//i.test(text)) return 'http:// is not allowed: an approved origin must use https://';
	if (!/^https:\/\//i.test(text)) return 'an origin starts with https:// (https://host or https://host:port)';
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return 'not a valid origin: expected https://host or https://host:port';
	}

	if (url.username !== '' || url.password !== '') return 'an origin has no user name or password';
	if (url.origin !== text) {
		const rest = text.slice(url.origin.length);
		if (/^[/?#]/.test(rest) && text.toLowerCase().startsWith(url.origin)) {
			return `an origin has no path, query or fragment: remove "${rest}" (${url.origin})`;
		}

		return `write it as the browser sends it: ${url.origin}`;
	}

	return undefined;
}

export type OriginRow = {
	readonly origin: string;
	/** Added in this form (not yet in AWS). */
	readonly added: boolean;
	/** Marked for removal (d). */
	readonly removed: boolean;
};

export type OriginEdit = {readonly rows: readonly OriginRow[]};

export type OriginDiff = {readonly added: readonly string[]; readonly removed: readonly string[]};

export function startOriginEdit(origins: readonly string[]): OriginEdit {
	return {rows: origins.map((origin) => ({origin, added: false, removed: false}))};
}

/** Why this origin cannot be added to the edit (invalid, or already listed); undefined when it can. */
export function addProblem(edit: OriginEdit, origin: string): string | undefined {
	const problem = originProblem(origin);
	if (problem) return problem;
	const existing = edit.rows.find((row) => row.origin === origin);
	if (existing?.removed) return `${origin} is marked for removal: unmark it on its row instead`;
	if (existing) return `${origin} is already in the list`;
	return undefined;
}

export function addOrigin(edit: OriginEdit, origin: string): OriginEdit {
	if (addProblem(edit, origin)) return edit;
	return {rows: [...edit.rows, {origin, added: true, removed: false}]};
}

/** d: an origin from AWS is marked (or unmarked) for removal; one added in this form is dropped. */
export function toggleRemoveOriginAt(edit: OriginEdit, index: number): OriginEdit {
	const row = edit.rows[index];
	if (!row) return edit;
	if (row.added) return {rows: edit.rows.filter((_, at) => at !== index)};
	return {
		rows: edit.rows.map((candidate, at) => (at === index ? {...candidate, removed: !candidate.removed} : candidate)),
	};
}

export function diffOrigins(edit: OriginEdit): OriginDiff {
	return {
		added: edit.rows.filter((row) => row.added).map((row) => row.origin),
		removed: edit.rows.filter((row) => row.removed).map((row) => row.origin),
	};
}

/** The value a snapshot holds for an approved origin (absent: undefined). */
export const APPROVED = 'approved';

/** Origins as a snapshot: origin → "approved". */
export function originSnapshot(origins: readonly string[]): Record<string, string> {
	return Object.fromEntries(origins.map((origin) => [origin, APPROVED]));
}
