// The list scrolled a row at a time by the terminal itself (a scroll region, domain/frame-scroll.ts):
// after every step past the window's edge the screen is exactly what a full redraw (Ctrl-L) draws,
// colours included, and the lines above and below the table never move.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tempHome} from '../helpers/pty-fixture.js';
import {startTerm, type Term} from '../helpers/term.js';

const home = tempHome('connectui-pty-scroll-');
const BEGIN_FRAME = '\u001B[?2026h';
const END_FRAME = '\u001B[?2026l';
const CLEAR_HOME = '\u001B[2J\u001B[H';
const SCROLL = /\u001B\[(\d+);(\d+)r\u001B\[(\d+)([ST])\u001B\[r/g;

/**
 * Every cell of the screen: character, colours, bold, dim, inverse. A blank that paints nothing (no
 * background, not inverse) looks the same in any foreground: it is compared as a blank.
 */
function cells(term: Term): string[] {
	const buffer = term.terminal.buffer.active;
	const out: string[] = [];
	for (let y = 0; y < term.terminal.rows; y++) {
		const line = buffer.getLine(buffer.viewportY + y)!;
		for (let x = 0; x < term.terminal.cols; x++) {
			const cell = line.getCell(x)!;
			const char = cell.getChars() || ' ';
			const look = [cell.getFgColor(), cell.getBgColor(), cell.isBold(), cell.isDim(), cell.isInverse()];
			const paints = char !== ' ' || cell.getBgColor() !== -1 || cell.isInverse() !== 0;
			out.push(`${y},${x}:${char}|${paints ? look.join('|') : ''}`);
		}
	}

	return out;
}

const count = (text: string, part: string) => text.split(part).length - 1;
const flushed = async (term: Term) => new Promise<void>((resolve) => term.terminal.write('', resolve));

/**
 * The screen as it stands equals the screen Ctrl-L draws afresh. A frame of the app's own between the two
 * (a replica's answer coming in) makes the pair not comparable: then it tries again.
 */
async function assertSameAsRedraw(term: Term): Promise<void> {
	for (let attempt = 0; attempt < 20; attempt++) {
		const mark = term.output().length;
		await flushed(term);
		const before = cells(term);
		term.write('\f');
		const deadline = Date.now() + 10_000;
		let since: string;
		for (;;) {
			since = term.output().slice(mark);
			if (since.includes(CLEAR_HOME) && since.lastIndexOf(END_FRAME) > since.lastIndexOf(BEGIN_FRAME)) break;
			if (Date.now() > deadline) throw new Error(`no redraw after Ctrl-L: ${JSON.stringify(since)}`);
			await new Promise((resolve) => setTimeout(resolve, 20));
		}

		await flushed(term);
		const after = cells(term);
		const only = since.startsWith(CLEAR_HOME) && count(since, BEGIN_FRAME) === 1;
		if (only && term.output().length === mark + since.length) {
			assert.deepEqual(after, before, term.screen());
			return;
		}
	}

	throw new Error('the app kept drawing frames of its own: never compared with a redraw');
}

/** Presses a key and waits for the frame that shows `expected`; what the app wrote for it. */
async function press(term: Term, key: string, expected: RegExp): Promise<string> {
	const mark = term.output().length;
	term.write(key);
	await term.waitFor(expected);
	return term.output().slice(mark);
}

describe('the list scrolled by the terminal', () => {
	it('a row at a time past either edge, exactly as a full redraw draws it', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 80, rows: 24});
		try {
			// Every region answered and the replicas of the rows on screen known: nothing else comes in.
			await term.waitFor(/→us-west-2 ✗[\s\S]*←eu-central-1/);
			const first = (await term.moveTo('acme-sales-us')).split('\n');
			const body = first.findIndex((line) => line.includes('acme-analytics-sandbox'));
			const footer = first.findIndex(
				(line, index) => index > body && !line.startsWith('  acme') && !line.startsWith('› acme'),
			);
			assert.ok(body > 0 && footer > body, first.join('\n'));
			await assertSameAsRedraw(term);

			// Down past the last row: the rows move up by one and one new row is written.
			let written = await press(term, 'j', /› acme-support-au-dev/);
			let scrolls = [...written.matchAll(SCROLL)];
			assert.equal(scrolls.length, 1, JSON.stringify(written));
			assert.deepEqual(scrolls[0]!.slice(3), ['1', 'S']);
			assert.ok(!written.includes('acme-kundenservice-de'), 'a row already on screen is not written again');
			let screen = term.screen().split('\n');
			assert.match(screen[body]!, /^ {2}acme-billing /);
			assert.match(screen[0]!, /instances 18\/25/);
			assert.deepEqual(screen.slice(1, body), first.slice(1, body), 'the lines above the table stay');
			assert.deepEqual(screen.slice(footer), first.slice(footer), 'the lines below the table stay');
			await assertSameAsRedraw(term);
			for (const next of ['acme-support-uk', 'acme-support-us ']) {
				await press(term, 'j', new RegExp(`› ${next}`));
				await assertSameAsRedraw(term);
			}

			// Up past the first row: the rows move down by one.
			await term.moveTo('acme-claims-intake');
			written = await press(term, 'k', /› acme-chat-pilot-au/);
			scrolls = [...written.matchAll(SCROLL)];
			assert.deepEqual(scrolls[0]?.slice(3), ['1', 'T']);
			screen = term.screen().split('\n');
			assert.match(screen[body]!, /^› acme-chat-pilot-au /);
			await assertSameAsRedraw(term);
		} finally {
			term.kill();
		}
	});
});
