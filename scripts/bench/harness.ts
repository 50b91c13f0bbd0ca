// The bench's harness: a process in a pseudo-terminal with a headless xterm and per-chunk
// timestamps, statistics, and estates (an emulator with synthetic profiles and a CONNECTUI_HOME).
import {execFile} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
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
	type Seed,
} from '../../source/emulator/index.js';
import type {SyntheticSeedOptions} from '../../source/emulator/synthetic-seed.js';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const NODE = process.execPath;
export const COLUMNS = 100;
export const ROWS = 30;
/** One scratch directory per bench run, removed at the end. */
export const scratch = mkdtempSync(join(tmpdir(), 'connectui-bench-'));

// ---------------------------------------------------------------------------------------------
// Printable characters in a byte stream: everything outside escape sequences and C0/C1 controls.

/** Counts printable characters incrementally, across chunk boundaries. */
export class PrintableCounter {
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

export type Run = {
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

export function spawnInPty(
	file: string,
	args: readonly string[],
	env: NodeJS.ProcessEnv,
	size: {readonly cols: number; readonly rows: number} = {cols: COLUMNS, rows: ROWS},
): Run {
	const terminal = new xterm.Terminal({cols: size.cols, rows: size.rows, allowProposedApi: true});
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
		cols: size.cols,
		rows: size.rows,
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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
export const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const ratio = (value: number) => value.toFixed(2);
export const verdict = (value: number, target: number) =>
	value <= target ? `target ≤ ${target}: met` : `target ≤ ${target}: NOT met`;

// ---------------------------------------------------------------------------------------------
// An estate: emulator + AWS files with its synthetic profiles + a CONNECTUI_HOME.

export type Estate = {
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
export async function openEstate(
	shape: SyntheticSeedOptions,
	latencyMs: number,
	adjust: (seed: Seed) => Seed = (seed) => seed,
): Promise<Estate> {
	const emulator = await startEmulator({seed: adjust(syntheticSeed(shape)), latencyMs, host: '127.0.0.1'});
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

export function mkdir(dir: string): void {
	rmSync(dir, {recursive: true, force: true});
	mkdirSync(dir, {recursive: true});
}

/** The strip says "N instances" with nothing loading any more. */
export const loadedAll = (total: number) => (screen: string) => {
	const strip = screen.split('\n').slice(0, 4).join('\n');
	// '1 instance', '25 instances', or cut short at the edge ('1,000 instanc…').
	return new RegExp(`(^|[^0-9])${total} instanc(?:es|e|…)`).test(strip) && !/loading \d+\/\d+/.test(strip);
};

export function peakRss(pid: number): number | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const match = /VmHWM:\s+(\d+) kB/.exec(status);
		return match ? Number(match[1]) / 1024 : undefined;
	} catch {
		return undefined;
	}
}

export function awsCliAvailable(): Promise<boolean> {
	return new Promise((resolve) => {
		execFile('aws', ['--version'], {timeout: 10_000}, (error) => resolve(!error));
	});
}

export function awsCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((resolve, reject) => {
		execFile('aws', [...args], {env, timeout: 30_000}, (error) => (error ? reject(error) : resolve()));
	});
}

/**
 * The AWS CLI listing every region of an estate, one `aws connect list-instances` per region as a
 * script would: the total in ms, or undefined when the AWS CLI is not installed here.
 */
export async function awsCliRegionLoop(estate: Estate): Promise<number | undefined> {
	if (!(await awsCliAvailable())) return undefined;
	const env: NodeJS.ProcessEnv = {...estate.env, AWS_PROFILE: estate.profiles[0], AWS_PAGER: ''};
	const started = performance.now();
	for (const region of estate.regions) {
		await awsCli(
			['connect', 'list-instances', '--region', region, '--endpoint-url', estate.emulator.url, '--output', 'json'],
			env,
		);
	}
	return performance.now() - started;
}
