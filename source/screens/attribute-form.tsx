import {FormTitle} from '../components/form-title.js';
import {Box, Text} from 'ink';
import {onOff} from '../domain/apply-text.js';
import {effectiveValue, isPending, pendingChanges} from '../domain/attribute-edit.js';
import {sanitizeLine} from '../domain/sanitize.js';
import type {DetailState} from '../state/app-state.js';
import type {AttributesForm} from '../state/form-state.js';
import {useTheme} from '../theme/theme.js';
import {ApplyReportView, reportHeight} from './apply-report.js';
import {FormDialog} from './form-dialog.js';

export type AttributeFormProps = {
	readonly form: AttributesForm;
	readonly detail: DetailState;
	readonly readOnly: boolean;
	readonly width: number;
	readonly height: number;
	/** The open dialog tells how far it can scroll. */
	readonly onDialogMaxScroll?: (maxScroll: number) => void;
};

const TYPE_WIDTH = 29;
const VALUE_WIDTH = 13;

/** Every attribute type in API order: current value, pending value, one-line description. */
export function AttributeForm({form, detail, readOnly, width, height, onDialogMaxScroll}: AttributeFormProps) {
	const theme = useTheme();
	if (form.dialog)
		return <FormDialog form={form} detail={detail} width={width} height={height} onMaxScroll={onDialogMaxScroll} />;
	const {rows} = form.edit;
	const pending = pendingChanges(form.edit).length;
	const reportLines = form.report ? reportHeight(form.report) : 0;
	const listHeight = Math.max(1, height - 3 - reportLines);
	const first = Math.max(0, Math.min(form.cursor - Math.floor(listHeight / 2), rows.length - listHeight));
	const current = rows[form.cursor];
	return (
		<Box flexDirection="column" width={width} height={height}>
			<FormTitle title="Attributes" detail={detail} readOnly={readOnly} pending={pending} />
			{form.report ? <ApplyReportView report={form.report} height={reportLines} /> : null}
			{rows.slice(first, first + listHeight).map((row, index) => {
				const selected = first + index === form.cursor;
				const changed = isPending(form.edit, row.type);
				const value = changed ? `${onOff(row.raw)} → ${onOff(effectiveValue(form.edit, row.type))}` : onOff(row.raw);
				return (
					<Text key={row.type} wrap="truncate" inverse={selected && theme.selectionInverse}>
						{selected ? '› ' : '  '}
						{sanitizeLine(row.type).padEnd(TYPE_WIDTH)}
						<Text color={changed ? theme.pendingChange : row.value ? theme.ok : theme.muted} bold={changed}>
							{value.padEnd(VALUE_WIDTH)}
						</Text>
						<Text color={selected ? undefined : theme.muted}>{sanitizeLine(row.description)}</Text>
					</Text>
				);
			})}
			<Box flexGrow={1} />
			{current ? (
				<Text wrap="truncate" color={theme.muted}>
					{sanitizeLine(current.label)}: {sanitizeLine(current.description || current.type)}
				</Text>
			) : null}
		</Box>
	);
}
