import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Writable} from 'node:stream';
import {after, describe, it} from 'node:test';
import {journalFile, openJournal, printJournal, readJournal, type JournalEntry} from '../../source/state/journal.js';

const home = mkdtempSync(join(tmpdir(), 'connectui-journal-'));
const env = {CONNECTUI_HOME: home};
after(() => rmSync(home, {recursive: true, force: true}));

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

const entry = (time: string, extra: Partial<JournalEntry> = {}): JournalEntry => ({
	time,
	profile: 'prod',
	region: 'us-east-1',
	instanceArn: 'arn:aws:connect:us-east-1:111122223333:instance/abc',
	operation: 'UpdateInstanceAttribute',
	before: {CONTACT_LENS: 'false'},
	after: {CONTACT_LENS: 'true'},
	outcome: 'ok',
	...extra,
});

describe('journal', () => {
	it('says so when nothing was applied yet', () => {
		const {out, text} = capture();
		assert.equal(printJournal(out, env), 0);
		assert.match(text(), /No changes have been applied/);
	});

	it('appends JSON lines with exactly the documented fields and prints them oldest first', () => {
		const journal = openJournal(env);
		const withSecret = {...entry('2026-01-01T00:00:00.000Z'), secretAccessKey: 'SECRET'} as JournalEntry;
		assert.ok(journal.append(withSecret));
		assert.ok(
			journal.append(
				entry('2026-01-02T00:00:00.000Z', {
					operation: 'UntagResource',
					before: {Owner: 'x\u001B[2J'},
					after: {Owner: null},
					outcome: {code: 'AccessDeniedException', message: 'no'},
				}),
			),
		);
		const lines = readFileSync(journalFile(env), 'utf8').trim().split('\n');
		assert.equal(lines.length, 2);
		assert.deepEqual(Object.keys(JSON.parse(lines[0]!)), [
			'time',
			'profile',
			'region',
			'instanceArn',
			'operation',
			'before',
			'after',
			'outcome',
		]);
		assert.doesNotMatch(lines.join('\n'), /SECRET/);
		const {out, text} = capture();
		printJournal(out, env);
		const printed = text().trim().split('\n');
		assert.match(printed[0]!, /^2026-01-01.*UpdateInstanceAttribute {2}CONTACT_LENS "false" → "true" {2}ok$/);
		assert.match(printed[1]!, /^2026-01-02.*UntagResource {2}Owner ".*" removed {2}failed AccessDeniedException: no$/);
		assert.doesNotMatch(text(), /\u001B/);
	});

	it('skips unreadable lines and says how many', () => {
		appendFileSync(journalFile(env), 'not json\n{"time":1}\n');
		assert.equal(readJournal(env).entries.length, 2);
		const {out, text} = capture();
		printJournal(out, env);
		assert.match(text(), /2 unreadable lines/);
	});

	it('reports a write failure instead of throwing', () => {
		const blocked = join(home, 'blocked');
		writeFileSync(blocked, '');
		assert.equal(openJournal({CONNECTUI_HOME: blocked}).append(entry('2026-01-03T00:00:00.000Z')), false);
	});
});
