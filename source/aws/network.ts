// How the SDK reaches Amazon Connect: shared keep-alive agents (one pool for every client, not one
// per (profile, region)), HTTPS_PROXY / HTTP_PROXY / NO_PROXY and AWS_CA_BUNDLE as in the AWS CLI.
import {readFileSync} from 'node:fs';
import {Agent as HttpAgent} from 'node:http';
import {Agent as HttpsAgent} from 'node:https';
import {HttpProxyAgent} from 'http-proxy-agent';
import {HttpsProxyAgent} from 'https-proxy-agent';
import {AwsError} from '../domain/errors.js';
import {proxyFor, redactProxy} from '../domain/proxy-env.js';

type Env = Readonly<Record<string, string | undefined>>;

export type Agents = {
	readonly httpAgent: HttpAgent;
	readonly httpsAgent: HttpsAgent;
	/** The proxy in use (credentials hidden), or undefined when direct. */
	readonly proxy?: string;
};

export type Network = {
	/** The agents for requests to this endpoint (its host decides proxy or direct). */
	agentsFor(endpoint: string): Agents;
	destroy(): void;
};

const MAX_SOCKETS = 50;

/**
 * A CONNECT tunnel whose TLS to the endpoint also trusts AWS_CA_BUNDLE (HttpsProxyAgent applies its
 * own options to the proxy connection only).
 */
class TunnelAgent extends HttpsProxyAgent<string> {
	readonly #ca: string | undefined;

	constructor(proxy: URL, options: ConstructorParameters<typeof HttpsProxyAgent>[1], ca: string | undefined) {
		super(proxy, options);
		this.#ca = ca;
	}

	override async connect(...[request, options]: Parameters<HttpsProxyAgent<string>['connect']>) {
		return super.connect(request, this.#ca === undefined ? options : ({...options, ca: this.#ca} as typeof options));
	}
}

function readCaBundle(env: Env): string | undefined {
	const file = env['AWS_CA_BUNDLE'];
	if (!file) return undefined;
	try {
		return readFileSync(file, 'utf8');
	} catch (error: unknown) {
		const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
		throw new AwsError('CaBundleError', `Cannot read AWS_CA_BUNDLE ${file} (${reason})`);
	}
}

export function createNetwork(env: Env): Network {
	let ca: string | undefined;
	let caError: AwsError | undefined;
	try {
		ca = readCaBundle(env);
	} catch (error: unknown) {
		caError = error as AwsError;
	}

	const tls = ca === undefined ? {} : {ca};
	const pools = new Map<string, Agents>();
	let direct: Agents | undefined;

	return {
		agentsFor(endpoint) {
			if (caError) throw caError;
			const proxy = proxyFor(endpoint, env);
			if (!proxy) {
				direct ??= {
					httpAgent: new HttpAgent({keepAlive: true, maxSockets: MAX_SOCKETS}),
					httpsAgent: new HttpsAgent({keepAlive: true, maxSockets: MAX_SOCKETS, ...tls}),
				};
				return direct;
			}

			let agents = pools.get(proxy);
			if (!agents) {
				let url: URL;
				try {
					url = new URL(proxy);
				} catch {
					throw new AwsError('ProxyError', `The proxy ${redactProxy(proxy)} is not a valid URL`);
				}

				const options = {keepAlive: true, maxSockets: MAX_SOCKETS, ...tls};
				agents = {
					// https endpoints: a CONNECT tunnel through the proxy; http endpoints: requests sent to it.
					httpsAgent: new TunnelAgent(url, options, ca) as unknown as HttpsAgent,
					httpAgent: new HttpProxyAgent(url, options) as unknown as HttpAgent,
					proxy: redactProxy(proxy),
				};
				pools.set(proxy, agents);
			}

			return agents;
		},
		destroy() {
			for (const agents of [direct, ...pools.values()]) {
				agents?.httpAgent.destroy();
				agents?.httpsAgent.destroy();
			}

			direct = undefined;
			pools.clear();
		},
	};
}
