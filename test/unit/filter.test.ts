import {test} from 'node:test';
import assert from 'node:assert/strict';
import {accountOfArn, applyFilter, evaluateFilter, globMatches} from '../../source/domain/filter-eval.js';
import {filterNeeds, malformedText, parseFilter, tokenize, type FilterFacts} from '../../source/domain/filter.js';
import type {InstanceSummary} from '../../source/domain/types.js';
import {summaryRow} from '../helpers/state.js';

const jade = summaryRow('jade', 'eu-central-1', 'prod', 'aaaa1111-0000');
const ruby = {...summaryRow('ruby', 'us-east-1', 'dev', 'bbbb2222-0000'), status: 'CREATION_IN_PROGRESS'};
const opal = {...summaryRow('opal', 'eu-west-2', 'dev', 'cccc3333-0000'), status: 'CREATION_FAILED'};
const rows: InstanceSummary[] = [jade, ruby, opal];

function shown(expression: string, facts: FilterFacts = {}): string[] {
	return applyFilter(parseFilter(expression), rows, facts).rows.map((row) => row.alias);
}

test('an empty or blank expression keeps every row', () => {
	assert.deepEqual(shown(''), ['jade', 'ruby', 'opal']);
	assert.deepEqual(shown('   '), ['jade', 'ruby', 'opal']);
});

test('plain words match part of alias, id, ARN, region or profile, case-insensitively; all must hold', () => {
	assert.deepEqual(shown('JA'), ['jade']);
	assert.deepEqual(shown('bbbb2222'), ['ruby']);
	assert.deepEqual(shown('instance/cccc'), ['opal']);
	assert.deepEqual(shown('eu-'), ['jade', 'opal']);
	assert.deepEqual(shown('dev eu'), ['opal']);
	assert.deepEqual(shown('arn:aws:connect:us-east-1'), ['ruby']);
});

test('plain words match the account id, the status as shown and as the API says', () => {
	const other = {
		...summaryRow('zinc', 'us-east-1', 'prod', 'dddd'),
		arn: 'arn:aws:connect:us-east-1:999988887777:instance/dddd',
	};
	const filter = parseFilter('9999888');
	assert.equal(evaluateFilter(filter, other).matches, true);
	assert.equal(evaluateFilter(filter, jade).matches, false);
	assert.deepEqual(shown('creating'), ['ruby']);
	assert.deepEqual(shown('CREATION_IN_PROGRESS'), ['ruby']);
	assert.deepEqual(shown('failed'), ['opal']);
	assert.deepEqual(shown('active'), ['jade']);
});

test('a leading - negates a term', () => {
	assert.deepEqual(shown('-jade'), ['ruby', 'opal']);
	assert.deepEqual(shown('eu -failed'), ['jade']);
	assert.deepEqual(shown('-region:eu-*'), ['ruby']);
});

test('status:WORD matches the status shown or the API value, not a part of another word', () => {
	assert.deepEqual(shown('status:failed'), ['opal']);
	assert.deepEqual(shown('status:creating'), ['ruby']);
	assert.deepEqual(shown('status:CREATION_FAILED'), ['opal']);
	assert.deepEqual(shown('status:ACTIVE'), ['jade']);
	assert.deepEqual(shown('status:act'), []);
	assert.deepEqual(shown('-status:active'), ['ruby', 'opal']);
});

test('region:GLOB, profile:NAME and account:ID match whole values, with * and ?', () => {
	assert.deepEqual(shown('region:eu-*'), ['jade', 'opal']);
	assert.deepEqual(shown('region:EU-WEST-?'), ['opal']);
	assert.deepEqual(shown('region:eu'), []);
	assert.deepEqual(shown('profile:dev'), ['ruby', 'opal']);
	assert.deepEqual(shown('profile:de'), []);
	assert.deepEqual(shown('account:111122223333'), ['jade', 'ruby', 'opal']);
	assert.deepEqual(shown('account:1111'), []);
	const named = {...jade, accountId: '444455556666', accountName: 'Payments'};
	assert.equal(evaluateFilter(parseFilter('account:444455556666'), named).matches, true);
	assert.equal(evaluateFilter(parseFilter('account:payments'), named).matches, true);
	assert.equal(evaluateFilter(parseFilter('profile:payments'), named).matches, true);
	assert.equal(evaluateFilter(parseFilter('account:111122223333'), named).matches, false);
});

test('globMatches treats regex characters literally', () => {
	assert.equal(globMatches('a.c', 'abc'), false);
	assert.equal(globMatches('a.c', 'a.c'), true);
	assert.equal(globMatches('(x)*', '(x)yz'), true);
	assert.equal(accountOfArn('arn:aws:connect:eu-west-2:123456789012:instance/x'), '123456789012');
	assert.equal(accountOfArn('garbage'), '');
});

const attributes: Record<string, Record<string, boolean | undefined>> = {
	jade: {CONTACT_LENS: true, EARLY_MEDIA: false},
	ruby: {CONTACT_LENS: false},
};
const tags: Record<string, Record<string, string>> = {
	jade: {Environment: 'prod', Owner: 'Jane Doe'},
	ruby: {Environment: 'dev'},
	opal: {},
};
const loaded: FilterFacts = {
	attributes: (row) => attributes[row.alias],
	tags: (row) => tags[row.alias],
};

test('attr:TYPE=on|off in any case; an attribute AWS did not report counts as off', () => {
	assert.deepEqual(
		applyFilter(parseFilter('attr:contact_lens=ON'), rows.slice(0, 2), loaded).rows.map((r) => r.alias),
		['jade'],
	);
	assert.deepEqual(
		applyFilter(parseFilter('attr:CONTACT_LENS=off'), rows.slice(0, 2), loaded).rows.map((r) => r.alias),
		['ruby'],
	);
	assert.deepEqual(
		applyFilter(parseFilter('attr:EARLY_MEDIA=off'), rows.slice(0, 2), loaded).rows.map((r) => r.alias),
		['jade', 'ruby'],
	);
	assert.deepEqual(
		applyFilter(parseFilter('-attr:CONTACT_LENS=on'), rows.slice(0, 2), loaded).rows.map((r) => r.alias),
		['ruby'],
	);
});

test('tag:KEY=VALUE matches exactly; tag:KEY has the key; -tag:KEY lacks it; quotes keep spaces', () => {
	assert.deepEqual(shown('tag:Environment=prod', loaded), ['jade']);
	assert.deepEqual(shown('tag:Environment', loaded), ['jade', 'ruby']);
	assert.deepEqual(shown('-tag:Environment', loaded), ['opal']);
	assert.deepEqual(shown('tag:environment', loaded), []);
	assert.deepEqual(shown('tag:Owner="Jane Doe"', loaded), ['jade']);
	assert.deepEqual(shown('"tag:Owner=Jane Doe"', loaded), ['jade']);
	assert.deepEqual(shown('tag:Environment=', loaded), []);
});

test('rows whose attributes or tags are not loaded are undecided and say what they need', () => {
	const result = applyFilter(parseFilter('attr:CONTACT_LENS=on tag:Environment'), rows, {
		attributes: (row) => attributes[row.alias],
	});
	assert.deepEqual(result.rows, []);
	assert.deepEqual(
		result.pending.map(({row, needs}) => [row.alias, [...needs].sort()]),
		[
			['jade', ['tags']],
			['opal', ['attributes', 'tags']],
		],
	);
});

test('a term on the summary that fails decides the row without loading anything', () => {
	const evaluation = evaluateFilter(parseFilter('attr:CONTACT_LENS=on region:us-*'), jade);
	assert.equal(evaluation.matches, false);
	assert.equal(evaluation.needs.size, 0);
	// A loaded term that fails decides it too, even while another is still loading.
	const partly = evaluateFilter(parseFilter('tag:Missing attr:CONTACT_LENS=on'), jade, {
		tags: (row) => tags[row.alias],
	});
	assert.equal(partly.matches, false);
});

test('negating an undecided term stays undecided', () => {
	const evaluation = evaluateFilter(parseFilter('-tag:Owner'), jade);
	assert.equal(evaluation.matches, undefined);
	assert.deepEqual([...evaluation.needs], ['tags']);
});

test('drift uses the drift lookup, needs it when not known, and is refused without a baseline', () => {
	const facts: FilterFacts = {drift: (row) => (row.alias === 'ruby' ? undefined : row.alias === 'opal')};
	const result = applyFilter(parseFilter('drift'), rows, facts);
	assert.deepEqual(
		result.rows.map((r) => r.alias),
		['opal'],
	);
	assert.deepEqual(
		result.pending.map(({row, needs}) => [row.alias, [...needs]]),
		[['ruby', ['drift']]],
	);
	assert.deepEqual(
		applyFilter(parseFilter('-drift'), rows, facts).rows.map((r) => r.alias),
		['jade'],
	);
	assert.match(malformedText(parseFilter('drift', {baseline: false})), /'drift': 'drift' needs a baseline/);
	assert.match(malformedText(parseFilter('-drift', {inBaseline: true})), /cannot be used in a baseline's where/);
});

test('malformed terms are reported with their reason, never silently ignored', () => {
	const filter = parseFilter(
		'jade atr:CONTACT_LENS=on attr:NOPE=on attr:CONTACT_LENS=maybe attr:CONTACT_LENS tag: status: region: "open',
	);
	assert.deepEqual(
		filter.terms.map((t) => t.text),
		['jade'],
	);
	assert.deepEqual(
		filter.malformed.map((t) => t.text),
		[
			'atr:CONTACT_LENS=on',
			'attr:NOPE=on',
			'attr:CONTACT_LENS=maybe',
			'attr:CONTACT_LENS',
			'tag:',
			'status:',
			'region:',
			'"open',
		],
	);
	const text = malformedText(filter);
	assert.match(
		text,
		/'atr:CONTACT_LENS=on': unknown filter 'atr:' \(known: attr:, tag:, status:, region:, profile:, account:, drift\)/,
	);
	assert.match(text, /'attr:NOPE=on': unknown attribute type 'NOPE'/);
	assert.match(text, /needs =on or =off, not 'maybe'/);
	assert.match(text, /'"open': a quote is not closed/);
});

test('tokenize splits at unquoted whitespace of any kind', () => {
	assert.deepEqual(
		tokenize(' a\tb  "c d"e ').map((t) => t.text),
		['a', 'b', 'c de'],
	);
});

test('filterNeeds lists what any term may need', () => {
	assert.deepEqual([...filterNeeds(parseFilter('jade attr:CONTACT_LENS=on -tag:X drift'))].sort(), [
		'attributes',
		'drift',
		'tags',
	]);
	assert.deepEqual([...filterNeeds(parseFilter('jade region:eu-*'))], []);
});
