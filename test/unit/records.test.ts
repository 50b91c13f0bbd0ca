import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parse as parseCsv} from 'csv-parse/sync';
import {csvText, instanceTable} from '../../source/commands/output.js';
import {describeRecord, driftRecord, flatColumns, flatRow, instanceRecord} from '../../source/domain/records.js';
import {textTable} from '../../source/domain/text-table.js';
import {displayWidth} from '../../source/domain/sanitize.js';
import {summaryRow} from '../helpers/state.js';

const row = {...summaryRow('jade', 'eu-central-1', 'prod', 'aaaa'), createdTime: '2024-03-05T10:00:00.000Z'};

test('instanceRecord: the API field names, the account from the ARN, attributes as booleans, tags sorted', () => {
	const record = instanceRecord(row, {
		attributes: [
			{type: 'CONTACT_LENS', value: 'true'},
			{type: 'INBOUND_CALLS', value: 'FALSE'},
			{type: 'ZZZ_NEW', value: 'maybe'},
		],
		tags: {b: '2', a: '1'},
	});
	assert.deepEqual(record, {
		Profile: 'prod',
		AccountId: '111122223333',
		Region: 'eu-central-1',
		Id: 'aaaa',
		Arn: 'arn:aws:connect:eu-central-1:111122223333:instance/aaaa',
		InstanceAlias: 'jade',
		InstanceStatus: 'ACTIVE',
		IdentityManagementType: 'SAML',
		CreatedTime: '2024-03-05T10:00:00.000Z',
		ServiceRole: null,
		InboundCallsEnabled: true,
		OutboundCallsEnabled: true,
		Attributes: {INBOUND_CALLS: false, CONTACT_LENS: true, ZZZ_NEW: 'maybe'},
		Tags: {a: '1', b: '2'},
	});
	assert.deepEqual(Object.keys(record.Tags!), ['a', 'b']);
	assert.deepEqual(Object.keys(record.Attributes!), ['INBOUND_CALLS', 'CONTACT_LENS', 'ZZZ_NEW']);
	assert.equal(instanceRecord({...row, accountId: '999'}).AccountId, '999');
	assert.equal('Attributes' in instanceRecord(row), false);
});

test('describeRecord adds StatusReason, InstanceAccessUrl and ReplicationConfiguration with the API names', () => {
	const record = describeRecord({
		...row,
		statusReason: 'quota',
		accessUrl: 'https://jade.my.connect.aws',
		tags: {},
		replication: {
			sourceRegion: 'eu-central-1',
			regions: [{region: 'eu-west-2', status: 'INSTANCE_REPLICATION_COMPLETE'}],
		},
	});
	assert.equal(record.StatusReason, 'quota');
	assert.equal(record.InstanceAccessUrl, 'https://jade.my.connect.aws');
	assert.deepEqual(record.ReplicationConfiguration, {
		SourceRegion: 'eu-central-1',
		GlobalSignInEndpoint: null,
		ReplicationStatusSummaryList: [
			{Region: 'eu-west-2', ReplicationStatus: 'INSTANCE_REPLICATION_COMPLETE', ReplicationStatusReason: null},
		],
	});
	assert.equal(describeRecord({...row, tags: {}}).ReplicationConfiguration, null);
});

test('driftRecord keeps exactly Kind, Name, Want, Have', () => {
	const record = driftRecord(row, [{Kind: 'tag', Name: 'Owner', Want: 'present', Have: null, rule: 3}]);
	assert.deepEqual(record, {
		Arn: row.arn,
		InstanceAlias: 'jade',
		Profile: 'prod',
		Region: 'eu-central-1',
		Drift: [{Kind: 'tag', Name: 'Owner', Want: 'present', Have: null}],
	});
});

test('CSV: base columns, then Attributes.TYPE and Tags.KEY of every record; missing cells empty; RFC 4180 round trip', () => {
	const hostile = 'a,"b"\r\nc\nd\u001b[31m';
	const records = [
		instanceRecord(row, {attributes: [{type: 'CONTACT_LENS', value: 'true'}], tags: {Owner: hostile}}),
		instanceRecord({...row, id: 'bbbb', alias: 'ruby'}, {attributes: [], tags: {Zed: 'z'}}),
	];
	const columns = flatColumns(records);
	assert.deepEqual(columns.slice(-3), ['Attributes.CONTACT_LENS', 'Tags.Owner', 'Tags.Zed']);
	assert.deepEqual(flatRow(records[1]!, columns).slice(-3), ['', '', 'z']);
	const text = csvText(records);
	assert.match(text, /\r\n$/);
	const parsed = parseCsv(text) as string[][];
	assert.deepEqual(parsed[0], columns);
	assert.equal(parsed[1]![columns.indexOf('Tags.Owner')], hostile);
	assert.equal(parsed[1]![columns.indexOf('CreatedTime')], '2024-03-05T10:00:00.000Z');
	assert.equal(parsed[1]![columns.indexOf('ServiceRole')], '');
	assert.equal(parsed[2]![columns.indexOf('InboundCallsEnabled')], 'true');
});

test('textTable: cells inert, columns aligned by display width, cut with … only when a width is given', () => {
	const lines = textTable(
		['A', 'B'],
		[
			['日本語', 'x\u001b[2Jy'],
			['ab', 'z'],
		],
	);
	assert.deepEqual(lines, ['A       B', '日本語  x␛[2Jy', 'ab      z']);
	const long = 'x'.repeat(200);
	assert.ok(
		textTable(['A', 'B'], [[long, 'b']])
			.at(-1)!
			.includes(long),
	);
	const fitted = textTable(['ALIAS', 'ARN'], [['a'.repeat(60), 'b'.repeat(60)]], 80);
	for (const line of fitted) assert.ok(displayWidth(line) <= 80, line);
	assert.match(fitted[1]!, /…/);
});

test('instanceTable shows attributes that are on and tags when they were asked for', () => {
	const text = instanceTable([
		instanceRecord(row, {
			attributes: [
				{type: 'CONTACT_LENS', value: 'true'},
				{type: 'EARLY_MEDIA', value: 'false'},
			],
			tags: {k: 'v'},
		}),
	]);
	assert.match(text, /ATTRIBUTES ON\s+TAGS/);
	assert.match(text, /CONTACT_LENS\s+k=v/);
	assert.doesNotMatch(text, /EARLY_MEDIA/);
});
