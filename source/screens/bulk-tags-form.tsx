import {Box, Text} from 'ink';
import {instanceKey} from '../domain/instances.js';
import {sanitizeLine, wrapToWidth} from '../domain/sanitize.js';
import {TextField} from '../components/text-field.js';
import {keyHint} from '../keymap/hints.js';
import type {AppState} from '../state/app-state.js';
import {bulkTagInputProblem, bulkTagsInstances} from '../state/bulk-tags-reducer.js';
import type {BulkTagInput, BulkTagsForm} from '../state/matrix-state.js';
import {useTheme} from '../theme/theme.js';
import {BulkLeavePanel, BulkProgressLine, BulkReviewPanel, BulkRunPanel} from './bulk-run.js';

export type BulkTagsViewProps = {
	readonly state: AppState;
	readonly form: BulkTagsForm;
	readonly width: number;
	readonly height: number;
};

const quote = (value: string) => JSON.stringify(sanitizeLine(value));

/** The line under the fields: the whole reason Enter was (or would be) refused, or what the keys do. */
function inputStatus(input: BulkTagInput, width: number): {lines: string[]; tone: 'error' | 'ok' | 'muted'} {
	if (input.refused) return {lines: wrapToWidth(`✗ ${input.refused}`, width, 4), tone: 'error'};
	if (input.key.text === '')
		return {
			lines: ['a key: 1 to 128 letters, digits, spaces or _ . : / = + - @, not starting with aws:'],
			tone: 'muted',
		};
	const problem = bulkTagInputProblem(input);
	return problem ? {lines: wrapToWidth(`✗ ${problem}`, width, 4), tone: 'error'} : {lines: ['✓ valid'], tone: 'ok'};
}

function InputFields({input, width}: {readonly input: BulkTagInput; readonly width: number}) {
	const theme = useTheme();
	const status = inputStatus(input, width);
	const [done, next, cancel] = [
		keyHint('bulk-tag-input.done'),
		keyHint('bulk-tag-input.next'),
		keyHint('bulk-tag-input.cancel'),
	];
	const hint =
		input.mode === 'remove'
			? `${done} remove this key · ${cancel} cancel`
			: input.field === 'key'
				? `${done} or ${next} value · ${cancel} cancel`
				: `${done} set · ${next} key · ${cancel} cancel`;
	const half = Math.max(12, Math.floor(width / 2) - 1);
	return (
		<Box flexDirection="column">
			<Text bold>{input.mode === 'set' ? 'Set a tag on every instance' : 'Remove a tag from every instance'}</Text>
			<Box>
				<Box width={input.mode === 'set' ? half : width}>
					<TextField label="key" field={input.key} focused={input.field === 'key'} width={half} />
				</Box>
				{input.mode === 'set' ? (
					<TextField label="value" field={input.value} focused={input.field === 'value'} width={half} />
				) : null}
			</Box>
			{status.lines.map((line, index) => (
				<Text key={index} wrap="truncate" color={{error: theme.error, ok: theme.ok, muted: theme.muted}[status.tone]}>
					{line}
				</Text>
			))}
			<Text color={theme.muted} wrap="truncate">
				{hint}
			</Text>
		</Box>
	);
}

/** `T`: tags to set and keys to remove on many instances, one review, one paced apply. */
export function BulkTagsView({state, form, width, height}: BulkTagsViewProps) {
	const theme = useTheme();
	const instances = bulkTagsInstances(state, form);
	let loaded = 0;
	let failed = 0;
	for (const row of instances) {
		const tags = state.fleet.entries.get(instanceKey(row))?.tags;
		if (tags?.fresh) loaded++;
		else if (tags?.error) failed++;
	}

	const who = `${instances.length} ${form.marked ? 'marked ' : 'shown '}instance${instances.length === 1 ? '' : 's'}`;
	const progress = `tags read ${loaded} of ${instances.length}${failed > 0 ? ` · ${failed} could not be read` : ''}`;
	const bulk = state.bulk;
	const running = bulk && !bulk.finished;
	const panelHeight = Math.max(5, height - 1 - (running ? 1 : 0));
	let panel;
	if (bulk) panel = <BulkRunPanel bulk={bulk} height={panelHeight} width={width} />;
	else if (form.dialog?.kind === 'review') {
		panel = (
			<BulkReviewPanel
				title="Review bulk tag changes"
				plan={form.dialog.plan}
				scroll={form.dialog.scroll}
				height={panelHeight}
				width={width}
			/>
		);
	} else if (form.dialog?.kind === 'leave') {
		panel = (
			<BulkLeavePanel
				title="Leave the bulk tags form?"
				text="The tag changes have not been applied; leaving drops them."
				width={width}
			/>
		);
	}

	const sets = Object.entries(form.operations.set);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate">
				<Text bold>{`Bulk tags · ${who}`}</Text>
				<Text color={theme.muted}>{`  ${progress}`}</Text>
			</Text>
			{panel ?? (
				<Box flexDirection="column" height={Math.max(1, height - 1)} overflow="hidden">
					{sets.length === 0 && form.operations.remove.length === 0 ? (
						<Text color={theme.muted} wrap="truncate">
							{`No change yet: ${keyHint('bulk-tags.set')} sets a tag, ${keyHint('bulk-tags.remove')} removes one, ${keyHint('bulk-tags.review')} reviews`}
						</Text>
					) : null}
					{sets.map(([key, value]) => (
						<Text key={`set ${key}`} wrap="truncate" color={theme.pendingChange}>
							{`+ set ${sanitizeLine(key)} = ${quote(value)}`}
						</Text>
					))}
					{form.operations.remove.map((key) => (
						<Text key={`remove ${key}`} wrap="truncate" color={theme.error}>
							{`- remove ${sanitizeLine(key)}`}
						</Text>
					))}
					{form.input ? <InputFields input={form.input} width={width} /> : null}
				</Box>
			)}
			{running ? <BulkProgressLine bulk={bulk} /> : null}
		</Box>
	);
}
