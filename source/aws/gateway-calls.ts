// What every gateway call shares: the regional endpoint, the deadline and paging (the quota is the QuotaGate's).

/** The regional endpoint the SDK would use (for deciding proxy or direct). */
export function regionalEndpoint(region: string): string {
	return `https://connect.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
}

/** Rejects when the deadline passes (with the abort reason); `answer` is then left to settle unobserved. */
export async function deadlinePassed(deadline: AbortSignal, answer: Promise<unknown>): Promise<never> {
	answer.catch(() => undefined);
	return new Promise<never>((_resolve, reject) => {
		const onAbort = () => reject(new Error('deadline passed'));
		if (deadline.aborted) onAbort();
		else deadline.addEventListener('abort', onAbort, {once: true});
		void answer.finally(() => deadline.removeEventListener('abort', onAbort)).catch(() => undefined);
	});
}

/**
 * Every page of a paginated call, following NextToken to the end (or until a token comes back twice),
 * handing each page to onPage as it arrives.
 */
export async function allPages<Item>(
	fetchPage: (nextToken: string | undefined) => Promise<{items: Item[]; nextToken?: string}>,
	onPage?: (page: Item[]) => void,
): Promise<Item[]> {
	const all: Item[] = [];
	const seen = new Set<string>();
	let token: string | undefined;
	do {
		// eslint-disable-next-line no-await-in-loop -- each page needs the previous page's token
		const {items, nextToken} = await fetchPage(token);
		all.push(...items);
		onPage?.(items);
		token = nextToken && !seen.has(nextToken) ? nextToken : undefined;
		if (token) seen.add(token);
	} while (token);

	return all;
}
