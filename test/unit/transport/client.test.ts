import type { IExecuteFunctions } from 'n8n-workflow';
import { PolarClient, RetriesExhaustedError } from '../../../nodes/Polar/transport/client';
import type { PolarRequest, PolarResponse } from '../../../nodes/Polar/transport/request';
import { PolarHttpError } from '../../../nodes/Polar/transport/request';
import { POLL_RETRY_WINDOW_MS, RETRY_POLICIES } from '../../../nodes/Polar/transport/retry';

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

function client(send: ReturnType<typeof scripted>['send'], waits: number[] = [], retry = RETRY_POLICIES.node) {
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

test('no request carries an Idempotency-Key: Polar has none', async () => {
	const { attempts, send } = scripted([ok(), ok(), ok()]);
	const c = client(send);
	for (const method of ['POST', 'PATCH', 'GET'] as const) await c.send({ method, path: '/v1/x', auth: 'token', body: method === 'GET' ? undefined : {} });
	expect(attempts.map((a) => Object.keys(a.headers ?? {}).filter((h) => /idempotency/i.test(h)))).toEqual([[], [], []]);
});

describe('a POST is sent again only when Polar certainly did not apply it', () => {
	const post: PolarRequest = { method: 'POST', path: '/v1/discounts/', auth: 'token', body: { name: 'x' } };
	const lost = {
		'503 (after processing)': new PolarHttpError(503, {}, { detail: 'Service Unavailable' }),
		'504 from a proxy': new PolarHttpError(504, {}, { detail: 'Gateway Timeout' }),
		'500': new PolarHttpError(500, {}, null),
		'a reset connection': new PolarHttpError(0, {}, null, 'ECONNRESET'),
		'the request timeout': new PolarHttpError(0, {}, null, 'ECONNABORTED'),
		'a reply cut off': new PolarHttpError(0, {}, null, 'ERR_BAD_RESPONSE'),
		'an unreadable reply': new PolarHttpError(0, {}, null, 'HPE_INVALID_CONSTANT'),
	};

	test.each(Object.entries(lost))('%s: sent once, reported as possibly applied', async (_label, failure) => {
		const { attempts, send } = scripted([failure, ok()]);
		const error = await client(send).send(post).catch((e) => e);
		expect(attempts).toHaveLength(1);
		expect(error).toBeInstanceOf(RetriesExhaustedError);
		expect(error).toMatchObject({ mayHaveBeenApplied: true, attempts: 1, statusCode: failure.statusCode });
	});

	test.each(Object.entries(lost))('%s: retried with "Retry Writes That May Have Been Applied"', async (_label, failure) => {
		const { attempts, send } = scripted([failure, ok()]);
		await client(send, [], { ...RETRY_POLICIES.node, retryAmbiguousWrites: true }).send(post);
		expect(attempts).toHaveLength(2);
	});

	test('retried when Polar dedupes it itself (repeat-safe); still reported as in doubt if it never gets through', async () => {
		const { attempts, send } = scripted([lost['504 from a proxy'], ok()]);
		await client(send).send({ ...post, repeatSafe: true });
		expect(attempts).toHaveLength(2);
		const again = scripted([lost['504 from a proxy'], lost['a reset connection'], lost['504 from a proxy']]);
		const error = await client(again.send, [], { ...RETRY_POLICIES.node, maxRetries: 2 }).send({ ...post, repeatSafe: true }).catch((e) => e);
		expect(error).toMatchObject({ mayHaveBeenApplied: true, attempts: 3, summary: '504 ×2, ECONNRESET' });
	});

	test.each([
		['429 from the rate limiter', new PolarHttpError(429, { 'retry-after': '1' }, null)],
		['connection refused', new PolarHttpError(0, {}, null, 'ECONNREFUSED', 'connect')],
		['DNS failure', new PolarHttpError(0, {}, null, 'ENOTFOUND', 'getaddrinfo')],
		['failed TLS handshake', new PolarHttpError(0, {}, null, 'EPROTO', 'write')],
		['connect timeout', new PolarHttpError(0, {}, null, 'ETIMEDOUT', 'connect')],
	])('%s: retried, and not in doubt', async (_label, failure) => {
		const { attempts, send } = scripted([failure, ok()]);
		await client(send).send(post);
		expect(attempts).toHaveLength(2);
		const exhausted = scripted([failure, failure]);
		const error = await client(exhausted.send, [], { ...RETRY_POLICIES.node, maxRetries: 1 }).send(post).catch((e) => e);
		expect(error).toMatchObject({ mayHaveBeenApplied: false, attempts: 2 });
	});

	test('a 429 and then a lost reply: in doubt, and the summary says both', async () => {
		const { attempts, send } = scripted([new PolarHttpError(429, {}, null), lost['504 from a proxy'], ok()]);
		const error = await client(send).send(post).catch((e) => e);
		expect(attempts).toHaveLength(2);
		expect(error).toMatchObject({ mayHaveBeenApplied: true, attempts: 2, summary: '429, 504' });
	});
});

test.each(['GET', 'PUT', 'PATCH', 'DELETE'] as const)('%s is retried after 5xx and lost replies, as always', async (method) => {
	const { attempts, send } = scripted([new PolarHttpError(503, {}, null), new PolarHttpError(0, {}, null, 'ECONNRESET'), new PolarHttpError(0, {}, null, 'ECONNABORTED'), ok()]);
	await client(send).send({ method, path: '/v1/x', auth: 'token', body: method === 'GET' ? undefined : {} });
	expect(attempts).toHaveLength(4);
});

test('certificate failures and a canceled execution are not retried', async () => {
	for (const code of ['DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED', 'ERR_CANCELED']) {
		const { attempts, send } = scripted([new PolarHttpError(0, {}, null, code), ok()]);
		await expect(client(send).send({ method: 'GET', path: '/v1/x', auth: 'token' })).rejects.toMatchObject({ code });
		expect(attempts).toHaveLength(1);
	}
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
	const error = await client(send, [], { ...RETRY_POLICIES.node, maxRetries: 2 })
		.send({ method: 'GET', path: '/v1/x', auth: 'token' })
		.catch((e) => e);
	expect(attempts).toHaveLength(3);
	expect(error).toBeInstanceOf(RetriesExhaustedError);
	expect(error.attempts).toBe(3);
	expect(error.summary).toBe('429, 503, ECONNRESET');
});

describe('a poll retries only within POLL_RETRY_WINDOW_MS of its start', () => {
	const get: PolarRequest = { method: 'GET', path: '/v1/events/', auth: 'token' };

	test('Retry-After within the window is waited for', async () => {
		const waits: number[] = [];
		const { attempts, send } = scripted([new PolarHttpError(429, { 'retry-after': '20' }, null), ok()]);
		await client(send, waits, RETRY_POLICIES.poll).send(get);
		expect(attempts).toHaveLength(2);
		expect(waits).toContain(20_000);
	});

	test('Retry-After past the window is not: the poll stops at once and says why', async () => {
		const waits: number[] = [];
		const { attempts, send } = scripted([new PolarHttpError(429, { 'retry-after': '50' }, null), ok()]);
		const error = await client(send, waits, RETRY_POLICIES.poll).send(get).catch((e) => e);
		expect(attempts).toHaveLength(1);
		expect(waits.filter((ms) => ms > 1_000)).toEqual([]);
		expect(error).toBeInstanceOf(RetriesExhaustedError);
		expect(error.stoppedEarly).toBe(`Polar asked to wait 50 s, past the ${POLL_RETRY_WINDOW_MS / 1000} s within which this run retries, so it stopped there.`);
	});

	test('the window counts from the start, across retries: 20 s, then 30 s more is past it', async () => {
		const waits: number[] = [];
		const { attempts, send } = scripted([new PolarHttpError(429, { 'retry-after': '20' }, null), new PolarHttpError(429, { 'retry-after': '30' }, null), ok()]);
		const error = await client(send, waits, RETRY_POLICIES.poll).send(get).catch((e) => e);
		expect(attempts).toHaveLength(2);
		expect(error.summary).toBe('429 ×2');
		expect(error.stoppedEarly).toMatch(/^Polar asked to wait 30 s/);
	});

	test('backoff counts too', async () => {
		const { attempts, send } = scripted([new PolarHttpError(503, {}, null), ok()]);
		const error = await client(send, [], { ...RETRY_POLICIES.poll, baseDelayMs: 100_000, maxDelayMs: 100_000 }).send(get).catch((e) => e);
		expect(attempts).toHaveLength(1);
		expect(error.stoppedEarly).toMatch(/^The next attempt was 50 s away, past the 45 s/);
	});

	test('the node and the editor have no such window: their number of retries is the limit', () => {
		for (const name of ['node', 'editorLookup', 'triggerLifecycle'] as const) expect(RETRY_POLICIES[name].retryWithinMs).toBeUndefined();
	});
});

test('a failure class the user did not select is not retried', async () => {
	const { attempts, send } = scripted([new PolarHttpError(503, {}, null), ok()]);
	await expect(
		client(send, [], { ...RETRY_POLICIES.node, retryOn: ['rateLimit'] }).send({ method: 'GET', path: '/v1/x', auth: 'token' }),
	).rejects.toMatchObject({ statusCode: 503 });
	expect(attempts).toHaveLength(1);
});
