// Copying to the clipboard of the terminal the user sits at, over SSH too: OSC 52. Pure.
import type {InstanceSummary} from './types.js';
import {sanitize} from './sanitize.js';

/** What `c` and `C` copy. */
export type CopyWhat = 'arn' | 'access-url';

export const COPY_NAMES: Readonly<Record<CopyWhat, string>> = {arn: 'ARN', 'access-url': 'access URL'};

/** The text to copy, display-safe (a hostile value cannot put control characters in the clipboard). */
export function copyText(instance: InstanceSummary, what: CopyWhat): string | undefined {
	const raw = what === 'arn' ? instance.arn : instance.accessUrl;
	return raw === undefined || raw === '' ? undefined : sanitize(raw);
}

/**
 * The OSC 52 sequence that sets the clipboard to `text`. Inside tmux it goes in a DCS passthrough
 * (`ESC P tmux; … ESC \`, every ESC inside doubled), which tmux hands on to the outer terminal
 * (tmux needs `allow-passthrough on`, or `set-clipboard on`, which reads OSC 52 itself).
 */
export function osc52(text: string, options: {readonly tmux?: boolean} = {}): string {
	const sequence = `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
	if (!options.tmux) return sequence;
	return `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
}
