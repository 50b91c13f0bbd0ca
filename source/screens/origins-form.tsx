import {Box, Text} from 'ink';
import {FormTitle} from '../components/form-title.js';
import {keyHint} from '../keymap/hints.js';
import {TextField} from '../components/text-field.js';
import {addProblem, type OriginRow} from '../domain/origins.js';
import {sanitizeLine, truncateToWidth} from '../domain/sanitize.js';
import type {DetailState} from '../state/app-state.js';
import type {OriginsForm as OriginsFormState} from '../state/form-state.js';
import {useTheme, type Theme} from '../theme/theme.js';
import {ApplyReportView, reportHeight} from './apply-report.js';
import {FormDialog} from './form-dialog.js';

export type OriginsFormProps = {
	readonly form: OriginsFormState;
	readonly detail: DetailState;
	readonly readOnly: boolean;
	readonly width: number;
	readonly height: number;
	/** The open dialog tells how far it can scroll. */
	readonly onDialogMaxScroll?: (maxScroll: number) => void;
};

function marker(row: OriginRow): string {
	if (row.removed) return '-';
	return row.added ? '+' : ' ';
}

function rowColor(theme: Theme, row: OriginRow): string | undefined {
	if (row.removed) return theme.error;
	return row.added ? theme.pendingChange : undefined;
}

/** The instance's approved origins, added ones marked +, ones marked for removal -; the field to add one. */
export function OriginsForm({form, detail, readOnly, width, height, onDialogMaxScroll}: OriginsFormProps) {
	const theme = useTheme();
	if (form.dialog)
		return <FormDialog form={form} detail={detail} width={width} height={height} onMaxScroll={onDialogMaxScroll} />;
	const {rows} = form.edit;
	const input = form.input;
	const typed = input ? input.text.text.trim() : '';
	const problem = input ? (input.refused ?? (typed === '' ? undefined : addProblem(form.edit, typed))) : undefined;
	const inputHeight = input ? 3 : 0;
	const reportLines = form.report ? reportHeight(form.report) : 0;
	const listHeight = Math.max(1, height - 1 - inputHeight - reportLines);
	const first = Math.max(0, Math.min(form.cursor - Math.floor(listHeight / 2), rows.length - listHeight));
	return (
		<Box flexDirection="column" width={width} height={height}>
			<FormTitle title="Approved origins" detail={detail} readOnly={readOnly} extra={`${rows.length}`} />
			{form.report ? <ApplyReportView report={form.report} height={reportLines} /> : null}
			{rows.length === 0 ? (
				<Text color={theme.muted}>no approved origins{readOnly ? '' : ` · ${keyHint('origins.add')} adds one`}</Text>
			) : null}
			{rows.slice(first, first + listHeight).map((row, index) => {
				const selected = first + index === form.cursor;
				const note = row.removed ? '  (will be removed)' : row.added ? '  (will be added)' : '';
				return (
					<Text key={`${first + index}`} wrap="truncate" inverse={selected && !input && theme.selectionInverse}>
						{selected ? '›' : ' '}
						<Text color={rowColor(theme, row)} bold={marker(row) !== ' '}>
							{marker(row)} {truncateToWidth(sanitizeLine(row.origin), Math.max(10, width - 4 - note.length))}
							{note}
						</Text>
					</Text>
				);
			})}
			<Box flexGrow={1} />
			{input ? (
				<Box flexDirection="column" height={3}>
					<Text wrap="truncate" bold>
						Add an approved origin
						<Text color={theme.muted}>
							{' · https://host or https://host:port · '}
							{keyHint('origin-input.done')} add · {keyHint('origin-input.cancel')} cancel
						</Text>
					</Text>
					<TextField label="origin" field={input.text} focused width={width} />
					<Text wrap="truncate" color={problem ? theme.error : theme.ok}>
						{problem ? `✗ ${problem}` : typed === '' ? ' ' : '✓ valid'}
					</Text>
				</Box>
			) : null}
		</Box>
	);
}
