// staticKeys: the keys of a profile are its credentials only when nothing else in it names a source.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {staticKeys} from '../../source/domain/static-keys.js';

const keys = {aws_access_key_id: 'AKIAEXAMPLE', aws_secret_access_key: 'secret'};

describe('staticKeys', () => {
	it('takes the keys, and the session token when there is one', () => {
		assert.deepEqual(staticKeys({...keys, region: 'us-east-1'}), {
			accessKeyId: 'AKIAEXAMPLE',
			secretAccessKey: 'secret',
		});
		assert.deepEqual(staticKeys({...keys, aws_session_token: ' token '}), {
			accessKeyId: 'AKIAEXAMPLE',
			secretAccessKey: 'secret',
			sessionToken: 'token',
		});
	});

	it('leaves a profile without both keys to the chain', () => {
		assert.equal(staticKeys({aws_access_key_id: 'AKIAEXAMPLE'}), undefined);
		assert.equal(staticKeys({aws_secret_access_key: 'secret'}), undefined);
		assert.equal(staticKeys({...keys, aws_access_key_id: '  '}), undefined);
	});

	it('leaves a profile that also names a role, SSO, a process or a token file to the chain', () => {
		for (const other of [
			{role_arn: 'arn:aws:iam::111122223333:role/Admin', source_profile: 'base'},
			{role_arn: 'arn:aws:iam::111122223333:role/Admin', web_identity_token_file: '/token'},
			{credential_source: 'Ec2InstanceMetadata'},
			{credential_process: 'get-keys'},
			{sso_session: 'corp'},
			{sso_start_url: 'https://corp.awsapps.com/start', sso_account_id: '111122223333'},
		])
			assert.equal(staticKeys({...keys, ...other}), undefined, JSON.stringify(other));
	});
});
