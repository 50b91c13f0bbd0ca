// The instance-settings part of the in-memory gateway: each fake instance may carry settings;
// without them every section is empty. Approved origins can be changed.
import type {SettingsGateway} from '../../source/domain/settings-gateway.js';
import type {
	CountKind,
	Integration,
	LexBot,
	SecurityKey,
	StorageConfig,
	StorageResourceType,
	TrafficDistributionGroup,
} from '../../source/domain/settings.js';
import type {Target} from '../../source/domain/types.js';

export type FakeSettings = {
	storage?: Partial<Record<StorageResourceType, StorageConfig[]>>;
	approvedOrigins?: string[];
	lambdaFunctions?: string[];
	lexBots?: LexBot[];
	lexV2AliasArns?: string[];
	securityKeys?: SecurityKey[];
	integrations?: Integration[];
	trafficDistributionGroups?: TrafficDistributionGroup[];
	counts?: Partial<Record<CountKind, number>>;
};

type Check = (method: string, target: Target, args: unknown[]) => Promise<void>;

export function fakeSettingsGateway(
	settingsOf: (target: Target, instanceId: string) => FakeSettings,
	check: Check,
): SettingsGateway {
	const read =
		<T>(method: string, pick: (settings: FakeSettings) => readonly T[] | undefined) =>
		async (target: Target, instanceId: string): Promise<readonly T[]> => {
			await check(method, target, [instanceId]);
			return [...(pick(settingsOf(target, instanceId)) ?? [])];
		};

	return {
		async listStorageConfigs(target, instanceId, resourceType) {
			await check('listStorageConfigs', target, [instanceId, resourceType]);
			return [...(settingsOf(target, instanceId).storage?.[resourceType] ?? [])];
		},
		listApprovedOrigins: read('listApprovedOrigins', (settings) => settings.approvedOrigins),
		async associateApprovedOrigin(target, instanceId, origin) {
			await check('associateApprovedOrigin', target, [instanceId, origin]);
			const settings = settingsOf(target, instanceId);
			settings.approvedOrigins = [...(settings.approvedOrigins ?? []), origin];
		},
		async disassociateApprovedOrigin(target, instanceId, origin) {
			await check('disassociateApprovedOrigin', target, [instanceId, origin]);
			const settings = settingsOf(target, instanceId);
			settings.approvedOrigins = (settings.approvedOrigins ?? []).filter((item) => item !== origin);
		},
		listLambdaFunctions: read('listLambdaFunctions', (settings) => settings.lambdaFunctions),
		listLexBots: read('listLexBots', (settings) => settings.lexBots),
		listLexV2Bots: read('listLexV2Bots', (settings) => settings.lexV2AliasArns),
		listSecurityKeys: read('listSecurityKeys', (settings) => settings.securityKeys),
		listIntegrations: read('listIntegrations', (settings) => settings.integrations),
		listTrafficDistributionGroups: read(
			'listTrafficDistributionGroups',
			(settings) => settings.trafficDistributionGroups,
		),
		async count(target, instance, kind, options) {
			await check('count', target, [instance.id, kind]);
			const total = settingsOf(target, instance.id).counts?.[kind] ?? 0;
			options?.onPage?.(total, 1);
			return total;
		},
	};
}
