import {test} from 'node:test';
import assert from 'node:assert/strict';
import {bypassesProxy, proxyFor, redactProxy} from '../../source/domain/proxy-env.js';

const aws = 'https://connect.us-east-1.amazonaws.com';

test('proxyFor: HTTPS_PROXY for https URLs, HTTP_PROXY for http URLs, lower case first', () => {
	assert.equal(proxyFor(aws, {HTTPS_PROXY: 'http://proxy:3128'}), 'http://proxy:3128');
	assert.equal(proxyFor(aws, {https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2'}), 'http://lower:1');
	assert.equal(proxyFor(aws, {HTTP_PROXY: 'http://proxy:3128'}), undefined);
	assert.equal(proxyFor('http://127.0.0.1:4566', {HTTP_PROXY: 'http://proxy:3128'}), 'http://proxy:3128');
	assert.equal(proxyFor(aws, {}), undefined);
	assert.equal(proxyFor(aws, {HTTPS_PROXY: '  '}), undefined);
});

test('proxyFor: a proxy without a scheme is http://', () => {
	assert.equal(proxyFor(aws, {HTTPS_PROXY: 'proxy.corp:8080'}), 'http://proxy.corp:8080');
	assert.equal(proxyFor(aws, {HTTPS_PROXY: 'https://proxy.corp:8443'}), 'https://proxy.corp:8443');
});

test('proxyFor: NO_PROXY sends matching hosts direct', () => {
	const env = {HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'localhost,.internal,amazonaws.com'};
	assert.equal(proxyFor(aws, env), undefined);
	assert.equal(proxyFor('https://api.internal', env), undefined);
	assert.equal(proxyFor('https://example.com', env), 'http://proxy:3128');
	assert.equal(proxyFor('https://connect.cn-north-1.amazonaws.com.cn', env), 'http://proxy:3128');
	assert.equal(proxyFor(aws, {HTTPS_PROXY: 'http://proxy:3128', no_proxy: '*'}), undefined);
});

test('bypassesProxy: domains cover their subdomains, not look-alikes; ports and IPs', () => {
	assert.equal(bypassesProxy('connect.us-east-1.amazonaws.com', 443, 'amazonaws.com'), true);
	assert.equal(bypassesProxy('connect.us-east-1.amazonaws.com', 443, '*.amazonaws.com'), true);
	assert.equal(bypassesProxy('notamazonaws.com', 443, 'amazonaws.com'), false);
	assert.equal(bypassesProxy('127.0.0.1', 4566, '127.0.0.1'), true);
	assert.equal(bypassesProxy('127.0.0.1', 4566, '127.0.0.1:4566'), true);
	assert.equal(bypassesProxy('127.0.0.1', 4566, '127.0.0.1:80'), false);
	assert.equal(bypassesProxy('::1', 443, '[::1]'), true);
	assert.equal(bypassesProxy('Example.COM', 443, 'example.com.'), true);
	assert.equal(bypassesProxy('example.com', 443, ' , ,'), false);
	assert.equal(bypassesProxy('example.com', 443, undefined), false);
});

test('redactProxy hides credentials', () => {
	assert.equal(redactProxy('http://user:secret@proxy:3128'), 'http://***@proxy:3128');
	assert.equal(redactProxy('http://proxy:3128'), 'http://proxy:3128');
	assert.doesNotMatch(redactProxy('not a url //user:pw@host'), /pw/);
});
