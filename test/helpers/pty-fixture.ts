// The set-up the pseudo-terminal tests share: a home of their own for the app, and an emulator with AWS
// config files and the app's environment pointing at it. Each is made before a file's tests and removed
// after them.
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before} from 'node:test';
import {startEmulator, type Emulator, type EmulatorOptions as ServerOptions} from '../../source/emulator/index.js';
import {awsTestEnv, writeAwsFiles, type AwsFiles} from './aws-files.js';

/**
 * Removes a test's folder. An app that was just killed can still be writing its cache into it, so this
 * retries; a folder that cannot be removed, or that is written again at once, fails the tests, naming
 * the folder: a test must wait for the apps it started to end before its folder goes.
 */
export function removeFolder(folder: string): void {
	try {
		rmSync(folder, {recursive: true, force: true, maxRetries: 10, retryDelay: 100});
	} catch (error) {
		throw new Error(`could not remove the test folder ${folder}: ${String(error)}`, {cause: error});
	}

	if (existsSync(folder)) {
		throw new Error(`the test folder ${folder} was written again as it was removed: an app still running?`);
	}
}

/** A fresh directory for this test file (CONNECTUI_HOME for --demo runs), removed after its tests. */
export function tempHome(prefix = 'connectui-pty-'): string {
	const home = mkdtempSync(join(tmpdir(), prefix));
	after(() => removeFolder(home));
	return home;
}

export type EmulatorFixture = {
	readonly emulator: Emulator;
	/** The test file's own directory (AWS files, the app's home under `home`). */
	readonly dir: string;
	readonly files: AwsFiles;
	/** The app's environment: these files, the emulator's endpoint, nothing from the machine's AWS set-up. */
	readonly env: NodeJS.ProcessEnv;
	/** The same environment with a home of its own (a fresh journal, settings and cache) for one run. */
	freshEnv(): NodeJS.ProcessEnv;
};

export type EmulatorOptions = ServerOptions & {
	readonly prefix?: string;
	/** The AWS config and credentials files (default: the demo profiles and an MFA role, writeAwsFiles). */
	readonly files?: (dir: string) => AwsFiles;
	/** Runs once the emulator is up (faults to inject). */
	readonly setUp?: (emulator: Emulator) => void;
};

/**
 * The emulator, started before this file's tests and closed after them. Its fields are read inside the
 * tests (they do not exist before `before` has run).
 */
export function emulatorFixture(options: EmulatorOptions): EmulatorFixture {
	let fixture: Omit<EmulatorFixture, 'freshEnv'> | undefined;
	let homes = 0;
	before(async () => {
		const emulator = await startEmulator(options);
		options.setUp?.(emulator);
		const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'connectui-pty-'));
		const files = (options.files ?? writeAwsFiles)(dir);
		fixture = {emulator, dir, files, env: awsTestEnv(files, emulator.url, join(dir, 'home'))};
	});
	after(async () => {
		await fixture?.emulator.close();
		if (fixture) removeFolder(fixture.dir);
	});
	const ready = () => {
		if (!fixture) throw new Error('the emulator fixture is read before its before() hook ran');
		return fixture;
	};

	return {
		get emulator() {
			return ready().emulator;
		},
		get dir() {
			return ready().dir;
		},
		get files() {
			return ready().files;
		},
		get env() {
			return ready().env;
		},
		freshEnv() {
			const {files, emulator, dir} = ready();
			return awsTestEnv(files, emulator.url, join(dir, `home-${++homes}`));
		},
	};
}
