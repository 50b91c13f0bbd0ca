// The instance attribute types Amazon Connect knows, in the order the API lists them.

export const attributeTypes = [
	'AUTO_RESOLVE_BEST_VOICES',
	'CONTACTFLOW_LOGS',
	'CONTACT_LENS',
	'EARLY_MEDIA',
	'ENHANCED_CHAT_MONITORING',
	'ENHANCED_CONTACT_MONITORING',
	'HIGH_VOLUME_OUTBOUND',
	'INBOUND_CALLS',
	'MESSAGE_STREAMING',
	'MULTI_PARTY_CHAT_CONFERENCE',
	'MULTI_PARTY_CONFERENCE',
	'OUTBOUND_CALLS',
	'USE_CUSTOM_TTS_VOICES',
] as const;

export type AttributeType = (typeof attributeTypes)[number];

export function isAttributeType(value: string): value is AttributeType {
	return (attributeTypes as readonly string[]).includes(value);
}

/** Every known attribute takes "true" or "false". */
export function isValidAttributeValue(value: string): boolean {
	return value === 'true' || value === 'false';
}
