// Reading a baseline file (--baseline FILE) for the app and for `connectui check`: one line naming the
// file, the place and the reason when it cannot be used.
import {readFileSync} from 'node:fs';
import type {Baseline} from '../domain/baseline.js';
import {parseBaseline} from '../domain/baseline-parse.js';
import {sanitizeLine} from '../domain/sanitize.js';
import {fileProblem} from './local-file.js';

/** The baseline, or the one inert line that says why not (`connectui: baseline FILE:LINE: PLACE: reason`). */
export function readBaselineFile(file: string): {readonly baseline: Baseline} | {readonly error: string} {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error: unknown) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : fileProblem(error);
		return {error: sanitizeLine(`connectui: baseline ${file}: cannot be read: ${reason}`)};
	}

	const result = parseBaseline(text, file);
	return 'error' in result ? {error: sanitizeLine(`connectui: baseline ${result.error}`)} : result;
}
