import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {appPaths, openSettings} from '../../source/services/settings-store.js';

const home = mkdtempSync(join(tmpdir(), 'connectui-settings-'));
after(() => rmSync(home, {recursive: true, force: true}));
const env = {CONNECTUI_HOME: home};

async function until(check: () => boolean): Promise<void> {
	for (let i = 0; i < 200 && !check(); i++) {
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

describe('settings store', () => {
	it('runs on Node.js 22 or newer (the project brings its own for its scripts)', () => {
		assert.ok(Number(process.versions.node.split('.')[0]) >= 22, process.versions.node);
	});

	it('starts empty, then reads back the choice saved through conf', async () => {
		const first = openSettings('settings', env);
		assert.deepEqual(first.choice, {profiles: [], regions: [], readOnlyProfiles: []});
		first.saveChoice({profiles: ['prod', 'dev'], regions: ['eu-central-1'], readOnlyProfiles: ['prod']});
		const file = join(appPaths(env).config, 'settings.json');
		await until(() => existsSync(file));
		const again = openSettings('settings', env);
		assert.deepEqual(again.choice, {profiles: ['prod', 'dev'], regions: ['eu-central-1'], readOnlyProfiles: ['prod']});
		assert.deepEqual(openSettings('demo-settings', env).choice.profiles, [], 'the demo keeps its own choices');
	});

	it('keeps the last inventory with its time, and ignores a damaged file', () => {
		const settings = openSettings('settings', env);
		settings.saveInventory([
			{
				profile: 'p',
				region: 'us-east-1',
				id: 'i',
				arn: 'a',
				alias: 'x',
				status: 'ACTIVE',
				identityManagementType: 'SAML',
				inboundCalls: true,
				outboundCalls: false,
			},
		]);
		const cached = openSettings('settings', env).cached;
		assert.equal(cached?.rows.length, 1);
		assert.ok(!Number.isNaN(Date.parse(cached?.savedAt ?? '')));
		const cacheFile = join(appPaths(env).cache, 'inventory.json');
		assert.ok(readFileSync(cacheFile, 'utf8').includes('"alias":"x"'));
		writeFileSync(cacheFile, '{not json');
		assert.equal(openSettings('settings', env).cached, undefined);
		mkdirSync(appPaths(env).config, {recursive: true});
		writeFileSync(join(appPaths(env).config, 'settings.json'), '{"profiles": 42}');
		assert.deepEqual(openSettings('settings', env).choice.profiles, []);
	});
});
