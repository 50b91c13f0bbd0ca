// The detail view's "Instance settings" as display lines: storage (one line per resource type, with
// its encryption first so a cut line still says it), approved origins, Lambda, Lex V1 and V2, security
// keys, integrations and counts; and the traffic distribution groups of a replicated instance.
// Identifiers are marked `identifier`: the view cuts them with … instead of breaking them across lines.
import {isAccessDenied} from './apply-plan.js';
import {formatDate} from './format.js';
import {padToWidth, sanitize, sanitizeLine} from './sanitize.js';
import {
	COUNT_KINDS,
	SETTINGS_IAM_ACTIONS,
	STORAGE_LABELS,
	STORAGE_RESOURCE_TYPES,
	storageEncryption,
	type Count,
	type CountKind,
	type StorageConfig,
	type TrafficDistributionGroup,
} from './settings.js';
import type {Loadable} from './types.js';
import type {DetailLine, Tone} from './detail-line.js';
import type {Drift} from './baseline-schema.js';
import {DRIFT_MARK} from './matrix-layout.js';

/** What the lines are made from (the state's InstanceSettings, structurally). */
export type SettingsInput = {
	readonly storage: Readonly<Partial<Record<string, Loadable<readonly StorageConfig[]>>>>;
	readonly origins: Loadable<readonly string[]>;
	readonly lambdas: Loadable<readonly string[]>;
	readonly lexV1: Loadable<readonly {readonly name: string; readonly lexRegion: string}[]>;
	readonly lexV2: Loadable<readonly string[]>;
	readonly keys: Loadable<readonly {readonly associationId: string; readonly creationTime?: string}[]>;
	readonly integrations: Loadable<
		readonly {readonly type: string; readonly integrationArn: string; readonly sourceApplicationName?: string}[]
	>;
	readonly counts: Readonly<Partial<Record<CountKind, Loadable<Count>>>>;
};

const LABEL_WIDTH = 28;
const loading: Loadable<never> = {kind: 'loading'};

function field(label: string, text: string, tone?: Tone, identifier = true): DetailLine {
	return {
		label: `${padToWidth(label, LABEL_WIDTH - 1)} `,
		text,
		...(tone ? {tone} : {}),
		...(identifier ? {identifier: true} : {}),
	};
}

const indent = (text: string, tone?: Tone): DetailLine => field('', text, tone);

/** `✗ Code (missing IAM permission connect:X): message` — the permission before AWS's long message. */
export function sectionFailure(load: {code: string; message: string}, action: string): string {
	const permission = isAccessDenied(load.code) ? ` (missing IAM permission ${action})` : '';
	return `✗ ${sanitize(load.code)}${permission}: ${sanitizeLine(load.message, 500)}`;
}

/** `≠ not configured (baseline: encrypted)` on the type's first line, when a baseline wants otherwise. */
function storageLines(
	type: (typeof STORAGE_RESOURCE_TYPES)[number],
	load: Loadable<readonly StorageConfig[]>,
	differs?: Drift,
): DetailLine[] {
	const lines = storageConfigLines(type, load);
	if (!differs || lines.length === 0) return lines;
	const [first, ...rest] = lines;
	return [
		{...first!, text: `${DRIFT_MARK} ${first!.text} (baseline: ${String(differs.Want)})`, tone: 'warning'},
		...rest,
	];
}

function storageConfigLines(
	type: (typeof STORAGE_RESOURCE_TYPES)[number],
	load: Loadable<readonly StorageConfig[]>,
): DetailLine[] {
	const label = STORAGE_LABELS[type];
	if (load.kind === 'loading') return [field(label, 'loading…', 'muted')];
	if (load.kind === 'error') return [field(label, sectionFailure(load, SETTINGS_IAM_ACTIONS.storage), 'error', false)];
	const state = storageEncryption(load.value);
	if (state === 'not-configured') return [field(label, 'not configured', 'muted')];
	const lines: DetailLine[] = [];
	load.value.forEach((config, index) => {
		const name = index === 0 ? label : '';
		switch (config.kind) {
			case 's3': {
				const where = `s3://${sanitizeLine(config.bucket)}/${sanitizeLine(config.prefix)}`;
				lines.push(
					config.kmsKeyId
						? field(name, `encrypted · ${where}`, 'ok')
						: field(name, `not encrypted · ${where}`, 'warning'),
				);
				if (config.kmsKeyId) lines.push(indent(`KMS ${sanitizeLine(config.kmsKeyId)}`));
				break;
			}

			case 'kinesis-video': {
				const retention = config.retentionHours === undefined ? '' : `, kept ${config.retentionHours} h`;
				const where = `video stream ${sanitizeLine(config.prefix)}${retention}`;
				lines.push(
					config.kmsKeyId
						? field(name, `encrypted · ${where}`, 'ok')
						: field(name, `not encrypted · ${where}`, 'warning'),
				);
				if (config.kmsKeyId) lines.push(indent(`KMS ${sanitizeLine(config.kmsKeyId)}`));
				break;
			}

			case 'kinesis-stream':
				lines.push(field(name, `Kinesis stream ${sanitizeLine(config.streamArn)}`));
				break;
			case 'firehose':
				lines.push(field(name, `Firehose ${sanitizeLine(config.firehoseArn)}`));
				break;
			case 'other':
				lines.push(field(name, `storage type ${sanitize(config.storageType)}`, 'muted'));
				break;
		}
	});
	return lines;
}

/** One line per resource type; when every type failed alike (a missing permission), one line says so. */
function storageSection(storage: SettingsInput['storage'], drift: readonly Drift[]): DetailLine[] {
	const loads = STORAGE_RESOURCE_TYPES.map((type) => storage[type] ?? loading);
	const first = loads[0];
	if (first?.kind === 'error' && loads.every((load) => load.kind === 'error' && load.code === first.code)) {
		return [field('Every storage type', sectionFailure(first, SETTINGS_IAM_ACTIONS.storage), 'error', false)];
	}

	const differs = (type: string) => drift.find((item) => item.Kind === 'storage' && item.Name === type);
	return STORAGE_RESOURCE_TYPES.flatMap((type) => storageLines(type, storage[type] ?? loading, differs(type)));
}

function listSection<T>(
	title: string,
	load: Loadable<readonly T[]>,
	action: string,
	line: (item: T) => DetailLine,
	empty: string,
): DetailLine[] {
	if (load.kind === 'ok' && load.value.length === 0) return [field(title, empty, 'muted')];
	const count = load.kind === 'ok' ? ` (${load.value.length})` : '';
	const lines: DetailLine[] = [{text: `${title}${count}`, tone: 'heading'}];
	if (load.kind === 'loading') return [...lines, indent('loading…', 'muted')];
	if (load.kind === 'error') return [...lines, field('', sectionFailure(load, action), 'error', false)];
	return [...lines, ...load.value.map(line)];
}

const COUNT_LABELS: Readonly<Record<CountKind, string>> = {
	'phone-numbers': 'Phone numbers',
	users: 'Users',
	queues: 'Queues (standard)',
	flows: 'Flows',
};

function countLine(kind: CountKind, load: Loadable<Count>): DetailLine {
	const label = COUNT_LABELS[kind];
	if (load.kind === 'loading') return field(label, 'counting…', 'muted');
	if (load.kind === 'error') return field(label, sectionFailure(load, SETTINGS_IAM_ACTIONS[kind]), 'error', false);
	const {count, pages, done} = load.value;
	if (done) return field(label, count.toLocaleString('en-US'));
	return field(
		label,
		`counting… ${count.toLocaleString('en-US')} so far (${pages} ${pages === 1 ? 'page' : 'pages'})`,
		'muted',
	);
}

export function settingsLines(settings: SettingsInput | undefined, drift: readonly Drift[] = []): DetailLine[] {
	const s: SettingsInput = settings ?? {
		storage: {},
		origins: loading,
		lambdas: loading,
		lexV1: loading,
		lexV2: loading,
		keys: loading,
		integrations: loading,
		counts: {},
	};
	const blank: DetailLine = {text: ' '};
	return [
		blank,
		{text: 'Instance settings', tone: 'heading'},
		{text: 'Storage', tone: 'heading'},
		...storageSection(s.storage, drift),
		...listSection(
			'Approved origins',
			s.origins,
			SETTINGS_IAM_ACTIONS.origins,
			(origin) => indent(sanitizeLine(origin)),
			'none',
		),
		...listSection(
			'Lambda functions',
			s.lambdas,
			SETTINGS_IAM_ACTIONS.lambdas,
			(arn) => indent(sanitizeLine(arn)),
			'none',
		),
		...listSection(
			'Lex bots (V1)',
			s.lexV1,
			SETTINGS_IAM_ACTIONS.lexV1,
			(bot) => indent(`${sanitizeLine(bot.name)} · ${sanitize(bot.lexRegion)}`),
			'none',
		),
		...listSection('Lex bots (V2)', s.lexV2, SETTINGS_IAM_ACTIONS.lexV2, (arn) => indent(sanitizeLine(arn)), 'none'),
		...listSection(
			'Security keys',
			s.keys,
			SETTINGS_IAM_ACTIONS.keys,
			(key) => indent(`${sanitizeLine(key.associationId)} · added ${formatDate(key.creationTime)}`),
			'none',
		),
		...listSection(
			'Integrations',
			s.integrations,
			SETTINGS_IAM_ACTIONS.integrations,
			(item) =>
				field(
					sanitize(item.type),
					`${item.sourceApplicationName ? `${sanitizeLine(item.sourceApplicationName)} · ` : ''}${sanitizeLine(item.integrationArn)}`,
				),
			'none',
		),
		{text: 'Counts', tone: 'heading'},
		...COUNT_KINDS.map((kind) => countLine(kind, s.counts[kind] ?? loading)),
	];
}

/** The traffic distribution groups of a replicated instance (nothing while it is not known to be one). */
export function trafficGroupLines(load: Loadable<readonly TrafficDistributionGroup[]> | undefined): DetailLine[] {
	if (load === undefined) return [];
	return listSection(
		'Traffic distribution groups',
		load,
		SETTINGS_IAM_ACTIONS.trafficGroups,
		(group) =>
			field(
				sanitizeLine(group.name, 26),
				`${sanitize(group.status)}${group.isDefault ? ' · default' : ''} · ${sanitizeLine(group.arn)}`,
				group.status === 'ACTIVE' ? 'ok' : 'warning',
			),
		'none',
	);
}
