// The instance attribute catalogue (UpdateInstanceAttribute's AttributeType) and its display order.
import type {InstanceAttribute} from './types.js';

export type AttributeInfo = {
	readonly type: string;
	readonly label: string;
	readonly description: string;
};

/** Every attribute type, in the order of the API reference's AttributeType valid values. */
export const ATTRIBUTE_CATALOGUE: readonly AttributeInfo[] = Object.freeze([
	{
		type: 'INBOUND_CALLS',
		label: 'Inbound calls',
		description: 'Customers can call in to the instance’s phone numbers.',
	},
	{
		type: 'OUTBOUND_CALLS',
		label: 'Outbound calls',
		description: 'Agents and flows can place calls out of the contact center.',
	},
	{
		type: 'CONTACTFLOW_LOGS',
		label: 'Flow logs',
		description: 'Flows write their execution logs to Amazon CloudWatch Logs.',
	},
	{
		type: 'CONTACT_LENS',
		label: 'Contact Lens',
		description: 'Conversational analytics: transcripts, sentiment, categories and redaction.',
	},
	{
		type: 'AUTO_RESOLVE_BEST_VOICES',
		label: 'Best available voices',
		description: 'Uses the best Amazon Polly voice engine available for each voice automatically.',
	},
	{
		type: 'USE_CUSTOM_TTS_VOICES',
		label: 'Custom TTS voices',
		description: 'Allows custom Amazon Polly voices; only for allowlisted accounts (ask AWS Support).',
	},
	{
		type: 'EARLY_MEDIA',
		label: 'Early media',
		description: 'Agents hear ringback and carrier messages on outbound calls before the callee answers.',
	},
	{
		type: 'MULTI_PARTY_CONFERENCE',
		label: 'Multi-party calls',
		description: 'Up to six parties on a voice call, instead of three.',
	},
	{
		type: 'HIGH_VOLUME_OUTBOUND',
		label: 'High-volume outbound',
		description: 'High-volume outbound communications (outbound campaigns).',
	},
	{
		type: 'ENHANCED_CONTACT_MONITORING',
		label: 'Enhanced call monitoring',
		description: 'Supervisors can barge into voice calls, not only listen.',
	},
	{
		type: 'ENHANCED_CHAT_MONITORING',
		label: 'Enhanced chat monitoring',
		description: 'Supervisors can barge into chats, not only monitor them.',
	},
	{type: 'MULTI_PARTY_CHAT_CONFERENCE', label: 'Multi-party chats', description: 'Up to six parties in one chat.'},
	{
		type: 'MESSAGE_STREAMING',
		label: 'Message streaming',
		description:
			'Streams chat messages to Amazon Lex; the Lex bot alias policy must allow lex:RecognizeMessageAsync for this instance.',
	},
]);

const CATALOGUE_BY_TYPE: ReadonlyMap<string, AttributeInfo> = new Map(
	ATTRIBUTE_CATALOGUE.map((info) => [info.type, info]),
);

export function attributeInfo(type: string): AttributeInfo {
	return CATALOGUE_BY_TYPE.get(type) ?? {type, label: type, description: ''};
}

export function isKnownAttributeType(type: string): boolean {
	return CATALOGUE_BY_TYPE.has(type);
}

export type AttributeRow = AttributeInfo & {
	/** true/false when AWS said "true"/"false"; undefined when missing or not a boolean. */
	readonly value: boolean | undefined;
	/** The value exactly as AWS sent it (unsanitised), when the attribute was present. */
	readonly raw?: string;
};

/** "true"/"false" (any case, surrounding spaces ignored) → boolean; anything else → undefined. */
export function parseAttributeValue(raw: string | undefined): boolean | undefined {
	const value = raw?.trim().toLowerCase();
	if (value === 'true') return true;
	if (value === 'false') return false;
	return undefined;
}

/** The string UpdateInstanceAttribute expects. */
export function attributeValueString(value: boolean): string {
	return value ? 'true' : 'false';
}

/** Every catalogue type in order (missing ones with value undefined), then unknown types sorted by type. */
export function orderAttributes(attrs: readonly InstanceAttribute[]): AttributeRow[] {
	const raw = new Map<string, string>();
	for (const attribute of attrs) raw.set(attribute.type, attribute.value);
	const row = (info: AttributeInfo): AttributeRow => {
		const value = raw.get(info.type);
		return value === undefined ? {...info, value: undefined} : {...info, value: parseAttributeValue(value), raw: value};
	};
	const known = ATTRIBUTE_CATALOGUE.map(row);
	const unknown = [...raw.keys()]
		.filter((type) => !CATALOGUE_BY_TYPE.has(type))
		.sort(compareCodeUnits)
		.map((type) => row(attributeInfo(type)));
	return [...known, ...unknown];
}

function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
