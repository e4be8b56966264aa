import { randomUUID } from 'node:crypto';
import { FakePolarWebhooks } from '../../harness/fakePolarWebhooks';
import type { PolarSigningScheme } from '../../harness/polarSigner';
import { nowSeconds, polarSignature, polarSignedHeaders, polarWebhookSecret } from '../../harness/polarSigner';
import type { DeliveryOutcome } from '../../harness/trigger';
import { recordLogs, tokenCredentials, TRIGGER_TEST_TOKEN, TriggerHarness } from '../../harness/trigger';

function eventBody(type: string, data: Record<string, unknown> = { id: 'ord_1', amount: 1999, currency: 'usd' }): string {
	return JSON.stringify({ type, timestamp: '2026-10-01T12:00:00.000000Z', data });
}

/** A delivery's headers as Polar sends them: signed as the endpoint's scheme says, with the payload version. */
function signedHeaders(secret: string, body: string, options: { id?: string; timestamp?: number; scheme?: PolarSigningScheme } = {}): Record<string, string> {
	return { ...polarSignedHeaders(secret, options.scheme ?? 'standard', body, options), 'webhook-api-version': '2026-10' };
}

/** Fails the test when anything a delivery produced or logged carries the token or a secret. */
function expectNothingSecret(outcomes: DeliveryOutcome[], logLines: string[], secrets: string[]): void {
	const everything = JSON.stringify({ outcomes: outcomes.map((o) => ({ ...o, error: o.error && { message: o.error.message, stack: o.error.stack } })), logLines });
	expect(everything).not.toContain(TRIGGER_TEST_TOKEN);
	for (const secret of secrets) expect(everything).not.toContain(secret);
}

function started(outcome: DeliveryOutcome): boolean {
	return outcome.result?.workflowData !== undefined;
}

describe('Polar Trigger deliveries through n8n-core WebhookContext', () => {
	let fake: FakePolarWebhooks;
	let h: TriggerHarness;
	let secret: string;
	let logs: ReturnType<typeof recordLogs>;

	beforeEach(async () => {
		logs = recordLogs();
		fake = await new FakePolarWebhooks().start();
		// A workflow id of its own per test: the replay memory is per workflow and node.
		h = new TriggerHarness({ parameters: { events: ['order.paid', 'subscription.active'] }, credentials: tokenCredentials(fake.baseUrl), workflowId: `wf-${randomUUID()}` });
		await h.activate();
		secret = h.unsealedStaticData.secret as string;
		expect(h.staticData.usesStandardSignature).toBe(true);
		await h.listen();
	});

	afterEach(async () => {
		await h.close();
		await fake.close();
		logs.restore();
		// Nothing a delivery produced or logged may carry the token or a signing secret.
		expectNothingSecret(h.outcomes, logs.lines, [...fake.endpoints.values()].map((e) => e.secret));
		for (const outcome of h.outcomes) expect(outcome.error).toBeUndefined();
	});

	test('a valid delivery answers 2xx at once and emits one item with type, timestamp, API version, data and the webhook id', async () => {
		const body = eventBody('order.paid');
		const headers = signedHeaders(secret, body, { id: 'msg_valid_1' });
		const outcome = await h.deliver(body, headers);

		expect(outcome.status).toBe(200);
		expect(JSON.parse(outcome.body)).toEqual({ received: true });
		expect(outcome.result?.workflowData).toEqual([
			[{ json: { webhookId: 'msg_valid_1', type: 'order.paid', timestamp: '2026-10-01T12:00:00.000000Z', apiVersion: '2026-10', data: { id: 'ord_1', amount: 1999, currency: 'usd' } } }],
		]);
	});

	test('apiVersion is the webhook-api-version header as sent, and null without a usable one', async () => {
		const body = eventBody('order.paid');
		const next = await h.deliver(body, { ...signedHeaders(secret, body), 'webhook-api-version': '2027-01' });
		const { 'webhook-api-version': _omitted, ...withoutVersion } = signedHeaders(secret, body);
		const absent = await h.deliver(body, withoutVersion);
		const odd = await h.deliver(body, { ...signedHeaders(secret, body), 'webhook-api-version': 'latest<script>' });
		expect([next, absent, odd].map((o) => o.result?.workflowData?.[0][0].json.apiVersion)).toEqual(['2027-01', null, null]);
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
		headers['webhook-signature'] = `${polarSignature(polarWebhookSecret(true), 'standard', 'msg_multi', Number(headers['webhook-timestamp']), body)} ${headers['webhook-signature']}`;
		const outcome = await h.deliver(body, headers);
		expect(outcome.status).toBe(200);
		expect(outcome.result?.workflowData?.[0][0].json).toMatchObject({ webhookId: 'msg_multi', type: 'subscription.active' });
	});

	test('a delivery signed with another secret, or without signature headers, gets 403', async () => {
		const body = eventBody('order.paid');
		const wrongSecret = await h.deliver(body, signedHeaders(polarWebhookSecret(true), body));
		const unsigned = await h.deliver(body, {});
		const noSignature = await h.deliver(body, { 'webhook-id': 'msg_x', 'webhook-timestamp': String(nowSeconds()) });
		for (const outcome of [wrongSecret, unsigned, noSignature]) {
			expect(outcome.status).toBe(403);
			expect(outcome.result).toEqual({ noWebhookResponse: true });
		}
	});

	test('verification uses the bytes as received, not re-serialised JSON', async () => {
		// Spacing and key order that JSON.stringify would not reproduce.
		const body = '{ "data" : {"amount":1999, "id":"ord_2"},\n "type":"order.paid", "timestamp":"2026-10-01T12:00:00Z" }';
		const outcome = await h.deliver(body, signedHeaders(secret, body, { id: 'msg_spacing' }));
		expect(outcome.status).toBe(200);
		expect(outcome.result?.workflowData?.[0][0].json).toEqual({ webhookId: 'msg_spacing', type: 'order.paid', timestamp: '2026-10-01T12:00:00Z', apiVersion: '2026-10', data: { amount: 1999, id: 'ord_2' } });
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
			const ownSecret = withHeaders.unsealedStaticData.secret as string;
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
		const testSecret = h.unsealedTestStaticData?.secret as string;
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
