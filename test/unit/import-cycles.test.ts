// No module in source/ imports itself through others: layers stay layers, and a split stays split.
import assert from 'node:assert/strict';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {importCycles, importGraph} from '../helpers/import-graph.js';

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../source');

describe('import cycles', () => {
	it('source/ has none (type-only imports count too)', () => {
		const graph = importGraph(sourceRoot);
		assert.ok(graph.size > 50, `read ${graph.size} files`);
		assert.ok(
			(graph.get(path.join('state', 'reducer.ts')) ?? []).includes(path.join('state', 'form-reducer.ts')),
			'the reducer is seen importing the form reducer',
		);
		const cycles = importCycles(graph);
		assert.deepEqual(
			cycles.map((cycle) => cycle.join(' → ')),
			[],
		);
	});

	it('the check finds a cycle through several files, and a file importing itself', () => {
		const graph = new Map([
			['a.ts', ['b.ts']],
			['b.ts', ['c.ts', 'd.ts']],
			['c.ts', ['a.ts']],
			['d.ts', []],
			['e.ts', ['e.ts']],
		]);
		assert.deepEqual(importCycles(graph), [
			['a.ts', 'b.ts', 'c.ts', 'a.ts'],
			['e.ts', 'e.ts'],
		]);
	});
});
