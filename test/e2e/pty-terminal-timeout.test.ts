// A region that never answers (blackholed) in the real CLI: keys keep working while it hangs, and the
// status strip then says it timed out. The other region's rows are there all along.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {it} from 'node:test';
import {syntheticProfiles, syntheticSeed} from '../../source/emulator/index.js';
import {emulatorFixture} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const shape = {accounts: 1, regionsPerAccount: 2, instancesPerRegion: 3};
const fixture = emulatorFixture({
	seed: syntheticSeed(shape),
	prefix: 'connectui-timeout-',
	setUp: (emulator) => emulator.inject({kind: 'hang', region: 'us-west-2'}),
	files(dir) {
		const [profile] = syntheticProfiles(shape);
		const files = {config: join(dir, 'config'), credentials: join(dir, 'credentials')};
		writeFileSync(files.config, `[profile ${profile!.profile}]\nregion = us-east-1\n`);
		writeFileSync(
			files.credentials,
			`[${profile!.profile}]\naws_access_key_id = ${profile!.accessKeyId}\naws_secret_access_key = ${profile!.secretAccessKey}\n`,
		);
		return files;
	},
});

it('a blackholed region: the UI answers keys while it hangs, then the strip says it timed out', async () => {
	const term = startTerm({
		args: [
			'--endpoint-url',
			fixture.emulator.url,
			'--profile',
			'synthetic-0001',
			'--region',
			'us-east-1,us-west-2',
			// The clock starts with the first attempt, which leaves before Ink has loaded: long enough for
			// the keys below to be typed while the region still hangs, on a loaded machine too.
			'--request-timeout',
			'3',
			'--connect-timeout',
			'1',
		],
		env: fixture.env,
	});
	try {
		// us-east-1 answers; us-west-2 is still loading.
		const loading = await term.waitFor('synth-0001-us-east-1-003');
		assert.match(loading, /loading/);
		// The help overlay (its sections; the footer only says "? help") opens and closes while the region hangs.
		term.write('?');
		await term.waitFor(/Keys[\s\S]*Instance list/);
		term.write('\u001B');
		await term.waitFor(/^(?![\s\S]*Instance list)[\s\S]*Enter open/);
		term.write('/003');
		const filtered = await term.waitFor('1 of');
		assert.match(filtered, /synth-0001-us-east-1-003/);
		term.write('\u001B');
		// Esc is a key of its own only once no more input follows it: wait for the filter to be cleared.
		await term.waitFor(/^(?![\s\S]*Esc clear)[\s\S]*synth-0001-us-east-1-001/);
		const done = await term.waitFor(/us-west-2: TimeoutError: .*timed out/);
		assert.match(done, /synth-0001-us-east-1-001/);
		term.write('q');
		assert.equal((await term.waitForExit()).exitCode, 0);
	} finally {
		term.kill();
	}
});
