import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback stand-in for Polar that records requests and answers from a handler (which may answer later). */
export async function fakePolar(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void) {
	const requests: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];
	const server: Server = createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			requests.push({ method: req.method!, url: req.url!, headers: req.headers, body });
			handler(req, body, res);
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return { url, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
	res.writeHead(status, { 'content-type': 'application/json', ...headers });
	res.end(JSON.stringify(body));
};

