/**
 * What the emulator computes and shows, as Polar's server does by default: a meter's quantities
 * bucket by bucket, and the public views of what checkouts and checkout links embed. Each test names
 * the server file of the rule.
 */
import type { Emulator } from '../../../tools/emulator';
import { startTestEmulator } from '../../harness/emulator';
import { call, emulatorClient } from '../emulator/http';

let emu: Emulator;

beforeAll(async () => {
	emu = await startTestEmulator({ rateLimit: null, seed: 22 });
});
afterAll(async () => {
	await emu.close();
	await emulatorClient.close();
});

describe('server/polar/meter/service.py (get_quantities) with server/polar/kit/time_queries.py', () => {
	let meterId: string;
	beforeAll(async () => {
		const meter = await call(emu, 'POST', '/v1/meters/', {
			body: { name: 'API calls', filter: { conjunction: 'and', clauses: [{ property: 'name', operator: 'eq', value: 'api_call' }] }, aggregation: { func: 'count' } },
		});
		meterId = meter.json.id;
		const at = (day: string, hour = '10') => ({ name: 'api_call', external_customer_id: 'c1', timestamp: `2026-03-${day}T${hour}:00:00Z` });
		const events = [at('02'), at('02', '23'), at('04'), { ...at('04'), name: 'other' }];
		expect((await call(emu, 'POST', '/v1/events/ingest', { body: { events } })).json).toEqual({ inserted: 4, duplicates: 0 });
	});

	const quantities = (query: string) => call(emu, 'GET', `/v1/meters/${meterId}/quantities?${query}`);

	test('one bucket per interval from start to end, both included, empty ones with quantity 0', async () => {
		const res = await quantities('start_timestamp=2026-03-01T00:00:00Z&end_timestamp=2026-03-05T00:00:00Z&interval=day');
		expect(res.status).toBe(200);
		expect(res.json).toEqual({
			quantities: [
				{ timestamp: '2026-03-01T00:00:00.000Z', quantity: 0 },
				{ timestamp: '2026-03-02T00:00:00.000Z', quantity: 2 },
				{ timestamp: '2026-03-03T00:00:00.000Z', quantity: 0 },
				{ timestamp: '2026-03-04T00:00:00.000Z', quantity: 1 },
				{ timestamp: '2026-03-05T00:00:00.000Z', quantity: 0 },
			],
			total: 3,
		});
	});

	test('a bucket counts the events of its truncated interval (weeks start on Monday)', async () => {
		const res = await quantities('start_timestamp=2026-03-01T00:00:00Z&end_timestamp=2026-03-20T00:00:00Z&interval=week');
		// 2026-03-01 is a Sunday: its week began on Monday 2026-02-23 and holds none of the events.
		expect(res.json.quantities.map((q: { quantity: number }) => q.quantity)).toEqual([0, 3, 0]);
	});

	test('a period too long for the interval is refused (is_under_limits)', async () => {
		const res = await quantities('start_timestamp=2026-03-01T00:00:00Z&end_timestamp=2026-03-20T00:00:00Z&interval=hour');
		expect(res.status).toBe(422);
		expect(res.json.detail).toEqual([expect.objectContaining({ loc: ['query'], type: 'value_error' })]);
	});
});

describe('public views of embedded products', () => {
	let product: Record<string, unknown>;
	beforeAll(async () => {
		const shown = (await call(emu, 'POST', '/v1/benefits/', { body: { type: 'custom', description: 'Support', properties: { note: 'internal' } } })).json;
		const hidden = (await call(emu, 'POST', '/v1/benefits/', { body: { type: 'custom', description: 'Hidden', visibility: 'private', properties: {} } })).json;
		const created = await call(emu, 'POST', '/v1/products/', {
			body: { name: 'Pro', recurring_interval: 'month', metadata: { tier: 'gold' }, prices: [{ amount_type: 'fixed', price_amount: 1500, price_currency: 'usd' }] },
		});
		product = (await call(emu, 'POST', `/v1/products/${created.json.id}/benefits`, { body: { benefits: [shown.id, hidden.id] } })).json;
		expect((product.benefits as unknown[]).length).toBe(2);
	});

	test('server/polar/checkout/schemas.py (CheckoutProduct): no metadata, no custom fields, public benefits without properties', async () => {
		const checkout = (await call(emu, 'POST', '/v1/checkouts/', { body: { products: [product.id] } })).json;
		for (const embedded of [checkout.product, checkout.products[0]]) {
			expect(embedded.id).toBe(product.id);
			expect(embedded).not.toHaveProperty('metadata');
			expect(embedded).not.toHaveProperty('attached_custom_fields');
			// server/polar/benefit/strategies/base/schemas.py (BenefitPublicBase); hidden ones are left out
			expect(embedded.benefits).toEqual([expect.objectContaining({ description: 'Support' })]);
			expect(embedded.benefits[0]).not.toHaveProperty('properties');
			expect(embedded.benefits[0]).not.toHaveProperty('metadata');
		}
		// the product itself, as the organization API shows it, keeps everything
		expect((await call(emu, 'GET', `/v1/products/${product.id}`)).json.metadata).toEqual({ tier: 'gold' });
	});

	test('server/polar/checkout_link/schemas.py (CheckoutLinkProduct): metadata kept, the rest as a checkout shows it', async () => {
		const link = (await call(emu, 'POST', '/v1/checkout-links/', { body: { payment_processor: 'stripe', products: [product.id] } })).json;
		const [embedded] = link.products;
		expect(embedded.metadata).toEqual({ tier: 'gold' });
		expect(embedded).not.toHaveProperty('attached_custom_fields');
		expect(embedded.benefits.map((b: { description: string }) => b.description)).toEqual(['Support']);
		expect(embedded.benefits[0]).not.toHaveProperty('properties');
	});
});
