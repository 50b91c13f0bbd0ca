// `npm run bench`: the five figures of "Fast and sturdy over SSH", each with a baseline measured in
// the same run and the ratio. The built CLI runs in a pseudo-terminal against the emulator, which
// runs in this process on 127.0.0.1; nothing leaves the machine. Not a test: it prints, it never fails.
import {execFile} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, tmpdir, totalmem} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from 'node-pty';
import xterm from '@xterm/headless';
import {
	startEmulator,
	syntheticProfiles,
	syntheticRegions,
	syntheticSeed,
	type Emulator,
} from '../source/emulator/index.js';
import type {SyntheticSeedOptions} from '../source/emulator/synthetic-seed.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const NODE = process.execPath;
const COLUMNS = 100;
const ROWS = 30;
const benchStart = performance.now();
const scratch = mkdtempSync(join(tmpdir(), 'connectui-bench-'));

// ---------------------------------------------------------------------------------------------
// Printable characters in a byte stream: everything outside escape sequences and C0/C1 controls.

/** Counts printable characters incrementally, across chunk boundaries. */
class PrintableCounter {
	count = 0;
	#state: 'text' | 'esc' | 'csi' | 'string' | 'string-esc' = 'text';

	feed(chunk: string): void {
		for (const ch of chunk) {
			const code = ch.codePointAt(0)!;
			switch (this.#state) {
				case 'text':
					if (code === 0x1b) this.#state = 'esc';
					else if (code === 0x9b) this.#state = 'csi';
					else if (code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0)) this.count++;
					break;
				case 'esc':
					if (ch === '[') this.#state = 'csi';
					else if (ch === ']' || ch === 'P' || ch === '_' || ch === '^' || ch === 'X') this.#state = 'string';
					else if (code >= 0x20 && code <= 0x2f)
						this.#state = 'esc'; // intermediate bytes
					else this.#state = 'text';
					break;
				case 'csi':
					if (code >= 0x40 && code <= 0x7e) this.#state = 'text';
					break;
				case 'string':
					if (code === 0x07) this.#state = 'text';
					else if (code === 0x1b) this.#state = 'string-esc';
					break;
				case 'string-esc':
					this.#state = ch === '\\' ? 'text' : 'string';
					break;
			}
		}
	}
}

// ---------------------------------------------------------------------------------------------
// A process in a pseudo-terminal, with a headless xterm for the screen and timestamps per chunk.

type Run = {
	readonly pid: number;
	readonly startedAt: number;
	/** Time the Nth printable character arrived (undefined until then). */
	printableAt(n: number): Promise<number>;
	/** Resolves with the arrival time of the chunk after which the screen first satisfies `test`. */
	screenWhen(test: (screen: string) => boolean, timeoutMs: number): Promise<number>;
	screen(): string;
	bytes(): number;
	/** Time of the next chunk after now. */
	nextChunk(timeoutMs: number): Promise<number>;
	/** Resolves once no output came for `ms`. */
	quiet(ms: number): Promise<void>;
	write(data: string): void;
	kill(signal?: string): Promise<void>;
};

function spawnInPty(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Run {
	const terminal = new xterm.Terminal({cols: COLUMNS, rows: ROWS, allowProposedApi: true});
	const counter = new PrintableCounter();
	let byteCount = 0;
	let lastChunkAt = performance.now();
	let exited = false;
	const exitWaiters: Array<() => void> = [];
	const printableWaiters: Array<{n: number; resolve: (t: number) => void}> = [];
	const screenWaiters: Array<{test: (s: string) => boolean; resolve: (t: number) => void}> = [];
	const chunkWaiters: Array<(t: number) => void> = [];
	const startedAt = performance.now();
	const child = pty.spawn(file, [...args], {
		name: 'xterm-256color',
		cols: COLUMNS,
		rows: ROWS,
		cwd: process.cwd(),
		env: env as Record<string, string>,
	});

	const screen = () => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < terminal.rows; row++)
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		return lines.join('\n');
	};

	child.onData((data) => {
		const at = performance.now();
		lastChunkAt = at;
		byteCount += Buffer.byteLength(data);
		counter.feed(data);
		for (const waiter of printableWaiters.splice(0)) {
			if (counter.count >= waiter.n) waiter.resolve(at);
			else printableWaiters.push(waiter);
		}
		for (const waiter of chunkWaiters.splice(0)) waiter(at);
		terminal.write(data, () => {
			if (screenWaiters.length === 0) return;
			const current = screen();
			for (const waiter of screenWaiters.splice(0)) {
				if (waiter.test(current)) waiter.resolve(at);
				else screenWaiters.push(waiter);
			}
		});
	});
	child.onExit(() => {
		exited = true;
		for (const waiter of exitWaiters.splice(0)) waiter();
	});

	const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
		new Promise<T>((resolve, reject) => {
			const timer = setTimeout(
				() => reject(new Error(`timed out after ${ms} ms waiting for ${what}; the screen:\n${screen()}`)),
				ms,
			);
			promise.then((value) => {
				clearTimeout(timer);
				resolve(value);
			}, reject);
		});

	return {
		pid: child.pid,
		startedAt,
		printableAt: (n) =>
			withTimeout(
				new Promise<number>((resolve) => {
					printableWaiters.push({n, resolve});
				}),
				15_000,
				`${n} printable characters`,
			),
		screenWhen: (test, timeoutMs) =>
			withTimeout(
				new Promise<number>((resolve) => {
					terminal.write('', () => {
						if (test(screen())) resolve(performance.now());
						else screenWaiters.push({test, resolve});
					});
				}),
				timeoutMs,
				'the screen',
			),
		screen,
		bytes: () => byteCount,
		nextChunk: (timeoutMs) =>
			withTimeout(new Promise<number>((resolve) => chunkWaiters.push(resolve)), timeoutMs, 'output'),
		async quiet(ms) {
			for (;;) {
				const idle = performance.now() - lastChunkAt;
				if (idle >= ms) return;
				await sleep(ms - idle + 1);
			}
		},
		write: (data) => child.write(data),
		async kill(signal = 'SIGKILL') {
			if (exited) return;
			const gone = new Promise<void>((resolve) => exitWaiters.push(resolve));
			child.kill(signal);
			await withTimeout(gone, 5000, 'exit').catch(() => child.kill('SIGKILL'));
			terminal.dispose();
		},
	};
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const ratio = (value: number) => value.toFixed(2);
const verdict = (value: number, target: number) =>
	value <= target ? `target ≤ ${target}: met` : `target ≤ ${target}: NOT met`;

// ---------------------------------------------------------------------------------------------
// An estate: emulator + AWS files with its synthetic profiles + a CONNECTUI_HOME.

type Estate = {
	readonly emulator: Emulator;
	readonly profiles: string[];
	readonly regions: string[];
	readonly env: NodeJS.ProcessEnv;
	readonly instances: number;
	args(): string[];
	close(): Promise<void>;
};

const AWS_VARIABLES =
	/^(AWS_|CI$|CONTINUOUS_INTEGRATION$|GITHUB_ACTIONS$|BUILD_NUMBER$|RUN_ID$|NO_COLOR$|HTTPS?_PROXY$|https?_proxy$)/;

let estateCount = 0;
async function openEstate(shape: SyntheticSeedOptions, latencyMs: number): Promise<Estate> {
	const emulator = await startEmulator({seed: syntheticSeed(shape), latencyMs, host: '127.0.0.1'});
	const dir = join(scratch, `estate-${++estateCount}`);
	const profiles = syntheticProfiles(shape);
	const configFile = join(dir, 'aws-config');
	const credentialsFile = join(dir, 'aws-credentials');
	mkdir(dir);
	writeFileSync(configFile, profiles.map((p) => `[profile ${p.profile}]\nregion = ${p.region}\n`).join('\n'));
	writeFileSync(
		credentialsFile,
		profiles
			.map(
				(p) => `[${p.profile}]\naws_access_key_id = ${p.accessKeyId}\naws_secret_access_key = ${p.secretAccessKey}\n`,
			)
			.join('\n'),
	);
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) if (!AWS_VARIABLES.test(key)) env[key] = value;
	Object.assign(env, {
		TERM: 'xterm-256color',
		AWS_CONFIG_FILE: configFile,
		AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
		AWS_EC2_METADATA_DISABLED: 'true',
		CONNECTUI_HOME: join(dir, 'home'),
	});
	const names = profiles.map((p) => p.profile);
	const regions = syntheticRegions.slice(0, shape.regionsPerAccount);
	return {
		emulator,
		profiles: names,
		regions: [...regions],
		env,
		instances: shape.accounts * shape.regionsPerAccount * shape.instancesPerRegion,
		args() {
			return ['--endpoint-url', emulator.url, '--profile', names.join(','), '--region', regions.join(',')];
		},
		async close() {
			await emulator.close();
		},
	};
}

function mkdir(dir: string): void {
	rmSync(dir, {recursive: true, force: true});
	mkdirSync(dir, {recursive: true});
}

/** The strip says "N instances" with nothing loading any more. */
const loadedAll = (total: number) => (screen: string) => {
	const strip = screen.split('\n').slice(0, 4).join('\n');
	return new RegExp(`(^|[^0-9])${total} instances`).test(strip) && !/loading \d+\/\d+/.test(strip);
};

// ---------------------------------------------------------------------------------------------
// 1. First frame

async function firstFrame(): Promise<void> {
	const estate = await openEstate({accounts: 1, regionsPerAccount: 10, instancesPerRegion: 12}, 0);
	try {
		// Warm the cache: one full run that settles (the app saves the inventory), then quit.
		const warm = spawnInPty(CLI, estate.args(), estate.env);
		await warm.screenWhen(loadedAll(estate.instances), 20_000);
		await sleep(200);
		warm.write('q');
		await warm.kill('SIGTERM');
		const cacheFile = join(estate.env['CONNECTUI_HOME']!, 'cache', 'inventory.json');
		const cached = existsSync(cacheFile);

		const appTimes: number[] = [];
		const nodeTimes: number[] = [];
		let withContent = 0;
		let stale = 0;
		for (let i = 0; i < 10; i++) {
			// Interleaved, so both see the same machine load.
			const baseline = spawnInPty(NODE, ['-e', "process.stdout.write('x'.repeat(200))"], estate.env);
			nodeTimes.push((await baseline.printableAt(200)) - baseline.startedAt);
			await baseline.kill();

			const app = spawnInPty(CLI, estate.args(), estate.env);
			const at = await app.printableAt(200);
			appTimes.push(at - app.startedAt);
			await app.screenWhen(() => true, 2000);
			const screen = app.screen();
			if (/synth-0001-/.test(screen)) withContent++;
			if (/stale/.test(screen)) stale++;
			await app.kill();
		}

		const app = median(appTimes);
		const node = median(nodeTimes);
		console.log('1. First frame (process start → 200th printable character, median of 10)');
		console.log(
			`   connectui ${ms(app)}   node -e ${ms(node)}   ratio ${ratio(app / node)}   (${verdict(app / node, 6)})`,
		);
		console.log(
			`   cache ${cached ? 'warm' : 'MISSING'}; rows on the first frame in ${withContent}/10 runs, marked stale in ${stale}/10` +
				`   (connectui runs: ${appTimes.map((t) => t.toFixed(0)).join(' ')} ms)`,
		);
	} finally {
		await estate.close();
	}
}

// ---------------------------------------------------------------------------------------------
// 2. Full inventory

function awsCliAvailable(): Promise<boolean> {
	return new Promise((resolve) => {
		execFile('aws', ['--version'], {timeout: 10_000}, (error) => resolve(!error));
	});
}

function awsCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((resolve, reject) => {
		execFile('aws', [...args], {env, timeout: 30_000}, (error) => (error ? reject(error) : resolve()));
	});
}

async function fullInventory(): Promise<void> {
	const latency = 150;
	const estate = await openEstate({accounts: 1, regionsPerAccount: 10, instancesPerRegion: 12}, latency);
	try {
		const spans: number[] = [];
		const totals: number[] = [];
		for (let i = 0; i < 3; i++) {
			rmSync(estate.env['CONNECTUI_HOME']!, {recursive: true, force: true});
			const app = spawnInPty(CLI, estate.args(), estate.env);
			const first = await app.printableAt(200);
			const last = await app.screenWhen(loadedAll(estate.instances), 20_000);
			spans.push(last - first);
			totals.push(last - app.startedAt);
			await app.kill();
		}

		const span = median(spans);
		const critical = 2 * latency;
		console.log(`2. Full inventory (10 regions × 12 instances = 2 pages each, ${latency} ms latency, median of 3)`);
		console.log(
			`   first frame → last row ${ms(span)}   network critical path ${ms(critical)}   ratio ${ratio(span / critical)}   (${verdict(span / critical, 1.3)})`,
		);
		console.log(`   process start → last row ${ms(median(totals))}`);
		if (await awsCliAvailable()) {
			const env: NodeJS.ProcessEnv = {...estate.env, AWS_PROFILE: estate.profiles[0], AWS_PAGER: ''};
			const started = performance.now();
			for (const region of estate.regions) {
				await awsCli(
					['connect', 'list-instances', '--region', region, '--endpoint-url', estate.emulator.url, '--output', 'json'],
					env,
				);
			}

			const cli = performance.now() - started;
			console.log(
				`   AWS CLI region loop ${ms(cli)} (÷ critical path ${ratio(cli / critical)}; ÷ connectui process start → last row ${ratio(cli / median(totals))})`,
			);
		} else {
			console.log('   AWS CLI: not installed here, no comparison');
		}
	} finally {
		await estate.close();
	}
}

// ---------------------------------------------------------------------------------------------
// 3. Growth

async function growth(): Promise<void> {
	const latency = 50;
	console.log(
		`3. Growth ((profile, region) pairs × 2 instances, ${latency} ms latency: first frame → last row, per pair)`,
	);
	const perPair: number[] = [];
	for (const accounts of [1, 10, 100]) {
		const estate = await openEstate({accounts, regionsPerAccount: 10, instancesPerRegion: 2}, latency);
		try {
			const app = spawnInPty(CLI, estate.args(), estate.env);
			const first = await app.printableAt(200);
			const last = await app.screenWhen(loadedAll(estate.instances), 60_000);
			await app.kill();
			const pairs = accounts * 10;
			const span = last - first;
			perPair.push(span / pairs);
			console.log(
				`   ${String(pairs).padStart(5)} pairs: ${ms(span).padStart(9)} total, ${ms(span / pairs).padStart(8)} per pair`,
			);
		} finally {
			await estate.close();
		}
	}

	console.log(
		`   baseline: 10 pairs ${ms(perPair[0]!)} per pair; 1,000 pairs ÷ 100 pairs per pair ${ratio(perPair[2]! / perPair[1]!)} (flat = ≤ 1.0)`,
	);
}

// ---------------------------------------------------------------------------------------------
// 4. Keystrokes and 5. memory

function peakRss(pid: number): number | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const match = /VmHWM:\s+(\d+) kB/.exec(status);
		return match ? Number(match[1]) / 1024 : undefined;
	} catch {
		return undefined;
	}
}

async function keystrokesAndMemory(): Promise<void> {
	// 10 accounts × 10 regions × 20 instances = 2,000 rows.
	const estate = await openEstate({accounts: 10, regionsPerAccount: 10, instancesPerRegion: 20}, 0);
	let baselineRss: number | undefined;
	try {
		const baseline = spawnInPty(
			NODE,
			['-e', "process.stdout.write('x'.repeat(200)); setTimeout(() => {}, 60000)"],
			estate.env,
		);
		await baseline.printableAt(200);
		baselineRss = peakRss(baseline.pid);
		await baseline.kill();

		const app = spawnInPty(CLI, estate.args(), estate.env);
		await app.screenWhen(loadedAll(estate.instances), 30_000);
		await app.quiet(300);
		const latencies: number[] = [];
		const bytes: number[] = [];
		for (let i = 0; i < 50; i++) {
			const before = app.bytes();
			const sent = performance.now();
			const next = app.nextChunk(2000);
			app.write('j');
			latencies.push((await next) - sent);
			// Ink draws at most 30 frames a second: let this move's frame finish before the next key.
			await app.quiet(50);
			bytes.push(app.bytes() - before);
		}

		const cursorOn = /› synth-/.test(app.screen());
		const rss = peakRss(app.pid);
		await app.kill();

		const full = 2000 * COLUMNS;
		console.log('4. Keystrokes (2,000 instances, 50 × j from the top of the list, 100×30 terminal)');
		console.log(
			`   key → frame written: median ${ms(median(latencies))}, max ${ms(Math.max(...latencies))}   (${verdict(median(latencies), 20)} ms)`,
		);
		console.log(
			`   bytes per move: median ${median(bytes).toFixed(0)}, mean ${mean(bytes).toFixed(0)}, max ${Math.max(...bytes)}   (${verdict(median(bytes), 400)} bytes)`,
		);
		console.log(
			`   baseline: a full redraw of 2,000 rows ≈ ${full.toLocaleString('en')} bytes; median ratio ${(median(bytes) / full).toFixed(4)}${cursorOn ? '' : '   (cursor NOT seen on a row!)'}`,
		);
		console.log('5. Memory (peak RSS, VmHWM, after loading 2,000 instances and the 50 moves)');
		if (rss === undefined || baselineRss === undefined) console.log('   /proc not readable here');
		else
			console.log(
				`   connectui ${rss.toFixed(1)} MB   node -e ${baselineRss.toFixed(1)} MB   ratio ${ratio(rss / baselineRss)}   (${verdict(rss, 130)} MB)`,
			);
	} finally {
		await estate.close();
	}
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
	if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
	console.log(
		`connectui bench · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? '?'} · ${(totalmem() / 2 ** 30).toFixed(1)} GiB · pty ${COLUMNS}×${ROWS}`,
	);
	await firstFrame();
	await fullInventory();
	await growth();
	await keystrokesAndMemory();
	console.log(`(bench took ${((performance.now() - benchStart) / 1000).toFixed(1)} s)`);
}

try {
	await main();
} finally {
	rmSync(scratch, {recursive: true, force: true});
}
process.exit(0);
