// `npm run package`: dist/connectui-linux-x64, one executable with Node 22 inside (Node's single
// executable applications, with a code cache), for a host that has no Node. The bundle (dist/*.js,
// built first) travels as assets; scripts/sea/main.cjs unpacks it on first start and imports it.
import {execFileSync, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const work = join(root, 'dist', 'sea');
const output = join(dist, 'connectui-linux-x64');
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

if (process.platform !== 'linux' || process.arch !== 'x64') {
	console.error(`npm run package builds a linux-x64 executable; this is ${process.platform}-${process.arch}`);
	process.exit(2);
}

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
	console.error(`npm run package needs the project's Node 22 first on PATH (this is ${process.versions.node})`);
	process.exit(2);
}

if (!process.argv.includes('--no-build'))
	execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {stdio: 'inherit'});

rmSync(work, {recursive: true, force: true});
mkdirSync(work, {recursive: true});
const files = readdirSync(dist)
	.filter((name) => name.endsWith('.js'))
	.sort();
const hash = createHash('sha256');
for (const name of files)
	hash
		.update(name)
		.update('\0')
		.update(readFileSync(join(dist, name)));
const digest = hash.digest('hex').slice(0, 16);
writeFileSync(join(work, 'manifest.json'), JSON.stringify({version, hash: digest, files}));

const config = {
	main: join(root, 'scripts', 'sea', 'main.cjs'),
	output: join(work, 'connectui.blob'),
	disableExperimentalSEAWarning: true,
	useCodeCache: true,
	assets: {
		'manifest.json': join(work, 'manifest.json'),
		...Object.fromEntries(files.map((name) => [name, join(dist, name)])),
	},
};
writeFileSync(join(work, 'sea-config.json'), JSON.stringify(config, undefined, '\t'));
execFileSync(process.execPath, ['--experimental-sea-config', join(work, 'sea-config.json')], {stdio: 'inherit'});

rmSync(output, {force: true});
copyFileSync(process.execPath, output);
chmodSync(output, 0o755);
const postject = join(root, 'node_modules', 'postject', 'dist', 'cli.js');
const inject = spawnSync(
	process.execPath,
	[
		postject,
		output,
		'NODE_SEA_BLOB',
		config.output,
		'--sentinel-fuse',
		'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2',
	],
	{encoding: 'utf8'},
);
// postject warns about ELF note sections it does not name; only a failure is worth showing.
if (inject.status !== 0) {
	console.error(inject.stdout, inject.stderr);
	rmSync(output, {force: true});
	process.exit(1);
}

rmSync(work, {recursive: true, force: true});
console.log(`${output} (connectui ${version}, bundle ${digest})`);
