// `npm run bench [-- NAME...]`: every figure, each with a baseline measured in the same run and the
// ratio that is its target. The built CLI runs in a pseudo-terminal against the emulator, which runs
// in this process on 127.0.0.1; nothing leaves the machine. Not a test: it prints, it never fails.
// A new figure is a file in figures/ and one line in FIGURES.
import {existsSync, rmSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {buildBaselines, type Baselines} from './baselines.js';
import {firstFrame} from './figures/first-frame.js';
import {fullInventory} from './figures/full-inventory.js';
import {accountsAtScale} from './figures/accounts.js';
import {growth} from './figures/growth.js';
import {instanceSettings} from './figures/instance-settings.js';
import {keystrokesAndMemory} from './figures/keys-memory.js';
import {scriptList} from './figures/script-list.js';
import {matrixFill} from './figures/matrix.js';
import {bulkChange} from './figures/bulk.js';
import {closeFleet} from './fleet.js';
import {CLI, COLUMNS, ROWS, scratch} from './harness.js';

type Figure = {readonly name: string; readonly run: (baselines: Baselines) => Promise<void>};

const FIGURES: readonly Figure[] = [
	{name: 'first-frame', run: firstFrame},
	{name: 'full-inventory', run: fullInventory},
	{name: 'growth', run: growth},
	{name: 'keys', run: keystrokesAndMemory},
	{name: 'script-list', run: scriptList},
	{name: 'accounts', run: accountsAtScale},
	{name: 'settings', run: instanceSettings},
	{name: 'matrix', run: matrixFill},
	{name: 'bulk', run: bulkChange},
];

async function main(): Promise<void> {
	const started = performance.now();
	if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
	const wanted = process.argv.slice(2);
	const unknown = wanted.filter((name) => !FIGURES.some((figure) => figure.name === name));
	if (unknown.length > 0)
		throw new Error(`unknown figure ${unknown.join(', ')}; figures: ${FIGURES.map((f) => f.name).join(', ')}`);
	const cpu = cpus();
	console.log(
		`connectui bench · node ${process.version} · ${cpu.length} × ${cpu[0]?.model ?? '?'} · ${(totalmem() / 2 ** 30).toFixed(1)} GiB · pty ${COLUMNS}×${ROWS}`,
	);
	const baselines = await buildBaselines();
	for (const figure of FIGURES) if (wanted.length === 0 || wanted.includes(figure.name)) await figure.run(baselines);
	console.log(`(bench took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

try {
	await main();
} finally {
	await closeFleet();
	rmSync(scratch, {recursive: true, force: true});
}
process.exit(0);
