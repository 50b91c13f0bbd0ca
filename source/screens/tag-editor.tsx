import {FormTitle} from '../components/form-title.js';
import {Box, Text} from 'ink';
import {quote} from '../domain/apply-text.js';
import {countedTags, MAX_TAGS, problemLine, validateTagEdit, type TagRow} from '../domain/tags.js';
import {displayWidth, padToWidth, sanitizeLine, truncateToWidth} from '../domain/sanitize.js';
import {TextField} from '../components/text-field.js';
import type {DetailState} from '../state/app-state.js';
import {inputProblems} from '../state/selectors.js';
import type {TagsForm} from '../state/form-state.js';
import {useTheme, type Theme} from '../theme/theme.js';
import {ApplyReportView, reportHeight} from './apply-report.js';
import {FormDialog} from './form-dialog.js';
import {inputHint, inputStatus, InputStatus} from './tag-input.js';
import {keyHint} from '../keymap/hints.js';

export type TagEditorProps = {
	readonly form: TagsForm;
	readonly detail: DetailState;
	readonly readOnly: boolean;
	readonly width: number;
	readonly height: number;
	/** The open dialog tells how far it can scroll. */
	readonly onDialogMaxScroll?: (maxScroll: number) => void;
};

function marker(row: TagRow): string {
	if (row.removed) return '-';
	if (row.isNew) return '+';
	return row.value === row.originalValue ? ' ' : '~';
}

function rowColor(theme: Theme, row: TagRow): string | undefined {
	if (row.removed) return theme.error;
	if (row.isNew || row.value !== row.originalValue) return theme.pendingChange;
	return undefined;
}

function rowValue(row: TagRow): string {
	if (row.isNew && row.removed) return `${quote(row.value)} (will not be added)`;
	if (row.removed) return `${quote(row.value)} (will be removed)`;
	if (!row.isNew && row.value !== row.originalValue) return `${quote(row.originalValue ?? '')} → ${quote(row.value)}`;
	return quote(row.value);
}

/** Tags sorted by key (added ones last), each marked + added, ~ changed, - removed; problems shown next to the row. */
export function TagEditor({form, detail, readOnly, width, height, onDialogMaxScroll}: TagEditorProps) {
	const theme = useTheme();
	if (form.dialog)
		return <FormDialog form={form} detail={detail} width={width} height={height} onMaxScroll={onDialogMaxScroll} />;
	const {rows} = form.edit;
	const problems = validateTagEdit(form.edit);
	const formProblems = problems.filter((problem) => problem.field === 'form');
	const keyWidth = Math.min(32, Math.max(8, ...rows.map((row) => displayWidth(sanitizeLine(row.key)))) + 1);
	const input = form.input;
	const status = input ? inputStatus(input, inputProblems(form), width) : undefined;
	const inputHeight = status ? 2 + status.lines.length : 0;
	const reportLines = form.report ? reportHeight(form.report) : 0;
	const listHeight = Math.max(1, height - 1 - inputHeight - reportLines - formProblems.length);
	const first = Math.max(0, Math.min(form.cursor - Math.floor(listHeight / 2), rows.length - listHeight));
	return (
		<Box flexDirection="column" width={width} height={height}>
			<FormTitle title="Tags" detail={detail} readOnly={readOnly} extra={`${countedTags(form.edit)} of ${MAX_TAGS}`} />
			{form.report ? <ApplyReportView report={form.report} height={reportLines} /> : null}
			{formProblems.map((problem) => (
				<Text key={problem.reason} wrap="truncate" color={theme.error}>
					✗ {problem.reason}
				</Text>
			))}
			{rows.length === 0 ? (
				<Text color={theme.muted}>no tags{readOnly ? '' : ` · ${keyHint('tags.add')} adds one`}</Text>
			) : null}
			{rows.slice(first, first + listHeight).map((row, index) => {
				const selected = first + index === form.cursor;
				const problem = problems.find(
					(candidate) =>
						candidate.key === row.key &&
						candidate.field !== 'form' &&
						(row.isNew || !row.removed || candidate.field === 'key'),
				);
				return (
					<Text key={`${first + index}`} wrap="truncate" inverse={selected && !input && theme.selectionInverse}>
						{selected ? '›' : ' '}
						<Text color={rowColor(theme, row)} bold={marker(row) !== ' '}>
							{marker(row)} {padToWidth(truncateToWidth(sanitizeLine(row.key), keyWidth - 1), keyWidth)}
							{rowValue(row)}
						</Text>
						{problem ? <Text color={theme.error}> ✗ {problemLine(problem)}</Text> : null}
					</Text>
				);
			})}
			<Box flexGrow={1} />
			{input ? (
				<Box flexDirection="column" height={inputHeight}>
					<Text wrap="truncate" bold>
						{input.mode === 'add' ? 'Add a tag' : `Edit the value of ${sanitizeLine(input.key.text)}`}
						<Text color={theme.muted}> · {inputHint(input)}</Text>
					</Text>
					<Box>
						<TextField
							label="key"
							field={input.key}
							focused={input.field === 'key'}
							disabled={input.mode === 'edit'}
							width={Math.floor((width - 1) / 2)}
						/>
						<Text> </Text>
						<TextField
							label="value"
							field={input.value}
							focused={input.field === 'value'}
							width={width - 1 - Math.floor((width - 1) / 2)}
						/>
					</Box>
					{status ? <InputStatus status={status} /> : null}
				</Box>
			) : null}
		</Box>
	);
}
