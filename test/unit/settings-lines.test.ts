import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {detailLines} from '../../source/domain/detail-lines.js';
import {settingsLines} from '../../source/domain/settings-lines.js';
import type {InstanceSummary} from '../../source/domain/types.js';
import {applySettingsUpdate, loadingSettings} from '../../source/state/settings-state.js';

const text = (lines: ReturnType<typeof settingsLines>) =>
	lines.map((line) => `${line.label ?? ''}${line.text}`).join('\n');

const summary: InstanceSummary = {
	profile: 'prod',
	region: 'us-east-1',
	id: 'abc',
	arn: 'arn:aws:connect:us-east-1:111122223333:instance/abc',
	alias: 'jade',
	status: 'ACTIVE',
	identityManagementType: 'SAML',
	inboundCalls: true,
	outboundCalls: true,
};

describe('instance settings lines', () => {
	it('before any answer: every storage type loading, every count counting', () => {
		const shown = text(settingsLines(undefined));
		assert.equal(shown.match(/loading…/g)?.length, 13 + 6);
		assert.equal(shown.match(/counting…/g)?.length, 4);
	});

	it('a count in progress says how far it got and how many pages; then the total', () => {
		let settings = applySettingsUpdate(loadingSettings(), {
			section: 'count',
			kind: 'users',
			result: {kind: 'ok', value: {count: 2000, pages: 2, done: false}},
		});
		assert.match(text(settingsLines(settings)), /Users\s+counting… 2,000 so far \(2 pages\)/);
		settings = applySettingsUpdate(settings, {
			section: 'count',
			kind: 'users',
			result: {kind: 'ok', value: {count: 2350, pages: 0, done: true}},
		});
		assert.match(text(settingsLines(settings)), /Users\s+2,350$/m);
	});

	it('storage: encryption first, the KMS key on its own line; strings from AWS sanitised', () => {
		const settings = applySettingsUpdate(loadingSettings(), {
			section: 'storage',
			resourceType: 'CALL_RECORDINGS',
			result: {kind: 'ok', value: [{kind: 's3', bucket: 'b\u001B[2J', prefix: 'p', kmsKeyId: 'arn:aws:kms:k'}]},
		});
		const shown = text(settingsLines(settings));
		assert.match(shown, /Call recordings\s+encrypted · s3:\/\/b␛\[2J\/p\n\s+KMS arn:aws:kms:k/);
		assert.doesNotMatch(shown, /\u001B/);
	});

	it('long identifiers are cut with …, never broken; errors wrap whole', () => {
		const arn = `arn:aws:lambda:us-east-1:111122223333:function:${'x'.repeat(120)}`;
		let settings = applySettingsUpdate(loadingSettings(), {section: 'lambdas', result: {kind: 'ok', value: [arn]}});
		settings = applySettingsUpdate(settings, {
			section: 'origins',
			result: {kind: 'error', code: 'AccessDeniedException', message: `User ${'y '.repeat(60)}is not authorized`},
		});
		const lines = detailLines(
			{
				summary,
				describe: {kind: 'loading'},
				attributes: {kind: 'loading'},
				tags: {kind: 'loading'},
				settings,
			},
			80,
		);
		const lambda = lines.filter((line) => line.text.startsWith('arn:aws:lambda'));
		assert.equal(lambda.length, 1);
		assert.ok(lambda[0]!.text.endsWith('…'));
		const denied = lines.findIndex((line) => line.text.includes('missing IAM permission'));
		assert.ok(denied > 0);
		assert.ok(lines[denied + 1]?.text.includes('y y'), 'the message continues on the next line');
	});
});
