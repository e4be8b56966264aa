import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runNode } from '../harness/engine';

test('smoke', async () => {
	const server = createServer((req, res) => {
		res.setHeader('content-type', 'application/json');
		res.end(JSON.stringify({ id: 'p1', url: req.url, auth: req.headers.authorization, v: req.headers['polar-version'] }));
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const port = (server.address() as AddressInfo).port;
	const result = await runNode({ baseUrl: `http://127.0.0.1:${port}`, parameters: { resource: 'product', operation: 'get', id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } });
	server.close();
	console.log(JSON.stringify(result.items), result.error);
	expect(result.items[0].json.id).toBe('p1');
});
