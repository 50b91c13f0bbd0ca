import assert from 'node:assert/strict';
import {appendFileSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Writable} from 'node:stream';
import {after, describe, it} from 'node:test';
import {parseJournal} from '../../source/domain/journal-parse.js';
import {formatJournalRecord} from '../../source/domain/journal-records.js';
import {printJournal, readJournal} from '../../source/services/journal-reader.js';
import {
	fileJournal,
	journalFile,
	JournalError,
	openJournal,
	type JournalIntent,
} from '../../source/services/journal.js';

const root = mkdtempSync(join(tmpdir(), 'connectui-journal-'));
after(() => rmSync(root, {recursive: true, force: true}));
let homes = 0;
/** A fresh CONNECTUI_HOME per test. */
function freshEnv(): NodeJS.ProcessEnv {
	return {CONNECTUI_HOME: join(root, `home-${++homes}`)};
}

function capture(): {out: Writable; text: () => string} {
	let text = '';
	const out = new Writable({
		write(chunk, _encoding, done) {
			text += String(chunk);
			done();
		},
	});
	return {out, text: () => text};
}

function print(env: NodeJS.ProcessEnv): {code: number; out: string; err: string} {
	const out = capture();
	const err = capture();
	const code = printJournal(out.out, err.out, env);
	return {code, out: out.text(), err: err.text()};
}

const ARN = 'arn:aws:connect:us-east-1:111122223333:instance/abc';
const intent = (extra: Partial<JournalIntent> = {}): JournalIntent => ({
	profile: 'prod',
	region: 'us-east-1',
	instanceArn: ARN,
	operation: 'UpdateInstanceAttribute',
	parameters: {InstanceId: 'abc', AttributeType: 'CONTACT_LENS', Value: 'true'},
	before: {CONTACT_LENS: 'false'},
	...extra,
});

describe('journal', () => {
	it('says so when nothing was applied yet', () => {
		const result = print(freshEnv());
		assert.equal(result.code, 0);
		assert.match(result.out, /No changes have been applied/);
	});

	it('writes the intent before the outcome and read-back, with the account, and never more than the fields', () => {
		const env = freshEnv();
		let clock = Date.parse('2026-01-01T00:00:00.000Z');
		const journal = fileJournal(journalFile(env), {now: () => new Date(clock++)});
		const id = journal.intent({...intent(), secretAccessKey: 'SECRET'} as JournalIntent);
		const lines = () => readFileSync(journalFile(env), 'utf8').trim().split('\n');
		// On disk before anything is sent.
		assert.equal(lines().length, 1);
		assert.deepEqual(Object.keys(JSON.parse(lines()[0]!)), [
			'type',
			'id',
			'time',
			'profile',
			'account',
			'region',
			'instanceArn',
			'operation',
			'parameters',
			'before',
		]);
		assert.ok(journal.outcome(id, {ok: true}));
		assert.ok(journal.readBack(id, {after: {CONTACT_LENS: 'true'}}));
		const denied = journal.intent(
			intent({operation: 'UntagResource', parameters: {tagKeys: ['Owner']}, before: {Owner: 'x\u001B[2J'}}),
		);
		journal.outcome(denied, {ok: false, code: 'AccessDeniedException', message: 'no', requestId: 'req-1'});
		assert.equal(lines().length, 5);
		assert.doesNotMatch(lines().join('\n'), /SECRET/);
		const {code, out} = print(env);
		assert.equal(code, 0);
		const printed = out.trim().split('\n');
		assert.match(
			printed[0]!,
			/^2026-01-01T00:00:00.000Z {2}prod {2}111122223333 {2}us-east-1 .*UpdateInstanceAttribute {2}CONTACT_LENS "false" → "true" {2}ok$/,
		);
		assert.match(
			printed[1]!,
			/UntagResource {2}Owner ".*" → unknown {2}failed AccessDeniedException: no \(request id req-1\)$/,
		);
		assert.doesNotMatch(out, /\u001B/);
	});

	it('an intent without an outcome (the app was killed mid-request) says the outcome is unknown', () => {
		const env = freshEnv();
		openJournal(env).intent(intent());
		const {out} = print(env);
		assert.match(out, /CONTACT_LENS "false" → unknown {2}outcome unknown: check the instance$/m);
	});

	it('a damaged last line never swallows the next record, and damaged lines are counted', () => {
		const env = freshEnv();
		const journal = openJournal(env);
		journal.outcome(journal.intent(intent()), {ok: true});
		// Cut mid-JSON, no newline (a crash while writing).
		appendFileSync(journalFile(env), '{"type":"intent","id":"x","ti');
		const id = journal.intent(intent({before: {CONTACT_LENS: 'true'}}));
		journal.outcome(id, {ok: true});
		appendFileSync(journalFile(env), 'not json\n{"type":"outcome","id":"nobody","time":"t","ok":true}\n');
		const {records, unreadable} = readJournal(env);
		assert.equal(records.length, 2);
		assert.equal(records[1]?.outcome.status, 'ok');
		assert.equal(unreadable, 3);
		const result = print(env);
		assert.equal(result.out.trim().split('\n').length, 2);
		assert.match(result.err, /3 unreadable lines in .*journal\.jsonl skipped/);
	});

	it('a journal that cannot be read is an error (exit 1), never "no changes"', () => {
		const env = freshEnv();
		mkdirSync(journalFile(env), {recursive: true});
		const result = print(env);
		assert.equal(result.code, 1);
		assert.match(result.err, /cannot read the journal .*journal\.jsonl \(it is a directory\)/);
		assert.doesNotMatch(result.out, /No changes/);
		assert.throws(() => readJournal(env), JournalError);
	});

	it('an intent that cannot be written throws, naming the file and why', () => {
		const env = freshEnv();
		mkdirSync(journalFile(env), {recursive: true});
		assert.throws(
			() => openJournal(env).intent(intent()),
			/cannot write the journal .*journal\.jsonl \(it is a directory\)/,
		);
		const readOnly = freshEnv();
		const data = join(readOnly['CONNECTUI_HOME']!, 'data');
		mkdirSync(data, {recursive: true});
		writeFileSync(join(data, 'journal.jsonl'), '');
		chmodSync(join(data, 'journal.jsonl'), 0o400);
		if (process.getuid?.() !== 0) assert.throws(() => openJournal(readOnly).intent(intent()), /permission denied/);
	});

	it('reads journals written before intents existed', () => {
		const legacy = JSON.stringify({
			time: '2025-12-01T00:00:00.000Z',
			profile: 'prod',
			region: 'us-east-1',
			instanceArn: ARN,
			operation: 'TagResource',
			before: {Team: null},
			after: {Team: 'a'},
			outcome: 'ok',
		});
		const {records, unreadable} = parseJournal(`${legacy}\n`);
		assert.equal(unreadable, 0);
		assert.match(formatJournalRecord(records[0]!), /TagResource {2}Team \(absent\) → "a" {2}ok$/);
	});
});
