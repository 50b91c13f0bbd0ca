// Rows holding joined emoji, flags, skin tones and keycaps stay aligned as a terminal draws them: each
// row is written into xterm.js's headless terminal with Unicode 11 widths (emoji 2 columns, each code
// point of a sequence on its own, as xterm, VTE and tmux draw them), and every column after the alias
// starts where the header says, the row ending at its right border. What the app writes of an emoji
// sequence is its parts (see sanitize), whose widths grapheme-aware terminals agree with.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import xterm from '@xterm/headless';
import {Unicode11Addon} from '@xterm/addon-unicode11';
import {headerLine, layoutColumns, rowLine} from '../../source/domain/columns.js';
import {displayWidth, padToWidth, sanitize} from '../../source/domain/sanitize.js';
import {summaryRow} from '../helpers/state.js';

const SAMPLES = {
	plain: 'plain',
	cjk: '東京コール',
	emoji: '📞📟🎧',
	joined: '👩‍💻',
	family: '👨‍👩‍👧‍👦',
	rainbow: '🏳️‍🌈',
	astronaut: '🧑🏿‍🚀',
	flag: '🇯🇵🇩🇪',
	skin: '👍🏽',
	heart: '❤️',
	keycap: '1️⃣',
	scotland: '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
};

/** Writes each line into a fresh headless terminal (Unicode 11 widths); the cells each one takes. */
async function drawnWidths(lines: readonly string[]): Promise<number[]> {
	const terminal = new xterm.Terminal({cols: 200, rows: lines.length + 1, allowProposedApi: true});
	terminal.loadAddon(new Unicode11Addon());
	terminal.unicode.activeVersion = '11';
	const widths: number[] = [];
	for (const line of lines) {
		// One line at a time, each from the first column.
		await new Promise<void>((resolve) => terminal.write(`\u001B[2K\r${line}`, resolve));
		widths.push(terminal.buffer.active.cursorX);
	}

	terminal.dispose();
	return widths;
}

describe('display widths of emoji sequences and flags', () => {
	it('the widths the app measures are the ones the terminal draws', async () => {
		const shown = Object.values(SAMPLES).map((text) => sanitize(text));
		const drawn = await drawnWidths(shown);
		assert.deepEqual(
			drawn,
			shown.map((text) => displayWidth(text)),
			shown.join(' '),
		);
	});

	it('list rows with them keep every column in place and end at the same border', async () => {
		const columns = layoutColumns(120, false);
		const rows = Object.entries(SAMPLES).map(([name, text]) => rowLine(summaryRow(`a-${name}-${text}`), columns));
		const header = headerLine(columns);
		const lines = rows.map((row) => `${row}|`);
		const drawn = await drawnWidths(lines);
		for (const [index, width] of drawn.entries()) assert.equal(width, header.length + 1, lines[index]);
		// The region column starts where the header says, in every row.
		const regionAt = header.indexOf('REGION');
		const before = await drawnWidths(rows.map((row) => row.slice(0, row.indexOf('us-east-1'))));
		for (const [index, width] of before.entries()) assert.equal(width, regionAt, rows[index]);
	});

	it('a tag key with them keeps the value column in place (the detail view pads keys the same way)', async () => {
		const lines = Object.values(SAMPLES).map((text) => `${padToWidth(sanitize(`key-${text}`), 24)}|`);
		for (const width of await drawnWidths(lines)) assert.equal(width, 25);
	});
});
