// `connectui check --baseline FILE`: every difference from the baseline, as a table or JSON.
// Exit 0 none, 1 drift, 3 some (profile, region) failed (3 wins over 1).
import {instanceDrift, type Baseline, type DriftValue} from '../domain/baseline.js';
import {parseFilter} from '../domain/filter.js';
import {compareInstances} from '../domain/instances.js';
import {driftRecord, type DriftRecord} from '../domain/records.js';
import type {ScriptOptions} from '../domain/script-flags.js';
import {textTable} from '../domain/text-table.js';
import {EXIT, type CommandContext} from './context.js';
import {factsOf, gather} from './gather.js';
import {jsonText} from './output.js';
import {UsageError} from './session.js';
import {readBaselineFile} from '../services/baseline-file.js';

export function readBaseline(file: string): Baseline {
	const result = readBaselineFile(file);
	if ('error' in result) throw new UsageError(result.error);
	return result.baseline;
}

/** on/off for attributes, the value or (absent) for tags, `a | b` for allowed values. */
export function shownDriftValue(value: DriftValue): string {
	if (value === null) return '(absent)';
	if (typeof value === 'boolean') return value ? 'on' : 'off';
	if (typeof value === 'string') return value;
	return value.join(' | ');
}

function driftTable(records: readonly DriftRecord[], rules: ReadonlyMap<string, number[]>, columns?: number): string {
	if (records.length === 0) return 'No drift: every instance checked holds the baseline.\n';
	const rows = records.flatMap((record) =>
		record.Drift.map((drift, index) => [
			record.InstanceAlias,
			`${record.Profile}/${record.Region}`,
			`${drift.Kind} ${drift.Name}`,
			shownDriftValue(drift.Want),
			shownDriftValue(drift.Have),
			`${(rules.get(record.Arn)?.[index] ?? 0) + 1}`,
		]),
	);
	return `${textTable(['INSTANCE', 'WHERE', 'WHAT', 'WANT', 'HAVE', 'RULE'], rows, columns).join('\n')}\n`;
}

export async function checkCommand(options: ScriptOptions, context: CommandContext): Promise<number> {
	const baseline = readBaseline(options.baseline ?? '');
	const filter = parseFilter(options.filter ?? '', {baseline: true});
	context.refuseMalformed(filter);
	const session = await context.open();
	const {rows, failed} = await gather(session.gateway, session.targets, {
		filter,
		load: new Set(),
		baseline,
		onFailure: context.failure,
	});
	const records: DriftRecord[] = [];
	const rules = new Map<string, number[]>();
	for (const item of rows.sort((a, b) => compareInstances(a.row, b.row))) {
		const result = instanceDrift(baseline, item.row, factsOf(item));
		// Undecided (its facts failed to load, already reported): not counted as drift.
		if (!result.known || result.drift.length === 0) continue;
		records.push(driftRecord(item.row, result.drift));
		rules.set(
			item.row.arn,
			result.drift.map((drift) => drift.rule),
		);
	}
	context.output.write(
		options.output === 'json' ? jsonText(records) : driftTable(records, rules, context.output.columns),
	);
	if (failed) return EXIT.failed;
	return records.length > 0 ? EXIT.drift : EXIT.ok;
}
