// The detail view's value column, measured by a terminal emulator (xterm's headless renderer) rather than
// by our own width function: tag keys in CJK or with wide symbols do not shift the values.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import xterm from '@xterm/headless';
import {detailLines} from '../../source/domain/detail-lines.js';
import {summaryRow} from '../helpers/state.js';

async function cursorAfter(text: string): Promise<number> {
	const terminal = new xterm.Terminal({cols: 200, rows: 5, allowProposedApi: true});
	await new Promise<void>((resolve) => terminal.write(text, resolve));
	const x = terminal.buffer.active.cursorX;
	terminal.dispose();
	return x;
}

describe('detail view widths as a terminal draws them', () => {
	it('every tag value starts in the same column, whatever script its key is in', async () => {
		const summary = summaryRow('alpha');
		const tags = {
			部門: 'sales',
			コストセンター: 'cc-1',
			Ｆｕｌｌ: 'wide',
			'한국어 키': 'ko',
			Owner: 'ops',
			é: 'accent',
		};
		const lines = detailLines(
			{summary, describe: {kind: 'loading'}, attributes: {kind: 'loading'}, tags: {kind: 'ok', value: tags}},
			120,
		);
		// The tags run from their heading to the blank line before the instance settings.
		const start = lines.findIndex((line) => line.text === 'Tags') + 1;
		const end = lines.findIndex((line, index) => index >= start && line.text.trim() === '');
		const tagLines = lines.slice(start, end === -1 ? undefined : end);
		assert.equal(tagLines.length, Object.keys(tags).length);
		const columns = await Promise.all(tagLines.map((line) => cursorAfter(line.label ?? '')));
		assert.deepEqual(new Set(columns).size, 1, `values start at ${columns.join(', ')}`);
	});
});
