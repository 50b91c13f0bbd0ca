// The AWS layer's network: HTTPS_PROXY / HTTP_PROXY / NO_PROXY and AWS_CA_BUNDLE through a proxy
// written here (it counts CONNECT tunnels and proxied requests), the per-API request budget, and a
// region that never answers. Real SDK, real sockets, all on 127.0.0.1.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createServer as createHttpServer, request as httpRequest, type Server} from 'node:http';
import {connect as netConnect, type AddressInfo, type Socket} from 'node:net';
import {createServer as createTlsServer} from 'node:tls';
import {fileURLToPath} from 'node:url';
import {after, before, describe, it} from 'node:test';
import {createAwsGateway, type AwsConfig} from '../../source/aws/index.js';
import type {Target} from '../../source/domain/types.js';
import {DEMO_PROFILES, demoSeed, startEmulator, type Emulator} from '../../source/emulator/index.js';
import {rejects} from '../helpers/aws-error.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/tls/${name}`, import.meta.url));
const CA_FILE = fixture('localhost-cert.pem');
const [prod] = DEMO_PROFILES;
const target: Target = {profile: prod!.profile, region: 'us-east-1'};
const credentialsFor: AwsConfig['credentialsFor'] = () => async () => ({
	accessKeyId: prod!.accessKeyId,
	secretAccessKey: prod!.secretAccessKey,
});

/** A forward proxy: CONNECT tunnels (https) and absolute-URI requests (http), both counted. */
type Proxy = {url: string; tunnels: string[]; requests: string[]; close(): Promise<void>};

async function startProxy(): Promise<Proxy> {
	const tunnels: string[] = [];
	const requests: string[] = [];
	const sockets = new Set<Socket>();
	const server: Server = createHttpServer((request, response) => {
		requests.push(`${request.method} ${request.url}`);
		const url = new URL(request.url ?? '');
		const upstream = httpRequest(
			{
				host: url.hostname,
				port: url.port,
				path: `${url.pathname}${url.search}`,
				method: request.method,
				headers: request.headers,
			},
			(answer) => {
				response.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(response);
			},
		);
		upstream.on('error', () => response.destroy());
		request.pipe(upstream);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.on('connect', (request, client: Socket, head) => {
		tunnels.push(request.url ?? '');
		const [host, port] = (request.url ?? '').split(':');
		const upstream = netConnect(Number(port), host, () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			if (head.length > 0) upstream.write(head);
			upstream.pipe(client);
			client.pipe(upstream);
		});
		sockets.add(upstream);
		upstream.on('error', () => client.destroy());
		client.on('error', () => upstream.destroy());
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		tunnels,
		requests,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** TLS in front of the emulator (bytes piped through), with the test certificate for 127.0.0.1. */
async function startTlsFront(emulatorPort: number): Promise<{url: string; close(): Promise<void>}> {
	const sockets = new Set<Socket>();
	const server = createTlsServer(
		{key: readFileSync(fixture('localhost-key.pem')), cert: readFileSync(CA_FILE)},
		(socket) => {
			const upstream = netConnect(emulatorPort, '127.0.0.1');
			sockets.add(socket);
			sockets.add(upstream);
			socket.pipe(upstream).pipe(socket);
			socket.on('error', () => upstream.destroy());
			upstream.on('error', () => socket.destroy());
		},
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `https://127.0.0.1:${port}`,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

let emulator: Emulator;
let front: Awaited<ReturnType<typeof startTlsFront>>;
let proxy: Proxy;
const gateways: Array<{dispose(): void}> = [];
const expected = demoSeed().accounts.find((account) => account.accountId === prod!.accountId)!.regions['us-east-1']!
	.length;

function gateway(config: AwsConfig) {
	const created = createAwsGateway({credentialsFor, maxAttempts: 1, ...config});
	gateways.push(created);
	return created;
}

before(async () => {
	emulator = await startEmulator({seed: demoSeed()});
	front = await startTlsFront(emulator.port);
	proxy = await startProxy();
});

after(async () => {
	for (const created of gateways) created.dispose();
	await proxy.close();
	await front.close();
	await emulator.close();
});

describe('proxies and CA bundle', () => {
	it('HTTPS_PROXY: https requests go through CONNECT tunnels, and AWS_CA_BUNDLE makes the private CA trusted', async () => {
		const before = proxy.tunnels.length;
		const instances = await gateway({
			endpointUrl: front.url,
			env: {HTTPS_PROXY: proxy.url, AWS_CA_BUNDLE: CA_FILE},
		}).listInstances(target);
		assert.equal(instances.length, expected);
		const tunnels = proxy.tunnels.slice(before);
		assert.ok(tunnels.length >= 1, 'no CONNECT tunnel was opened');
		assert.ok(
			tunnels.every((tunnel) => tunnel === new URL(front.url).host),
			tunnels.join(', '),
		);
		// Keep-alive: two pages (14 instances, 10 a page) do not need a tunnel each... but at most one each.
		assert.ok(tunnels.length <= 2);
	});

	it('lower-case https_proxy works too, for every region', async () => {
		const before = proxy.tunnels.length;
		const shared = gateway({endpointUrl: front.url, env: {https_proxy: proxy.url, AWS_CA_BUNDLE: CA_FILE}});
		await shared.listInstances(target);
		await shared.listInstances({...target, region: 'us-west-2'});
		assert.ok(proxy.tunnels.length - before >= 2, `${proxy.tunnels.length - before} tunnels`);
	});

	it('NO_PROXY: a matching host is reached directly', async () => {
		const before = proxy.tunnels.length + proxy.requests.length;
		const instances = await gateway({
			endpointUrl: front.url,
			env: {HTTPS_PROXY: proxy.url, NO_PROXY: 'example.com,127.0.0.1', AWS_CA_BUNDLE: CA_FILE},
		}).listInstances(target);
		assert.equal(instances.length, expected);
		assert.equal(proxy.tunnels.length + proxy.requests.length, before);
	});

	it('HTTP_PROXY: plain-http endpoints are requested through the proxy (absolute URIs)', async () => {
		const before = proxy.requests.length;
		const instances = await gateway({endpointUrl: emulator.url, env: {HTTP_PROXY: proxy.url}}).listInstances(target);
		assert.equal(instances.length, expected);
		const requests = proxy.requests.slice(before);
		assert.ok(requests.length >= 1);
		assert.ok(
			requests.every((line) => line.startsWith(`GET ${emulator.url}/instance`)),
			requests.join('\n'),
		);
	});

	it('HTTPS_PROXY does not apply to http endpoints (as in the AWS CLI)', async () => {
		const before = proxy.requests.length + proxy.tunnels.length;
		await gateway({endpointUrl: emulator.url, env: {HTTPS_PROXY: proxy.url}}).listInstances(target);
		assert.equal(proxy.requests.length + proxy.tunnels.length, before);
	});

	it('without the CA bundle, a private CA is refused with a readable reason', async () => {
		const error = await rejects(gateway({endpointUrl: front.url, env: {HTTPS_PROXY: proxy.url}}).listInstances(target));
		assert.equal(error.code, 'NetworkError');
		assert.match(error.message, /self-signed|certificate/i);
	});

	it('an unreadable AWS_CA_BUNDLE is named in the error', async () => {
		const error = await rejects(
			gateway({endpointUrl: front.url, env: {AWS_CA_BUNDLE: '/nonexistent/ca.pem'}}).listInstances(target),
		);
		assert.equal(error.code, 'CaBundleError');
		assert.match(error.message, /\/nonexistent\/ca\.pem/);
	});

	it('a proxy that refuses connections is an error line that names the proxy, not the endpoint', async () => {
		const closed = await startProxy();
		await closed.close();
		const error = await rejects(
			gateway({endpointUrl: front.url, env: {HTTPS_PROXY: closed.url, AWS_CA_BUNDLE: CA_FILE}}).listInstances(target),
		);
		assert.equal(error.code, 'ProxyError');
		assert.match(
			error.message,
			new RegExp(`^Cannot reach the proxy ${closed.url.replace(/[./]/g, '\\$&')}/?: connection refused`),
		);
		assert.doesNotMatch(error.message, new RegExp(new URL(front.url).host));
	});
});

describe('request budget and timeouts', () => {
	it('keeps to 2 requests a second per API after a burst of 5 (requests wait, none are refused)', async () => {
		const budgeted = gateway({endpointUrl: emulator.url, env: {}});
		const instanceId = (await budgeted.listInstances(target))[0]!.id;
		emulator.requests.length = 0;
		const count = 9;
		const results = await Promise.all(
			Array.from({length: count}, async () => budgeted.describeInstance(target, instanceId)),
		);
		assert.equal(results.length, count);
		const times = emulator.requests
			.filter((r) => r.operation === 'DescribeInstance')
			.map((r) => r.at)
			.sort((a, b) => a - b);
		assert.equal(times.length, count);
		// 5 at once, then one every 500 ms: the last starts at least ~2 s after the first.
		// (Load can only spread requests further apart, never closer.)
		assert.ok(times.at(-1)! - times[0]! >= 1500, `9 requests within ${times.at(-1)! - times[0]!} ms`);
		// Another API has its own budget: it goes at once.
		const other = await budgeted.listTags(target, results[0]!.arn);
		assert.ok(other);
	});

	it('a region that never answers times out with a clear message instead of hanging', async () => {
		const remove = emulator.inject({kind: 'hang', region: 'eu-central-1'});
		try {
			const error = await rejects(
				gateway({endpointUrl: emulator.url, env: {}, requestTimeoutMs: 300, connectTimeoutMs: 300}).listInstances({
					...target,
					region: 'eu-central-1',
				}),
			);
			assert.equal(error.code, 'TimeoutError');
			assert.match(error.message, /timed out after 300 ms/);
		} finally {
			remove();
		}
	});
});
