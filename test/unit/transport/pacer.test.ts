import type { IExecuteFunctions } from 'n8n-workflow';
import { RateLimiter } from '../../../tools/emulator/rateLimit';
import { PolarClient } from '../../../nodes/Polar/transport/client';
import { PacingWaitTooLongError } from '../../../nodes/Polar/transport/rateLimiter';
import { KNOWN_LIMITS, type RateWindow } from '../../../nodes/Polar/transport/rateLimits';
import type { PolarConnection, PolarRequest, PolarResponse } from '../../../nodes/Polar/transport/request';
import { PolarHttpError, rateLimitOf } from '../../../nodes/Polar/transport/request';
import { RETRY_POLICIES } from '../../../nodes/Polar/transport/retry';

/**
 * The pacer against Polar's limiter (the emulator's RateLimiter: fixed windows per identity, opened
 * by the first request after the previous one ended, no rate-limit headers), in virtual time: the
 * node's waits and the network's latencies are timers of one fake clock, so minutes of traffic run
 * in milliseconds and every run is the same.
 */
class VirtualTime {
	now = 1_000_000;
	private timers: Array<{ at: number; seq: number; resolve: () => void }> = [];
	private seq = 0;

	sleep = (ms: number): Promise<void> =>
		new Promise((resolve) => this.timers.push({ at: this.now + Math.max(0, ms), seq: this.seq++, resolve }));

	/** Runs timers in time order until `work` settles. */
	async run<T>(work: Promise<T>): Promise<T> {
		let settled = false;
		work.then(
			() => (settled = true),
			() => (settled = true),
		);
		for (;;) {
			await new Promise((r) => setImmediate(r));
			if (settled) return await work;
			this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
			const next = this.timers.shift();
			if (!next) throw new Error('nothing scheduled and the work is not done');
			this.now = Math.max(this.now, next.at);
			next.resolve();
		}
	}
}

/** A deterministic PRNG (mulberry32), so latencies are the same on every run. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Arrival {
	at: number;
	path: string;
	limited: boolean;
}

/** A Polar whose limiter sees each request after a random latency and answers after another one. */
function simulatedPolar(time: VirtualTime, rateLimit: RateWindow | null, latencyMs: [number, number], seed = 1) {
	const limiter = new RateLimiter(rateLimit);
	const random = prng(seed);
	const latency = () => latencyMs[0] + random() * (latencyMs[1] - latencyMs[0]);
	const arrivals: Arrival[] = [];
	const send = async (_ctx: unknown, _conn: unknown, req: PolarRequest): Promise<PolarResponse> => {
		await time.sleep(latency());
		const verdict = limiter.hit(req.auth === 'public' ? 'client:127.0.0.1' : 'token', req.path, time.now);
		arrivals.push({ at: time.now, path: req.path, limited: verdict.limited });
		await time.sleep(latency());
		if (verdict.limited) throw new PolarHttpError(429, Object.fromEntries(Object.entries(verdict.headers).map(([k, v]) => [k.toLowerCase(), v])), null);
		return { statusCode: 200, headers: {}, body: {} };
	};
	return { send, arrivals };
}

const connection = (rateLimit: RateWindow | undefined): PolarConnection => ({ credentialType: 'polarApi', baseUrl: 'http://127.0.0.1:1', apiVersion: '2026-10', secrets: [], rateLimit });

function clientFor(time: VirtualTime, send: unknown, rateLimit: RateWindow | undefined) {
	return new PolarClient({} as IExecuteFunctions, connection(rateLimit), { retry: RETRY_POLICIES.node, send: send as never, now: () => time.now, wait: time.sleep, random: () => 0.5 });
}

/** `total` requests through `concurrency` workers sharing one client, as Return All's pages do. */
async function drive(client: PolarClient, total: number, concurrency: number, req: (i: number) => PolarRequest): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < total) await client.send(req(next++));
		}),
	);
}

/** Arrivals per server window, windows reconstructed as the limiter opens them. */
function perWindow(arrivals: Arrival[], windowMs: number): number[] {
	const counts: number[] = [];
	let start: number | undefined;
	for (const a of arrivals) {
		if (start === undefined || a.at - start >= windowMs) {
			start = a.at;
			counts.push(0);
		}
		counts[counts.length - 1]++;
	}
	return counts;
}

const list = (): PolarRequest => ({ method: 'GET', path: '/v1/customers/', auth: 'token' });

describe('the budget each environment paces to', () => {
	test('production 500 and sandbox 100 per minute; custom: the Requests per Minute field, none when 0 or empty', () => {
		expect(rateLimitOf({ environment: 'production' })).toEqual({ limit: 500, windowMs: 60_000 });
		expect(rateLimitOf({})).toEqual(KNOWN_LIMITS.production);
		expect(rateLimitOf({ environment: 'sandbox' })).toEqual({ limit: 100, windowMs: 60_000 });
		expect(rateLimitOf({ environment: 'custom', baseUrl: 'http://x', requestsPerMinute: 42 })).toEqual({ limit: 42, windowMs: 60_000 });
		expect(rateLimitOf({ environment: 'custom', baseUrl: 'http://x', requestsPerMinute: 0 })).toBeUndefined();
		expect(rateLimitOf({ environment: 'custom', baseUrl: 'http://x' })).toBeUndefined();
	});
});

describe('one execution against a limiter that sends no rate-limit headers', () => {
	test.each([
		['sandbox', KNOWN_LIMITS.sandbox, 450, 8, [20, 300] as [number, number]],
		['production', KNOWN_LIMITS.production, 1800, 8, [5, 120] as [number, number]],
		['sandbox, one request at a time', KNOWN_LIMITS.sandbox, 250, 1, [40, 60] as [number, number]],
	])('%s: no 429, each window used fully', async (_label, budget, total, concurrency, latency) => {
		const time = new VirtualTime();
		const polar = simulatedPolar(time, budget, latency, 7);
		const started = time.now;
		await time.run(drive(clientFor(time, polar.send, budget), total, concurrency, list));
		const windows = perWindow(polar.arrivals, budget.windowMs);
		const span = polar.arrivals.at(-1)!.at - polar.arrivals[0].at;
		console.log(`${_label}: ${total} requests, windows ${JSON.stringify(windows)}, ${((time.now - started) / 1000).toFixed(1)} s virtual`);
		expect(polar.arrivals.filter((a) => a.limited)).toHaveLength(0);
		expect(polar.arrivals).toHaveLength(total);
		// Every window but the last is full: the pacer leaves nothing of the budget unused.
		for (const count of windows.slice(0, -1)) expect(count).toBe(budget.limit);
		expect(windows.length).toBe(Math.ceil(total / budget.limit));
		expect(span).toBeGreaterThanOrEqual((windows.length - 1) * budget.windowMs);
	});

	test('without a known budget it sends freely; a 429 pauses the lane until Retry-After, then it goes on', async () => {
		const time = new VirtualTime();
		const budget = { limit: 20, windowMs: 10_000 };
		const polar = simulatedPolar(time, budget, [10, 30], 3);
		await time.run(drive(clientFor(time, polar.send, undefined), 60, 4, list));
		const limited = polar.arrivals.filter((a) => a.limited);
		console.log(`unknown budget: ${polar.arrivals.length} requests for 60, ${limited.length} × 429`);
		expect(polar.arrivals.filter((a) => !a.limited)).toHaveLength(60);
		// Only what was already in flight when the window filled is refused, once per window.
		expect(limited.length).toBeLessThanOrEqual(3 * 4);
	});
});

describe('zones', () => {
	const validate = (): PolarRequest => ({ method: 'POST', path: '/v1/customer-portal/license-keys/validate', auth: 'public', body: {} });

	test('customer-portal license-key validation is paced to 3 per second, apart from the API budget', async () => {
		const time = new VirtualTime();
		const polar = simulatedPolar(time, KNOWN_LIMITS.production, [10, 40], 5);
		const client = clientFor(time, polar.send, KNOWN_LIMITS.production);
		await time.run(Promise.all([drive(client, 20, 4, validate), drive(client, 40, 4, list)]));
		const zone = polar.arrivals.filter((a) => a.path.includes('license-keys'));
		expect(polar.arrivals.filter((a) => a.limited)).toHaveLength(0);
		expect(zone).toHaveLength(20);
		for (const count of perWindow(zone, 1_000)) expect(count).toBeLessThanOrEqual(3);
		// The API-wide requests did not wait for the zone.
		const api = polar.arrivals.filter((a) => !a.path.includes('license-keys'));
		expect(api.at(-1)!.at).toBeLessThan(zone.at(-1)!.at);
	});

	test('a budget that would mean waiting for most of an hour fails the request instead of sleeping', async () => {
		const time = new VirtualTime();
		const polar = simulatedPolar(time, KNOWN_LIMITS.production, [10, 20]);
		const client = clientFor(time, polar.send, KNOWN_LIMITS.production);
		const confirm = (): PolarRequest => ({ method: 'POST', path: '/v1/checkouts/client/cs_1/confirm', auth: 'token', body: {} });
		const error = await time.run(drive(client, 21, 1, confirm).then(() => undefined, (e: unknown) => e));
		expect(error).toBeInstanceOf(PacingWaitTooLongError);
		expect(String((error as Error).message)).toMatch(/^Polar allows 20 requests per hour here \(zone checkout-confirm\); the next request could only go in \d+ min/);
		expect(String((error as Error).message)).not.toContain('cs_1'); // the path holds the checkout's client secret
		expect(polar.arrivals).toHaveLength(20);
		expect(polar.arrivals.filter((a) => a.limited)).toHaveLength(0);
	});
});

describe('after a 429', () => {
	/** Answers 429 once (with the given headers), then 200; records when each request arrived. */
	function once429(time: VirtualTime, headers: Record<string, string>) {
		const arrivals: number[] = [];
		const send = async (): Promise<PolarResponse> => {
			arrivals.push(time.now);
			await time.sleep(10);
			if (arrivals.length === 1) throw new PolarHttpError(429, headers, null);
			return { statusCode: 200, headers: {}, body: {} };
		};
		return { send, arrivals };
	}

	test('every request of the lane waits for Retry-After, not only the one retried', async () => {
		const time = new VirtualTime();
		const polar = once429(time, { 'retry-after': '2' });
		const client = clientFor(time, polar.send, KNOWN_LIMITS.production);
		const first = client.send(list());
		const sentLater = time.sleep(50).then(() => client.send(list()));
		await time.run(Promise.all([first, sentLater]));
		const refusedAt = polar.arrivals[0] + 10;
		expect(polar.arrivals).toHaveLength(3);
		for (const at of polar.arrivals.slice(1)) expect(at).toBeGreaterThanOrEqual(refusedAt + 2000);
	});

	test('without Retry-After, the lane waits a window', async () => {
		const time = new VirtualTime();
		const polar = once429(time, {});
		const client = clientFor(time, polar.send, undefined);
		await time.run(client.send(list()));
		expect(polar.arrivals[1] - polar.arrivals[0]).toBeGreaterThanOrEqual(60_000);
	});

	test('X-RateLimit-* headers, when a server sends them, are followed: remaining 0 waits for the reset', async () => {
		const time = new VirtualTime();
		const arrivals: number[] = [];
		const replies = [{ 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '3' }, { 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '60' }];
		const send = async (): Promise<PolarResponse> => {
			arrivals.push(time.now);
			return { statusCode: 200, headers: replies.shift() ?? {}, body: {} };
		};
		const client = clientFor(time, send, undefined);
		await time.run(client.send(list()));
		await time.run(client.send(list()));
		expect(arrivals[1] - arrivals[0]).toBeGreaterThanOrEqual(3000);
	});
});
