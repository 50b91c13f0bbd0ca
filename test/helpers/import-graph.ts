// The import graph of a source tree (relative imports only, `import type` included), and its cycles.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

const SOURCE_FILE = /\.(ts|tsx)$/;
// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, over several lines.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return SOURCE_FILE.test(entry.name) ? [full] : [];
	});
}

/** The file an ESM specifier (`./x.js`) names: x.ts, x.tsx, or x/index.ts(x). */
function resolve(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
	const base = path.resolve(path.dirname(from), specifier).replace(/\.js$/, '');
	return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((candidate) =>
		files.has(candidate),
	);
}

/** File → the files it imports, paths relative to root. */
export function importGraph(root: string): Map<string, string[]> {
	const files = sourceFiles(root);
	const known = new Set(files);
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		const targets = [...text.matchAll(SPECIFIER)]
			.map((match) => resolve(file, match[1] ?? '', known))
			.filter((target): target is string => target !== undefined)
			.map((target) => path.relative(root, target));
		graph.set(path.relative(root, file), [...new Set(targets)]);
	}

	return graph;
}

/** Every strongly connected group of more than one file (or a file importing itself), each as a path a → … → a. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	// Tarjan's algorithm, iterative enough for a source tree.
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];

	const visit = (node: string): void => {
		index.set(node, counter);
		low.set(node, counter);
		counter++;
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(low.get(node)!, index.get(next)!));
			}
		}

		if (low.get(node) !== index.get(node)) return;
		const group: string[] = [];
		let member: string | undefined;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			group.push(member);
		} while (member !== node);
		if (group.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(cyclePath(graph, new Set(group)));
	};

	for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
	return cycles;
}

/** One concrete loop through a strongly connected group, to name in a failure. */
function cyclePath(graph: ReadonlyMap<string, readonly string[]>, group: ReadonlySet<string>): string[] {
	const start = [...group].sort()[0]!;
	const seen = new Map<string, string>();
	const queue = [start];
	while (queue.length > 0) {
		const node = queue.shift()!;
		for (const next of graph.get(node) ?? []) {
			if (!group.has(next)) continue;
			if (next === start) {
				const loop = [node];
				for (let at = node; at !== start;) {
					at = seen.get(at)!;
					loop.unshift(at);
				}

				return [...loop, start];
			}

			if (!seen.has(next)) {
				seen.set(next, node);
				queue.push(next);
			}
		}
	}

	return [start, start];
}
