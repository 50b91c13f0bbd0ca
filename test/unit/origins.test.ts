import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
	addOrigin,
	addProblem,
	diffOrigins,
	originProblem,
	startOriginEdit,
	toggleRemoveOriginAt,
} from '../../source/domain/origins.js';

describe('an approved origin, checked as AssociateApprovedOrigin checks it', () => {
	it('accepts https origins with or without a port', () => {
		for (const origin of ['https://example.com', 'https://agents.acme.example:8443', 'https://xn--bcher-kva.example']) {
			assert.equal(originProblem(origin), undefined, origin);
		}
	});

	it('refuses http://, other schemes, paths, credentials, case the browser would not send, and >267 characters', () => {
		assert.match(originProblem('http://example.com')!, /http:\/\/ is not allowed/);
		assert.match(originProblem('example.com')!, /starts with https:\/\//);
		assert.match(originProblem('ftp://example.com')!, /starts with https:\/\//);
		assert.match(originProblem('https://example.com/app')!, /no path, query or fragment: remove "\/app"/);
		assert.match(originProblem('https://example.com/')!, /remove "\/"/);
		assert.match(originProblem('https://example.com?x=1')!, /remove "\?x=1"/);
		assert.match(originProblem('https://user:pw@example.com')!, /no user name or password/);
		assert.match(originProblem('https://Example.com')!, /as the browser sends it: https:\/\/example\.com/);
		assert.match(originProblem('https://example.com:443')!, /https:\/\/example\.com$/);
		assert.match(originProblem('https://')!, /not a valid origin/);
		assert.match(originProblem('')!, /required/);
		const long = `https://${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}.example`;
		assert.ok(long.length > 267);
		assert.match(originProblem(long)!, /at most 267 characters; this one has 270/);
		const longest = `https://${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.xyz`;
		assert.equal(longest.length, 267);
		assert.equal(originProblem(longest), undefined);
	});
});

describe('the origins edit', () => {
	it('adds, marks for removal and diffs only what changed', () => {
		let edit = startOriginEdit(['https://a.example', 'https://b.example']);
		assert.deepEqual(diffOrigins(edit), {added: [], removed: []});
		edit = addOrigin(edit, 'https://c.example');
		edit = toggleRemoveOriginAt(edit, 0);
		assert.deepEqual(diffOrigins(edit), {added: ['https://c.example'], removed: ['https://a.example']});
		edit = toggleRemoveOriginAt(edit, 0);
		assert.deepEqual(diffOrigins(edit).removed, []);
		edit = toggleRemoveOriginAt(edit, 2);
		assert.deepEqual(diffOrigins(edit), {added: [], removed: []}, 'd on an added origin drops it');
	});

	it('refuses duplicates and invalid origins with the reason', () => {
		const edit = startOriginEdit(['https://a.example']);
		assert.match(addProblem(edit, 'https://a.example')!, /already in the list/);
		assert.match(addProblem(edit, 'http://z.example')!, /http:\/\/ is not allowed/);
		assert.equal(addOrigin(edit, 'http://z.example'), edit);
		assert.match(addProblem(toggleRemoveOriginAt(edit, 0), 'https://a.example')!, /marked for removal/);
	});
});
