// `c` / `C` copy over OSC 52: the sequence (wrapped for tmux), and what the list and the detail view copy.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {osc52} from '../../source/domain/clipboard.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {openDetail} from '../../source/state/detail-reducer.js';
import {reducer} from '../../source/state/reducer.js';
import {summaryRow, typed} from '../helpers/state.js';

const row = {...summaryRow('alpha'), accessUrl: 'https://alpha.my.connect.aws'};
const bare = summaryRow('beta');

function listed(): AppState {
	const state = initialState({
		profiles: ['prod'],
		regions: ['us-east-1'],
		availableProfiles: ['prod'],
		availableRegions: ['us-east-1'],
	});
	return reducer(state, {
		type: 'inventory/page',
		target: {profile: 'prod', region: 'us-east-1'},
		page: [row, bare],
		first: true,
	});
}

describe('copy with OSC 52', () => {
	it('is base64 in OSC 52; inside tmux, a DCS passthrough with every ESC doubled', () => {
		assert.equal(osc52('arn:x'), `\u001B]52;c;${Buffer.from('arn:x').toString('base64')}\u0007`);
		assert.equal(osc52('arn:x'), '\u001B]52;c;YXJuOng=\u0007');
		assert.equal(osc52('arn:x', {tmux: true}), '\u001BPtmux;\u001B\u001B]52;c;YXJuOng=\u0007\u001B\\');
	});

	it('c copies the ARN and C the access URL of the row under the cursor; a message says what', () => {
		let state = typed(listed(), 'c');
		assert.deepEqual(state.clipboard, {copy: 1, text: row.arn});
		assert.match(state.message?.text ?? '', /^copied the ARN: arn:aws:connect:us-east-1:/);
		state = typed(state, 'C');
		assert.deepEqual(state.clipboard, {copy: 2, text: row.accessUrl});
		assert.match(state.message?.text ?? '', /^copied the access URL: https:\/\/alpha/);
		state = typed(state, 'jC');
		assert.equal(state.clipboard?.copy, 2, 'nothing copied');
		assert.match(state.message?.text ?? '', /no access URL/);
	});

	it('the detail view copies the same, with what DescribeInstance said', () => {
		let state = openDetail(listed(), bare);
		state = reducer(state, {
			type: 'detail/describe',
			generation: state.detail!.generation,
			result: {kind: 'ok', value: {...bare, accessUrl: 'https://beta.my.connect.aws', tags: {}}},
		});
		assert.equal(typed(state, 'c').clipboard?.text, bare.arn);
		assert.equal(typed(state, 'C').clipboard?.text, 'https://beta.my.connect.aws');
	});

	it('a hostile ARN is copied display-safe (no control characters reach the clipboard)', () => {
		const state = reducer(listed(), {
			type: 'inventory/page',
			target: {profile: 'prod', region: 'us-east-1'},
			page: [{...row, arn: 'arn:\u001B[2Jx\n'}],
			first: true,
		});
		assert.equal(typed(state, 'c').clipboard?.text, 'arn:␛[2Jx␊');
	});
});
