// What every command gets: where its data goes, where failures go, and its session (opened once,
// closed by the runner). Exit codes as PRODUCT.md, "Commands for scripts", fixes them.
import {malformedText, type Filter} from '../domain/filter.js';
import {sanitizeLine} from '../domain/sanitize.js';
import type {Output} from './output.js';
import {UsageError, type Session} from './session.js';

export const EXIT = {ok: 0, drift: 1, unreadableJournal: 1, usage: 2, failed: 3, internal: 70} as const;

export type CommandContext = {
	readonly output: Output;
	/** One line on stderr for a failed (profile, region) or call; the line is already display-safe. */
	readonly failure: (line: string) => void;
	/** The session, opened on first use. */
	readonly open: () => Promise<Session>;
	/** Throws a usage error naming every malformed term of a --filter. */
	readonly refuseMalformed: (filter: Filter) => void;
};

export function refuseMalformed(filter: Filter): void {
	if (filter.malformed.length > 0) {
		throw new UsageError(sanitizeLine(`connectui: --filter: ${malformedText(filter)}`));
	}
}
