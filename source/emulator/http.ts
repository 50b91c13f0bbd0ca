// The emulator's HTTP plumbing: reading a bounded request body, recording it, and sending JSON answers
// and AWS-shaped errors.
import {randomUUID} from 'node:crypto';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {EmulatorError} from './errors.js';

const maxBodyBytes = 1024 * 1024;

export function readBody(request: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > maxBodyBytes) {
				reject(new EmulatorError(413, 'SerializationException', 'Request body too large'));
				request.destroy();
				return;
			}
			chunks.push(chunk);
		});
		request.on('end', () => resolve(Buffer.concat(chunks)));
		request.on('error', reject);
	});
}

export function queryRecord(search: URLSearchParams): Record<string, string> {
	const record: Record<string, string> = {};
	for (const key of new Set(search.keys())) record[key] = search.getAll(key).join(',');
	return record;
}

export function bodyForRecord(body: Buffer): unknown {
	if (body.length === 0) return undefined;
	const text = body.toString('utf8');
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

export function sendJson(
	response: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): void {
	if (response.destroyed || response.headersSent) return;
	const text = JSON.stringify(body);
	response.writeHead(status, {
		'Content-Type': 'application/json',
		'Content-Length': Buffer.byteLength(text),
		'x-amzn-RequestId': randomUUID(),
		...headers,
	});
	response.end(text);
}

export function sendError(response: ServerResponse, error: EmulatorError): void {
	sendJson(response, error.status, error.body, {'x-amzn-ErrorType': error.errorType});
}
