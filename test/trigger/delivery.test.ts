import { createHmac, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { FakePolarWebhooks } from '../harness/fakePolarWebhooks';
import type { DeliveryOutcome } from '../harness/trigger';
import { tokenCredentials, TRIGGER_TEST_TOKEN, TriggerHarness } from '../harness/trigger';

/** Signs per the Standard Webhooks spec with the secret's UTF-8 bytes, as Polar does. */
function sign(secret: string, id: string, timestamp: number, body: string): string {
	return `v1,${createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

function nowSeconds(): number {
	return Math.floor(Date.now() / 1000);
}

function eventBody(type: string, data: Record<string, unknown> = { id: 'ord_1', amount: 1999, currency: 'usd' }): string {
	return JSON.stringify({ type, timestamp: '2026-10-01T12:00:00.000000Z', data });
}

function signedHeaders(secret: string, body: string, options: { id?: string; timestamp?: number } = {}): Record<string, string> {
	const id = options.id ?? `msg_${randomUUID()}`;
	const timestamp = options.timestamp ?? nowSeconds();
	return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': sign(secret, id, timestamp, body) };
}

function started(outcome: DeliveryOutcome): boolean {
	return outcome.result?.workflowData !== undefined;
}

describe('Polar Trigger deliveries through n8n-core WebhookContext', () => {
	let fake: FakePolarWebhooks;
	let h: TriggerHarness;
	let secret: string;

	beforeEach(async () => {
		fake = await new FakePolarWebhooks().start();
		// A workflow id of its own per test: the replay memory is per workflow and node.
		h = new TriggerHarness({ parameters: { events: ['order.paid', 'subscription.active'] }, credentials: tokenCredentials(fake.baseUrl), workflowId: `wf-${randomUUID()}` });
		await h.activate();
		secret = h.staticData.secret as string;
		expect(secret).toMatch(/^polar_whs_/);
		await h.listen();
	});

	afterEach(async () => {
		await h.close();
		await fake.close();
		// Nothing a delivery produced may carry the token or a signing secret.
		const everything = JSON.stringify(h.outcomes.map((o) => ({ ...o, error: o.error && { message: o.error.message, stack: o.error.stack } })));
		expect(everything).not.toContain(TRIGGER_TEST_TOKEN);
		if (secret) expect(everything).not.toContain(secret);
		for (const outcome of h.outcomes) expect(outcome.error).toBeUndefined();
	});

	test('a valid delivery answers 2xx at once and emits one item with type, timestamp, data and the webhook id', async () => {
		const body = eventBody('order.paid');
		const headers = signedHeaders(secret, body, { id: 'msg_valid_1' });
		const outcome = await h.deliver(body, headers);

		expect(outcome.status).toBe(200);
		expect(JSON.parse(outcome.body)).toEqual({ received: true });
		expect(outcome.result?.workflowData).toEqual([
			[{ json: { webhookId: 'msg_valid_1', type: 'order.paid', timestamp: '2026-10-01T12:00:00.000000Z', data: { id: 'ord_1', amount: 1999, currency: 'usd' } } }],
		]);
	});

	test('a replayed delivery is acknowledged with 2xx and does not start the workflow again', async () => {
		const body = eventBody('order.paid');
		const headers = signedHeaders(secret, body);
		const first = await h.deliver(body, headers);
		const again = await h.deliver(body, headers);
		const third = await h.deliver(body, headers);

		expect(first.status).toBe(200);
		expect(started(first)).toBe(true);
		for (const replay of [again, third]) {
			expect(replay.status).toBe(200);
			expect(started(replay)).toBe(false);
			expect(JSON.parse(replay.body)).toEqual({ received: true, duplicate: true });
		}
	});

	test('a retry re-signed with a new timestamp is still recognised by its id', async () => {
		const body = eventBody('order.paid');
		const first = await h.deliver(body, signedHeaders(secret, body, { id: 'msg_retry', timestamp: nowSeconds() - 60 }));
		const retry = await h.deliver(body, signedHeaders(secret, body, { id: 'msg_retry' }));
		expect(started(first)).toBe(true);
		expect(retry.status).toBe(200);
		expect(started(retry)).toBe(false);
	});

	test('a tampered delivery gets 403, starts nothing, and does not use up its id', async () => {
		const body = eventBody('order.paid');
		const headers = signedHeaders(secret, body, { id: 'msg_tampered' });
		const tampered = await h.deliver(body.replace('1999', '1'), headers);

		expect(tampered.status).toBe(403);
		expect(tampered.result).toEqual({ noWebhookResponse: true });
		expect(JSON.parse(tampered.body)).toEqual({ error: 'Webhook signature verification failed' });

		const genuine = await h.deliver(body, headers);
		expect(genuine.status).toBe(200);
		expect(started(genuine)).toBe(true);
	});

	test('stale and future-dated deliveries get 403', async () => {
		const body = eventBody('order.paid');
		const stale = await h.deliver(body, signedHeaders(secret, body, { timestamp: nowSeconds() - 6 * 60 }));
		const future = await h.deliver(body, signedHeaders(secret, body, { timestamp: nowSeconds() + 6 * 60 }));
		for (const outcome of [stale, future]) {
			expect(outcome.status).toBe(403);
			expect(started(outcome)).toBe(false);
		}
	});

	test('a signature header where only the second entry matches is accepted', async () => {
		const body = eventBody('subscription.active', { id: 'sub_1' });
		const headers = signedHeaders(secret, body, { id: 'msg_multi' });
		headers['webhook-signature'] = `${sign('polar_whs_previous_secret', 'msg_multi', Number(headers['webhook-timestamp']), body)} ${headers['webhook-signature']}`;
		const outcome = await h.deliver(body, headers);
		expect(outcome.status).toBe(200);
		expect(outcome.result?.workflowData?.[0][0].json).toMatchObject({ webhookId: 'msg_multi', type: 'subscription.active' });
	});

	test('a delivery signed with another secret, or without signature headers, gets 403', async () => {
		const body = eventBody('order.paid');
		const wrongSecret = await h.deliver(body, signedHeaders('polar_whs_not_the_secret', body));
		const unsigned = await h.deliver(body, {});
		const noSignature = await h.deliver(body, { 'webhook-id': 'msg_x', 'webhook-timestamp': String(nowSeconds()) });
		for (const outcome of [wrongSecret, unsigned, noSignature]) {
			expect(outcome.status).toBe(403);
			expect(outcome.result).toEqual({ noWebhookResponse: true });
		}
	});

	test('a delivery signed by the standardwebhooks reference, as Polar\'s SDKs set it up, is accepted', async () => {
		const reference = new Webhook(Buffer.from(secret, 'utf8').toString('base64'));
		const body = eventBody('order.paid', { id: 'ord_ref', customer: { name: 'Zoë ✓' } });
		const now = new Date();
		const headers = { 'webhook-id': 'msg_reference', 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': reference.sign('msg_reference', now, body) };
		const outcome = await h.deliver(body, headers);
		expect(outcome.status).toBe(200);
		expect(outcome.result?.workflowData?.[0][0].json).toMatchObject({ webhookId: 'msg_reference', data: { id: 'ord_ref', customer: { name: 'Zoë ✓' } } });
	});

	test('verification uses the bytes as received, not re-serialised JSON', async () => {
		// Spacing and key order that JSON.stringify would not reproduce.
		const body = '{ "data" : {"amount":1999, "id":"ord_2"},\n "type":"order.paid", "timestamp":"2026-10-01T12:00:00Z" }';
		const outcome = await h.deliver(body, signedHeaders(secret, body, { id: 'msg_spacing' }));
		expect(outcome.status).toBe(200);
		expect(outcome.result?.workflowData?.[0][0].json).toEqual({ webhookId: 'msg_spacing', type: 'order.paid', timestamp: '2026-10-01T12:00:00Z', data: { amount: 1999, id: 'ord_2' } });
	});

	test('a body n8n has not read yet is read through readRawBody()', async () => {
		h.lazyRawBody = true;
		const body = eventBody('order.paid');
		const outcome = await h.deliver(body, signedHeaders(secret, body, { id: 'msg_lazy' }));
		expect(outcome.status).toBe(200);
		expect(outcome.result?.workflowData?.[0][0].json).toMatchObject({ webhookId: 'msg_lazy' });
	});

	test('an event that was not selected is acknowledged without starting the workflow', async () => {
		const body = eventBody('customer.created', { id: 'cus_1' });
		const outcome = await h.deliver(body, signedHeaders(secret, body));
		expect(outcome.status).toBe(200);
		expect(started(outcome)).toBe(false);
		expect(JSON.parse(outcome.body)).toEqual({ received: true });
	});

	test('a signed body that is not a raw-format event gets 400 and starts nothing', async () => {
		for (const body of ['{"content":"discord format"}', 'not json']) {
			const outcome = await h.deliver(body, signedHeaders(secret, body));
			expect(outcome.status).toBe(400);
			expect(outcome.result).toEqual({ noWebhookResponse: true });
		}
	});

	test('with Include Headers the output has the request headers, minus credentials and cookies', async () => {
		const withHeaders = new TriggerHarness({
			parameters: { events: ['order.paid'], options: { includeHeaders: true } },
			credentials: tokenCredentials(fake.baseUrl),
			workflowId: `wf-${randomUUID()}`,
		});
		await withHeaders.activate();
		await withHeaders.listen();
		try {
			const ownSecret = withHeaders.staticData.secret as string;
			const body = eventBody('order.paid');
			const headers = {
				...signedHeaders(ownSecret, body, { id: 'msg_headers' }),
				authorization: `Bearer ${TRIGGER_TEST_TOKEN}`,
				cookie: 'n8n-auth=abc',
				'x-forwarded-for': '203.0.113.7',
				'user-agent': 'polar-webhooks/1.0',
			};
			const outcome = await withHeaders.deliver(body, headers);
			const item = outcome.result?.workflowData?.[0][0].json as { headers: Record<string, string> };
			expect(item.headers).toMatchObject({ 'webhook-id': 'msg_headers', 'x-forwarded-for': '203.0.113.7', 'user-agent': 'polar-webhooks/1.0' });
			expect(item.headers).not.toHaveProperty('authorization');
			expect(item.headers).not.toHaveProperty('cookie');
			const serialized = JSON.stringify(outcome.result);
			expect(serialized).not.toContain(TRIGGER_TEST_TOKEN);
			expect(serialized).not.toContain(ownSecret);
		} finally {
			await withHeaders.close();
		}
	});

	test('without a stored secret (never activated) every delivery is refused', async () => {
		const inactive = new TriggerHarness({ parameters: { events: ['order.paid'] }, credentials: tokenCredentials(fake.baseUrl), workflowId: `wf-${randomUUID()}` });
		await inactive.listen();
		try {
			const body = eventBody('order.paid');
			const outcome = await inactive.deliver(body, signedHeaders(secret, body));
			expect(outcome.status).toBe(403);
			expect(started(outcome)).toBe(false);
		} finally {
			await inactive.close();
		}
	});

	test('the test URL listener verifies with its own endpoint\'s secret', async () => {
		await h.activate({ test: true });
		const testSecret = h.testStaticData?.secret as string;
		expect(testSecret).toBeTruthy();
		expect(testSecret).not.toBe(secret);
		await h.listen({ test: true });

		const body = eventBody('order.paid');
		const good = await h.deliver(body, signedHeaders(testSecret, body));
		const productionSigned = await h.deliver(body, signedHeaders(secret, body));
		expect(good.status).toBe(200);
		expect(started(good)).toBe(true);
		expect(productionSigned.status).toBe(403);
		expect(JSON.stringify(h.outcomes)).not.toContain(testSecret);
	});
});

describe('Polar Trigger deliveries with an existing (manual) endpoint', () => {
	const pasted = 'polar_whs_PASTEDfromDASHBOARD0123456789';
	let h: TriggerHarness;

	beforeEach(async () => {
		h = new TriggerHarness({
			parameters: { registration: 'manual', webhookSecret: pasted, events: ['order.refunded'] },
			credentials: {},
			workflowId: `wf-${randomUUID()}`,
		});
		await h.activate();
		await h.listen();
	});

	afterEach(async () => {
		await h.close();
		expect(JSON.stringify(h.outcomes)).not.toContain(pasted);
	});

	test('verifies against the pasted secret and emits the event', async () => {
		const body = eventBody('order.refunded', { id: 'ord_9' });
		const outcome = await h.deliver(body, signedHeaders(pasted, body, { id: 'msg_manual' }));
		expect(outcome.status).toBe(200);
		expect(outcome.result?.workflowData?.[0][0].json).toMatchObject({ webhookId: 'msg_manual', type: 'order.refunded', data: { id: 'ord_9' } });
		const replay = await h.deliver(body, signedHeaders(pasted, body, { id: 'msg_manual' }));
		expect(replay.status).toBe(200);
		expect(started(replay)).toBe(false);
	});

	test('refuses deliveries signed with another secret', async () => {
		const body = eventBody('order.refunded');
		const outcome = await h.deliver(body, signedHeaders('polar_whs_other', body));
		expect(outcome.status).toBe(403);
		expect(started(outcome)).toBe(false);
	});
});
