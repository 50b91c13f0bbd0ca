// An AWS config or credentials file that exists but cannot be read stops the run with one line naming
// it, instead of being taken for an empty file (which listed the wrong profiles and regions).
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {parseCommandLine} from '../../source/domain/flags.js';
import {planRun} from '../../source/plan.js';

const dir = mkdtempSync(join(tmpdir(), 'connectui-aws-files-'));
after(() => rmSync(dir, {recursive: true, force: true}));

function options() {
	const command = parseCommandLine([]);
	assert.equal(command.kind, 'run');
	return command.kind === 'run' ? command.options : (undefined as never);
}

describe('unreadable AWS files', () => {
	it('a config file that is a directory is named, with the reason', async () => {
		const config = join(dir, 'config-dir');
		mkdirSync(config);
		const credentials = join(dir, 'credentials');
		writeFileSync(credentials, '[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = x\n');
		const result = await planRun(
			options(),
			{profiles: [], regions: []},
			{
				AWS_CONFIG_FILE: config,
				AWS_SHARED_CREDENTIALS_FILE: credentials,
				HOME: dir,
			},
		);
		assert.ok('error' in result, 'the run stops');
		assert.match(result.error, /cannot read the AWS config file .*config-dir \(EISDIR\)/);
	});

	it('missing files are not a problem (they are empty, as for the AWS CLI)', async () => {
		const result = await planRun(
			options(),
			{profiles: [], regions: []},
			{
				AWS_CONFIG_FILE: join(dir, 'none'),
				AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none-either'),
				AWS_REGION: 'us-east-1',
				AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
				AWS_SECRET_ACCESS_KEY: 'x',
				HOME: dir,
			},
		);
		assert.ok(!('error' in result), JSON.stringify(result));
	});
});
