/**
 * Changes made through the API send Polar's webhooks, by default, through the emulator's delivery
 * machinery (signed, in order per endpoint, retried): server/polar/webhook/service.py (`send`: one
 * event per enabled endpoint subscribed to it) called by each area's service, as each test names.
 * The payload's `data` is the object as the API shows it: it has what Polar's SDK 1.0.1 requires of
 * that object's reply, and the SDK's own `validateEvent` verifies the delivery.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Emulator } from '../../../tools/emulator';
import { waitFor } from '../../../tools/e2e/wait';
import { startTestEmulator } from '../../harness/emulator';
import { sdkContract, type SdkContract } from '../../harness/sdkContract';
import { sdkWebhooks } from '../../harness/polarSdk';
import { call, emulatorClient, startWebhookReceiver, type WebhookReceiver } from '../emulator/http';

let emu: Emulator;
let receiver: WebhookReceiver;
let secret: string;
let contract: SdkContract;

const EVENTS = ['customer.created', 'customer.updated', 'customer.deleted', 'customer.state_changed', 'product.created', 'product.updated', 'benefit.created', 'checkout.created', 'discount.created'];
const PRODUCT = { name: 'Pro', recurring_interval: 'month', prices: [{ amount_type: 'fixed', price_amount: 1500, price_currency: 'usd' }] };

beforeAll(async () => {
	// Reading the SDK's types takes seconds of CPU: before any connection is open.
	contract = sdkContract('2026-10');
	emu = await startTestEmulator({ rateLimit: null, seed: 21, allowLoopbackWebhooks: true });
	receiver = await startWebhookReceiver(202);
	const endpoint = (await call(emu, 'POST', '/v1/webhooks/endpoints', { body: { url: receiver.url, format: 'raw', events: EVENTS } })).json;
	secret = endpoint.secret;
});
afterAll(async () => {
	await emu.close();
	await receiver.close();
	await emulatorClient.close();
});

const headersOf = (h: IncomingHttpHeaders) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, String(v)]));
/** The deliveries from `from` on, once `count` have arrived, verified with Polar's SDK. */
async function deliveries(from: number, count: number): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
	await waitFor(`${count} webhook deliveries`, () => receiver.received.length >= from + count, 10_000, 20);
	const sdk = sdkWebhooks('2026-10');
	return Promise.all(receiver.received.slice(from).map((r) => sdk.validateEvent(r.body, headersOf(r.headers), secret) as Promise<{ type: string; data: Record<string, unknown> }>));
}

/** The top-level fields Polar's SDK requires of the reply of `GET path` (one list per member of its type). */
function requiredOf(path: string): string[][] {
	const op = contract.operations.find((o) => o.method === 'GET' && o.path === path);
	return op?.replyRequired ?? [];
}
const lacking = (data: Record<string, unknown>, path: string) => {
	const members = requiredOf(path);
	expect(members.length).toBeGreaterThan(0);
	return members.map((fields) => fields.filter((f) => !(f in data))).sort((a, b) => a.length - b.length)[0];
};

test('server/polar/customer/repository.py and customer/service.py (webhook): a customer created, updated, deleted; each followed by customer.state_changed', async () => {
	const from = receiver.received.length;
	const created = (await call(emu, 'POST', '/v1/customers/', { body: { email: 'ada@example.com', name: 'Ada' } })).json;
	const [c1, s1] = await deliveries(from, 2);
	expect([c1.type, c1.data.id, s1.type, s1.data.id]).toEqual(['customer.created', created.id, 'customer.state_changed', created.id]);
	expect(lacking(c1.data, '/v1/customers/{id}')).toEqual([]);
	expect(lacking(s1.data, '/v1/customers/{id}/state')).toEqual([]);

	await call(emu, 'PATCH', `/v1/customers/${created.id}`, { body: { name: 'Ada L.' } });
	const [u, s2] = await deliveries(from + 2, 2);
	expect([u.type, u.data.name, s2.type]).toEqual(['customer.updated', 'Ada L.', 'customer.state_changed']);

	await call(emu, 'DELETE', `/v1/customers/${created.id}`);
	const [d] = await deliveries(from + 4, 2);
	expect([d.type, d.data.id, typeof d.data.deleted_at]).toEqual(['customer.deleted', created.id, 'string']);
});

test('server/polar/product/service.py: product.created, then product.updated', async () => {
	const from = receiver.received.length;
	const product = (await call(emu, 'POST', '/v1/products/', { body: PRODUCT })).json;
	await call(emu, 'PATCH', `/v1/products/${product.id}`, { body: { name: 'Pro plus' } });
	const [created, updated] = await deliveries(from, 2);
	expect([created.type, created.data.id, updated.type, updated.data.name]).toEqual(['product.created', product.id, 'product.updated', 'Pro plus']);
	expect(lacking(created.data, '/v1/products/{id}')).toEqual([]);
});

test('server/polar/benefit/service.py: benefit.created', async () => {
	const from = receiver.received.length;
	const benefit = (await call(emu, 'POST', '/v1/benefits/', { body: { type: 'custom', description: 'Support', properties: {} } })).json;
	const [event] = await deliveries(from, 1);
	expect([event.type, event.data.id]).toEqual(['benefit.created', benefit.id]);
	expect(lacking(event.data, '/v1/benefits/{id}')).toEqual([]);
});

test('server/polar/checkout/service.py: checkout.created (and product.created for its product before it)', async () => {
	const product = (await call(emu, 'POST', '/v1/products/', { body: PRODUCT })).json;
	await waitFor('product.created', () => receiver.received.some((r) => r.body.includes(product.id)), 10_000, 20);
	const from = receiver.received.length;
	const checkout = (await call(emu, 'POST', '/v1/checkouts/', { body: { products: [product.id] } })).json;
	const [event] = await deliveries(from, 1);
	expect([event.type, event.data.id]).toEqual(['checkout.created', checkout.id]);
	expect(lacking(event.data, '/v1/checkouts/{id}')).toEqual([]);
});

test('server/polar/discount/service.py: discount.created', async () => {
	const from = receiver.received.length;
	const discount = (await call(emu, 'POST', '/v1/discounts/', { body: { type: 'percentage', name: 'Spring', duration: 'once', basis_points: 1000 } })).json;
	const [event] = await deliveries(from, 1);
	expect([event.type, event.data.id]).toEqual(['discount.created', discount.id]);
});

test('server/polar/webhook/service.py (send): only subscribed events are sent, nothing for seeded data or refused requests, nothing to a disabled endpoint', async () => {
	const from = receiver.received.length;
	emu.seed('customers', 3);
	await call(emu, 'POST', '/v1/customers/', { body: { email: 'not-an-email' } });
	await call(emu, 'POST', '/v1/meters/', { body: { name: 'calls', filter: { conjunction: 'and', clauses: [] }, aggregation: { func: 'count' } } });
	const endpoint = emu.store.list('webhook_endpoints')[0];
	await call(emu, 'PATCH', `/v1/webhooks/endpoints/${endpoint.id}`, { body: { enabled: false } });
	await call(emu, 'POST', '/v1/products/', { body: PRODUCT });
	await call(emu, 'PATCH', `/v1/webhooks/endpoints/${endpoint.id}`, { body: { enabled: true } });
	await new Promise((r) => setTimeout(r, 300));
	expect(receiver.received.slice(from)).toEqual([]);
});

test('the control route still sends one exact event, for tests that need it', async () => {
	const from = receiver.received.length;
	const res = await call(emu, 'POST', '/__emulator/webhooks/deliver', { token: null, body: { event: 'product.updated', data: { id: 'exact' } } });
	expect(res.json).toEqual([expect.objectContaining({ status: 202 })]);
	const [event] = await deliveries(from, 1);
	expect([event.type, event.data.id]).toEqual(['product.updated', 'exact']);
});
