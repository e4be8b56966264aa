import type { IExecuteFunctions } from 'n8n-workflow';
import { PolarClient, RetriesExhaustedError } from '../../../nodes/Polar/transport/client';
import type { PolarRequest, PolarResponse } from '../../../nodes/Polar/transport/request';
import { PolarHttpError } from '../../../nodes/Polar/transport/request';
import { DEFAULT_RETRY_POLICY } from '../../../nodes/Polar/transport/retry';

const conn = { credentialType: 'polarApi' as const, baseUrl: 'http://127.0.0.1:1', apiVersion: '2026-10', secrets: [] };
const ctx = {} as IExecuteFunctions;

/** A fake transport answering from a script, recording every attempt. */
function scripted(script: Array<PolarResponse | PolarHttpError>) {
	const attempts: PolarRequest[] = [];
	const send = async (_c: unknown, _k: unknown, req: PolarRequest) => {
		attempts.push(req);
		const next = script.shift();
		if (!next) throw new Error('script exhausted');
		if (next instanceof PolarHttpError) throw next;
		return next;
	};
	return { attempts, send };
}

function client(send: ReturnType<typeof scripted>['send'], waits: number[] = [], retry = DEFAULT_RETRY_POLICY) {
	let clock = 1_000_000;
	return new PolarClient(ctx, conn, {
		retry,
		send: send as never,
		now: () => clock,
		random: () => 0.5,
		wait: async (ms) => {
			waits.push(ms);
			clock += ms;
		},
	});
}

const ok = (body: unknown = { id: 'x' }, headers = {}): PolarResponse => ({ statusCode: 200, headers, body });

test('a write keeps one Idempotency-Key across every retry', async () => {
	const { attempts, send } = scripted([new PolarHttpError(503, {}, null), new PolarHttpError(0, {}, null, 'ECONNRESET'), ok()]);
	await client(send).send({ method: 'POST', path: '/v1/products/', auth: 'token', body: {} });
	expect(attempts).toHaveLength(3);
	const keys = attempts.map((a) => a.headers?.['Idempotency-Key']);
	expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
	expect(new Set(keys).size).toBe(1);
});

test('the caller\'s idempotency key is used as given; reads carry none', async () => {
	const { attempts, send } = scripted([ok(), ok()]);
	const c = client(send);
	await c.send({ method: 'PATCH', path: '/v1/x', auth: 'token' }, 'order-42');
	await c.send({ method: 'GET', path: '/v1/x', auth: 'token' });
	expect(attempts[0].headers?.['Idempotency-Key']).toBe('order-42');
	expect(attempts[1].headers?.['Idempotency-Key']).toBeUndefined();
});

test('400/404/422 are never retried', async () => {
	for (const status of [400, 404, 422]) {
		const { attempts, send } = scripted([new PolarHttpError(status, {}, { detail: 'no' }), ok()]);
		await expect(client(send).send({ method: 'POST', path: '/v1/x', auth: 'token' })).rejects.toMatchObject({ statusCode: status });
		expect(attempts).toHaveLength(1);
	}
});

test('waits what Retry-After asks for', async () => {
	const waits: number[] = [];
	const { send } = scripted([new PolarHttpError(429, { 'retry-after': '2' }, null), ok()]);
	await client(send, waits).send({ method: 'GET', path: '/v1/x', auth: 'token' });
	expect(waits).toContain(2000);
});

test('an exhausted budget says how many attempts and why', async () => {
	const { attempts, send } = scripted([
		new PolarHttpError(429, {}, null),
		new PolarHttpError(503, {}, null),
		new PolarHttpError(0, {}, null, 'ECONNRESET'),
	]);
	const error = await client(send, [], { ...DEFAULT_RETRY_POLICY, maxRetries: 2 })
		.send({ method: 'GET', path: '/v1/x', auth: 'token' })
		.catch((e) => e);
	expect(attempts).toHaveLength(3);
	expect(error).toBeInstanceOf(RetriesExhaustedError);
	expect(error.attempts).toBe(3);
	expect(error.summary).toBe('429, 503, ECONNRESET');
});

test('a failure class the user did not select is not retried', async () => {
	const { attempts, send } = scripted([new PolarHttpError(503, {}, null), ok()]);
	await expect(
		client(send, [], { ...DEFAULT_RETRY_POLICY, retryOn: ['rateLimit'] }).send({ method: 'GET', path: '/v1/x', auth: 'token' }),
	).rejects.toMatchObject({ statusCode: 503 });
	expect(attempts).toHaveLength(1);
});

test('pacing: when the budget reaches 0, the next request waits for the reset instead of sending', async () => {
	const waits: number[] = [];
	const { attempts, send } = scripted([
		ok({}, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '3' }),
		ok({}, { 'x-ratelimit-remaining': '99', 'x-ratelimit-reset': '60' }),
	]);
	const c = client(send, waits);
	await c.send({ method: 'GET', path: '/v1/a', auth: 'token' });
	await c.send({ method: 'GET', path: '/v1/b', auth: 'token' });
	expect(attempts).toHaveLength(2);
	expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3000);
});
