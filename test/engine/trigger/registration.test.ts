import { PolarClient } from '../../../nodes/Polar/transport/client';
import { type FakePolarWebhooks, fakePolarWebhooksPerTest } from '../../harness/fakePolarWebhooks';
import { polarWebhookSecret } from '../../harness/polarSigner';
import { exposed, rejection, tokenCredentials, TRIGGER_TEST_TOKEN, TriggerHarness } from '../../harness/trigger';

/**
 * What the trigger registers on Polar besides URL and events, through n8n-core's HookContext:
 * the credential's API version as the endpoint's payload version, and only a URL Polar accepts.
 */

const EVENTS = ['subscription.active', 'order.paid'];

const perTest = fakePolarWebhooksPerTest(EVENTS);
const harness = perTest.harness;
let fake: FakePolarWebhooks;
beforeEach(() => ({ fake } = perTest.current()));

describe('the endpoint\'s API version is the credential\'s', () => {
	test('the endpoint gets the API version the credential asks for', async () => {
		const h = harness({}, tokenCredentials(fake.baseUrl, { apiVersion: '2027-01' }));
		await h.activate();
		const post = fake.calls.find((c) => c.method === 'POST')!;
		expect(post.polarVersion).toBe('2027-01');
		expect(post.body).toMatchObject({ api_version: '2027-01' });
		expect(h.staticData.apiVersion).toBe('2027-01');
	});

	test('an endpoint whose API version was changed on Polar is set back in place, not recreated', async () => {
		const h = harness();
		await h.activate();
		const id = h.staticData.endpointId as string;
		fake.endpoints.get(id)!.api_version = '2026-04';
		fake.calls.length = 0;

		expect(await h.activate()).toEqual({ created: false });
		expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`GET /v1/webhooks/endpoints/${id}`, `PATCH /v1/webhooks/endpoints/${id}`, 'GET /v1/webhooks/deliveries']);
		expect(fake.calls[1].body).toEqual({ api_version: '2026-10' });
		expect(fake.endpoints.get(id)!.api_version).toBe('2026-10');
		expect(h.staticData).toMatchObject({ endpointId: id, apiVersion: '2026-10' });
	});

	test('a credential now asking for another API version updates the endpoint in place', async () => {
		const before = harness();
		await before.activate();
		const id = before.staticData.endpointId as string;
		// The same workflow, its static data kept, with the credential switched to 2027-01.
		const after = harness({}, tokenCredentials(fake.baseUrl, { apiVersion: '2027-01' }));
		Object.assign(after.staticData, before.staticData);
		fake.calls.length = 0;

		expect(await after.activate()).toEqual({ created: false });
		expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'PATCH', 'GET']);
		expect(fake.calls[1].body).toEqual({ api_version: '2027-01' });
		expect(after.staticData).toMatchObject({ endpointId: id, apiVersion: '2027-01' });
		expect(fake.endpoints.size).toBe(1);
	});

	test('a disabled endpoint on another API version is fixed with one PATCH', async () => {
		const h = harness();
		await h.activate();
		const id = h.staticData.endpointId as string;
		Object.assign(fake.endpoints.get(id)!, { enabled: false, api_version: '2026-04' });
		fake.calls.length = 0;

		expect(await h.activate()).toEqual({ created: false });
		expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'PATCH', 'GET']);
		expect(fake.calls[1].body).toEqual({ enabled: true, api_version: '2026-10' });
	});
});

describe('a webhook URL Polar would refuse', () => {
	let sent: jest.SpyInstance;

	beforeEach(() => {
		sent = jest.spyOn(PolarClient.prototype, 'send');
	});

	afterEach(() => {
		sent.mockRestore();
	});

	test.each([
		['production', 'http://127.0.0.1:5678', 'it does not use https'],
		['sandbox', 'http://n8n.example.com', 'it does not use https'],
		['production', 'https://localhost:5678', 'it points at localhost or a private network address'],
		['production', 'https://192.168.1.20', 'it points at localhost or a private network address'],
	])('is refused before calling Polar (%s, %s), saying why and what to do', async (environment, publicBaseUrl, why) => {
		const h = new TriggerHarness({ parameters: { events: EVENTS }, credentials: tokenCredentials(fake.baseUrl, { environment }), publicBaseUrl });
		for (const test of [false, true]) {
			const error = await rejection(h.activate({ test }));
			expect(error.message).toBe(`Polar cannot send webhooks to this workflow's URL ${h.webhookUrl(test)}: ${why}`);
			expect(error.description).toContain('public https');
			expect(error.description).toContain('WEBHOOK_URL');
			expect(error.description).toContain('tunnel');
			expect(exposed(error)).not.toContain(TRIGGER_TEST_TOKEN);
		}
		expect(sent).not.toHaveBeenCalled();
		expect(fake.calls).toHaveLength(0);
		expect(h.staticData).toEqual({});
	});

	test('a public https URL passes in production, and is registered with the credential\'s API version', async () => {
		const h = new TriggerHarness({ parameters: { events: EVENTS }, credentials: tokenCredentials(fake.baseUrl, { environment: 'production' }), publicBaseUrl: 'https://n8n.example.com' });
		// Production Polar is not reachable from a test: its reply is stood in for at the transport.
		const secret = polarWebhookSecret(true);
		const reply = { id: 'ep_1', url: h.webhookUrl(), secret, enabled: true, events: [...EVENTS].sort(), api_version: '2026-10', uses_standard_webhook_signature: true };
		// The list (no endpoint for this URL yet), then the create.
		sent.mockResolvedValueOnce({ statusCode: 200, headers: {}, body: { items: [], pagination: { total_count: 0, max_page: 1 } } });
		sent.mockResolvedValueOnce({ statusCode: 201, headers: {}, body: reply });

		expect(await h.activate()).toEqual({ created: true });
		expect(sent).toHaveBeenCalledTimes(2);
		expect(sent.mock.calls[1][0]).toMatchObject({ method: 'POST', path: '/v1/webhooks/endpoints', body: { url: h.webhookUrl(), api_version: '2026-10' } });
		expect(h.webhookUrl()).toMatch(/^https:\/\/n8n\.example\.com\/webhook\//);
		expect(h.unsealedStaticData).toMatchObject({ endpointId: 'ep_1', secret, usesStandardSignature: true });
		expect(fake.calls).toHaveLength(0);
	});

	test('is left to a custom base URL (a proxy or the local emulator) to judge', async () => {
		const h = harness();
		expect(h.webhookUrl()).toMatch(/^http:\/\/127\.0\.0\.1/);
		expect(await h.activate()).toEqual({ created: true });
		expect(sent.mock.calls.map(([req]) => `${req.method} ${req.path}`)).toEqual(['GET /v1/webhooks/endpoints', 'POST /v1/webhooks/endpoints']);
	});
});
