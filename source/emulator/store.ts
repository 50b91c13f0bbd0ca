// The emulator's mutable world: accounts, their instances per region, attributes and tags.
import {attributeTypes} from './attributes.js';
import type {Seed, SeedAccount, SeedInstance} from './types.js';

export type InstanceRecord = {
	readonly seed: SeedInstance;
	readonly accountId: string;
	readonly region: string;
	readonly arn: string;
	readonly accessUrl: string;
	readonly serviceRole: string;
	/** Attribute type → "true"/"false"; INBOUND_CALLS/OUTBOUND_CALLS are the source of the calls flags. */
	readonly attributes: Map<string, string>;
	readonly tags: Map<string, string>;
};

export type AccountRecord = {
	readonly accountId: string;
	readonly name?: string;
	readonly principalArn: string;
	readonly secretAccessKeys: Map<string, string>;
	/** Opt-in regions enabled; undefined: every region answers. */
	readonly optInRegions?: ReadonlySet<string>;
	/** Roles AssumeRole may assume; undefined: any. */
	readonly roles?: ReadonlySet<string>;
};

/** Credentials minted by STS or the SSO portal: valid only with their session token, until they expire. */
export type TemporaryCredentials = {
	readonly accountId: string;
	readonly accessKeyId: string;
	readonly secretAccessKey: string;
	readonly sessionToken: string;
	/** The assumed-role session these credentials act as. */
	readonly principalArn: string;
	expiresAt: number;
};

export function instanceArn(region: string, accountId: string, id: string): string {
	return `arn:aws:connect:${region}:${accountId}:instance/${id}`;
}

const instanceArnPattern = /^arn:aws[a-z-]*:connect:([a-z0-9-]+):(\d{12}):instance\/([^/]+)$/;

export function parseInstanceArn(arn: string): {region: string; accountId: string; id: string} | undefined {
	const match = instanceArnPattern.exec(arn);
	if (!match) return undefined;
	return {region: match[1]!, accountId: match[2]!, id: match[3]!};
}

export class Store {
	readonly #accountsByKey = new Map<string, AccountRecord>();
	readonly #accounts = new Map<string, AccountRecord>();
	/** `${accountId}/${region}` → instances in seed order. */
	readonly #byPair = new Map<string, InstanceRecord[]>();
	readonly #byArn = new Map<string, InstanceRecord>();
	readonly #temporary = new Map<string, TemporaryCredentials>();

	constructor(seed: Seed) {
		for (const account of seed.accounts) this.#addAccount(account);
	}

	#addAccount(account: SeedAccount): void {
		const record: AccountRecord = {
			accountId: account.accountId,
			...(account.name === undefined ? {} : {name: account.name}),
			principalArn: account.principalArn ?? `arn:aws:iam::${account.accountId}:user/connect-admin`,
			secretAccessKeys: new Map(Object.entries(account.secretAccessKeys ?? {})),
			...(account.optInRegions === undefined ? {} : {optInRegions: new Set(account.optInRegions)}),
			...(account.roles === undefined ? {} : {roles: new Set(account.roles)}),
		};
		this.#accounts.set(account.accountId, record);
		for (const key of account.accessKeyIds) this.#accountsByKey.set(key, record);
		for (const [region, instances] of Object.entries(account.regions)) {
			const list = this.#byPair.get(`${account.accountId}/${region}`) ?? [];
			for (const seed of instances) {
				const arn = instanceArn(region, account.accountId, seed.id);
				const attributes = new Map<string, string>();
				for (const type of attributeTypes) attributes.set(type, seed.attributes?.[type] ?? 'false');
				attributes.set('INBOUND_CALLS', String(seed.inboundCalls));
				attributes.set('OUTBOUND_CALLS', String(seed.outboundCalls));
				const record: InstanceRecord = {
					seed,
					accountId: account.accountId,
					region,
					arn,
					accessUrl: `https://${seed.alias}.my.connect.aws`,
					serviceRole:
						seed.serviceRole ??
						`arn:aws:iam::${account.accountId}:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_${seed.id.replace(/-/g, '').slice(0, 20)}`,
					attributes,
					tags: new Map(Object.entries(seed.tags ?? {})),
				};
				list.push(record);
				this.#byArn.set(arn, record);
			}
			this.#byPair.set(`${account.accountId}/${region}`, list);
		}
	}

	accountForKey(accessKeyId: string): AccountRecord | undefined {
		return this.#accountsByKey.get(accessKeyId);
	}

	account(accountId: string): AccountRecord | undefined {
		return this.#accounts.get(accountId);
	}

	/** Temporary credentials (from AssumeRole or the SSO portal) that authenticate as their account. */
	addTemporary(credentials: TemporaryCredentials): void {
		const record = this.#accounts.get(credentials.accountId);
		if (!record) return;
		record.secretAccessKeys.set(credentials.accessKeyId, credentials.secretAccessKey);
		this.#accountsByKey.set(credentials.accessKeyId, record);
		this.#temporary.set(credentials.accessKeyId, credentials);
	}

	/** The temporary credentials behind an access key id, or undefined for a long-term key. */
	temporary(accessKeyId: string): TemporaryCredentials | undefined {
		return this.#temporary.get(accessKeyId);
	}

	/** Every temporary credential expires at `now`. */
	expireTemporary(now: number): void {
		for (const credentials of this.#temporary.values()) credentials.expiresAt = Math.min(credentials.expiresAt, now);
	}

	instances(accountId: string, region: string): readonly InstanceRecord[] {
		return this.#byPair.get(`${accountId}/${region}`) ?? [];
	}

	byArn(arn: string): InstanceRecord | undefined {
		return this.#byArn.get(arn);
	}

	/** An instance named by id or ARN, as seen from (accountId, region); undefined when there is none. */
	find(accountId: string, region: string, idOrArn: string): InstanceRecord | undefined {
		const parsed = parseInstanceArn(idOrArn);
		if (parsed) {
			if (parsed.accountId !== accountId || parsed.region !== region) return undefined;
			return this.#byArn.get(idOrArn);
		}
		return this.#byArn.get(instanceArn(region, accountId, idOrArn));
	}
}
