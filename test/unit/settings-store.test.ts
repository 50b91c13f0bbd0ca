import assert from 'node:assert/strict';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import type {InstanceSummary} from '../../source/domain/types.js';
import {setAsideLine} from '../../source/services/local-file.js';
import {appPaths, openSettings} from '../../source/services/settings-store.js';

const row: InstanceSummary = {
	profile: 'p',
	region: 'us-east-1',
	id: 'i',
	arn: 'a',
	alias: 'x',
	status: 'ACTIVE',
	identityManagementType: 'SAML',
	inboundCalls: true,
	outboundCalls: false,
};

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

	it('keeps the last inventory with its time', () => {
		const settings = openSettings('settings', env);
		settings.saveInventory([row]);
		const cached = openSettings('settings', env).cached;
		assert.equal(cached?.rows.length, 1);
		assert.ok(!Number.isNaN(Date.parse(cached?.savedAt ?? '')));
		assert.ok(readFileSync(join(appPaths(env).cache, 'inventory.json'), 'utf8').includes('"alias":"x"'));
	});

	const badFiles: ReadonlyArray<[string, string, (file: string) => void, RegExp]> = [
		[
			'cache',
			'inventory.json',
			(file) => writeFileSync(file, '{"savedAt": "2026-01-01T00:00:00Z", "rows": [nu'),
			/not valid JSON/,
		],
		[
			'cache',
			'inventory.json',
			(file) => writeFileSync(file, '{"savedAt": "2026-01-01T00:00:00Z", "rows": [null]}'),
			/wrong shape: rows\.0: expected object, got null/,
		],
		[
			'cache',
			'inventory.json',
			(file) =>
				writeFileSync(file, JSON.stringify({savedAt: '2026-01-01T00:00:00Z', rows: [{...row, alias: undefined}]})),
			/rows\.0\.alias: expected string/,
		],
		['cache', 'inventory.json', (file) => mkdirSync(file), /it is a directory/],
		['cache', 'inventory.json', (file) => symlinkSync(file, file), /symbolic link loop/],
		['config', 'settings.json', (file) => writeFileSync(file, '{"profiles": ["pr'), /not valid JSON/],
		[
			'config',
			'settings.json',
			(file) => writeFileSync(file, '{"profiles": 42}'),
			/wrong shape: profiles: expected array, got number/,
		],
		['config', 'settings.json', (file) => mkdirSync(file), /it is a directory/],
		['config', 'settings.json', (file) => symlinkSync(file, file), /symbolic link loop/],
	];
	for (const [where, name, spoil, reason] of badFiles) {
		it(`${name} ${reason.source}: set aside as ${name}.bad-TIMESTAMP, defaults used, one line names it`, () => {
			const home = mkdtempSync(join(tmpdir(), 'connectui-bad-'));
			try {
				const badEnv = {CONNECTUI_HOME: home};
				const dir = appPaths(badEnv)[where as 'cache' | 'config'];
				mkdirSync(dir, {recursive: true});
				spoil(join(dir, name));
				const settings = openSettings('settings', badEnv);
				assert.deepEqual(settings.choice, {profiles: [], regions: [], readOnlyProfiles: []});
				assert.equal(settings.cached, undefined);
				assert.equal(settings.problems.length, 1);
				const line = setAsideLine(settings.problems[0]!);
				assert.match(line, reason);
				assert.ok(line.startsWith(`${name} was unusable`) && line.includes(dir), line);
				const kept = readdirSync(dir).filter((file) => file.startsWith(`${name}.bad-`));
				assert.equal(kept.length, 1, 'the bad copy is kept beside it');
				assert.ok(line.includes(kept[0]!), line);
				// The next start is clean, and saving works again.
				settings.saveInventory([row]);
				settings.saveChoice({profiles: ['p'], regions: ['us-east-1'], readOnlyProfiles: []});
				const again = openSettings('settings', badEnv);
				assert.deepEqual(again.problems, []);
				assert.equal(again.cached?.rows.length, 1);
				assert.deepEqual(again.choice.profiles, ['p']);
			} finally {
				rmSync(home, {recursive: true, force: true});
			}
		});
	}
});
