import assert from 'node:assert/strict';
import {it} from 'node:test';
import {pageBatchMs} from '../../source/domain/page-batches.js';

it('pageBatchMs: 30 drawings a second up to 64 pairs, fewer beyond, never fewer than 4 a second', () => {
	assert.equal(pageBatchMs(0), 33);
	assert.equal(pageBatchMs(10), 33);
	assert.equal(pageBatchMs(64), 33);
	assert.equal(pageBatchMs(65), 66);
	assert.equal(pageBatchMs(600), 250);
	assert.equal(pageBatchMs(3000), 250);
});
