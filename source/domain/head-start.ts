// The inventory's first requests leave before Ink and React have loaded: loading them takes longer
// than a round trip, so the answers are on their way while the first frame is made. The app then
// asks for the same lists as always, and the first ask for each pair is answered from the requests
// already in flight (the pages that came meanwhile first, the rest as they arrive). Nothing is sent
// twice, every request goes through the same gateway (the quota scheduler included), and a pair
// the app does not ask for, or asks for after a cancel, is stopped.
import {AwsError} from './errors.js';
import type {ConnectGateway} from './gateway.js';
import {pairKey} from './instances.js';
import type {InstanceSummary, Target} from './types.js';

type Page = readonly InstanceSummary[];

type Early = {
	readonly pages: Page[];
	readonly answer: Promise<readonly InstanceSummary[]>;
	readonly controller: AbortController;
	onPage?: (page: Page) => void;
};

export type HeadStart<Gateway extends ConnectGateway> = {
	/** The gateway the app uses: its first listInstances per started pair takes over the request in flight. */
	readonly gateway: Gateway;
	/** Stops the requests nobody took over (the app went another way). */
	readonly drop: () => void;
	/** Resolves once every started pair's first request is on its way (or has ended). */
	readonly sent: Promise<void>;
};

/** Starts listing the first `count` pairs (the ones the app's inventory starts first) on `gateway` now. */
export function headStart<Gateway extends ConnectGateway>(
	gateway: Gateway,
	targets: readonly Target[],
	count: number,
): HeadStart<Gateway> {
	const early = new Map<string, Early>();
	const sending: Array<Promise<unknown>> = [];
	for (const target of targets) {
		const key = pairKey(target);
		if (early.size >= count) break;
		if (early.has(key)) continue;
		const controller = new AbortController();
		const pages: Page[] = [];
		const {promise: sent, resolve: markSent} = Promise.withResolvers<void>();
		const entry: Early = {
			pages,
			controller,
			answer: gateway.listInstances(target, {
				signal: controller.signal,
				onSent: markSent,
				onPage(page) {
					if (entry.onPage) entry.onPage(page);
					else pages.push(page);
				},
			}),
		};
		// Nobody may ever take it over: its failure is then nobody's.
		entry.answer.catch(() => undefined);
		sending.push(Promise.race([sent, entry.answer.catch(() => undefined)]));
		early.set(key, entry);
	}

	const listInstances: ConnectGateway['listInstances'] = async (target, options = {}) => {
		const key = pairKey(target);
		const entry = early.get(key);
		if (!entry) return gateway.listInstances(target, options);
		early.delete(key);
		const {signal, onPage} = options;
		if (signal?.aborted) {
			entry.controller.abort();
			throw new AwsError('AbortError', 'Request cancelled');
		}

		signal?.addEventListener('abort', () => entry.controller.abort(), {once: true});
		for (const page of entry.pages.splice(0)) onPage?.(page);
		entry.onPage = (page) => onPage?.(page);
		return entry.answer;
	};

	return {
		gateway: {...gateway, listInstances},
		sent: Promise.all(sending).then(() => undefined),
		drop() {
			for (const entry of early.values()) entry.controller.abort();
			early.clear();
		},
	};
}
