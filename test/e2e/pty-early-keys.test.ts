// Keys typed before the first frame and across a screen change, in the built CLI in a terminal.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {tempHome} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const home = tempHome('connectui-early-keys-');

describe('keys typed ahead', () => {
	it('what the terminal echoed before the app started never shifts its frames', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}, echoedBefore: 'jjj'});
		try {
			await term.waitFor('acme-support-us');
			const screen = await term.waitFor(/25 instances/);
			const [header = ''] = screen.split('\n');
			assert.match(header, /^connectui instances/, `the header starts at the first column:\n${screen}`);
			assert.doesNotMatch(screen, /^jjj/m);
			term.write('q');
			assert.equal((await term.waitForExit()).exitCode, 0);
		} finally {
			term.kill();
		}
	});

	it('Enter t a Foo Tab bar Enter in one write opens the instance, its tags, and adds Foo=bar', async () => {
		const term = startTerm({args: ['--demo'], env: {CONNECTUI_HOME: home}});
		try {
			await term.waitFor('acme-support-us');
			await term.waitFor(/25 instances/);
			// The tags are still loading when the a arrives: it belongs to the tags form all the same.
			term.write('\rtaFoo\tbar\r');
			const form = await term.waitFor(/\+ Foo\s+"bar"/);
			assert.match(form, /^connectui tags/, 'the tags form, not the attributes form');
			assert.doesNotMatch(form, /CONTACT_LENS/);
		} finally {
			term.kill();
		}
	});
});
