// `connectui list`: every instance of the selection, filtered, in table, JSON, JSON lines or CSV.
import {parseFilter} from '../domain/filter.js';
import {compareInstances} from '../domain/instances.js';
import {instanceRecord} from '../domain/records.js';
import type {ScriptOptions} from '../domain/script-flags.js';
import {EXIT, type CommandContext} from './context.js';
import {gather, type Gathered} from './gather.js';
import {writeInstances} from './output.js';

export function recordOf(item: Gathered) {
	return instanceRecord(item.row, {
		...(item.attributes === undefined ? {} : {attributes: item.attributes}),
		...(item.tags === undefined ? {} : {tags: item.tags}),
	});
}

export async function listCommand(options: ScriptOptions, context: CommandContext): Promise<number> {
	const filter = parseFilter(options.filter ?? '', {baseline: false});
	context.refuseMalformed(filter);
	const session = await context.open();
	const load = new Set(options.with);
	const jsonl = options.output === 'jsonl';
	const {rows, failed} = await gather(session.gateway, session.targets, {
		filter,
		load,
		onFailure: context.failure,
		...(jsonl
			? {
					onRows(page: readonly Gathered[]) {
						// JSON lines stream: each page as soon as its rows are decided.
						const sorted = [...page].sort((a, b) => compareInstances(a.row, b.row));
						context.output.write(
							sorted.map((item) => `${JSON.stringify(recordOf(withRequested(item, load)))}\n`).join(''),
						);
					},
				}
			: {}),
	});
	if (options.output !== 'jsonl') {
		const sorted = rows.sort((a, b) => compareInstances(a.row, b.row));
		writeInstances(
			context.output,
			options.output,
			sorted.map((item) => recordOf(withRequested(item, load))),
		);
	}
	return failed ? EXIT.failed : EXIT.ok;
}

/** Only what `--with` asked for is printed (a filter may have loaded more). */
function withRequested(item: Gathered, load: ReadonlySet<string>): Gathered {
	return {
		row: item.row,
		...(load.has('attributes') && item.attributes ? {attributes: item.attributes} : {}),
		...(load.has('tags') && item.tags ? {tags: item.tags} : {}),
	};
}
