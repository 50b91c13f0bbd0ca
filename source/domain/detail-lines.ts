// The detail view's content as display lines: Overview, Replication, Attributes, Tags, Instance settings.
import {orderAttributes, parseAttributeValue} from './attributes.js';
import {instanceDrift, type Baseline, type Drift, type InstanceFacts} from './baseline.js';
import {PRESENT} from './baseline-sections.js';
import {DRIFT_MARK} from './matrix-layout.js';
import {
	formatBool,
	formatDateTime,
	formatStatus,
	humanizeReplicationStatus,
	isReplicationFailure,
	MISSING,
} from './format.js';
import {formatIdentity} from './columns.js';
import {displayWidth, padToWidth, sanitize, sanitizeLine, truncateToWidth, wrapToWidth} from './sanitize.js';
import {
	STORAGE_RESOURCE_TYPES,
	storageEncryption,
	type StorageEncryption,
	type TrafficDistributionGroup,
} from './settings.js';
import {settingsLines, trafficGroupLines, type SettingsInput} from './settings-lines.js';
import {sortedTagEntries} from './tags.js';
import type {DetailLine, Tone} from './detail-line.js';
import type {InstanceAttribute, InstanceDetail, InstanceSummary, Loadable, Tags} from './types.js';

export type {DetailLine, Tone} from './detail-line.js';

export type DetailInput = {
	readonly summary: InstanceSummary;
	readonly describe: Loadable<InstanceDetail>;
	readonly attributes: Loadable<readonly InstanceAttribute[]>;
	readonly tags: Loadable<Tags>;
	readonly settings?: SettingsInput & {readonly trafficGroups?: Loadable<readonly TrafficDistributionGroup[]>};
	/** --baseline: its drift is marked on the attributes and tags that differ. */
	readonly baseline?: Baseline;
};

/** What differs from the baseline in what the detail view has loaded (nothing without one). */
export function detailDrift(input: DetailInput): readonly Drift[] {
	if (!input.baseline) return [];
	const facts: InstanceFacts = {
		...(input.attributes.kind === 'ok'
			? {attributes: Object.fromEntries(input.attributes.value.map((a) => [a.type, parseAttributeValue(a.value)]))}
			: {}),
		...(input.tags.kind === 'ok' ? {tags: input.tags.value} : {}),
		...storageFacts(input.settings),
	};
	return instanceDrift(input.baseline, input.summary, facts).drift;
}

/** Storage as baselines read it: only once every type has been read without an error. */
function storageFacts(settings: DetailInput['settings']): InstanceFacts {
	const storage: Record<string, StorageEncryption> = {};
	for (const type of STORAGE_RESOURCE_TYPES) {
		const load = settings?.storage[type];
		if (load?.kind !== 'ok') return {};
		storage[type] = storageEncryption(load.value);
	}

	return {storage};
}

/** `≠ off (baseline: on)`: the held value, marked, and what the baseline wants. */
function driftText(held: string, item: Drift): string {
	const want =
		item.Want === null
			? 'absent'
			: typeof item.Want === 'boolean'
				? formatBool(item.Want)
				: Array.isArray(item.Want)
					? item.Want.join(' | ')
					: String(item.Want);
	return `${DRIFT_MARK} ${held} (baseline: ${sanitizeLine(want === PRESENT ? 'present' : want)})`;
}

const LABEL_WIDTH = 28;

function field(label: string, value: string | undefined, tone?: Tone): DetailLine {
	return {
		// Padded by the columns the terminal draws (a CJK tag key is two per character), so values line up.
		label: `${padToWidth(label, LABEL_WIDTH - 1)} `,
		text: value === undefined || value === '' ? MISSING : value,
		tone,
	};
}

function identifier(line: DetailLine): DetailLine {
	return {...line, identifier: true};
}

function failure(load: {code: string; message: string}): DetailLine {
	return {text: `✗ ${sanitize(load.code)}: ${sanitizeLine(load.message, 500)}`, tone: 'error'};
}

function statusTone(status: string): Tone {
	if (status === 'ACTIVE') return 'ok';
	if (status === 'CREATION_FAILED') return 'error';
	return 'warning';
}

function overview(summary: InstanceSummary, describe: DetailInput['describe']): DetailLine[] {
	const detail: InstanceSummary & Partial<InstanceDetail> = describe.kind === 'ok' ? describe.value : summary;
	const lines: DetailLine[] = [{text: 'Overview', tone: 'heading'}];
	if (describe.kind === 'error') lines.push(failure(describe));
	if (describe.kind === 'loading') lines.push({text: 'loading DescribeInstance…', tone: 'muted'});
	lines.push(
		field('ID', sanitize(detail.id)),
		identifier(field('ARN', sanitizeLine(detail.arn))),
		field('Alias', sanitizeLine(detail.alias)),
		field('Status', formatStatus(detail.status), statusTone(detail.status)),
		describe.kind === 'loading'
			? field('Status reason', '…', 'muted')
			: field(
					'Status reason',
					detail.statusReason === undefined ? undefined : sanitizeLine(detail.statusReason),
					detail.statusReason ? 'error' : undefined,
				),
		field('Identity management', formatIdentity(detail.identityManagementType)),
		identifier(field('Service role', detail.serviceRole === undefined ? undefined : sanitizeLine(detail.serviceRole))),
		field('Created', formatDateTime(detail.createdTime)),
		field('Inbound calls', formatBool(detail.inboundCalls)),
		field('Outbound calls', formatBool(detail.outboundCalls)),
		identifier(field('Access URL', detail.accessUrl === undefined ? undefined : sanitizeLine(detail.accessUrl))),
		field('Profile / region', `${sanitize(detail.profile)} / ${sanitize(detail.region)}`),
	);
	return lines;
}

function replication(describe: DetailInput['describe']): DetailLine[] {
	const lines: DetailLine[] = [{text: ' '}, {text: 'Replication', tone: 'heading'}];
	if (describe.kind === 'loading') return [...lines, {text: 'loading…', tone: 'muted'}];
	if (describe.kind === 'error') return [...lines, failure(describe)];
	const info = describe.value.replication;
	if (!info) return [...lines, {text: 'not replicated', tone: 'muted'}];
	lines.push(
		field('Source region', info.sourceRegion === undefined ? undefined : sanitize(info.sourceRegion)),
		identifier(
			field(
				'Global sign-in',
				info.globalSignInEndpoint === undefined ? undefined : sanitizeLine(info.globalSignInEndpoint),
			),
		),
	);
	if (info.regions.length === 0) lines.push({text: 'no replica regions', tone: 'muted'});
	for (const region of info.regions) {
		const reason = region.statusReason ? ` — ${sanitizeLine(region.statusReason, 500)}` : '';
		lines.push(
			field(
				`  ${sanitize(region.region)}`,
				humanizeReplicationStatus(region.status) + reason,
				isReplicationFailure(region.status)
					? 'error'
					: region.status === 'INSTANCE_REPLICATION_COMPLETE'
						? 'ok'
						: 'warning',
			),
		);
	}

	return lines;
}

function attributes(load: DetailInput['attributes'], drift: readonly Drift[]): DetailLine[] {
	const lines: DetailLine[] = [{text: ' '}, {text: 'Attributes', tone: 'heading'}];
	if (load.kind === 'loading') return [...lines, {text: 'loading…', tone: 'muted'}];
	if (load.kind === 'error') return [...lines, failure(load)];
	for (const row of orderAttributes(load.value)) {
		const differs = drift.find((item) => item.Kind === 'attribute' && item.Name === row.type);
		lines.push(
			differs
				? field(sanitize(row.type), driftText(formatBool(row.value), differs), 'warning')
				: field(sanitize(row.type), formatBool(row.value), row.value ? 'ok' : 'muted'),
		);
	}

	return lines;
}

function tags(load: DetailInput['tags'], drift: readonly Drift[]): DetailLine[] {
	const lines: DetailLine[] = [{text: ' '}, {text: 'Tags', tone: 'heading'}];
	if (load.kind === 'loading') return [...lines, {text: 'loading…', tone: 'muted'}];
	if (load.kind === 'error') return [...lines, failure(load)];
	const entries = sortedTagEntries(load.value);
	const differs = (key: string) => drift.find((item) => item.Kind === 'tag' && item.Name === key);
	const missing = drift.filter((item) => item.Kind === 'tag' && !Object.hasOwn(load.value, item.Name));
	if (entries.length === 0 && missing.length === 0) lines.push({text: 'no tags', tone: 'muted'});
	for (const [key, value] of entries) {
		const item = differs(key);
		lines.push(
			item
				? field(sanitizeLine(key, 60), driftText(sanitizeLine(value, 300), item), 'warning')
				: field(sanitizeLine(key, 60), sanitizeLine(value, 300)),
		);
	}

	for (const item of missing) lines.push(field(sanitizeLine(item.Name, 60), driftText('(absent)', item), 'warning'));
	return lines;
}

/**
 * Long values (reasons) continue on the next lines under their value instead of being cut; identifiers
 * (ARNs, URLs) are never broken: a terminal selection of a broken one would copy it broken.
 */
function wrapped(lines: readonly DetailLine[], width: number): DetailLine[] {
	const out: DetailLine[] = [];
	for (const line of lines) {
		const labelWidth = line.label === undefined ? 0 : displayWidth(line.label);
		const room = Math.max(10, width - labelWidth);
		const pieces = line.identifier ? [truncateToWidth(line.text, room)] : wrapToWidth(line.text, room, 12);
		pieces.forEach((piece, index) => {
			out.push({
				...line,
				label: index === 0 || line.label === undefined ? line.label : ' '.repeat(labelWidth),
				text: piece,
			});
		});
	}

	return out;
}

export function detailLines(input: DetailInput, width = Number.POSITIVE_INFINITY): DetailLine[] {
	const drift = detailDrift(input);
	const lines = [
		...overview(input.summary, input.describe),
		...replication(input.describe),
		...trafficGroupLines(input.settings?.trafficGroups),
		...attributes(input.attributes, drift),
		...tags(input.tags, drift),
		...settingsLines(input.settings, drift),
	];
	return Number.isFinite(width) ? wrapped(lines, width) : lines;
}
