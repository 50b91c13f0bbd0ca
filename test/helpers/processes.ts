// Which processes are running, for tests that check a child does not outlive what started it.
import {readdirSync, readFileSync} from 'node:fs';

/** Processes whose command line contains `marker` (Linux /proc). */
export function processesWith(marker: string): number[] {
	const found: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) found.push(Number(entry));
		} catch {}
	}

	return found;
}
