import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, it} from 'node:test';
import {preframeLines, type PreframeInput} from '../../source/domain/preframe.js';
import {contentHeight, listLayout} from '../../source/domain/layout.js';
import {stripLines} from '../../source/domain/strip-lines.js';
import {importGraph} from '../helpers/import-graph.js';
import {summaryRow} from '../helpers/state.js';

const ESC = '\u001B';
const plain = (line: string) => line.replaceAll(/\u001B\[[0-9;]*m/g, '');
const rows = ['zeta', 'alpha', 'mid'].map((alias) => summaryRow(alias));
const input: PreframeInput = {
	rows,
	profiles: ['prod'],
	regions: ['us-east-1', 'eu-west-2'],
	savedAt: '2026-11-29T10:00:00.000Z',
	now: Date.parse('2026-11-29T10:05:00.000Z'),
	columns: 100,
	lines: 30,
};

describe('the first frame from the cache', () => {
	it('is one line per terminal line, none wider than the terminal', () => {
		const lines = preframeLines(input)!;
		assert.equal(lines.length, 30);
		for (const line of lines) assert.ok(plain(line).length <= 100, line);
	});

	it('shows the header, the stale line and the rows sorted as the list sorts them, the cursor on the first', () => {
		const lines = preframeLines(input)!.map(plain);
		assert.match(lines[0]!, /^connectui instances 1\/3 · sorted by alias ↑ {2}prod · us-east-1,eu-west-2/);
		const stale = lines.findIndex((line) => line.startsWith('stale: last known list from 5 min ago'));
		assert.ok(stale > 0);
		assert.match(lines[stale + 1]!, /^ {2}ALIAS +ID/);
		assert.match(lines[stale + 2]!, /^› alpha /);
		assert.match(lines[stale + 3]!, /^ {2}mid /);
		assert.match(lines[stale + 4]!, /^ {2}zeta /);
	});

	it('puts the table where the app lays it out: after the strip’s lines, as the app’s strip lays them out', () => {
		const lines = preframeLines(input)!.map(plain);
		const layout = listLayout(contentHeight(30), {pairs: 2, errors: 0, filterLine: false, stale: true});
		const pairs = input.regions.map((region) => ({
			target: {profile: 'prod', region},
			status: {kind: 'loading'} as const,
		}));
		const strip = stripLines({pairs, instances: 3, showProfile: false, width: 100, ...layout}).lines;
		assert.equal(strip.length, 1, 'both chips and the summary fit one line');
		assert.equal(lines[1], 'us-east-1 … · eu-west-2 …  loading 2/2 · 3 so far');
		assert.match(lines[1 + strip.length]!, /^stale:/);
	});

	it('loads nothing of React or Ink: its imports stay in domain/', () => {
		const graph = importGraph(fileURLToPath(new URL('../../source', import.meta.url)));
		const seen = new Set<string>();
		const visit = (file: string) => {
			if (seen.has(file)) return;
			seen.add(file);
			for (const next of graph.get(file) ?? []) visit(next);
		};

		visit('domain/preframe.ts');
		assert.ok(seen.has('domain/strip-lines.ts'), 'the strip’s own layout');
		for (const file of seen) {
			assert.match(file, /^domain\//, file);
			const text = readFileSync(fileURLToPath(new URL(`../../source/${file}`, import.meta.url)), 'utf8');
			assert.doesNotMatch(text, /from '(react|ink)'/, file);
		}
	});

	it('marks the cursor row inverse and the stale rows dim', () => {
		const lines = preframeLines(input)!;
		const first = lines.findIndex((line) => plain(line).startsWith('› '));
		assert.ok(lines[first]!.startsWith(`${ESC}[7m`));
		assert.ok(lines[first + 1]!.startsWith(`${ESC}[2m`));
	});

	it('draws nothing without cached rows or below the app’s minimum size', () => {
		assert.equal(preframeLines({...input, rows: []}), undefined);
		assert.equal(preframeLines({...input, columns: 40}), undefined);
		assert.equal(preframeLines({...input, lines: 10}), undefined);
	});

	it('names what comes from AWS only through the sanitizer', () => {
		const hostile = summaryRow(`evil${ESC}[2Jalias`);
		const lines = preframeLines({...input, rows: [hostile]})!;
		assert.ok(!lines.some((line) => line.includes(`${ESC}[2J`)));
	});
});
