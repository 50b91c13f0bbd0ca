import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseBaseline} from '../../source/domain/baseline-parse.js';
import {detailLines} from '../../source/domain/detail-lines.js';
import {STORAGE_RESOURCE_TYPES} from '../../source/domain/settings.js';
import {displayWidth, wrapToWidth} from '../../source/domain/sanitize.js';
import type {InstanceDetail} from '../../source/domain/types.js';

const detail: InstanceDetail = {
	profile: 'prod',
	region: 'us-east-1',
	id: 'abc',
	arn: 'arn:aws:connect:us-east-1:111122223333:instance/0123456789abcdef0123456789abcdef',
	alias: 'jade',
	status: 'CREATION_FAILED',
	statusReason: `Directory creation failed \u001B[2J ${'x'.repeat(200)}`,
	identityManagementType: 'SAML',
	inboundCalls: true,
	outboundCalls: false,
	replication: {
		sourceRegion: 'us-east-1',
		regions: [{region: 'us-west-2', status: 'INSTANCE_REPLICATION_FAILED', statusReason: 'quota'}],
	},
	tags: {b: '2', a: '1'},
};

describe('detail lines', () => {
	it('marks storage that differs from a baseline, once every storage type has been read', () => {
		const parsed = parseBaseline(
			'rules:\n  - storage: {CALL_RECORDINGS: encrypted, CHAT_TRANSCRIPTS: configured}\n',
			'b.yaml',
		);
		assert.ok('baseline' in parsed);
		const s3 = {kind: 's3', bucket: 'b', prefix: 'p'} as const;
		const storage = (loaded: readonly string[]) =>
			Object.fromEntries(
				loaded.map((type) => [type, {kind: 'ok', value: type === 'CALL_RECORDINGS' ? [s3] : []} as const]),
			);
		const settings = (loaded: readonly string[]) =>
			({
				storage: storage(loaded),
				origins: {kind: 'loading'},
				lambdas: {kind: 'loading'},
				lexV1: {kind: 'loading'},
				lexV2: {kind: 'loading'},
				keys: {kind: 'loading'},
				integrations: {kind: 'loading'},
				counts: {},
			}) as const;
		const text = (loaded: readonly string[]) =>
			detailLines({
				summary: detail,
				describe: {kind: 'ok', value: detail},
				attributes: {kind: 'loading'},
				tags: {kind: 'loading'},
				baseline: parsed.baseline,
				settings: settings(loaded),
			})
				.map((line) => `${line.label ?? ''}${line.text}`)
				.join('\n');
		assert.doesNotMatch(text(STORAGE_RESOURCE_TYPES.slice(0, 5)), /≠/, 'undecided while types are still loading');
		const all = text(STORAGE_RESOURCE_TYPES);
		assert.match(all, /Call recordings\s+≠ not encrypted · s3:\/\/b\/p \(baseline: encrypted\)/);
		assert.match(all, /Chat transcripts\s+≠ not configured \(baseline: configured\)/);
		assert.equal(all.match(/≠/g)?.length, 2, 'only the types the baseline names');
	});

	it('lists overview, replication, attributes and tags, sanitised', () => {
		const lines = detailLines({
			summary: detail,
			describe: {kind: 'ok', value: detail},
			attributes: {kind: 'ok', value: [{type: 'CONTACT_LENS', value: 'true'}]},
			tags: {kind: 'ok', value: detail.tags},
		});
		const text = lines.map((line) => `${line.label ?? ''}${line.text}`).join('\n');
		assert.match(text, /Status reason\s+Directory creation failed ␛\[2J/);
		assert.doesNotMatch(text, /\u001B/);
		assert.match(text, /us-west-2\s+replication failed — quota/);
		assert.match(text, /CONTACT_LENS\s+on/);
		assert.ok(text.indexOf('\na ') < text.indexOf('\nb '), 'tags sorted by key');
	});

	it('wraps long reasons under their label; never breaks an ARN or URL across lines (cut with … instead)', () => {
		const lines = detailLines(
			{
				summary: detail,
				describe: {kind: 'ok', value: detail},
				attributes: {kind: 'loading'},
				tags: {kind: 'error', code: 'AccessDeniedException', message: 'no'},
			},
			60,
		);
		for (const line of lines) assert.ok(displayWidth(`${line.label ?? ''}${line.text}`) <= 60, line.text);
		const joined = lines.map((line) => line.text).join('');
		assert.ok(joined.includes('x'.repeat(200)), 'the whole reason is there');
		const arn = lines.filter((line) => line.label?.startsWith('ARN'));
		assert.equal(arn.length, 1, 'the ARN takes one line');
		assert.ok(arn[0]!.text.endsWith('…') && detail.arn.startsWith(arn[0]!.text.slice(0, -1)), arn[0]!.text);
		assert.ok(!lines.some((line) => line.label?.trim() === '' && detail.arn.includes(line.text)), 'no ARN piece below');
		assert.ok(lines.some((line) => line.text === '✗ AccessDeniedException: no'));
	});

	it('wrapToWidth breaks prose at spaces and long tokens anywhere, losing nothing', () => {
		const reason =
			'Instance creation failed: the service-linked role AWSServiceRoleForAmazonConnect could not be created.';
		const lines = wrapToWidth(reason, 30);
		assert.equal(lines.join(''), reason);
		for (const line of lines) assert.ok(displayWidth(line) <= 30, line);
		assert.equal(lines[0], 'Instance creation failed: the ');
		const arn = 'arn:aws:connect:us-east-1:111122223333:instance/0123456789abcdef';
		assert.deepEqual(wrapToWidth(arn, 20), [arn.slice(0, 20), arn.slice(20, 40), arn.slice(40, 60), arn.slice(60)]);
	});

	it('wrapToWidth keeps wide characters whole and limits lines', () => {
		assert.deepEqual(wrapToWidth('日本語テキスト', 5), ['日本', '語テ', 'キス', 'ト']);
		const limited = wrapToWidth('a'.repeat(100), 10, 3);
		assert.equal(limited.length, 3);
		assert.ok(limited[2]!.endsWith('…'));
	});
});
