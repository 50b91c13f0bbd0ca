// Which proxy a request goes through, from the environment, the way the AWS CLI decides it
// (Python's urllib rules): https_proxy / HTTPS_PROXY for https URLs, http_proxy / HTTP_PROXY for
// http URLs (lower case first), and no_proxy / NO_PROXY to go direct.

type Env = Readonly<Record<string, string | undefined>>;

function variable(env: Env, name: string): string | undefined {
	const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
	return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * Whether NO_PROXY sends this host direct. Entries are comma- or space-separated: `*` (everything),
 * a host or domain (`example.com` also covers `api.example.com`; a leading `.` or `*.` means the
 * same), optionally with `:port`, or an IP address.
 */
export function bypassesProxy(hostname: string, port: number, noProxy: string | undefined): boolean {
	if (!noProxy) return false;
	const host = hostname
		.toLowerCase()
		.replace(/^\[(.*)\]$/, '$1')
		.replace(/\.$/, '');
	for (const raw of noProxy.split(/[\s,]+/)) {
		let entry = raw.trim().toLowerCase();
		if (entry === '') continue;
		if (entry === '*') return true;
		let entryPort: number | undefined;
		const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
		if (withPort) {
			entry = withPort[1]!;
			entryPort = Number(withPort[2]);
		}

		if (entryPort !== undefined && entryPort !== port) continue;
		entry = entry
			.replace(/^\[(.*)\]$/, '$1')
			.replace(/^\*?\.+/, '')
			.replace(/\.$/, '');
		if (entry === '') continue;
		if (host === entry || host.endsWith(`.${entry}`)) return true;
	}

	return false;
}

/** The proxy URL for a request to `url`, or undefined to connect directly. */
export function proxyFor(url: string, env: Env): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}

	const scheme = parsed.protocol.replace(/:$/, '');
	if (scheme !== 'http' && scheme !== 'https') return undefined;
	const proxy = variable(env, `${scheme}_proxy`);
	if (!proxy) return undefined;
	const port = parsed.port === '' ? (scheme === 'https' ? 443 : 80) : Number(parsed.port);
	if (bypassesProxy(parsed.hostname, port, variable(env, 'no_proxy'))) return undefined;
	// Like the AWS CLI, a proxy given without a scheme is an http:// proxy.
	return /^[a-z][a-z\d+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}

/** The proxy URL with any user:password hidden, for messages. */
export function redactProxy(proxy: string): string {
	try {
		const url = new URL(proxy);
		if (url.username || url.password) {
			url.username = '***';
			url.password = '';
		}

		return url.toString().replace(/\/$/, '');
	} catch {
		return proxy.replace(/\/\/[^@/]*@/, '//***@');
	}
}
