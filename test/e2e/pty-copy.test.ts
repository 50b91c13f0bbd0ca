// `c` / `C` in a real terminal: the OSC 52 sequence reaches the terminal (wrapped for tmux inside tmux)
// and a message says what was copied.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tempHome} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const home = tempHome('connectui-pty-');

function decoded(output: string, prefix: string): string[] {
	const found: string[] = [];
	let at = output.indexOf(prefix);
	while (at >= 0) {
		const start = at + prefix.length;
		const end = output.indexOf('\u0007', start);
		found.push(Buffer.from(output.slice(start, end), 'base64').toString('utf8'));
		at = output.indexOf(prefix, end);
	}

	return found;
}

/** Waits (10 s at most) until `count` copies have reached the terminal. */
async function copies(output: () => string, prefix: string, count: number): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (decoded(output(), prefix).length < count) {
		if (Date.now() > deadline) assert.fail(`${count} copies expected, saw ${decoded(output(), prefix).length}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

describe('copy in a terminal', () => {
	it('inside tmux: c in the list copies the ARN, C in the detail view the access URL, through tmux', async () => {
		const term = startTerm({
			args: ['--demo'],
			env: {CONNECTUI_HOME: home, TMUX: '/tmp/tmux-1000/default,1,0'},
			columns: 100,
			rows: 30,
		});
		try {
			await term.waitFor(/contact-prod\/us-east-1 14/);
			term.write('/claims\r');
			await term.waitFor('1 of');
			term.write('c');
			await term.waitFor(/copied the ARN: arn:aws:connect:/);
			const wrapped = '\u001BPtmux;\u001B\u001B]52;c;';
			// The sequence follows the frame that says so.
			await copies(() => term.output(), wrapped, 1);
			assert.deepEqual(
				decoded(term.output(), wrapped).map((text) => /^arn:aws:connect:[\w-]+:\d{12}:instance\/[\w-]+$/.test(text)),
				[true],
			);
			term.write('\rC');
			await term.waitFor(/copied the access URL: https:\/\/acme-claims-intake/);
			await copies(() => term.output(), wrapped, 2);
			assert.equal(decoded(term.output(), wrapped).at(-1), 'https://acme-claims-intake.my.connect.aws');
		} finally {
			term.kill();
		}
	});
});
