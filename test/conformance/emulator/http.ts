import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import type { Emulator } from '../../../tools/emulator';
import { EMULATOR_TEST_TOKEN } from '../../harness/emulator';

/** The token the emulator suites call with (registered by startTestEmulator, harness/emulator.ts). */
export { EMULATOR_TEST_TOKEN };

export interface CallOptions {
	body?: unknown;
	/** null: no Authorization header */
	token?: string | null;
	headers?: Record<string, string>;
}

export interface CallResult {
	status: number;
	headers: IncomingHttpHeaders;
	json: any;
	text: string;
}

/**
 * A plain HTTP client for the emulator suites: one request, the reply's status, headers and body
 * (parsed when it is JSON). Close `emulatorClient` in afterAll.
 */
export const emulatorClient = new Agent({ keepAliveTimeout: 1_000 });

export async function call(emu: Emulator, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
	const token = options.token === undefined ? EMULATOR_TEST_TOKEN : options.token;
	const headers: Record<string, string> = { ...(options.headers ?? {}) };
	if (token) headers.authorization = `Bearer ${token}`;
	let body: string | undefined;
	if (options.body !== undefined) {
		body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
		headers['content-type'] ??= 'application/json';
	}
	const res = await request(`${emu.url}${path}`, { method: method as 'GET', headers, body, dispatcher: emulatorClient });
	const text = await res.body.text();
	let json: unknown;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	return { status: res.statusCode, headers: res.headers, json, text };
}

/** A loopback endpoint for the emulator's webhook deliveries: what arrived, answered with `status`. */
export interface WebhookReceiver {
	url: string;
	received: Array<{ headers: IncomingHttpHeaders; body: string }>;
	close(): Promise<void>;
}

export async function startWebhookReceiver(status: number): Promise<WebhookReceiver> {
	const received: WebhookReceiver['received'] = [];
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
			res.writeHead(status).end();
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/polar`,
		received,
		close: async () => {
			server.closeAllConnections();
			await new Promise((r) => server.close(r));
		},
	};
}
