// A quiet reporter for node:test: every failure in full, then one summary line.
// The last line reads "N passed, N failed, N skipped" so that any CI can count it.
import {inspect} from 'node:util';

export default async function* summaryReporter(source) {
	let passed = 0;
	let failed = 0;
	let skipped = 0;
	let todo = 0;
	let durationMs = 0;
	const failures = [];
	const diagnostics = [];
	for await (const event of source) {
		const {type, data} = event;
		if (type === 'test:pass' || type === 'test:fail') {
			if (data.details?.type === 'suite') continue;
			if (data.skip) skipped++;
			else if (data.todo) todo++;
			else if (type === 'test:pass') passed++;
			else {
				failed++;
				const error = data.details?.error;
				const cause = error?.cause ?? error;
				const where = data.file ? `${data.file}${data.line ? `:${data.line}` : ''}` : '';
				failures.push(`✗ ${data.name}${where ? `  (${where})` : ''}\n${indent(describe(cause))}`);
				yield `✗ ${data.name}\n`;
			}
		} else if (type === 'test:diagnostic' && /^duration_ms /.test(data.message)) {
			durationMs = Math.max(durationMs, Number(data.message.split(' ')[1]) || 0);
		} else if (type === 'test:stderr' || type === 'test:stdout') {
			if (failed > 0) diagnostics.push(data.message);
		}
	}
	if (failures.length > 0) yield `\n${failures.join('\n\n')}\n`;
	if (failures.length > 0 && diagnostics.length > 0)
		yield `\noutput of the failing files:\n${diagnostics.join('').slice(-8000)}\n`;
	const seconds = (durationMs / 1000).toFixed(1);
	yield `\n${passed + failed + skipped + todo} tests in ${seconds} s${todo ? `, ${todo} todo` : ''}\n`;
	yield `${passed} passed, ${failed} failed, ${skipped} skipped\n`;
}

function describe(error) {
	if (error instanceof Error) return error.stack ?? String(error);
	return inspect(error, {depth: 6});
}

function indent(text) {
	return text
		.split('\n')
		.map((line) => `    ${line}`)
		.join('\n');
}
