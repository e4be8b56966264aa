/**
 * The emulator's defaults are Polar's behaviour (polar-quirks.md; Polar's server source, its SDK):
 * rate limits without X-RateLimit-* headers, Idempotency-Key ignored, Standard Webhooks secrets,
 * webhook URLs refused unless public https, Polar-Version chosen per request. Each friendlier
 * behaviour is a switch, checked here to be off by default and to do what it says when on.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { Webhook } from 'standardwebhooks';
import type { Emulator, EmulatorOptions } from '../../../tools/emulator';
import { emulatorsPerTest } from '../../harness/emulator';
import { sdkWebhooks } from '../../harness/polarSdk';
import { call, emulatorClient, startWebhookReceiver, type WebhookReceiver } from './http';

const PRODUCT = { name: 'Pro plan', recurring_interval: 'month', prices: [{ amount_type: 'fixed', price_amount: 1500, price_currency: 'usd' }] };
const emulators = emulatorsPerTest();
const emulator = (options: EmulatorOptions = {}) => emulators.start(options);

afterEach(() => emulators.closeAll());
afterAll(async () => {
	await emulatorClient.close();
});

async function burst(e: Emulator, count: number, path = '/v1/products/', token?: string) {
	const out = [];
	for (let i = 0; i < count; i++) out.push(await call(e, 'GET', path, token ? { token } : {}));
	return out;
}

describe('rate limits: fixed windows per token, 429 with an empty body and Retry-After', () => {
	test('production (the default) allows 500 a minute and sends no X-RateLimit-* headers', async () => {
		const e = await emulator({ tokens: ['polar_oat_other'] });
		const replies = await burst(e, 501);
		expect(replies.slice(0, 500).every((r) => r.status === 200)).toBe(true);
		expect(replies.some((r) => Object.keys(r.headers).some((h) => h.startsWith('x-ratelimit')))).toBe(false);
		const over = replies[500];
		expect(over.status).toBe(429);
		expect(over.text).toBe('');
		expect(Number(over.headers['retry-after'])).toBeGreaterThanOrEqual(1);
		expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(60);
		// Another token has a budget of its own.
		expect((await call(e, 'GET', '/v1/products/', { token: 'polar_oat_other' })).status).toBe(200);
		expect(e.stats().rateLimited).toBe(1);
	});

	test('sandbox allows 100 a minute', async () => {
		const e = await emulator({ rateLimit: 'sandbox' });
		const statuses = (await burst(e, 101)).map((r) => r.status);
		expect(statuses.filter((s) => s === 200)).toHaveLength(100);
		expect(statuses[100]).toBe(429);
	});

	test('a custom window opens anew once it ends; the headers switch adds X-RateLimit-*', async () => {
		const e = await emulator({ rateLimit: { limit: 2, windowMs: 400 }, rateLimitHeaders: true });
		const [a, b, c] = await burst(e, 3);
		expect([a.status, b.status, c.status]).toEqual([200, 200, 429]);
		expect([a.headers['x-ratelimit-limit'], a.headers['x-ratelimit-remaining'], b.headers['x-ratelimit-remaining']]).toEqual(['2', '1', '0']);
		expect(Number(a.headers['x-ratelimit-reset'])).toBe(1);
		await new Promise((r) => setTimeout(r, 450));
		expect((await call(e, 'GET', '/v1/products/')).status).toBe(200);
	});

	test('customer-portal license-key checks have their own zone: 3 a second, then blocked for 60 s', async () => {
		const e = await emulator();
		const body = { key: 'NOT-A-KEY', organization_id: '00000000-0000-4000-8000-000000000000' };
		const validate = () => call(e, 'POST', '/v1/customer-portal/license-keys/validate', { token: null, body });
		const first = [await validate(), await validate(), await validate()];
		expect(first.every((r) => r.status !== 429)).toBe(true);
		const blocked = await validate();
		expect(blocked.status).toBe(429);
		expect(blocked.headers['retry-after']).toBe('60');
		await new Promise((r) => setTimeout(r, 1_100));
		expect((await validate()).status).toBe(429);
		// The API-wide budget is not the zone's.
		expect((await call(e, 'GET', '/v1/products/')).status).toBe(200);
	});

	test('null turns the limiter off', async () => {
		const e = await emulator({ rateLimit: null });
		expect((await burst(e, 520)).every((r) => r.status === 200)).toBe(true);
	});
});

describe('Idempotency-Key', () => {
	test('is ignored, as Polar does: a repeated create creates twice', async () => {
		const e = await emulator();
		const headers = { 'idempotency-key': 'same-key' };
		const a = await call(e, 'POST', '/v1/products/', { body: PRODUCT, headers });
		const b = await call(e, 'POST', '/v1/products/', { body: PRODUCT, headers });
		expect([a.status, b.status]).toEqual([201, 201]);
		expect(a.json.id).not.toBe(b.json.id);
		expect(e.store.count('products')).toBe(2);
		expect(b.headers['idempotent-replayed']).toBeUndefined();
	});

	test('with honourIdempotencyKey, a retry whose first reply was lost replays it; another body with the key is refused', async () => {
		const e = await emulator({ honourIdempotencyKey: true, faults: { rate: 1, kinds: ['reset'], phase: 'after', seed: 9 } });
		const headers = { 'idempotency-key': 'create-pro-plan-1' };
		await expect(call(e, 'POST', '/v1/products/', { body: PRODUCT, headers })).rejects.toThrow();
		expect(e.store.count('products')).toBe(1);
		e.configure({ faults: null });
		const retry = await call(e, 'POST', '/v1/products/', { body: PRODUCT, headers });
		expect(retry.status).toBe(201);
		expect(retry.headers['idempotent-replayed']).toBe('true');
		expect(retry.json.id).toBe(e.store.list('products')[0].id);
		const other = await call(e, 'POST', '/v1/products/', { body: { ...PRODUCT, name: 'Other' }, headers });
		expect(other.status).toBe(422);
		expect(e.store.count('products')).toBe(1);
	});
});

describe('faults after processing: the write is applied, the reply is lost or replaced', () => {
	test.each(['502', '504', 'reset'] as const)('%s', async (kind) => {
		const e = await emulator({ faults: { rate: 1, kinds: [kind], phase: 'after', seed: 4 } });
		const sent = call(e, 'POST', '/v1/products/', { body: PRODUCT });
		if (kind === 'reset') await expect(sent).rejects.toThrow();
		else expect((await sent).status).toBe(Number(kind));
		expect(e.store.count('products')).toBe(1);
	});
});

describe('Polar-Version', () => {
	test('without the header a request gets the current version; a live one is echoed; an unknown one is 404 without the header', async () => {
		const e = await emulator();
		expect((await call(e, 'GET', '/v1/products/')).headers['polar-version']).toBe('2026-10');
		expect((await call(e, 'GET', '/v1/products/', { headers: { 'polar-version': '2027-01' } })).headers['polar-version']).toBe('2027-01');
		const retired = await call(e, 'GET', '/v1/products/', { headers: { 'polar-version': '2025-07' } });
		expect(retired.status).toBe(404);
		expect(retired.json).toEqual({ detail: 'Not Found' });
		expect(retired.headers['polar-version']).toBeUndefined();
		// A 404 from a route, by contrast, says which version answered.
		const missing = await call(e, 'GET', '/v1/products/00000000-0000-4000-8000-000000000000');
		expect(missing.status).toBe(404);
		expect(missing.headers['polar-version']).toBe('2026-10');
	});
});

describe('webhook endpoints', () => {
	const endpointBody = (url: string, extra: object = {}) => ({ body: { url, format: 'raw', events: ['order.paid'], ...extra } });

	test.each([
		['http://example.com/hook', 'url_scheme'],
		['https://localhost/hook', 'value_error'],
		['https://127.0.0.1:5678/webhook', 'value_error'],
		['https://10.1.2.3/hook', 'value_error'],
		['https://192.168.1.20/hook', 'value_error'],
		['https://[::1]/hook', 'value_error'],
	])('refuses %s with 422 (%s), as Polar does', async (url, type) => {
		const e = await emulator();
		const res = await call(e, 'POST', '/v1/webhooks/endpoints', endpointBody(url));
		expect(res.status).toBe(422);
		expect(res.json.detail).toEqual([expect.objectContaining({ loc: ['body', 'url'], type })]);
		expect(e.store.count('webhook_endpoints')).toBe(0);
	});

	test('accepts a public https URL, refuses a private one on update, and allowLoopbackWebhooks lifts the rule', async () => {
		const e = await emulator();
		const created = await call(e, 'POST', '/v1/webhooks/endpoints', endpointBody('https://n8n.example.com/webhook/abc/webhook'));
		expect(created.status).toBe(201);
		const moved = await call(e, 'PATCH', `/v1/webhooks/endpoints/${created.json.id}`, { body: { url: 'http://127.0.0.1:5678/webhook' } });
		expect(moved.status).toBe(422);
		const friendly = await emulator({ allowLoopbackWebhooks: true });
		expect((await call(friendly, 'POST', '/v1/webhooks/endpoints', endpointBody('http://127.0.0.1:5678/webhook'))).status).toBe(201);
	});

	test('new secrets are Standard Webhooks (whsec_ + base64 of 32 bytes); legacyWebhookSecrets makes the old kind', async () => {
		const e = await emulator();
		const res = await call(e, 'POST', '/v1/webhooks/endpoints', endpointBody('https://hooks.example.com/polar'));
		expect(res.json).toMatchObject({ uses_standard_webhook_signature: true, api_version: '2026-10', enabled: true, format: 'raw' });
		expect(res.json.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
		expect(Buffer.from(res.json.secret.slice(6), 'base64')).toHaveLength(32);

		const legacy = await emulator({ legacyWebhookSecrets: true });
		const old = await call(legacy, 'POST', '/v1/webhooks/endpoints', endpointBody('https://hooks.example.com/polar'));
		expect(old.json.uses_standard_webhook_signature).toBe(false);
		expect(old.json.secret).toMatch(/^whsec_[A-Za-z0-9]{43}$/);
		// A secret generated now (reset) is a standard one.
		const reset = await call(legacy, 'PATCH', `/v1/webhooks/endpoints/${old.json.id}/secret`);
		expect(reset.json.uses_standard_webhook_signature).toBe(true);
		expect(reset.json.secret).not.toBe(old.json.secret);
	});

	test('api_version is kept as asked and refused when Polar does not serve it', async () => {
		const e = await emulator();
		const next = await call(e, 'POST', '/v1/webhooks/endpoints', endpointBody('https://hooks.example.com/polar', { api_version: '2027-01' }));
		expect(next.json.api_version).toBe('2027-01');
		const unknown = await call(e, 'POST', '/v1/webhooks/endpoints', endpointBody('https://hooks.example.com/polar', { api_version: '2024-01' }));
		expect(unknown.status).toBe(422);
		expect(unknown.json.detail[0].loc).toEqual(['body', 'api_version']);
	});
});

describe('webhook deliveries are signed as Polar signs them, in both schemes', () => {
	let receiver: WebhookReceiver;
	let receiverUrl: string;
	let received: WebhookReceiver['received'];

	beforeEach(async () => {
		receiver = await startWebhookReceiver(200);
		({ url: receiverUrl, received } = receiver);
	});
	afterEach(() => receiver.close());

	const headersOf = (d: { headers: IncomingHttpHeaders }) => ({
		'webhook-id': String(d.headers['webhook-id']),
		'webhook-timestamp': String(d.headers['webhook-timestamp']),
		'webhook-signature': String(d.headers['webhook-signature']),
	});

	test.each([
		['standard', false, (secret: string) => new Webhook(secret)],
		['legacy', true, (secret: string) => new Webhook(Buffer.from(secret, 'utf8').toString('base64'))],
	])('%s: standardwebhooks with that key and the SDK validateEvent accept it; a tampered one neither', async (_scheme, legacy, library) => {
		const e = await emulator({ allowLoopbackWebhooks: true, legacyWebhookSecrets: legacy });
		const endpoint = (await call(e, 'POST', '/v1/webhooks/endpoints', { body: { url: receiverUrl, format: 'raw', events: ['order.paid'], api_version: '2027-01' } })).json;
		await e.deliverWebhook('order.paid', { id: 'order-1' });
		await e.deliverWebhook('order.paid', { id: 'order-2' }, { tamper: true });
		expect(received).toHaveLength(2);
		const [good, tampered] = received;
		expect(good.headers['webhook-api-version']).toBe('2027-01');
		expect(good.headers['user-agent']).toBe('polar.sh webhooks');

		expect((library(endpoint.secret).verify(good.body, headersOf(good)) as { data: { id: string } }).data.id).toBe('order-1');
		const sdk = sdkWebhooks('2026-10');
		await expect(sdk.validateEvent(good.body, headersOf(good), endpoint.secret)).resolves.toMatchObject({ type: 'order.paid', data: { id: 'order-1' } });

		expect(() => library(endpoint.secret).verify(tampered.body, headersOf(tampered))).toThrow();
		await expect(sdk.validateEvent(tampered.body, headersOf(tampered), endpoint.secret)).rejects.toBeInstanceOf(sdk.PolarWebhookVerificationError);
	});
});
