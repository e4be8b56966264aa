import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runNode, TEST_TOKEN } from '../../../tools/harness/engine';
import { fakePolar, json } from '../../harness/fakePolar';

const UUID = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

test('sends the token, the API version and a JSON body; outputs the reply paired to its item', async () => {
	const polar = await fakePolar((req, body, res) => json(res, 201, { id: 'prod_1', ...JSON.parse(body) }));
	try {
		const { items, error } = await runNode({
			baseUrl: polar.url,
			parameters: { resource: 'product', operation: 'create', bodyVariant: 'oneTime', name: 'Book', prices: { price: [{ amountType: 'fixed', priceAmount: 900, priceCurrency: 'usd' }] } },
		});
		expect(error).toBeUndefined();
		expect(polar.requests).toHaveLength(1);
		const [req] = polar.requests;
		expect(req.method).toBe('POST');
		expect(req.url).toBe('/v1/products/');
		expect(req.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
		expect(req.headers['polar-version']).toBe('2026-10');
		expect(req.headers['idempotency-key']).toBeUndefined(); // Polar has no idempotency key
		// A one-time product's intervals allow only null: sent so, never asked for.
		expect(JSON.parse(req.body)).toEqual({ name: 'Book', prices: [{ amount_type: 'fixed', price_amount: 900, price_currency: 'usd' }], recurring_interval: null, recurring_interval_count: null });
		expect(items).toEqual([{ json: expect.objectContaining({ id: 'prod_1', name: 'Book' }), pairedItem: { item: 0 } }]);
	} finally {
		await polar.close();
	}
});

test('bad input fails before anything is sent, naming the field', async () => {
	const polar = await fakePolar((_q, _b, res) => json(res, 200, {}));
	try {
		const { error } = await runNode({ baseUrl: polar.url, parameters: { resource: 'product', operation: 'get', id: 'not-a-uuid' } });
		expect(error?.message).toBe('Product ID: expected a UUID, got "not-a-uuid"');
		expect(polar.requests).toHaveLength(0);
	} finally {
		await polar.close();
	}
});

test('Continue On Fail: each failed item becomes an error item paired to its input; others succeed', async () => {
	const polar = await fakePolar((req, _b, res) => {
		if (req.url!.includes('bad')) json(res, 422, { detail: [{ loc: ['path', 'id'], msg: 'Input should be a valid UUID', type: 'uuid_parsing' }] });
		else json(res, 200, { id: req.url!.split('/').pop() });
	});
	try {
		const { items, error } = await runNode({
			baseUrl: polar.url,
			continueOnFail: true,
			items: [{ json: { id: 'ext-1' } }, { json: { id: 'bad' } }, { json: { id: 'ext-3' } }],
			parameters: { resource: 'customer', operation: 'getExternal', externalId: '={{ $json.id }}' },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0]).toEqual({ json: { id: 'ext-1' }, pairedItem: { item: 0 } });
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(items[1].json.error).toMatch(/ID: must be a Polar ID/);
		expect(items[2]).toEqual({ json: { id: 'ext-3' }, pairedItem: { item: 2 } });
	} finally {
		await polar.close();
	}
});

test('Continue (using error output): failed items leave on the error output, with the details', async () => {
	const polar = await fakePolar((req, _b, res) => {
		if (req.url!.includes('bad')) json(res, 422, { detail: [{ loc: ['path', 'id'], msg: 'Input should be a valid UUID', type: 'uuid_parsing' }] });
		else json(res, 200, { id: req.url!.split('/').pop() });
	});
	try {
		const { items, errorItems, error } = await runNode({
			baseUrl: polar.url,
			continueErrorOutput: true,
			items: [{ json: { id: 'ext-1' } }, { json: { id: 'bad', row: 7 } }, { json: { id: 'ext-3' } }],
			parameters: { resource: 'customer', operation: 'getExternal', externalId: '={{ $json.id }}' },
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(['ext-1', 'ext-3']);
		expect(errorItems).toHaveLength(1);
		expect(errorItems[0].pairedItem).toEqual({ item: 1 });
		// only error and details, or n8n would leave the item on the success output
		expect(Object.keys(errorItems[0].json).sort()).toEqual(['details', 'error']);
		expect(errorItems[0].json.details).toMatchObject({ httpCode: '422' });
		expect(errorItems[0].json.error).toMatch(/ID: must be a Polar ID/);
	} finally {
		await polar.close();
	}
});

test('without Continue On Fail the error stops the run, with Polar\'s message and no token', async () => {
	const polar = await fakePolar((_q, _b, res) => json(res, 401, { error: 'invalid_token', detail: `Token ${TEST_TOKEN} expired` }));
	try {
		const { error, items } = await runNode({ baseUrl: polar.url, parameters: { resource: 'customer', operation: 'get', id: UUID } });
		expect(items).toHaveLength(0);
		expect(error?.message).toMatch(/did not accept the credential/);
		expect(error?.description).toMatch(/customers:read/);
		expect(JSON.stringify(error)).not.toContain(TEST_TOKEN);
		expect(JSON.stringify({ m: error?.message, d: error?.description })).not.toContain(TEST_TOKEN);
	} finally {
		await polar.close();
	}
});

test('Return All walks every page; Limit stops early and sizes the page to the limit', async () => {
	const all = Array.from({ length: 250 }, (_, i) => ({ id: `c${i}` }));
	const polar = await fakePolar((req, _b, res) => {
		const url = new URL(req.url!, 'http://x');
		const page = Number(url.searchParams.get('page'));
		const limit = Number(url.searchParams.get('limit'));
		json(res, 200, { items: all.slice((page - 1) * limit, page * limit), pagination: { total_count: all.length, max_page: Math.ceil(all.length / limit) } });
	});
	try {
		const every = await runNode({ baseUrl: polar.url, parameters: { resource: 'customer', operation: 'getAll', returnAll: true } });
		expect(every.items.map((i) => i.json.id)).toEqual(all.map((c) => c.id));
		expect(polar.requests).toHaveLength(3);
		polar.requests.length = 0;
		const some = await runNode({ baseUrl: polar.url, parameters: { resource: 'customer', operation: 'getAll', returnAll: false, limit: 7 } });
		expect(some.items.map((i) => i.json.id)).toEqual(all.slice(0, 7).map((c) => c.id));
		expect(polar.requests.map((r) => r.url)).toEqual(['/v1/customers/?page=1&limit=7']);
	} finally {
		await polar.close();
	}
});

test('customer-portal operations send the session token, not the credential', async () => {
	const polar = await fakePolar((_q, _b, res) => json(res, 200, { id: 'cust_1' }));
	try {
		const { error } = await runNode({ baseUrl: polar.url, parameters: { resource: 'portalCustomer', operation: 'get', sessionToken: 'polar_cst_session123' } });
		expect(error).toBeUndefined();
		expect(polar.requests[0].headers.authorization).toBe('Bearer polar_cst_session123');
	} finally {
		await polar.close();
	}
});

test('CSV exports come out as a binary file', async () => {
	const polar = await fakePolar((_q, _b, res) => {
		res.writeHead(200, { 'content-type': 'text/csv' });
		res.end('id,email\n1,a@b.c\n2,d@e.f\n');
	});
	try {
		const { items, error } = await runNode({ baseUrl: polar.url, parameters: { resource: 'customer', operation: 'export' } });
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ fileName: 'polar-customers.csv', rows: 2 });
		expect(items[0].binary?.data.mimeType).toBe('text/csv');
		expect(Buffer.from(items[0].binary!.data.data, 'base64').toString()).toBe('id,email\n1,a@b.c\n2,d@e.f\n');
	} finally {
		await polar.close();
	}
});

test('resource pickers: By URL takes the ID out of a dashboard URL; By External ID looks the customer up first', async () => {
	const polar = await fakePolar((req, _b, res) => {
		if (req.url === '/v1/customers/external/user_42') json(res, 200, { id: UUID, external_id: 'user_42' });
		else json(res, 200, { id: 'ok', url: req.url });
	});
	try {
		const byUrl = await runNode({
			baseUrl: polar.url,
			parameters: { resource: 'product', operation: 'get', id: { __rl: true, mode: 'url', value: `https://polar.sh/dashboard/acme/products/${UUID}` } },
		});
		expect(byUrl.error).toBeUndefined();
		expect(polar.requests.at(-1)!.url).toBe(`/v1/products/${UUID}`);
		const byExternal = await runNode({
			baseUrl: polar.url,
			parameters: { resource: 'customer', operation: 'getState', id: { __rl: true, mode: 'externalId', value: 'user_42' } },
		});
		expect(byExternal.error).toBeUndefined();
		expect(polar.requests.slice(-2).map((r) => r.url)).toEqual(['/v1/customers/external/user_42', `/v1/customers/${UUID}/state`]);
	} finally {
		await polar.close();
	}
});

test('customer portal: a session is minted once per execution from the customer ID and reused for every item', async () => {
	let minted = 0;
	const polar = await fakePolar((req, body, res) => {
		if (req.url === '/v1/customer-sessions/') {
			minted++;
			expect(JSON.parse(body)).toEqual({ customer_id: UUID });
			json(res, 201, { token: 'polar_cst_minted_abc123', customer_id: UUID });
		} else json(res, 200, { items: [{ id: 'o1' }], pagination: { total_count: 1, max_page: 1 } });
	});
	try {
		const { items, error } = await runNode({
			baseUrl: polar.url,
			items: [{ json: {} }, { json: {} }, { json: {} }],
			parameters: { resource: 'portalOrder', operation: 'getAll', portalAuth: 'customerId', portalCustomerId: UUID, returnAll: true },
		});
		expect(error).toBeUndefined();
		expect(minted).toBe(1);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		const portalCalls = polar.requests.filter((r) => r.url.startsWith('/v1/customer-portal/'));
		expect(portalCalls).toHaveLength(3);
		for (const call of portalCalls) expect(call.headers.authorization).toBe('Bearer polar_cst_minted_abc123');
		expect(polar.requests[0].headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
		expect(JSON.stringify(items)).not.toContain('polar_cst_minted_abc123');
	} finally {
		await polar.close();
	}
});

test('Simplify keeps the most used fields; switched off, the full object comes out', async () => {
	const product = { id: UUID, name: 'Pro', is_recurring: true, prices: [], medias: [{ id: 'm1' }], attached_custom_fields: [], modified_at: null };
	const polar = await fakePolar((_q, _b, res) => json(res, 200, product));
	try {
		const simple = await runNode({ baseUrl: polar.url, parameters: { resource: 'product', operation: 'get', id: UUID } });
		expect(simple.items[0].json).toEqual({ id: UUID, name: 'Pro', is_recurring: true, prices: [] });
		const full = await runNode({ baseUrl: polar.url, parameters: { resource: 'product', operation: 'get', id: UUID, simplify: false } });
		expect(full.items[0].json).toEqual(product);
	} finally {
		await polar.close();
	}
});

test('invoices download as a PDF binary, fetched without the Polar token', async () => {
	const pdf = Buffer.from('%PDF-1.7\n%fake invoice\n%%EOF\n');
	const polar = await fakePolar((req, _b, res) => {
		if (req.url === '/files/invoice.pdf') {
			res.writeHead(200, { 'content-type': 'application/pdf' });
			res.end(pdf);
		} else json(res, 200, { url: `http://${req.headers.host}/files/invoice.pdf` });
	});
	try {
		const { items, error } = await runNode({ baseUrl: polar.url, parameters: { resource: 'order', operation: 'invoice', id: UUID } });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ fileName: `polar-invoice-${UUID}.pdf`, size: pdf.length });
		expect(items[0].binary?.data.mimeType).toBe('application/pdf');
		expect(Buffer.from(items[0].binary!.data.data, 'base64').equals(pdf)).toBe(true);
		const download = polar.requests.find((r) => r.url === '/files/invoice.pdf')!;
		expect(download.headers.authorization).toBeUndefined();
	} finally {
		await polar.close();
	}
});

test('Event → Ingest, one event per item: 2,500 items go out in 3 batches, each reported and paired to its items', async () => {
	const batches: number[] = [];
	const polar = await fakePolar((_q, body, res) => {
		const { events } = JSON.parse(body);
		batches.push(events.length);
		json(res, 200, { inserted: events.length, duplicates: 0 });
	});
	try {
		const items = Array.from({ length: 2500 }, (_, i) => ({ json: { user: `user_${i}`, calls: i } }));
		const { items: out, error } = await runNode({
			baseUrl: polar.url,
			items,
			parameters: {
				resource: 'event',
				operation: 'ingest',
				ingestMode: 'itemPerEvent',
				eventName: 'api_call',
				eventCustomerBy: 'externalCustomerId',
				eventCustomer: '={{ $json.user }}',
				eventFields: { metadata: { entries: [{ key: 'calls', value: '={{ $json.calls }}' }] } },
			},
		});
		expect(error).toBeUndefined();
		expect(batches).toEqual([1000, 1000, 500]);
		expect(out.map((o) => o.json)).toEqual([
			{ batch: 1, events: 1000, inserted: 1000, duplicates: 0 },
			{ batch: 2, events: 1000, inserted: 1000, duplicates: 0 },
			{ batch: 3, events: 500, inserted: 500, duplicates: 0 },
		]);
		expect((out[2].pairedItem as Array<{ item: number }>).map((p) => p.item)).toEqual(Array.from({ length: 500 }, (_, i) => 2000 + i));
		const first = JSON.parse(polar.requests[0].body).events[0];
		// Each event gets an external ID derived from execution, node and item, so Polar can skip a repeat.
		expect(first).toEqual({ name: 'api_call', external_customer_id: 'user_0', metadata: { calls: 0 }, external_id: expect.stringMatching(/^n8n-exec-1-[0-9a-f]{12}-0$/) });
		const ids = polar.requests.flatMap((r) => JSON.parse(r.body).events.map((e: { external_id: string }) => e.external_id));
		expect(new Set(ids).size).toBe(2500);
	} finally {
		await polar.close();
	}
});

test('Event → Ingest: an item with a bad event fails alone under Continue On Fail', async () => {
	const polar = await fakePolar((_q, body, res) => json(res, 200, { inserted: JSON.parse(body).events.length }));
	try {
		const { items: out } = await runNode({
			baseUrl: polar.url,
			continueOnFail: true,
			items: [{ json: { user: 'a' } }, { json: { user: '' } }, { json: { user: 'c' } }],
			parameters: { resource: 'event', operation: 'ingest', ingestMode: 'itemPerEvent', eventName: 'signup', eventCustomer: '={{ $json.user }}' },
		});
		expect(out).toEqual([
			{ json: { error: 'Customer is required' }, pairedItem: { item: 1 } },
			{ json: { batch: 1, events: 2, inserted: 2 }, pairedItem: [{ item: 0 }, { item: 2 }] },
		]);
	} finally {
		await polar.close();
	}
});

test('File → Upload: create, every part PUT to its presigned URL without the token, complete; bytes arrive identical', async () => {
	const file = Buffer.alloc(12 * 1024 * 1024 + 123);
	for (let i = 0; i < file.length; i++) file[i] = (i * 7 + (i >> 11)) & 0xff;
	const stored = new Map<number, Buffer>();
	let created: { upload: { parts: Array<{ number: number; chunk_start: number; chunk_end: number }> } } | undefined;
	let completed: unknown;
	const requests: Array<{ method: string; url: string; auth?: string }> = [];
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const body = Buffer.concat(chunks);
			requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization });
			if (req.method === 'POST' && req.url === '/v1/files/') {
				created = JSON.parse(body.toString());
				const base = `http://${req.headers.host}`;
				json(res, 201, {
					id: UUID,
					name: 'big.bin',
					upload: {
						id: 'upload-1',
						path: 'org/big.bin',
						parts: created!.upload.parts.map((p) => ({ ...p, url: `${base}/s3/part/${p.number}?X-Signature=abc`, expires_at: '2030-01-01T00:00:00Z', headers: {} })),
					},
				});
			} else if (req.method === 'PUT' && req.url!.startsWith('/s3/part/')) {
				const n = Number(req.url!.split('/')[3].split('?')[0]);
				stored.set(n, body);
				res.writeHead(200, { etag: `"etag-${n}"` });
				res.end();
			} else if (req.method === 'POST' && req.url === `/v1/files/${UUID}/uploaded`) {
				completed = JSON.parse(body.toString());
				json(res, 200, { id: UUID, name: 'big.bin', is_uploaded: true, size: file.length });
			} else json(res, 404, { detail: 'Not Found' });
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	try {
		const { items, error } = await runNode({
			baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
			items: [{ json: {}, binary: { data: { data: file.toString('base64'), mimeType: 'application/octet-stream', fileName: 'big.bin' } } }],
			parameters: { resource: 'file', operation: 'upload', binaryPropertyName: 'data', fileService: 'downloadable', uploadOptions: { partSizeMib: 5 } },
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { id: UUID, name: 'big.bin', is_uploaded: true, size: file.length }, pairedItem: { item: 0 } }]);
		expect(created!.upload.parts.map((p) => [p.number, p.chunk_start, p.chunk_end])).toEqual([
			[1, 0, 5 * 1024 * 1024 - 1],
			[2, 5 * 1024 * 1024, 10 * 1024 * 1024 - 1],
			[3, 10 * 1024 * 1024, file.length - 1],
		]);
		expect(Buffer.concat([1, 2, 3].map((n) => stored.get(n)!)).equals(file)).toBe(true);
		expect(completed).toEqual({ id: 'upload-1', path: 'org/big.bin', parts: [1, 2, 3].map((n) => ({ number: n, checksum_etag: `"etag-${n}"`, checksum_sha256_base64: null })) });
		for (const r of requests.filter((x) => x.method === 'PUT')) expect(r.auth).toBeUndefined();
		expect(requests.filter((x) => x.url.startsWith('/v1/')).every((r) => r.auth === `Bearer ${TEST_TOKEN}`)).toBe(true);
	} finally {
		await new Promise<void>((r) => server.close(() => r()));
	}
});
