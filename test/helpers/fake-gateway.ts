// An in-memory ConnectGateway for component tests (end-to-end tests use the emulator and the real SDK).
import {AwsError} from '../../source/domain/errors.js';
import type {ConnectGateway} from '../../source/domain/gateway.js';
import {fakeSettingsGateway, type FakeSettings} from './fake-settings.js';
import type {InstanceAttribute, InstanceDetail, InstanceSummary, Tags, Target} from '../../source/domain/types.js';

export type FakeCall = {readonly method: string; readonly target: Target; readonly args: readonly unknown[]};

export type FakeInstance = InstanceDetail & {
	attributes: Record<string, string>;
	tags: Record<string, string>;
	settings?: FakeSettings;
};

export function fakeInstance(overrides: Partial<InstanceDetail> & {id: string; alias: string}): FakeInstance {
	const profile = overrides.profile ?? 'prod';
	const region = overrides.region ?? 'us-east-1';
	return {
		profile,
		region,
		arn: `arn:aws:connect:${region}:111122223333:instance/${overrides.id}`,
		status: 'ACTIVE',
		identityManagementType: 'CONNECT_MANAGED',
		createdTime: '2023-04-05T10:00:00.000Z',
		inboundCalls: true,
		outboundCalls: false,
		accessUrl: `https://${overrides.alias}.my.connect.aws`,
		...overrides,
		attributes: {INBOUND_CALLS: 'true', OUTBOUND_CALLS: 'false', CONTACT_LENS: 'true'},
		tags: {...overrides.tags},
	};
}

export type FailureMatch = {method?: string; region?: string; profile?: string; attributeType?: string; times?: number};

const WRITE_METHODS = new Set([
	'updateInstanceAttribute',
	'tagResource',
	'untagResource',
	'associateApprovedOrigin',
	'disassociateApprovedOrigin',
]);

export type FakeGateway = ConnectGateway & {
	readonly calls: FakeCall[];
	readonly instances: FakeInstance[];
	/** Make a (profile, region) or a method fail (only for one attribute type, only `times` calls: both optional). */
	fail(match: FailureMatch, error: AwsError): void;
	/** Calls that change something (updateInstanceAttribute, tagResource, untagResource), in order. */
	readonly writes: FakeCall[];
	/** Hold every listInstances of a region until release() is called. */
	hold(region: string): () => void;
};

function summaryOf(instance: FakeInstance): InstanceSummary {
	const {attributes: _a, tags: _t, statusReason: _s, replication: _r, settings: _settings, ...summary} = instance;
	return summary;
}

export function createFakeGateway(instances: FakeInstance[], options: {pageSize?: number} = {}): FakeGateway {
	const calls: FakeCall[] = [];
	const failures: Array<{match: FailureMatch; error: AwsError}> = [];
	const holds = new Map<string, Promise<void>>();
	const pageSize = options.pageSize ?? 10;

	const check = async (method: string, target: Target, args: unknown[]) => {
		calls.push({method, target, args});
		const hold = holds.get(target.region);
		if (hold && method === 'listInstances') await hold;
		const failure = failures.find(
			({match}) =>
				(match.method === undefined || match.method === method) &&
				(match.region === undefined || match.region === target.region) &&
				(match.profile === undefined || match.profile === target.profile) &&
				(match.attributeType === undefined ||
					(method.endsWith('InstanceAttribute') && args[1] === match.attributeType)) &&
				(match.times === undefined || match.times > 0),
		);
		if (failure) {
			if (failure.match.times !== undefined) failure.match.times--;
			throw failure.error;
		}
	};

	const find = (target: Target, id: string): FakeInstance => {
		const instance = instances.find(
			(i) => (i.id === id || i.arn === id) && i.profile === target.profile && i.region === target.region,
		);
		if (!instance) throw new AwsError('ResourceNotFoundException', `Instance ${id} not found`, 404);
		return instance;
	};

	const settingsOf = (target: Target, id: string): FakeSettings => {
		const instance = find(target, id);
		instance.settings ??= {};
		return instance.settings;
	};

	return {
		...fakeSettingsGateway(settingsOf, check),
		calls,
		instances,
		get writes() {
			return calls.filter((call) => WRITE_METHODS.has(call.method));
		},
		fail(match, error) {
			failures.push({match: {...match}, error});
		},
		hold(region) {
			let release!: () => void;
			holds.set(region, new Promise<void>((resolve) => (release = resolve)));
			return () => {
				holds.delete(region);
				release();
			};
		},
		async listInstances(target, options) {
			await check('listInstances', target, []);
			const rows = instances.filter((i) => i.profile === target.profile && i.region === target.region).map(summaryOf);
			for (let start = 0; start < rows.length; start += pageSize)
				options?.onPage?.(rows.slice(start, start + pageSize));
			if (rows.length === 0) options?.onPage?.([]);
			return rows;
		},
		async describeInstance(target, id) {
			await check('describeInstance', target, [id]);
			const instance = find(target, id);
			return {
				...summaryOf(instance),
				statusReason: instance.statusReason,
				replication: instance.replication,
				tags: {...instance.tags},
			};
		},
		async listInstanceAttributes(target, id) {
			await check('listInstanceAttributes', target, [id]);
			return Object.entries(find(target, id).attributes).map(([type, value]): InstanceAttribute => ({type, value}));
		},
		async describeInstanceAttribute(target, id, type) {
			await check('describeInstanceAttribute', target, [id, type]);
			return {type, value: find(target, id).attributes[type] ?? 'false'};
		},
		async updateInstanceAttribute(target, id, type, value) {
			await check('updateInstanceAttribute', target, [id, type, value]);
			find(target, id).attributes[type] = value;
		},
		async listTags(target, arn): Promise<Tags> {
			await check('listTags', target, [arn]);
			return {...find(target, arn).tags};
		},
		async tagResource(target, arn, tags) {
			await check('tagResource', target, [arn, tags]);
			Object.assign(find(target, arn).tags, tags);
		},
		async untagResource(target, arn, keys) {
			await check('untagResource', target, [arn, keys]);
			const instance = find(target, arn);
			for (const key of keys) delete instance.tags[key];
		},
	};
}
