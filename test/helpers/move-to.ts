// Steps a cursor to a row by its name, as a person would: read the screen, find the row marked `›` and the
// row that names the target, and press j or k until they are the same row. Tests then say where they go
// (`moveTo('CONTACT_LENS')`) instead of counting key presses that break when a row is added.
import {stripVTControlCharacters} from 'node:util';

/** What moving needs from a screen: what it shows now, and a way to type. */
export type Movable = {
	frame(): string;
	press(keys: string): void;
};

const escape = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);

/** Matches the name as a whole word (CONTACT_LENS, not CONTACT_LENS_REALTIME). */
export function namePattern(name: string | RegExp): RegExp {
	return typeof name === 'string' ? new RegExp(String.raw`(?<![\w-])${escape(name)}(?![\w-])`) : name;
}

/** The index of the line the cursor marks (`›` as the first visible character, after any border), or -1. */
export function cursorLine(lines: readonly string[]): number {
	return lines.findIndex((line) => /^[\s│┃|]*›/.test(line));
}

/**
 * The keys that move the cursor to the row naming `name` on this frame: `j`s or `k`s, '' when it is there
 * already, undefined when the row is not on screen (or no cursor is).
 */
export function keysToward(frame: string, name: string | RegExp): string | undefined {
	const lines = stripVTControlCharacters(frame).split('\n');
	const cursor = cursorLine(lines);
	if (cursor < 0) return undefined;
	const pattern = namePattern(name);
	if (pattern.test(lines[cursor] ?? '')) return '';
	const target = lines.findIndex((line) => pattern.test(line));
	if (target < 0) return undefined;
	return target > cursor ? 'j'.repeat(target - cursor) : 'k'.repeat(cursor - target);
}

const pause = async (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Moves the cursor to the row naming `name`, scrolling down (then up) when it is off screen; resolves
 * with the frame that shows the cursor on it. Fails with the screen when the row is nowhere.
 */
export async function moveTo(screen: Movable, name: string | RegExp, timeoutMs = 10_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	let direction: 'j' | 'k' = 'j';
	let last = '';
	let still = 0;
	for (;;) {
		const frame = screen.frame();
		const keys = keysToward(frame, name);
		if (keys === '') return frame;
		if (Date.now() > deadline) throw new Error(`the cursor never reached ${String(name)}; the screen:\n${frame}`);
		if (frame === last) {
			// Nothing moved since the last press: wait for the frame, and at an end turn round once.
			still++;
			if (still < 50) {
				await pause(10);
				continue;
			}

			if (keys === undefined && direction === 'j') direction = 'k';
			else if (keys === undefined) throw new Error(`no row names ${String(name)}; the screen:\n${frame}`);
		}

		still = 0;
		last = frame;
		screen.press(keys ?? direction);
		await pause(10);
	}
}
