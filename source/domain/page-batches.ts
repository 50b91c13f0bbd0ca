// How often the list is drawn while pages arrive. Up to 64 (profile, region) pairs, 30 times a second;
// more pairs, less often (at most 4 times a second from 512 pairs on): with hundreds of accounts the
// answers keep coming for seconds, and every drawing of the list takes CPU the answers need (parsing,
// signing the next requests). The last pages of a load are drawn at once either way.

/** Milliseconds between two drawings of the list while `pairs` pairs are loading. */
export function pageBatchMs(pairs: number): number {
	const ms = 33 * Math.ceil(Math.max(1, pairs) / 64);
	return Math.min(250, ms);
}
