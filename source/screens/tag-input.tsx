import {Text} from 'ink';
import {wrapToWidth} from '../domain/sanitize.js';
import {problemLine, type TagProblem} from '../domain/tags.js';
import {keyHint} from '../keymap/hints.js';
import type {TagInput} from '../state/form-state.js';
import {useTheme} from '../theme/theme.js';

/** What the keys do in the field that has focus (Enter on an added tag's key moves on to its value). */
export function inputHint(input: TagInput): string {
	const [done, next, cancel] = [keyHint('tag-input.done'), keyHint('tag-input.next'), keyHint('tag-input.cancel')];
	if (input.mode === 'edit') return `${done} done · ${cancel} cancel`;
	return input.field === 'key'
		? `${done} or ${next} value · ${cancel} cancel`
		: `${done} add · ${next} key · ${cancel} cancel`;
}

export type InputStatusText = {readonly lines: readonly string[]; readonly tone: 'error' | 'ok' | 'muted'};

/** The line (or lines) under the fields: the whole reason, wrapped, when the input breaks a rule. */
export function inputStatus(input: TagInput, typing: readonly TagProblem[], width: number): InputStatusText {
	if (input.refused) return {lines: wrapToWidth(`✗ ${input.refused}`, width, 4), tone: 'error'};
	// A key not yet typed is no error: say what a key may hold.
	if (input.mode === 'add' && input.field === 'key' && input.key.text === '') {
		return {
			lines: ['a key: 1 to 128 letters, digits, spaces or _ . : / = + - @, not starting with aws:'],
			tone: 'muted',
		};
	}

	const problem = typing[0];
	return problem
		? {lines: wrapToWidth(`✗ ${problemLine(problem)}`, width, 4), tone: 'error'}
		: {lines: ['✓ valid'], tone: 'ok'};
}

export function InputStatus({status}: {readonly status: InputStatusText}) {
	const theme = useTheme();
	const color = {error: theme.error, ok: theme.ok, muted: theme.muted}[status.tone];
	return status.lines.map((line, index) => (
		<Text key={index} wrap="truncate" color={color}>
			{line}
		</Text>
	));
}
