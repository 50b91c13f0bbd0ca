// Where Amazon Connect is offered. Pure data and checks.

/** Commercial regions where Amazon Connect is offered, as documented (Amazon Connect endpoints and quotas). */
export const CONNECT_REGIONS: readonly string[] = Object.freeze([
	'us-east-1',
	'us-west-2',
	'af-south-1',
	'ap-northeast-1',
	'ap-northeast-2',
	'ap-southeast-1',
	'ap-southeast-2',
	'ca-central-1',
	'eu-central-1',
	'eu-west-2',
]);

/**
 * Regions an account answers in only after enabling them (AWS Account Management, "opt-in regions").
 * Elsewhere their requests fail with UnrecognizedClientException: "not enabled", not a failure.
 */
export const OPT_IN_REGIONS: ReadonlySet<string> = new Set([
	'af-south-1',
	'ap-east-1',
	'ap-east-2',
	'ap-south-2',
	'ap-southeast-3',
	'ap-southeast-4',
	'ap-southeast-5',
	'ap-southeast-7',
	'ca-west-1',
	'eu-central-2',
	'eu-south-1',
	'eu-south-2',
	'il-central-1',
	'me-central-1',
	'me-south-1',
	'mx-central-1',
]);

/** AWS GovCloud (US) regions where Amazon Connect is offered. */
export const GOVCLOUD_CONNECT_REGIONS: readonly string[] = Object.freeze(['us-gov-west-1']);

/** Region code → human name, for every Connect region (and a few neighbours users may type). */
export const REGION_NAMES: Readonly<Record<string, string>> = Object.freeze({
	'us-east-1': 'US East (N. Virginia)',
	'us-east-2': 'US East (Ohio)',
	'us-west-1': 'US West (N. California)',
	'us-west-2': 'US West (Oregon)',
	'af-south-1': 'Africa (Cape Town)',
	'ap-northeast-1': 'Asia Pacific (Tokyo)',
	'ap-northeast-2': 'Asia Pacific (Seoul)',
	'ap-northeast-3': 'Asia Pacific (Osaka)',
	'ap-south-1': 'Asia Pacific (Mumbai)',
	'ap-southeast-1': 'Asia Pacific (Singapore)',
	'ap-southeast-2': 'Asia Pacific (Sydney)',
	'ca-central-1': 'Canada (Central)',
	'eu-central-1': 'Europe (Frankfurt)',
	'eu-west-1': 'Europe (Ireland)',
	'eu-west-2': 'Europe (London)',
	'eu-west-3': 'Europe (Paris)',
	'eu-north-1': 'Europe (Stockholm)',
	'sa-east-1': 'South America (São Paulo)',
	'us-gov-west-1': 'AWS GovCloud (US-West)',
	'us-gov-east-1': 'AWS GovCloud (US-East)',
});

const REGION_CODE = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;

/** Shape check only (`eu-central-1`, `us-gov-west-1`, `us-isob-east-1`); says nothing about whether Connect is there. */
export function isValidRegionCode(code: string): boolean {
	return REGION_CODE.test(code);
}

export type Partition = 'aws' | 'aws-us-gov' | 'aws-cn' | 'aws-iso' | 'aws-iso-b' | 'aws-iso-other';

/** The partition a region code belongs to. */
export function partitionOf(region: string): Partition {
	if (region.startsWith('us-gov-')) return 'aws-us-gov';
	if (region.startsWith('cn-')) return 'aws-cn';
	if (/^[a-z]{2}-iso-/.test(region)) return 'aws-iso';
	if (/^[a-z]{2}-isob-/.test(region)) return 'aws-iso-b';
	if (/^[a-z]{2}-iso[a-z]+-/.test(region)) return 'aws-iso-other';
	return 'aws';
}

/**
 * Every Connect region for `--all-regions`. The hint is a partition name (`aws-us-gov`) or a region code
 * (`us-gov-west-1`); GovCloud hints give the GovCloud list, anything else (or nothing) the commercial list.
 */
export function allRegionsFor(partitionHint?: string): readonly string[] {
	const hint = partitionHint?.trim().toLowerCase() ?? '';
	if (hint === 'aws-us-gov' || hint.startsWith('us-gov-')) return GOVCLOUD_CONNECT_REGIONS;
	return CONNECT_REGIONS;
}

/** "eu-central-1 Europe (Frankfurt)", or the code alone for regions we have no name for. */
export function regionLabel(code: string): string {
	const name = REGION_NAMES[code];
	return name === undefined ? code : `${code} ${name}`;
}
