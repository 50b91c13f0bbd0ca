// The Amazon Connect emulator: a node:http server on 127.0.0.1 speaking Connect's REST-JSON protocol.
// It never writes to stdout or stderr: in --demo mode the TUI owns the terminal.
import {randomUUID} from 'node:crypto';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import {bodyForRecord, queryRecord, readBody, sendError, sendJson} from './http.js';
import {faultTarget, resourceArnOf} from './request-target.js';
import type {AddressInfo} from 'node:net';
import {demoSeed} from './demo-seed.js';
import {authenticate, signedServiceOf} from './auth.js';
import {EmulatorError, internalError, serialization, throttling, unknownOperation} from './errors.js';
import {FaultTable, faultError, faultRuleProblem} from './faults.js';
import {runOperation} from './operations.js';
import {answerOrganizations, organizationsOperationOf, sendOrganizationsError} from './organizations.js';
import {settingsOf} from './settings-store.js';
import {answerSts, sendStsError} from './sts.js';
import {answerSso, ssoOperationOf} from './sso-portal.js';
import {matchRoute} from './routes.js';
import {parseAuthorization} from './sigv4.js';
import {Store} from './store.js';
import {CONNECT_QUOTA, Throttle} from './throttle.js';
import type {Emulator, EmulatorOptions, FaultRule, RecordedRequest} from './types.js';

const controlPrefix = '/__emulator/';

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	const seed = options.seed ?? demoSeed();
	const store = new Store(seed);
	const faults = new FaultTable();
	for (const rule of seed.faults ?? []) faults.add(rule, true);
	const requests: RecordedRequest[] = [];
	const sessionSeconds = options.sessionSeconds ?? 3600;
	const throttle =
		options.throttle === undefined || options.throttle === false
			? undefined
			: new Throttle(options.throttle === true ? CONNECT_QUOTA : options.throttle);
	let latencyMs = options.latencyMs ?? 0;
	const timers = new Set<NodeJS.Timeout>();
	const hung = new Set<ServerResponse>();
	let closed = false;

	const delay = (ms: number): Promise<void> =>
		new Promise((resolve) => {
			if (ms <= 0 || closed) {
				resolve();
				return;
			}
			const timer = setTimeout(() => {
				timers.delete(timer);
				resolve();
			}, ms);
			timers.add(timer);
		});

	async function handleApi(
		request: IncomingMessage,
		response: ServerResponse,
		rawPath: string,
		search: URLSearchParams,
	) {
		const method = request.method ?? 'GET';
		const route = matchRoute(method, rawPath);
		const recorded: RecordedRequest = {
			operation: route?.operation ?? 'Unknown',
			method,
			path: rawPath,
			query: queryRecord(search),
			region: parseAuthorization(request.headers.authorization ?? '')?.region ?? '',
			body: undefined,
			status: 0,
			at: Date.now(),
		};
		const answer = (status: number) => {
			recorded.status = status;
			requests.push(recorded);
		};
		const service = signedServiceOf(request);
		try {
			const body = await readBody(request);
			recorded.body = bodyForRecord(body);
			await delay(latencyMs);
			const ssoOperation = ssoOperationOf(method, rawPath);
			if (ssoOperation !== undefined && service === undefined) {
				recorded.operation = ssoOperation;
				recorded.region = 'sso';
				answer(
					answerSso(store, seed.ssoSessions ?? [], request, ssoOperation, search, response, sessionSeconds).status,
				);
				return;
			}
			if (service === 'sts') recorded.operation = new URLSearchParams(body.toString('utf8')).get('Action') ?? 'Unknown';
			if (service === 'organizations') recorded.operation = organizationsOperationOf(request.headers['x-amz-target']);
			const caller = authenticate(store, request, {rawPath, search, body});
			recorded.accountId = caller.account.accountId;
			recorded.accessKeyId = caller.accessKeyId;
			if (caller.service === 'sts') {
				const form = new URLSearchParams(body.toString('utf8'));
				recorded.body = Object.fromEntries(form);
				answer(answerSts(store, caller, form, response, sessionSeconds).status);
				return;
			}
			if (caller.service === 'organizations') {
				answer(answerOrganizations(seed.organization, caller, recorded.operation, body, response).status);
				return;
			}

			if (!route) throw unknownOperation();
			let parsedBody: unknown;
			if (body.length > 0) {
				try {
					parsedBody = JSON.parse(body.toString('utf8')) as unknown;
				} catch {
					throw serialization('The request body is not valid JSON.');
				}
			}
			if (throttle && !throttle.admit(caller.account.accountId, caller.region, route.operation)) throw throttling();
			const target = faultTarget(route, caller);
			let fault = faults.take(target);
			if (fault?.kind === 'latency') {
				// Delayed, then answered as the remaining (non-latency) rules say.
				await delay(fault.latencyMs ?? 1000);
				fault = faults.take(target, 'latency');
			}
			if (fault?.kind === 'hang') {
				hung.add(response);
				response.on('close', () => hung.delete(response));
				answer(0);
				return;
			}
			if (fault?.kind === 'malformed') {
				if (!response.destroyed) {
					response.writeHead(200, {'Content-Type': 'application/json', 'x-amzn-RequestId': randomUUID()});
					response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
				}
				answer(200);
				return;
			}
			if (fault) {
				throw faultError(fault, caller.principalArn, route.operation, resourceArnOf(route, caller));
			}
			const result = runOperation(store, {
				route,
				accountId: caller.account.accountId,
				region: caller.region,
				search,
				body: parsedBody,
			});
			sendJson(response, 200, result);
			answer(200);
		} catch (error) {
			const failure = error instanceof EmulatorError ? error : internalError();
			if (service === 'sts') answer(sendStsError(response, failure, recorded.operation).status);
			else if (service === 'organizations')
				answer(sendOrganizationsError(response, failure, recorded.operation).status);
			else {
				sendError(response, failure);
				answer(failure.status);
			}
		}
	}

	async function handleControl(request: IncomingMessage, response: ServerResponse, rawPath: string) {
		const method = request.method ?? 'GET';
		const path = rawPath.slice(controlPrefix.length).replace(/\/$/, '');
		let body: unknown;
		try {
			const raw = await readBody(request);
			body = raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as unknown) : undefined;
		} catch {
			sendJson(response, 400, {message: 'The body is not valid JSON.'});
			return;
		}
		if (path === 'health' && method === 'GET') {
			sendJson(response, 200, {ok: true});
		} else if (path === 'faults' && method === 'GET') {
			sendJson(response, 200, faults.list());
		} else if (path === 'faults' && method === 'POST') {
			const problem = faultRuleProblem(body);
			if (problem) sendJson(response, 400, {message: problem});
			else sendJson(response, 200, {id: faults.add(body as FaultRule)});
		} else if (path === 'faults' && method === 'DELETE') {
			faults.clear();
			sendJson(response, 200, {});
		} else if (path.startsWith('faults/') && method === 'DELETE') {
			const removed = faults.remove(Number(path.slice('faults/'.length)));
			sendJson(response, removed ? 200 : 404, removed ? {} : {message: 'No such fault rule.'});
		} else if (path === 'latency' && method === 'POST') {
			const ms = (body as {ms?: unknown} | undefined)?.ms;
			if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
				sendJson(response, 400, {message: 'ms must be a non-negative number'});
			} else {
				latencyMs = ms;
				sendJson(response, 200, {ms});
			}
		} else if (path === 'requests' && method === 'GET') {
			sendJson(response, 200, requests);
		} else if (path === 'requests' && method === 'DELETE') {
			requests.length = 0;
			sendJson(response, 200, {});
		} else {
			sendJson(response, 404, {message: `No control endpoint ${method} ${rawPath}`});
		}
	}

	const server = createServer((request, response) => {
		const url = request.url ?? '/';
		const question = url.indexOf('?');
		const rawPath = question === -1 ? url : url.slice(0, question);
		const search = new URLSearchParams(question === -1 ? '' : url.slice(question + 1));
		const handled = rawPath.startsWith(controlPrefix)
			? handleControl(request, response, rawPath)
			: handleApi(request, response, rawPath, search);
		handled.catch(() => {
			if (!response.headersSent && !response.destroyed) sendError(response, internalError());
		});
	});
	// A client that goes away mid-request must never crash the host process.
	server.on('clientError', (_error, socket) => socket.destroy());

	const host = options.host ?? '127.0.0.1';
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	server.on('error', () => {});
	const {port} = server.address() as AddressInfo;
	const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

	return {
		url,
		port,
		requests,
		inject(rule) {
			const id = faults.add(rule);
			return () => {
				faults.remove(id);
			};
		},
		clearFaults() {
			faults.clear();
		},
		setLatency(ms) {
			latencyMs = ms;
		},
		expireSessions() {
			store.expireTemporary(Date.now());
		},
		tagsOf(arn) {
			const record = store.byArn(arn);
			return record ? Object.fromEntries(record.tags) : undefined;
		},
		attributesOf(accountId, region, instanceId) {
			const record = store.find(accountId, region, instanceId);
			return record ? Object.fromEntries(record.attributes) : undefined;
		},
		setTag(arn, key, value) {
			const record = store.byArn(arn);
			if (!record) throw new Error(`No instance ${arn}`);
			if (value === undefined) record.tags.delete(key);
			else record.tags.set(key, value);
		},
		setAttribute(accountId, region, instanceId, type, value) {
			const record = store.find(accountId, region, instanceId);
			if (!record) throw new Error(`No instance ${instanceId} in ${accountId}/${region}`);
			record.attributes.set(type, value);
		},
		approvedOriginsOf(accountId, region, instanceId) {
			const record = store.find(accountId, region, instanceId);
			return record ? [...settingsOf(record).approvedOrigins] : undefined;
		},
		setApprovedOrigins(accountId, region, instanceId, origins) {
			const record = store.find(accountId, region, instanceId);
			if (!record) throw new Error(`No instance ${instanceId} in ${accountId}/${region}`);
			settingsOf(record).approvedOrigins.splice(0, Number.POSITIVE_INFINITY, ...origins);
		},
		close() {
			if (closed) return Promise.resolve();
			closed = true;
			for (const timer of timers) clearTimeout(timer);
			timers.clear();
			return new Promise<void>((resolve) => {
				server.close(() => resolve());
				for (const response of hung) response.destroy();
				hung.clear();
				server.closeAllConnections();
			});
		},
	};
}
