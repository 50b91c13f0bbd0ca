// The lines of the bulk review (what will be sent, what is left out, how many requests, how long)
// and of the report (each instance's outcome). Display-safe. Pure.
import type {BulkPlan, LeftOut} from './bulk-plan.js';
import {formatDuration} from './matrix-layout.js';
import {sanitizeLine} from './sanitize.js';
import {MAX_TAGS} from './tags.js';
import type {InstanceSummary} from './types.js';

export type Line = {
	readonly text: string;
	readonly tone?: 'muted' | 'warning' | 'error' | 'ok' | 'pending' | 'heading';
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function where(instance: InstanceSummary): string {
	return `${sanitizeLine(instance.alias)} (${sanitizeLine(instance.profile)} ${instance.region})`;
}

const onOff = (value: boolean | undefined) => (value === undefined ? 'unknown' : value ? 'on' : 'off');
const quote = (value: string | undefined) => (value === undefined ? 'absent' : JSON.stringify(sanitizeLine(value)));

const LEFT_OUT_TEXT: Readonly<Record<LeftOut['reason'], string>> = {
	holds: 'already hold the wanted values',
	'read-only': 'are in read-only profiles',
	'not-loaded': 'have no values read yet (wait for them, then review again)',
	'too-many-tags': `would have more than ${MAX_TAGS} tags (Amazon Connect's limit)`,
};

export function reviewLines(plan: BulkPlan): Line[] {
	const lines: Line[] = [];
	const instances = plan.items.length;
	if (instances === 0) {
		lines.push({text: 'Nothing to send.', tone: 'heading'});
	} else {
		lines.push({
			text: `${plural(instances, 'instance')} · ${plural(plan.writes, 'request')} that change AWS · about ${formatDuration(plan.durationMs)}`,
			tone: 'heading',
		});
		lines.push({
			text: `(${plan.requests} requests with the reads before and after, paced by Amazon Connect's quota)`,
			tone: 'muted',
		});
	}

	for (const item of plan.items) {
		if (item.kind === 'attributes') {
			const changes = item.changes.map((change) => `${change.type} ${onOff(change.from)} → ${onOff(change.to)}`);
			lines.push({text: `${where(item.instance)}: ${changes.join(', ')}`, tone: 'pending'});
		} else {
			const set = Object.entries(item.change.set).map(
				([key, value]) => `${sanitizeLine(key)} ${quote(item.change.before[key])} → ${quote(value)}`,
			);
			const removed = item.change.remove.map((key) => `${sanitizeLine(key)} ${quote(item.change.before[key])} removed`);
			lines.push({text: `${where(item.instance)}: ${[...set, ...removed].join(', ')}`, tone: 'pending'});
		}
	}

	for (const reason of ['holds', 'read-only', 'not-loaded', 'too-many-tags'] as const) {
		const left = plan.leftOut.filter((entry) => entry.reason === reason);
		if (left.length === 0) continue;
		lines.push({
			text: `Left out: ${plural(left.length, 'instance')} ${LEFT_OUT_TEXT[reason]}: ${left.map((entry) => sanitizeLine(entry.instance.alias)).join(', ')}`,
			tone: reason === 'holds' ? 'muted' : 'warning',
		});
	}

	return lines;
}

export type ReportEntry = {
	readonly alias: string;
	readonly status: 'done' | 'failed' | 'partial' | 'conflict' | 'not-sent' | 'check-failed';
	readonly lines: readonly string[];
};

const STATUS_TEXT: Readonly<Record<ReportEntry['status'], string>> = {
	done: 'done',
	failed: 'FAILED',
	partial: 'PARTLY done',
	conflict: 'CONFLICT, nothing sent',
	'not-sent': 'not sent',
	'check-failed': 'could not check, nothing sent',
};

export function reportLines(entries: readonly ReportEntry[], notReached: readonly string[]): Line[] {
	const lines: Line[] = [];
	for (const entry of entries) {
		const tone = entry.status === 'done' ? 'ok' : entry.status === 'not-sent' ? 'muted' : 'error';
		lines.push({text: `${sanitizeLine(entry.alias)}: ${STATUS_TEXT[entry.status]}`, tone});
		for (const line of entry.lines) lines.push({text: `  ${sanitizeLine(line)}`, tone: 'muted'});
	}

	if (notReached.length > 0) {
		lines.push({text: `Not reached: ${notReached.map((alias) => sanitizeLine(alias)).join(', ')}`, tone: 'muted'});
	}

	return lines;
}
