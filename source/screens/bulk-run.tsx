// What a bulk apply shows wherever it was started (the matrix, the bulk tags form): the report panel
// with each instance's outcome, and the progress line while it runs.
import {Text} from 'ink';
import {reportLines, reviewLines} from '../domain/bulk-lines.js';
import type {BulkPlan} from '../domain/bulk-plan.js';
import {formatDuration} from '../domain/matrix-layout.js';
import {LinesPanel} from '../components/lines-panel.js';
import {keyHint} from '../keymap/hints.js';
import type {BulkRun} from '../state/matrix-state.js';
import {useTheme} from '../theme/theme.js';

/** Each instance's outcome as it arrives; once finished, the report and what was not reached. */
export function BulkRunPanel({
	bulk,
	height,
	width,
}: {
	readonly bulk: BulkRun;
	readonly height: number;
	readonly width: number;
}) {
	const reached = new Set(bulk.outcomes.map((outcome) => outcome.key));
	const notReached = bulk.finished
		? bulk.items.filter((item) => !reached.has(item.key)).map((item) => item.instance.alias)
		: [];
	return (
		<LinesPanel
			title={
				bulk.finished
					? `Report: ${bulk.sent} sent · ${bulk.failed} failed · ${bulk.total - bulk.outcomes.length} not reached`
					: 'Applying…'
			}
			lines={reportLines(bulk.outcomes, notReached)}
			scroll={bulk.scroll}
			height={height}
			width={width}
			prompt={
				bulk.finished
					? `${keyHint('bulk-report.close')} close (failed changes stay pending: s → y retries them)`
					: undefined
			}
		/>
	);
}

/** sent / failed / left and the time left, while the apply runs. */
export function BulkProgressLine({bulk}: {readonly bulk: BulkRun}) {
	const theme = useTheme();
	return (
		<Text wrap="truncate" color={bulk.stopping ? theme.warning : theme.accent}>
			{bulk.stopping ? 'Stopping: requests in flight finish · ' : 'Applying: '}
			{`${bulk.sent} sent · ${bulk.failed} failed · ${bulk.total - bulk.outcomes.length} left · about ${formatDuration(bulk.timeLeftMs)} left`}
			{bulk.stopping ? '' : ` · ${keyHint('bulk-running.stop')} stops`}
		</Text>
	);
}

/** The review of a bulk plan (the matrix's changes, or the bulk tags form's): y applies, n cancels. */
export function BulkReviewPanel({
	title,
	plan,
	scroll,
	height,
	width,
}: {
	readonly title: string;
	readonly plan: BulkPlan;
	readonly scroll: number;
	readonly height: number;
	readonly width: number;
}) {
	return (
		<LinesPanel
			title={title}
			lines={reviewLines(plan)}
			scroll={scroll}
			height={height}
			width={width}
			prompt={`${keyHint('bulk-review.apply')} apply · ${keyHint('bulk-review.cancel')} cancel (nothing is sent)`}
		/>
	);
}

/** Leaving with changes not applied: y leaves and drops them, n stays. */
export function BulkLeavePanel({
	title,
	text,
	width,
}: {
	readonly title: string;
	readonly text: string;
	readonly width: number;
}) {
	return (
		<LinesPanel
			title={title}
			lines={[{text, tone: 'warning'}]}
			scroll={0}
			height={5}
			width={width}
			prompt={`${keyHint('bulk-confirm.yes')} leave and drop them · ${keyHint('bulk-confirm.no')} stay`}
		/>
	);
}
