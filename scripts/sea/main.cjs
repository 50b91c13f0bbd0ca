// The single executable's main script (Node's single executable applications run a CommonJS main
// only). The app is an ES module bundle whose layout engine (yoga-layout 3) loads with a top-level
// await, which CommonJS cannot hold: the bundle travels as the executable's assets, is unpacked once
// into a cache folder named after the version and the bundle's hash, and is imported from there.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const sea = require('node:sea');
const {createRequire, enableCompileCache} = require('node:module');
const {pathToFileURL} = require('node:url');
const v8 = require('node:v8');

const manifest = JSON.parse(sea.getAsset('manifest.json', 'utf8'));

function cacheRoot() {
	const xdg = process.env.XDG_CACHE_HOME;
	if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'connectui');
	const home = os.homedir();
	return home
		? path.join(home, '.cache', 'connectui')
		: path.join(os.tmpdir(), `connectui-${process.getuid?.() ?? 'user'}`);
}

/** A folder that only this user can have written: ours, and not writable by group or others. */
function trusted(folder) {
	try {
		const stat = fs.lstatSync(folder);
		const uid = process.getuid?.();
		return stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
	} catch {
		return false;
	}
}

function unpack(folder) {
	const marker = path.join(folder, '.complete');
	if (trusted(folder) && fs.existsSync(marker)) return;
	fs.mkdirSync(path.dirname(folder), {recursive: true, mode: 0o700});
	// Unpacked beside, then renamed into place: a second copy starting at once never sees half a bundle.
	const temporary = fs.mkdtempSync(`${folder}.unpacking-`);
	try {
		for (const name of manifest.files) {
			fs.writeFileSync(path.join(temporary, name), new Uint8Array(sea.getRawAsset(name)), {mode: 0o600});
		}

		fs.writeFileSync(path.join(temporary, 'package.json'), '{"type": "module"}\n', {mode: 0o600});
		fs.writeFileSync(path.join(temporary, 'loader.cjs'), 'module.exports = (url) => import(url);\n', {mode: 0o600});
		fs.writeFileSync(path.join(temporary, '.complete'), `${manifest.hash}\n`, {mode: 0o600});
		if (fs.existsSync(folder)) fs.rmSync(folder, {recursive: true, force: true});
		fs.renameSync(temporary, folder);
	} catch (error) {
		fs.rmSync(temporary, {recursive: true, force: true});
		// Another copy of this version got there first.
		if (!(trusted(folder) && fs.existsSync(marker))) throw error;
	}
}

function main() {
	const folder = path.join(cacheRoot(), `${manifest.version}-${manifest.hash}`);
	try {
		unpack(folder);
	} catch (error) {
		process.stderr.write(`connectui: cannot unpack itself into ${folder}: ${error.message}\n`);
		process.exit(70);
	}

	// The V8 flags dist/cli.js's #! line gives node (one source of truth: the build's banner).
	const hashBang = fs.readFileSync(path.join(folder, 'cli.js'), 'utf8').split('\n', 1)[0];
	for (const flag of hashBang.split(' ').filter((word) => word.startsWith('--'))) v8.setFlagsFromString(flag);
	// Compiled code is kept beside the bundle: later starts skip compiling it.
	enableCompileCache?.(path.join(folder, '.compile-cache'));
	// A module on disk can import(); the injected main script itself cannot.
	const load = createRequire(path.join(folder, 'loader.cjs'))('./loader.cjs');
	load(pathToFileURL(path.join(folder, 'cli.js')).href).catch((error) => {
		process.stderr.write(`connectui: ${error?.stack ?? error}\n`);
		process.exit(70);
	});
}

main();
