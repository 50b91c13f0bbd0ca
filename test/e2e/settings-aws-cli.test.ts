// The AWS CLI (v1, botocore's own copy of the service model) as a second, independent client of the
// emulator's instance-settings operations: it pages with its own paginators and serialises requests
// its own way, so a path, member name or token the SDK happens to tolerate would show here.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {after, before, describe, test} from 'node:test';
import {promisify} from 'node:util';
import {DEMO_PROFILES, demoSeed, startEmulator, type Emulator} from '../../source/emulator/index.js';

const run = promisify(execFile);
const prod = DEMO_PROFILES[0]!;
const support = demoSeed().accounts[0]!.regions['us-east-1']!.find((instance) => instance.alias === 'acme-support-us')!;
const hasCli = await run('aws', ['--version']).then(
	() => true,
	() => false,
);

describe(
	'emulator: instance settings through the AWS CLI',
	{skip: hasCli ? false : 'the aws command is not installed'},
	() => {
		let emulator: Emulator;
		before(async () => {
			emulator = await startEmulator({seed: demoSeed()});
		});
		after(async () => emulator.close());

		// An origin is a URL: given as --origin, the CLI v1 would fetch it (its paramfile feature).
		const origin = (value: string) => JSON.stringify({InstanceId: support.id, Origin: value});

		async function aws(...args: string[]): Promise<unknown> {
			const {stdout} = await run(
				'aws',
				['connect', ...args, '--endpoint-url', emulator.url, '--region', 'us-east-1', '--output', 'json'],
				{
					env: {
						PATH: process.env['PATH'],
						HOME: process.env['HOME'],
						AWS_ACCESS_KEY_ID: prod.accessKeyId,
						AWS_SECRET_ACCESS_KEY: prod.secretAccessKey,
						AWS_CONFIG_FILE: '/dev/null',
						AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
						AWS_MAX_ATTEMPTS: '1',
					},
				},
			);
			return stdout.trim() === '' ? undefined : (JSON.parse(stdout) as unknown);
		}

		test('storage, keys (2 a page), origins (1 a page), Lex V2 and phone numbers read as the CLI reads them', async () => {
			const storage = (await aws(
				'list-instance-storage-configs',
				'--instance-id',
				support.id,
				'--resource-type',
				'CALL_RECORDINGS',
			)) as {StorageConfigs: Array<{S3Config: {EncryptionConfig: {EncryptionType: string}}}>};
			assert.equal(storage.StorageConfigs[0]?.S3Config.EncryptionConfig.EncryptionType, 'KMS');

			const keys = (await aws('list-security-keys', '--instance-id', support.id)) as {SecurityKeys: unknown[]};
			assert.equal(keys.SecurityKeys.length, 3, 'the CLI follows NextToken across the 2-a-page limit');
			const keyPages = emulator.requests.filter((request) => request.operation === 'ListSecurityKeys');
			assert.equal(keyPages.length, 2);

			await aws('associate-approved-origin', '--cli-input-json', origin('https://cli.acme.example'));
			const origins = (await aws('list-approved-origins', '--instance-id', support.id, '--page-size', '1')) as {
				Origins: string[];
			};
			assert.deepEqual(origins.Origins, [
				'https://acme-support-us.acme.example',
				'https://crm.acme.example',
				'https://agents.acme.example:8443',
				'https://cli.acme.example',
			]);
			assert.equal(emulator.requests.filter((request) => request.operation === 'ListApprovedOrigins').length, 4);
			await aws('disassociate-approved-origin', '--cli-input-json', origin('https://cli.acme.example'));
			assert.equal(emulator.approvedOriginsOf(prod.accountId, 'us-east-1', support.id)?.length, 3);

			const bots = (await aws('list-bots', '--instance-id', support.id, '--lex-version', 'V2')) as {
				LexBots: Array<{LexV2Bot: {AliasArn: string}}>;
			};
			assert.match(bots.LexBots[0]?.LexV2Bot.AliasArn ?? '', /:bot-alias\//);

			const numbers = (await aws(
				'list-phone-numbers-v2',
				'--target-arn',
				`arn:aws:connect:us-east-1:${prod.accountId}:instance/${support.id}`,
			)) as {ListPhoneNumbersSummaryList: unknown[]};
			assert.equal(numbers.ListPhoneNumbersSummaryList.length, 140, 'the CLI pages the POST body token (100 a page)');
			assert.equal(emulator.requests.filter((request) => request.operation === 'ListPhoneNumbersV2').length, 2);
		});

		test('an http origin is refused with InvalidParameterException', async () => {
			await assert.rejects(
				aws('associate-approved-origin', '--cli-input-json', origin('http://cli.acme.example')),
				(error: {stderr?: string}) => /InvalidParameterException/.test(error.stderr ?? ''),
			);
		});
	},
);
