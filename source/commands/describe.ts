// `connectui describe ID|ARN|ALIAS`: finds the instance in the selection, then DescribeInstance and
// its attributes. An alias that several instances share is a usage error listing them.
import {errorCode, errorMessage} from '../domain/errors.js';
import {formatDateTime, formatStatus, humanizeReplicationStatus} from '../domain/format.js';
import {parseFilter} from '../domain/filter.js';
import {compareInstances} from '../domain/instances.js';
import {describeRecord, type DescribeRecord} from '../domain/records.js';
import {sanitizeLine} from '../domain/sanitize.js';
import type {ScriptOptions} from '../domain/script-flags.js';
import {textTable} from '../domain/text-table.js';
import type {InstanceSummary} from '../domain/types.js';
import {EXIT, type CommandContext} from './context.js';
import {failureLine, gather} from './gather.js';
import {jsonText} from './output.js';
import {UsageError} from './session.js';

/** Exact id or ARN first; else the alias exactly, else the alias in any case. */
export function findInstance(rows: readonly InstanceSummary[], wanted: string): InstanceSummary[] {
	const byId = rows.filter((row) => row.id === wanted || row.arn === wanted);
	if (byId.length > 0) return byId;
	const exact = rows.filter((row) => row.alias === wanted);
	if (exact.length > 0) return exact;
	return rows.filter((row) => row.alias.toLowerCase() === wanted.toLowerCase());
}

function detailLines(record: DescribeRecord, columns: number | undefined): string {
	const replication = record.ReplicationConfiguration;
	const pairs: Array<[string, string]> = [
		['Alias', record.InstanceAlias],
		['Id', record.Id],
		['Arn', record.Arn],
		['Profile', record.Profile],
		['Account', record.AccountId],
		['Region', record.Region],
		['Status', formatStatus(record.InstanceStatus)],
		['Status reason', record.StatusReason ?? ''],
		['Identity', record.IdentityManagementType],
		['Service role', record.ServiceRole ?? ''],
		['Created', formatDateTime(record.CreatedTime ?? undefined)],
		['Inbound calls', record.InboundCallsEnabled ? 'on' : 'off'],
		['Outbound calls', record.OutboundCallsEnabled ? 'on' : 'off'],
		['Access URL', record.InstanceAccessUrl ?? ''],
		['Replication', replication ? `source ${replication.SourceRegion ?? '—'}` : 'not replicated'],
		...(replication?.ReplicationStatusSummaryList ?? []).map((entry): [string, string] => [
			`  ${entry.Region}`,
			`${humanizeReplicationStatus(entry.ReplicationStatus)}${entry.ReplicationStatusReason ? `: ${entry.ReplicationStatusReason}` : ''}`,
		]),
		...Object.entries(record.Attributes ?? {}).map(([type, value]): [string, string] => [
			`Attribute ${type}`,
			value === true ? 'on' : value === false ? 'off' : String(value),
		]),
		...Object.entries(record.Tags ?? {}).map(([key, value]): [string, string] => [`Tag ${key}`, value]),
	];
	return `${textTable(['FIELD', 'VALUE'], pairs, columns).slice(1).join('\n')}\n`;
}

export async function describeCommand(options: ScriptOptions, context: CommandContext): Promise<number> {
	const wanted = options.instance ?? '';
	const session = await context.open();
	const {rows, failed} = await gather(session.gateway, session.targets, {
		filter: parseFilter(''),
		load: new Set(),
		onFailure: context.failure,
	});
	const matches = findInstance(
		rows.map((item) => item.row),
		wanted,
	).sort(compareInstances);
	if (matches.length === 0) {
		if (failed) return EXIT.failed;
		throw new UsageError(sanitizeLine(`connectui: no instance '${wanted}' in the selected profiles and regions`));
	}
	if (matches.length > 1) {
		const list = matches.map((row) => `${row.profile}/${row.region} ${row.id} ${row.arn}`).join('; ');
		throw new UsageError(sanitizeLine(`connectui: '${wanted}' matches ${matches.length} instances: ${list}`));
	}
	const row = matches[0]!;
	const target = {profile: row.profile, region: row.region};
	try {
		const [detail, attributes] = await Promise.all([
			session.gateway.describeInstance(target, row.id),
			session.gateway.listInstanceAttributes(target, row.id),
		]);
		const record = describeRecord(detail, attributes);
		context.output.write(options.output === 'json' ? jsonText(record) : detailLines(record, context.output.columns));
	} catch (error: unknown) {
		context.failure(failureLine(target, errorCode(error), errorMessage(error)));
		return EXIT.failed;
	}
	return failed ? EXIT.failed : EXIT.ok;
}
