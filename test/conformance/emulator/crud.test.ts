import type { IncomingHttpHeaders } from 'node:http';
import { Webhook } from 'standardwebhooks';
import type { Emulator, EmulatorOptions } from '../../../tools/emulator';
import { emulatorsPerTest } from '../../harness/emulator';
import { runNode, TEST_TOKEN } from '../../../tools/harness/engine';
import { call, EMULATOR_TEST_TOKEN, emulatorClient, startWebhookReceiver, type WebhookReceiver } from './http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterAll(async () => {
	await emulatorClient.close();
});

const PRODUCT = { name: 'Pro plan', recurring_interval: 'month', prices: [{ amount_type: 'fixed', price_amount: 1500, price_currency: 'usd' }] };

describe('Polar emulator', () => {
	let emu: Emulator;
	/**
	 * This file checks what the emulator serves, so Polar's rate limit is off and webhook URLs on
	 * loopback are allowed; polarBehaviour.test.ts checks those defaults.
	 */
	const emulators = emulatorsPerTest({ rateLimit: null, allowLoopbackWebhooks: true });
	const fresh = (options: EmulatorOptions = {}) => emulators.start(options);

	beforeEach(async () => {
		emu = await fresh();
	});

	afterEach(async () => {
		await emulators.closeAll();
	});

	describe('CRUD from the operation table', () => {
		test('creates, reads, updates and lists a product', async () => {
			const created = await call(emu, 'POST', '/v1/products/', { body: PRODUCT });
			expect(created.status).toBe(201);
			const product = created.json;
			expect(product.id).toMatch(UUID);
			expect(product).toMatchObject({ name: 'Pro plan', recurring_interval: 'month', is_recurring: true, is_archived: false, metadata: {} });
			expect(Date.parse(product.created_at)).not.toBeNaN();
			expect(Date.parse(product.modified_at)).not.toBeNaN();
			expect(product.organization_id).toMatch(UUID);
			expect(product.prices[0]).toMatchObject({ amount_type: 'fixed', price_amount: 1500, product_id: product.id });
			expect(product.prices[0].id).toMatch(UUID);

			const read = await call(emu, 'GET', `/v1/products/${product.id}`);
			expect(read.status).toBe(200);
			expect(read.json).toEqual(product);

			const patched = await call(emu, 'PATCH', `/v1/products/${product.id}`, { body: { name: 'Pro plan v2', metadata: { tier: 'gold' } } });
			expect(patched.status).toBe(200);
			expect(patched.json).toMatchObject({ id: product.id, name: 'Pro plan v2', recurring_interval: 'month', metadata: { tier: 'gold' } });
			expect(emu.store.get('products', product.id)?.name).toBe('Pro plan v2');

			const list = await call(emu, 'GET', '/v1/products/');
			expect(list.json.pagination).toEqual({ total_count: 1, max_page: 1 });
			expect(list.json.items.map((p: { id: string }) => p.id)).toEqual([product.id]);
		});

		test('deletes a customer (204) and then answers 404 with a detail', async () => {
			const created = await call(emu, 'POST', '/v1/customers/', { body: { type: 'individual', email: 'ada@example.com', external_id: 'ada-1' } });
			expect(created.status).toBe(201);
			const byExternal = await call(emu, 'GET', '/v1/customers/external/ada-1');
			expect(byExternal.status).toBe(200);
			expect(byExternal.json.id).toBe(created.json.id);

			const deleted = await call(emu, 'DELETE', `/v1/customers/${created.json.id}`);
			expect(deleted.status).toBe(204);
			expect(deleted.text).toBe('');
			expect(emu.store.count('customers')).toBe(0);

			const missing = await call(emu, 'GET', `/v1/customers/${created.json.id}`);
			expect(missing.status).toBe(404);
			expect(typeof missing.json.detail).toBe('string');
		});

		test('refuses a second customer with the same email', async () => {
			expect((await call(emu, 'POST', '/v1/customers/', { body: { email: 'same@example.com' } })).status).toBe(201);
			const again = await call(emu, 'POST', '/v1/customers/', { body: { email: 'same@example.com' } });
			expect(again.status).toBe(422);
			expect(again.json.detail[0].loc).toEqual(['body', 'email']);
		});

		test('nested members live under their customer', async () => {
			const customer = (await call(emu, 'POST', '/v1/customers/', { body: { type: 'team', name: 'Acme', email: 'billing@acme.test', external_id: 'acme' } })).json;
			const member = await call(emu, 'POST', '/v1/customers/external/acme/members', { body: { email: 'm@acme.test', external_id: 'm1' } });
			expect(member.status).toBe(201);
			expect(member.json.customer_id).toBe(customer.id);
			expect((await call(emu, 'GET', `/v1/customers/${customer.id}/members/${member.json.id}`)).json.email).toBe('m@acme.test');
			expect((await call(emu, 'GET', '/v1/customers/external/acme/members/m1')).json.id).toBe(member.json.id);
			const other = (await call(emu, 'POST', '/v1/customers/', { body: { email: 'other@example.com' } })).json;
			expect((await call(emu, 'GET', `/v1/customers/${other.id}/members/${member.json.id}`)).status).toBe(404);
		});

		test('non-CRUD operations answer their own shapes and content types', async () => {
			emu.seed('customers', 3);
			const csv = await call(emu, 'GET', '/v1/customers/export');
			expect(csv.status).toBe(200);
			expect(csv.headers['content-type']).toMatch(/^text\/csv/);
			const lines = csv.text.trim().split('\r\n');
			expect(lines[0].split(',')).toContain('email');
			expect(lines).toHaveLength(4);

			const seats = await call(emu, 'GET', '/v1/customer-seats');
			expect(seats.status).toBe(200);
			expect(seats.json).toEqual({ seats: [], available_seats: 0, total_seats: 0 });

			const metrics = await call(emu, 'GET', '/v1/metrics/?start_date=2026-01-01&end_date=2026-01-07&interval=day');
			expect(metrics.status).toBe(200);
			expect(metrics.json.periods).toHaveLength(7);
			expect(metrics.json.totals).toHaveProperty('orders');

			const dashboards = await call(emu, 'GET', '/v1/metrics/dashboards');
			expect(dashboards.json).toEqual([]);
		});

		test('customer sessions open the customer portal; organization tokens do not', async () => {
			const customer = (await call(emu, 'POST', '/v1/customers/', { body: { email: 'portal@example.com' } })).json;
			const mine = (await call(emu, 'POST', '/v1/orders/', { body: { customer_id: customer.id, product_id: (await call(emu, 'POST', '/v1/products/', { body: PRODUCT })).json.id } })).json;
			const someoneElse = emu.seed('customers', 1)[0];
			emu.seed('orders', 5, () => ({ customer_id: someoneElse.id }));

			const session = await call(emu, 'POST', '/v1/customer-sessions/', { body: { customer_id: customer.id } });
			expect(session.status).toBe(201);
			expect(session.json.token).toMatch(/^polar_cst_/);
			expect(session.json.customer_id).toBe(customer.id);

			const me = await call(emu, 'GET', '/v1/customer-portal/customers/me', { token: session.json.token });
			expect(me.status).toBe(200);
			expect(me.json.email).toBe('portal@example.com');
			const orders = await call(emu, 'GET', '/v1/customer-portal/orders/', { token: session.json.token });
			expect(orders.json.items.map((o: { id: string }) => o.id)).toEqual([mine.id]);

			expect((await call(emu, 'GET', '/v1/customer-portal/customers/me')).status).toBe(401);
			expect((await call(emu, 'GET', '/v1/products/', { token: session.json.token })).status).toBe(401);
		});
	});

	describe('lists', () => {
		test('pages through 250 items with total_count and max_page', async () => {
			emu.seed('customers', 250);
			const seen: string[] = [];
			for (let page = 1; page <= 3; page++) {
				const res = await call(emu, 'GET', `/v1/customers/?page=${page}&limit=100`);
				expect(res.status).toBe(200);
				expect(res.json.pagination).toEqual({ total_count: 250, max_page: 3 });
				expect(res.json.items).toHaveLength(page < 3 ? 100 : 50);
				seen.push(...res.json.items.map((c: { id: string }) => c.id));
			}
			expect(new Set(seen).size).toBe(250);
			const beyond = await call(emu, 'GET', '/v1/customers/?page=4&limit=100');
			expect(beyond.json.items).toEqual([]);

			const byDefault = await call(emu, 'GET', '/v1/customers/');
			expect(byDefault.json.items).toHaveLength(10);
			expect(byDefault.json.pagination.max_page).toBe(25);
		});

		test('sorts by created_at both ways and by any scalar field', async () => {
			const seeded = emu.seed('customers', 30, (i) => ({ email: `c${String(29 - i).padStart(2, '0')}@example.com` }));
			const newest = await call(emu, 'GET', '/v1/customers/?limit=3');
			expect(newest.json.items.map((c: { id: string }) => c.id)).toEqual([seeded[29].id, seeded[28].id, seeded[27].id]);
			const oldest = await call(emu, 'GET', '/v1/customers/?limit=3&sorting=created_at');
			expect(oldest.json.items.map((c: { id: string }) => c.id)).toEqual([seeded[0].id, seeded[1].id, seeded[2].id]);
			const byEmail = await call(emu, 'GET', '/v1/customers/?limit=2&sorting=email');
			expect(byEmail.json.items.map((c: { email: string }) => c.email)).toEqual(['c00@example.com', 'c01@example.com']);
			const byEmailDesc = await call(emu, 'GET', '/v1/customers/?limit=1&sorting=-email');
			expect(byEmailDesc.json.items[0].email).toBe('c29@example.com');
		});

		test('filters by equality (repeated keys = any of) and by query substring', async () => {
			const customers = emu.seed('customers', 5);
			emu.seed('products', 2);
			emu.seed('orders', 20);
			const wanted = [customers[0].id, customers[1].id];
			const res = await call(emu, 'GET', `/v1/orders/?limit=100&customer_id=${wanted[0]}&customer_id=${wanted[1]}`);
			const expected = emu.store.list('orders').filter((o) => wanted.includes(o.customer_id as string));
			expect(expected.length).toBeGreaterThan(0);
			expect(res.json.pagination.total_count).toBe(expected.length);
			expect(res.json.items.every((o: { customer_id: string }) => wanted.includes(o.customer_id))).toBe(true);

			const search = await call(emu, 'GET', `/v1/customers/?query=${encodeURIComponent(String(customers[3].email))}`);
			expect(search.json.items.map((c: { id: string }) => c.id)).toEqual([customers[3].id]);
		});
	});

	describe('validation and auth', () => {
		test('answers 422 in Polar\'s shape', async () => {
			const pageZero = await call(emu, 'GET', '/v1/customers/?page=0');
			expect(pageZero.status).toBe(422);
			expect(pageZero.json).toEqual({ error: 'RequestValidationError', detail: [expect.objectContaining({ loc: ['query', 'page'], type: 'greater_than', ctx: { gt: 0 } })] });

			const noName = await call(emu, 'POST', '/v1/products/', { body: { recurring_interval: 'month', prices: PRODUCT.prices } });
			expect(noName.status).toBe(422);
			for (const d of noName.json.detail) {
				expect(d).toEqual(expect.objectContaining({ loc: expect.any(Array), msg: expect.any(String), type: expect.any(String) }));
			}
			// A product with a recurring interval is the `recurring` branch of ProductCreate.
			expect(noName.json.detail).toContainEqual(expect.objectContaining({ loc: ['body', 'recurring', 'name'], type: 'missing' }));

			const badId = await call(emu, 'GET', '/v1/products/not-a-uuid');
			expect(badId.status).toBe(422);
			expect(badId.json.detail[0]).toMatchObject({ loc: ['path', 'id'], type: 'uuid_parsing' });

			const broken = await call(emu, 'POST', '/v1/products/', { body: '{"name": ' });
			expect(broken.status).toBe(422);
			expect(broken.json.detail[0]).toMatchObject({ loc: ['body', expect.any(Number)], type: 'json_invalid' });

			const missingBody = await call(emu, 'POST', '/v1/products/');
			expect(missingBody.json.detail[0]).toMatchObject({ loc: ['body'], type: 'missing' });

			const wrongBranch = await call(emu, 'POST', '/v1/customer-sessions/', { body: { return_url: 'https://x.test' } });
			expect(wrongBranch.status).toBe(422);
		});

		test('answers 404 for unknown routes and 401 without an accepted token', async () => {
			const unknown = await call(emu, 'GET', '/v1/nothing-here');
			expect(unknown.status).toBe(404);
			expect(unknown.json).toEqual({ detail: 'Not Found' });

			const anonymous = await call(emu, 'GET', '/v1/products/', { token: null });
			expect(anonymous.status).toBe(401);
			expect(typeof anonymous.json.detail).toBe('string');

			const strict = await fresh({ tokens: ['polar_oat_good'] });
			expect((await call(strict, 'GET', '/v1/products/', { token: 'polar_oat_bad' })).status).toBe(401);
			expect((await call(strict, 'GET', '/v1/products/', { token: 'polar_oat_good' })).status).toBe(200);
			// Public operations need no token at all.
			expect((await call(strict, 'GET', '/v1/customer-portal/organizations/emulated-org', { token: null })).status).toBe(200);
		});

		test('logs requests with a token hash, never the token', async () => {
			await call(emu, 'POST', '/v1/products/', { body: PRODUCT, headers: { 'idempotency-key': 'log-key-1' } });
			const entry = emu.log[emu.log.length - 1];
			expect(entry).toMatchObject({ method: 'POST', path: '/v1/products/', status: 201, idempotencyKey: 'log-key-1' });
			expect(entry.token).toMatch(/^sha256:[0-9a-f]{12}$/);
			expect(JSON.stringify(emu.log)).not.toContain(EMULATOR_TEST_TOKEN);
			const viaHttp = await call(emu, 'GET', '/__emulator/log', { token: null });
			expect(viaHttp.text).not.toContain(EMULATOR_TEST_TOKEN);
			expect(viaHttp.json).toHaveLength(1);
		});
	});

	describe('faults', () => {
		async function statuses(e: Emulator, n: number): Promise<number[]> {
			const out: number[] = [];
			for (let i = 0; i < n; i++) out.push((await call(e, 'GET', '/v1/products/')).status);
			return out;
		}

		test('fails about `rate` of the requests, deterministically with a seed', async () => {
			const faults = { rate: 0.3, kinds: ['429', '500', '502', '503'] as Array<'429' | '500' | '502' | '503'>, seed: 42 };
			const a = await fresh({ faults });
			const first = await statuses(a, 600);
			const failed = first.filter((s) => s !== 200).length;
			expect(failed / first.length).toBeGreaterThan(0.24);
			expect(failed / first.length).toBeLessThan(0.36);
			expect(new Set(first.filter((s) => s !== 200))).toEqual(new Set([429, 500, 502, 503]));
			expect(a.stats().faults).toBe(failed);

			const b = await fresh({ faults });
			expect(await statuses(b, 600)).toEqual(first);
		});

		test('injected 429s carry Retry-After; 5xx carry a JSON detail', async () => {
			const e = await fresh({ faults: { rate: 1, kinds: ['429'], seed: 1 } });
			const res = await call(e, 'GET', '/v1/products/');
			expect(res.status).toBe(429);
			expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
			e.configure({ faults: { rate: 1, kinds: ['503'], seed: 1 } });
			const unavailable = await call(e, 'GET', '/v1/products/');
			expect(unavailable.status).toBe(503);
			expect(typeof unavailable.json.detail).toBe('string');
		});

		test('reset drops the connection and timeout holds the request, both unanswered', async () => {
			const e = await fresh({ faults: { rate: 1, kinds: ['reset'], seed: 3 } });
			await expect(call(e, 'GET', '/v1/products/')).rejects.toThrow();
			e.configure({ faults: { rate: 1, kinds: ['timeout'], seed: 3, timeoutMs: 300 } });
			const t0 = Date.now();
			await expect(call(e, 'GET', '/v1/products/')).rejects.toThrow();
			expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
			const stats = e.stats();
			expect(stats.byStatus).toEqual({ reset: 1, timeout: 1 });
			expect(e.log.map((l) => [l.status, l.fault])).toEqual([[0, 'reset'], [0, 'timeout']]);
		});

		test("'after' faults apply the write first", async () => {
			const e = await fresh({ faults: { rate: 1, kinds: ['502'], phase: 'after', seed: 5 } });
			const res = await call(e, 'POST', '/v1/products/', { body: PRODUCT });
			expect(res.status).toBe(502);
			expect(e.store.count('products')).toBe(1);
			e.configure({ faults: { rate: 1, kinds: ['502'], phase: 'before', seed: 5 } });
			await call(e, 'POST', '/v1/products/', { body: PRODUCT });
			expect(e.store.count('products')).toBe(1);
		});
	});

	describe('webhook delivery', () => {
		let receiver: WebhookReceiver;
		let receiverUrl: string;
		let received: WebhookReceiver['received'];

		beforeEach(async () => {
			receiver = await startWebhookReceiver(202);
			({ url: receiverUrl, received } = receiver);
		});
		afterEach(() => receiver.close());

		function verify(secret: string, delivery: { headers: IncomingHttpHeaders; body: string }) {
			// New endpoints are Standard Webhooks proper: the library decodes the whsec_ key itself.
			const wh = new Webhook(secret);
			return wh.verify(delivery.body, {
				'webhook-id': String(delivery.headers['webhook-id']),
				'webhook-timestamp': String(delivery.headers['webhook-timestamp']),
				'webhook-signature': String(delivery.headers['webhook-signature']),
			});
		}

		test('signs deliveries so standardwebhooks verifies them; tampered ones fail', async () => {
			const endpoint = (await call(emu, 'POST', '/v1/webhooks/endpoints', { body: { url: receiverUrl, format: 'raw', events: ['order.created', 'order.paid'] } })).json;
			await call(emu, 'POST', '/v1/webhooks/endpoints', { body: { url: receiverUrl, format: 'raw', events: ['customer.created'] } });
			const disabled = (await call(emu, 'POST', '/v1/webhooks/endpoints', { body: { url: receiverUrl, format: 'raw', events: ['order.created'] } })).json;
			await call(emu, 'PATCH', `/v1/webhooks/endpoints/${disabled.id}`, { body: { enabled: false } });

			const results = await emu.deliverWebhook('order.created', { id: 'order-1', total_amount: 1500 });
			expect(results).toEqual([{ endpointId: endpoint.id, status: 202, webhookId: expect.stringMatching(/\S/) }]);
			expect(received).toHaveLength(1);
			const payload = verify(endpoint.secret, received[0]) as { type: string; data: { id: string }; timestamp: string };
			expect(payload.type).toBe('order.created');
			expect(payload.data.id).toBe('order-1');
			expect(Date.parse(payload.timestamp)).not.toBeNaN();
			expect(received[0].headers['webhook-id']).toBe(results[0].webhookId);
			expect(Math.abs(Number(received[0].headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(10);

			await emu.deliverWebhook('order.created', { id: 'order-2' }, { tamper: true });
			expect(() => verify(endpoint.secret, received[1])).toThrow();

			const again = await emu.deliverWebhook('order.created', { id: 'order-1' }, { webhookId: results[0].webhookId });
			expect(again[0].webhookId).toBe(results[0].webhookId);
			expect(received[2].headers['webhook-id']).toBe(results[0].webhookId);
			expect(verify(endpoint.secret, received[2])).toBeTruthy();

			const deliveries = await call(emu, 'GET', `/v1/webhooks/deliveries?endpoint_id=${endpoint.id}`);
			expect(deliveries.json.pagination.total_count).toBe(3);
		});

		test('control API delivers too and reports an unreachable endpoint as status 0', async () => {
			await call(emu, 'POST', '/v1/webhooks/endpoints', { body: { url: 'http://127.0.0.1:9/nobody', format: 'raw', events: ['order.paid'] } });
			const res = await call(emu, 'POST', '/__emulator/webhooks/deliver', { token: null, body: { event: 'order.paid', data: { id: 'o' } } });
			expect(res.status).toBe(200);
			expect(res.json).toEqual([expect.objectContaining({ status: 0, error: expect.any(String) })]);
		});
	});

	describe('control API', () => {
		test('seeds, reads collections, configures, reports stats and resets', async () => {
			const seeded = await call(emu, 'POST', '/__emulator/seed', { token: null, body: { collection: 'customers', count: 120 } });
			expect(seeded.json).toEqual({ collection: 'customers', created: 120, total: 120 });
			const collection = await call(emu, 'GET', '/__emulator/collections/customers', { token: null });
			expect(collection.json.total_count).toBe(120);

			expect((await call(emu, 'POST', '/__emulator/config', { token: null, body: { latencyMs: 120 } })).status).toBe(200);
			const t0 = Date.now();
			await call(emu, 'GET', '/v1/customers/');
			expect(Date.now() - t0).toBeGreaterThanOrEqual(110);

			const stats = (await call(emu, 'GET', '/__emulator/stats', { token: null })).json;
			expect(stats).toMatchObject({ requests: 1, byStatus: { 200: 1 }, faults: 0, rateLimited: 0 });
			expect(typeof stats.perSecond).toBe('number');

			await call(emu, 'POST', '/__emulator/reset', { token: null });
			expect(emu.store.count('customers')).toBe(0);
			expect(emu.stats().requests).toBe(0);
			expect(emu.log).toHaveLength(0);
		});

		test('rejects a malformed seed request', async () => {
			const res = await call(emu, 'POST', '/__emulator/seed', { token: null, body: { collection: 'customers', count: -1 } });
			expect(res.status).toBe(400);
		});
	});

	describe('the real node against the emulator', () => {
		test('creates a product, then lists every product with Return All', async () => {
			emu.seed('products', 250);
			const created = await runNode({
				baseUrl: emu.url,
				parameters: {
					resource: 'product',
					operation: 'create',
					bodyVariant: 'recurring',
					name: 'Created through n8n',
					recurringInterval: 'month',
					prices: { price: [{ amountType: 'fixed', priceAmount: 900, priceCurrency: 'usd' }] },
				},
			});
			expect(created.error).toBeUndefined();
			expect(created.items[0].json).toMatchObject({ name: 'Created through n8n', recurring_interval: 'month' });
			expect(emu.store.count('products')).toBe(251);

			const listed = await runNode({ baseUrl: emu.url, parameters: { resource: 'product', operation: 'getAll', returnAll: true, simplify: false } });
			expect(listed.error).toBeUndefined();
			expect(listed.items).toHaveLength(251);
			expect(new Set(listed.items.map((i) => i.json.id)).size).toBe(251);
			expect(emu.log.every((l) => l.token === emu.log[0].token)).toBe(true);
			expect(JSON.stringify(emu.log)).not.toContain(TEST_TOKEN);
		});

		test('Return All gets 2,500 customers through 30 % injected faults', async () => {
			const e = await fresh({ seed: 2500, faults: { rate: 0.3, kinds: ['500', '502', '503', 'reset'], phase: 'mixed', seed: 7 } });
			e.seed('customers', 2500);
			const listed = await runNode({
				baseUrl: e.url,
				parameters: {
					resource: 'customer',
					operation: 'getAll',
					returnAll: true,
					retry: { baseDelayMs: 5, maxDelayMs: 20, maxRetries: 10 },
				},
			});
			expect(listed.error).toBeUndefined();
			expect(listed.items).toHaveLength(2500);
			expect(new Set(listed.items.map((i) => i.json.id)).size).toBe(2500);
			expect(e.stats().faults).toBeGreaterThan(0);
		});
	});
});
