// The built CLI with an assume-role profile that needs MFA: the code is asked for on screen while the
// other profiles keep loading; the role's instances appear once the code is in.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {demoSeed, EMULATOR_MFA_CODE} from '../../source/emulator/index.js';
import {emulatorFixture} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const fixture = emulatorFixture({seed: demoSeed(), prefix: 'connectui-pty-mfa-'});

describe('MFA prompt', () => {
	it('asks for the code without holding up the other profiles, checks it, then lists the role', async () => {
		const term = startTerm({args: ['--profile', 'ops-admin,contact-dev', '--region', 'us-east-1'], env: fixture.env});
		try {
			const asking = await term.waitFor('MFA code for profile ops-admin');
			assert.match(asking, /arn:aws:iam::111122223333:mfa\/alice/);
			// contact-dev answers while the prompt waits.
			await term.waitFor(/contact-dev\/us-east-1 3/);
			// Letters are refused, Backspace edits, a short code is refused.
			term.write('12a');
			await term.waitFor('Digits only');
			term.write('\u007F\r');
			await term.waitFor('6 digits');
			term.write(EMULATOR_MFA_CODE.slice(1));
			term.write('\r');
			const listed = await term.waitFor(/ops-admin\/us-east-1 14/);
			assert.doesNotMatch(listed, /MFA code for profile/);
			assert.match(listed, /acme-support-us/);
			const assume = fixture.emulator.requests.filter((r) => r.operation === 'AssumeRole');
			assert.equal(assume.length, 1);
			assert.equal((assume[0]!.body as Record<string, string>)['TokenCode'], EMULATOR_MFA_CODE);
		} finally {
			term.kill();
		}
	});

	it('Esc skips the profile: its pairs say why, the others stay', async () => {
		const term = startTerm({args: ['--profile', 'ops-admin,contact-dev', '--region', 'us-east-1'], env: fixture.env});
		try {
			await term.waitFor('MFA code for profile ops-admin');
			term.write('\u001B');
			const screen = await term.waitFor('MFA code not entered for profile ops-admin');
			assert.match(screen, /contact-dev\/us-east-1 3/);
		} finally {
			term.kill();
		}
	});
});
