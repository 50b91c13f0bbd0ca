// Deterministic identifiers: the same name always gives the same id, so seeds need no randomness.
import {createHash} from 'node:crypto';

/** A UUID-shaped (version 4 layout) identifier derived from `name`. */
export function deterministicId(name: string): string {
	const hex = createHash('sha256').update(name).digest('hex');
	const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
