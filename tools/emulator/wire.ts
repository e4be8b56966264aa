import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ControlReply } from './control';
import type { StoredReply } from './idempotency';
import type { Reply } from './types';

/** The emulator's HTTP wire: reading request bodies, and turning replies into bytes and headers. */

/** Bodies above this are refused (file parts are at most a few MB). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** A reply ready to write: status, headers and bytes. */
export interface Prepared extends StoredReply {
	headers: Record<string, string>;
	replayed?: boolean;
}

export function prepare(reply: Reply): Prepared {
	const headers: Record<string, string> = { ...(reply.headers ?? {}) };
	if (reply.status === 204) return { status: 204, headers, payload: '' };
	if (reply.text !== undefined) return { status: reply.status, headers, contentType: reply.contentType ?? 'text/plain; charset=utf-8', payload: reply.text };
	return { status: reply.status, headers, contentType: 'application/json', payload: JSON.stringify(reply.body ?? null) };
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) {
				reject(new Error('body too large'));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		let complete = false;
		req.on('end', () => {
			complete = true;
			resolve(Buffer.concat(chunks));
		});
		req.on('error', reject);
		// A client that goes away mid-body never sends 'end'.
		req.on('close', () => {
			if (!complete) reject(new Error('client closed the request'));
		});
	});
}

export function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

export function write(res: ServerResponse, prepared: Prepared, extraHeaders: Record<string, string>): void {
	const body = Buffer.from(prepared.payload, 'utf8');
	const headers: Record<string, string> = { ...extraHeaders, ...prepared.headers, 'Content-Length': String(body.length) };
	if (prepared.contentType && prepared.status !== 204) headers['Content-Type'] = prepared.contentType;
	if (prepared.replayed) headers['Idempotent-Replayed'] = 'true';
	res.writeHead(prepared.status, headers);
	res.end(prepared.status === 204 ? undefined : body);
}

/** A control API reply (control.ts): JSON, or raw bytes with their own headers. */
export function writeControl(res: ServerResponse, reply: ControlReply): void {
	const headers: Record<string, string> = { ...(reply.headers ?? {}) };
	const payload = reply.bytes ?? (reply.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(reply.body)));
	if (!reply.bytes && reply.body !== undefined) headers['Content-Type'] = 'application/json';
	headers['Content-Length'] = String(payload.length);
	res.writeHead(reply.status, headers);
	res.end(payload);
}
