// Writing records in the format asked for. JSON and CSV carry AWS strings as data (escaped by the
// format); the table renders them inert through the sanitizer.
import {stringify} from 'csv-stringify/sync';
import {formatDate, formatStatus} from '../domain/format.js';
import {flatColumns, flatRow, type InstanceRecord} from '../domain/records.js';
import {textTable} from '../domain/text-table.js';

export type Output = {
	write(text: string): void;
	/** The terminal's width when stdout is a terminal; undefined when piped (nothing is cut). */
	readonly columns?: number;
};

export function stdoutOutput(): Output {
	const {stdout} = process;
	return {
		write: (text) => stdout.write(text),
		...(stdout.isTTY && stdout.columns ? {columns: stdout.columns} : {}),
	};
}

/** JSON for scripts: two-space indents, one array. */
export function jsonText(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

/** RFC 4180: CRLF between records, fields with commas, quotes or line breaks quoted, quotes doubled. */
export function csvText(records: readonly InstanceRecord[]): string {
	const columns = flatColumns(records);
	// csv-stringify quotes a lone CR or LF only when told to: RFC 4180 needs every line break quoted.
	return stringify([columns, ...records.map((record) => flatRow(record, columns))], {
		record_delimiter: '\r\n',
		quoted_match: /[\r\n]/u,
	});
}

function onList(attributes: InstanceRecord['Attributes']): string {
	return Object.entries(attributes ?? {})
		.filter(([, value]) => value === true)
		.map(([type]) => type)
		.join(',');
}

/** The list as a table; Attributes (those on) and Tags columns when they were asked for. */
export function instanceTable(records: readonly InstanceRecord[], columns?: number): string {
	const withAttributes = records.some((record) => record.Attributes !== undefined);
	const withTags = records.some((record) => record.Tags !== undefined);
	const header = ['ALIAS', 'ID', 'REGION', 'PROFILE', 'STATUS', 'IDENTITY', 'CREATED'];
	if (withAttributes) header.push('ATTRIBUTES ON');
	if (withTags) header.push('TAGS');
	const rows = records.map((record) => {
		const row = [
			record.InstanceAlias,
			record.Id,
			record.Region,
			record.Profile,
			formatStatus(record.InstanceStatus),
			record.IdentityManagementType,
			formatDate(record.CreatedTime ?? undefined),
		];
		if (withAttributes) row.push(onList(record.Attributes));
		if (withTags) {
			row.push(
				Object.entries(record.Tags ?? {})
					.map(([key, value]) => `${key}=${value}`)
					.join(', '),
			);
		}
		return row;
	});
	return `${textTable(header, rows, columns).join('\n')}\n`;
}

export function writeInstances(
	output: Output,
	format: 'table' | 'json' | 'csv',
	records: readonly InstanceRecord[],
): void {
	if (format === 'json') output.write(jsonText(records));
	else if (format === 'csv') output.write(csvText(records));
	else output.write(instanceTable(records, output.columns));
}
