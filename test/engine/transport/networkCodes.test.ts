import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { runNode, tokenCredentials } from '../../../tools/harness/engine';

/**
 * What n8n's HTTP helper (axios on this Node version) reports for each way a request can fail,
 * caused for real on loopback and sent through n8n's engine, and what the node makes of it
 * (transport/retry.ts): a POST is sent again only when nothing reached Polar; otherwise it is sent
 * once and the error says it may have been applied. GETs are retried either way.
 */
const servers: Array<Server | TcpServer> = [];
afterEach(async () => {
	for (const s of servers.splice(0)) {
		(s as Server).closeAllConnections?.();
		await new Promise((r) => s.close(r));
	}
});

async function listen(server: Server | TcpServer): Promise<string> {
	servers.push(server);
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A TCP server that answers every request with `reply` (raw bytes, or a socket action), counting requests. */
async function rawServer(reply: (socket: Socket) => void) {
	let requests = 0;
	const host = await listen(createTcpServer((socket) => socket.on('data', (chunk) => {
		if (chunk.toString('latin1').includes('HTTP/1.1')) requests++;
		reply(socket);
	})));
	return { host, requests: () => requests };
}

const METER = { resource: 'meter', operation: 'create', name: 'Calls', inputMode: 'json', filterJson: '{"conjunction":"and","clauses":[]}', aggregationJson: '{"func":"count"}' };
const RETRY = { maxRetries: 1, baseDelayMs: 5, maxDelayMs: 10, timeoutMs: 300 };
const create = (baseUrl: string) => runNode({ credentials: tokenCredentials(baseUrl), parameters: { ...METER, retry: RETRY } });

test('connection refused → ECONNREFUSED: nothing was sent, so a POST is retried', async () => {
	const host = await listen(createServer());
	await new Promise((r) => servers.pop()!.close(r));
	const { error } = await create(`http://${host}`);
	expect(error?.description).toMatch(/Gave up after 2 attempts: ECONNREFUSED ×2/);
	expect(error?.context?.mayHaveBeenApplied).toBeUndefined();
});

test('https spoken to a plain HTTP port → EPROTO: the TLS handshake failed before the request, so a POST is retried', async () => {
	let requests = 0;
	const host = await listen(createServer(() => requests++));
	const { error } = await create(`https://${host}`);
	expect(error?.description).toMatch(/Gave up after 2 attempts: EPROTO ×2/);
	expect(error?.context?.mayHaveBeenApplied).toBeUndefined();
	expect(requests).toBe(0);
});

test.each([
	['closed by the server after reading the request', 'ECONNRESET', (s: Socket) => s.destroy()],
	['reset by the server after reading the request', 'ECONNRESET', (s: Socket) => s.resetAndDestroy()],
	['no reply within the request timeout', 'ECONNABORTED', () => undefined],
	['a reply that is not HTTP', 'HPE_INVALID_CONSTANT', (s: Socket) => s.end('garbage\r\n\r\n')],
	['a 201 whose body is cut off', 'ERR_BAD_RESPONSE', (s: Socket) => {
		s.write('HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"id":');
		setTimeout(() => s.destroy(), 20);
	}],
])('%s → %s: the POST is sent once and may have been applied', async (_label, code, reply) => {
	const server = await rawServer(reply as (s: Socket) => void);
	const { error } = await create(`http://${server.host}`);
	expect(server.requests()).toBe(1);
	expect(error?.message).toMatch(/^Polar may have applied this request/);
	expect(error?.description).toContain(`No usable reply (${code})`);
	expect(error?.context?.mayHaveBeenApplied).toBe(true);
});

test('a GET is retried after the same failures', async () => {
	let answered = 0;
	const server = await rawServer((s) => (answered++ === 0 ? s.destroy() : s.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}')));
	const { error } = await runNode({ credentials: tokenCredentials(`http://${server.host}`), parameters: { resource: 'meter', operation: 'get', id: '3fa85f64-5717-4562-b3fc-2c963f66afa6', retry: RETRY } });
	expect(error).toBeUndefined();
	expect(server.requests()).toBe(2);
});
