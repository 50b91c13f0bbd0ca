// Makes media/demo.svg (and media/detail.svg, media/matrix.svg, media/matrix-storage.svg) from the real
// app in demo mode: runs the built CLI in
// a pseudo-terminal, reads the headless terminal's cells (characters and colours) and draws them.
// Run: npm run build && node --import tsx scripts/screenshot.ts
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import xterm from '@xterm/headless';
import {startTerm} from '../test/helpers/term.js';

const PALETTE = [
	'#1d1f21',
	'#cc6666',
	'#b5bd68',
	'#f0c674',
	'#81a2be',
	'#b294bb',
	'#8abeb7',
	'#c5c8c6',
	'#666666',
	'#d54e53',
	'#b9ca4a',
	'#e7c547',
	'#7aa6da',
	'#c397d8',
	'#70c0b1',
	'#eaeaea',
];
const FOREGROUND = '#c5c8c6';
const BACKGROUND = '#1d1f21';
const CELL_WIDTH = 8.4;
const CELL_HEIGHT = 17;

function escapeXml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function colorOf(mode: 'fg' | 'bg', cell: xterm.IBufferCell): string | undefined {
	const isDefault = mode === 'fg' ? cell.isFgDefault() : cell.isBgDefault();
	if (isDefault) return undefined;
	const value = mode === 'fg' ? cell.getFgColor() : cell.getBgColor();
	const isRgb = mode === 'fg' ? cell.isFgRGB() : cell.isBgRGB();
	if (isRgb) return `#${value.toString(16).padStart(6, '0')}`;
	return PALETTE[value] ?? undefined;
}

function toSvg(terminal: xterm.Terminal): string {
	const buffer = terminal.buffer.active;
	const parts: string[] = [];
	const cell = buffer.getNullCell();
	for (let y = 0; y < terminal.rows; y++) {
		const line = buffer.getLine(buffer.viewportY + y);
		if (!line) continue;
		for (let x = 0; x < terminal.cols; x++) {
			line.getCell(x, cell);
			const chars = cell.getChars();
			let fg = colorOf('fg', cell) ?? FOREGROUND;
			let bg = colorOf('bg', cell);
			if (cell.isInverse()) {
				[fg, bg] = [bg ?? BACKGROUND, fg];
			}

			const px = (x * CELL_WIDTH).toFixed(1);
			const py = y * CELL_HEIGHT;
			if (bg)
				parts.push(
					`<rect x="${px}" y="${py}" width="${(CELL_WIDTH * Math.max(1, cell.getWidth())).toFixed(1)}" height="${CELL_HEIGHT}" fill="${bg}"/>`,
				);
			if (chars && chars !== ' ') {
				const weight = cell.isBold() ? ' font-weight="bold"' : '';
				const opacity = cell.isDim() ? ' fill-opacity="0.6"' : '';
				parts.push(`<text x="${px}" y="${py + 13}" fill="${fg}"${weight}${opacity}>${escapeXml(chars)}</text>`);
			}
		}
	}

	const width = Math.ceil(terminal.cols * CELL_WIDTH) + 20;
	const height = terminal.rows * CELL_HEIGHT + 20;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="100%" height="100%" rx="8" fill="${BACKGROUND}"/>`,
		`<g transform="translate(10 10)" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14" xml:space="preserve">`,
		...parts,
		'</g>',
		'</svg>',
		'',
	].join('\n');
}

const home = mkdtempSync(join(tmpdir(), 'connectui-shot-'));
const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, columns: 110, rows: 36});
try {
	await term.waitFor(/ 25 instances/);
	await term.waitFor('acme-warranty');
	writeFileSync('media/demo.svg', toSvg(term.terminal));
	term.write('/claims');
	await term.waitFor('1 of');
	term.write('\r\r');
	await term.waitFor('INBOUND_CALLS');
	writeFileSync('media/detail.svg', toSvg(term.terminal));
	// The matrix: two instances marked, Contact Lens wanted on for them (pending cells), then storage.
	term.write('\u001B');
	await term.waitFor('/claims');
	term.write('\u001B');
	await term.waitFor('acme-warranty');
	term.write(' j ');
	await term.waitFor('2 marked');
	term.write('m');
	await term.waitFor('attributes 25 of 25 read');
	term.write('lll+');
	await term.waitFor('off→on');
	writeFileSync('media/matrix.svg', toSvg(term.terminal));
	term.write('\t\t');
	// Storage is read a column at a time: the call recordings column fills first.
	await term.waitFor(/acme-warranty\s+…?\s*(KMS|no KMS|none)/);
	await term.waitFor(/acme-vip-concierge\s+…?\s*(KMS|no KMS|none)/);
	writeFileSync('media/matrix-storage.svg', toSvg(term.terminal));
} finally {
	term.kill();
	rmSync(home, {recursive: true, force: true});
}
