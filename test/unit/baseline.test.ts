import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
	baselineNeeds,
	driftLookup,
	instanceDrift,
	type Baseline,
	type InstanceFacts,
} from '../../source/domain/baseline.js';
import {parseBaseline, ruleKeys} from '../../source/domain/baseline-parse.js';
import {applyFilter} from '../../source/domain/filter-eval.js';
import {parseFilter} from '../../source/domain/filter.js';
import {summaryRow} from '../helpers/state.js';

const EXAMPLE = `# the example from PRODUCT.md
rules:
  - where: "tag:Environment=prod"
    attributes: {CONTACT_LENS: on, CONTACTFLOW_LOGS: on}
    tags:
      required: [Owner, CostCenter]
      values: {Environment: [prod, staging, dev]}
`;

function parsed(text: string, file = 'baseline.yaml'): Baseline {
	const result = parseBaseline(text, file);
	if ('error' in result) assert.fail(result.error);
	return result.baseline;
}

function error(text: string, file = 'baseline.yaml'): string {
	const result = parseBaseline(text, file);
	if (!('error' in result)) assert.fail('expected an error');
	assert.doesNotMatch(result.error, /\n/);
	return result.error;
}

const row = summaryRow('jade', 'eu-central-1', 'prod', 'aaaa');

test('the example baseline reads, and a matching instance that holds it has no drift', () => {
	const baseline = parsed(EXAMPLE);
	assert.equal(baseline.rules.length, 1);
	const facts: InstanceFacts = {
		attributes: {CONTACT_LENS: true, CONTACTFLOW_LOGS: true},
		tags: {Environment: 'prod', Owner: 'ops', CostCenter: '42'},
	};
	assert.deepEqual(instanceDrift(baseline, row, facts), {known: true, drift: []});
});

test('drift lists each attribute that differs, missing required tags and values outside the allowed list', () => {
	const baseline = parsed(
		'rules:\n  - attributes: {CONTACT_LENS: on, EARLY_MEDIA: off, CONTACTFLOW_LOGS: on}\n    tags: {required: [Owner, Environment], values: {Environment: [prod, dev], Tier: gold}}\n',
	);
	const result = instanceDrift(baseline, row, {
		attributes: {CONTACT_LENS: false, EARLY_MEDIA: true},
		tags: {Tier: 'silver', Other: 'x'},
	});
	assert.deepEqual(result, {
		known: true,
		drift: [
			{Kind: 'attribute', Name: 'CONTACT_LENS', Want: true, Have: false, rule: 0},
			{Kind: 'attribute', Name: 'EARLY_MEDIA', Want: false, Have: true, rule: 0},
			{Kind: 'attribute', Name: 'CONTACTFLOW_LOGS', Want: true, Have: null, rule: 0},
			{Kind: 'tag', Name: 'Owner', Want: 'present', Have: null, rule: 0},
			{Kind: 'tag', Name: 'Environment', Want: ['prod', 'dev'], Have: null, rule: 0},
			{Kind: 'tag', Name: 'Tier', Want: ['gold'], Have: 'silver', rule: 0},
		],
	});
});

test('an absent tag with allowed values but not required is not drift; an unreported attribute wanted off is not', () => {
	const baseline = parsed('rules:\n  - attributes: {EARLY_MEDIA: off}\n    tags: {values: {Environment: [prod]}}\n');
	assert.deepEqual(instanceDrift(baseline, row, {attributes: {}, tags: {}}), {known: true, drift: []});
});

test('where selects the rules that apply; a rule without where applies to every instance', () => {
	const baseline = parsed(
		'rules:\n  - where: "region:us-*"\n    attributes: {CONTACT_LENS: on}\n  - attributes: {EARLY_MEDIA: on}\n',
	);
	const facts = {attributes: {CONTACT_LENS: false, EARLY_MEDIA: false}};
	const result = instanceDrift(baseline, row, facts);
	assert.deepEqual(result.known && result.drift.map((d) => `${d.rule}:${d.Name}`), ['1:EARLY_MEDIA']);
	const us = summaryRow('ruby', 'us-east-1');
	const both = instanceDrift(baseline, us, facts);
	assert.deepEqual(both.known && both.drift.map((d) => `${d.rule}:${d.Name}`), ['0:CONTACT_LENS', '1:EARLY_MEDIA']);
});

test('drift is unknown until the facts the applying rules need are loaded, and says which', () => {
	const baseline = parsed(EXAMPLE);
	assert.deepEqual([...baselineNeeds(baseline)].sort(), ['attributes', 'tags']);
	const none = instanceDrift(baseline, row, {});
	assert.equal(none.known, false);
	assert.deepEqual(!none.known && [...none.needs].sort(), ['attributes', 'tags']);
	// Tags loaded and the where rules the instance out: nothing more is needed.
	assert.deepEqual(instanceDrift(baseline, row, {tags: {Environment: 'dev'}}), {known: true, drift: []});
	const partly = instanceDrift(baseline, row, {tags: {Environment: 'prod', Owner: 'o', CostCenter: '1'}});
	assert.deepEqual(!partly.known && [...partly.needs], ['attributes']);
});

test('the same difference wanted by two rules is listed once', () => {
	const baseline = parsed('rules:\n  - attributes: {CONTACT_LENS: on}\n  - attributes: {contact_lens: true}\n');
	const result = instanceDrift(baseline, row, {attributes: {CONTACT_LENS: false}});
	assert.equal(result.known && result.drift.length, 1);
});

test('driftLookup feeds the filter: drift and -drift select by the baseline', () => {
	const baseline = parsed('rules:\n  - attributes: {CONTACT_LENS: on}\n');
	const rows = [row, summaryRow('ruby'), summaryRow('opal')];
	const facts: Record<string, InstanceFacts> = {
		jade: {attributes: {CONTACT_LENS: true}},
		ruby: {attributes: {CONTACT_LENS: false}},
		opal: {},
	};
	const drift = driftLookup(baseline, (r: typeof row) => facts[r.alias]!);
	const result = applyFilter(parseFilter('drift'), rows, {drift});
	assert.deepEqual(
		result.rows.map((r) => r.alias),
		['ruby'],
	);
	assert.deepEqual(
		result.pending.map((p) => p.row.alias),
		['opal'],
	);
	assert.deepEqual(
		applyFilter(parseFilter('-drift'), rows, {drift}).rows.map((r) => r.alias),
		['jade'],
	);
});

test('JSON baselines read the same', () => {
	const baseline = parsed(
		JSON.stringify({
			rules: [{where: 'tag:Environment=prod', attributes: {CONTACT_LENS: 'on'}, tags: {required: ['Owner']}}],
		}),
		'baseline.json',
	);
	assert.equal(baseline.rules.length, 1);
	assert.equal(baseline.rules[0]!.where?.terms.length, 1);
});

test('an unknown attribute type names the file, the line, the place and the known types', () => {
	const message = error('rules:\n  - attributes:\n      CONTACT_LENS: on\n      CONTACT_LENZ: on\n');
	assert.match(
		message,
		/^baseline\.yaml:4: rules\[0\]\.attributes\.CONTACT_LENZ: unknown attribute type 'CONTACT_LENZ' \(known: INBOUND_CALLS, /,
	);
});

test('unknown keys are refused at the top, in a rule and in tags, with the keys that are known', () => {
	assert.match(error('rule:\n  - attributes: {}\n'), /^baseline\.yaml:1: rule: unknown key 'rule' \(known: rules\)$/);
	assert.match(
		error('rules:\n  - where: jade\n    attribute: {CONTACT_LENS: on}\n'),
		new RegExp(
			`^baseline\\.yaml:3: rules\\[0\\]\\.attribute: unknown key 'attribute' \\(known: ${ruleKeys().join(', ')}\\)$`,
		),
	);
	assert.match(
		error('rules:\n  - tags: {require: [Owner]}\n'),
		/^baseline\.yaml:2: rules\[0\]\.tags\.require: unknown key 'require' \(known: required, values\)$/,
	);
});

test('a bad where filter, a bad value and wrong shapes are refused with the reason', () => {
	assert.match(
		error('rules:\n  - where: "atr:X=on"\n'),
		/^baseline\.yaml:2: rules\[0\]\.where: bad filter: 'atr:X=on': unknown filter 'atr:'/,
	);
	assert.match(error('rules:\n  - where: drift\n'), /cannot be used in a baseline's where/);
	assert.match(
		error('rules:\n  - attributes: {CONTACT_LENS: maybe}\n'),
		/^baseline\.yaml:2: rules\[0\]\.attributes\.CONTACT_LENS: needs on or off, not "maybe"$/,
	);
	assert.match(error('rules:\n  - attributes: {CONTACT_LENS: on, contact_lens: off}\n'), /CONTACT_LENS is given twice/);
	assert.match(error('rules: {a: 1}\n'), /^baseline\.yaml:1: rules: needs a list of rules$/);
	assert.match(error('rules:\n  - 42\n'), /^baseline\.yaml:2: rules\[0\]: a rule is a map of where, attributes, tags/);
	assert.match(
		error('rules:\n  - tags: {required: [Owner, {a: 1}]}\n'),
		/rules\[0\]\.tags\.required\[1\]: needs a tag key, not \{"a":1\}$/,
	);
	assert.match(error('- a\n- b\n'), /^baseline\.yaml:1: needs a map with rules:/);
	assert.match(error(''), /^baseline\.yaml: is empty/);
	assert.match(error('rules:\n  - where: 5\n'), /rules\[0\]\.where: needs a filter expression/);
});

test('text that is not YAML or JSON, and duplicate keys, are refused with the line', () => {
	assert.match(
		error('rules:\n  - attributes: {CONTACT_LENS: on\n', 'b.yaml'),
		/^b\.yaml:\d+: not valid YAML or JSON: /,
	);
	assert.match(error('{"rules": [}', 'b.json'), /^b\.json:1: not valid YAML or JSON: /);
	assert.match(error('rules: []\nrules: []\n'), /^baseline\.yaml:2: not valid YAML or JSON: Map keys must be unique/);
});

test('an empty list of rules is a baseline nothing drifts from', () => {
	const baseline = parsed('rules: []\n');
	assert.deepEqual(instanceDrift(baseline, row, {}), {known: true, drift: []});
});
