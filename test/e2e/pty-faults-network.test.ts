// Fault matrix, deadlines: an endpoint that accepts connections and never answers, and a
// credential_process that hangs, with --request-timeout 2. The error must come at the deadline
// (one attempt: the deadline bounds the whole call) and no child process may outlive the app.
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {createServer, type Server, type Socket} from 'node:net';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {demoSeed} from '../../source/emulator/index.js';
import {awsTestEnv} from '../helpers/aws-files.js';
import {processesWith} from '../helpers/processes.js';
import {emulatorFixture} from '../helpers/pty-fixture.js';
import {startTerm} from '../helpers/term.js';

const fixture = emulatorFixture({seed: demoSeed(), prefix: 'connectui-faults-network-'});
let blackhole: Server;
let blackholeUrl: string;
const sockets = new Set<Socket>();

before(async () => {
	blackhole = createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
	const address = blackhole.address();
	blackholeUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

after(async () => {
	for (const socket of sockets) socket.destroy();
	await new Promise((resolve) => blackhole.close(resolve));
});

describe('fault matrix: deadlines', () => {
	it('a never-answering endpoint with --request-timeout 2: the pair shows the timeout, after one attempt', async () => {
		const env = awsTestEnv(fixture.files, blackholeUrl, join(fixture.dir, 'home-blackhole'));
		const term = startTerm({
			args: ['--profile', 'contact-prod', '--region', 'us-east-1', '--request-timeout', '2'],
			env,
			columns: 160,
		});
		try {
			const screen = await term.waitFor(/TimeoutError/);
			assert.match(screen, /Request to 127\.0\.0\.1:\d+ timed out after 2 s \(1 attempt\)/);
		} finally {
			term.kill();
		}
	});

	it('a credential_process that hangs: an error naming it at the deadline, and no child left after q', async () => {
		const marker = `sleep 8${process.pid % 1000}3`;
		const {files} = fixture;
		writeFileSync(
			files.config,
			`${readFileSync(files.config, 'utf8')}\n[profile hanging]\ncredential_process = ${marker}\nregion = us-east-1\n`,
		);
		const env = fixture.freshEnv();
		const term = startTerm({
			args: ['--profile', 'hanging', '--region', 'us-east-1', '--request-timeout', '2'],
			env,
			columns: 160,
		});
		try {
			const screen = await term.waitFor(/CredentialsError/);
			assert.match(screen, /The credential_process of profile hanging did not answer within 2 s/);
			term.write('q');
			assert.equal((await term.waitForExit()).exitCode, 0);
		} finally {
			term.kill();
		}

		for (let i = 0; i < 100 && processesWith(marker).length > 0; i++) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}

		assert.deepEqual(processesWith(marker), [], 'the credential_process outlived the app');
	});

	it('q while a credential_process still runs: the app ends, and the child with it', async () => {
		const marker = `sleep 7${process.pid % 1000}1`;
		const {files} = fixture;
		writeFileSync(
			files.config,
			`${readFileSync(files.config, 'utf8')}\n[profile slow]\ncredential_process = ${marker}\nregion = us-east-1\n`,
		);
		const env = fixture.freshEnv();
		const term = startTerm({args: ['--profile', 'slow', '--region', 'us-east-1', '--request-timeout', '60'], env});
		try {
			await term.waitFor('loading');
			for (let i = 0; i < 200 && processesWith(marker).length === 0; i++) {
				await new Promise((resolve) => setTimeout(resolve, 25));
			}

			assert.notDeepEqual(processesWith(marker), [], 'the credential_process was never started');
			term.write('q');
			assert.equal((await term.waitForExit()).exitCode, 0);
		} finally {
			term.kill();
		}

		for (let i = 0; i < 100 && processesWith(marker).length > 0; i++) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}

		assert.deepEqual(processesWith(marker), [], 'the credential_process outlived the app');
	});
});
