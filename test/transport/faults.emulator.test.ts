import { startEmulator } from '../../tools/emulator';
import type { Emulator } from '../../tools/emulator/types';
import { runNode, tokenCredentials } from '../harness/engine';

/**
 * The transport through n8n's engine against the local Polar emulator with faults injected:
 * nothing lost, nothing duplicated, nothing retried that should not be.
 */
const FAST_RETRY = { maxRetries: 12, baseDelayMs: 10, maxDelayMs: 80 };
let emu: Emulator;

beforeEach(async () => {
	// Until the transport stops relying on them: X-RateLimit-* headers and Idempotency-Key replays.
	emu = await startEmulator({ seed: 7, rateLimit: null, rateLimitHeaders: true, honourIdempotencyKey: true });
});
afterEach(async () => {
	await emu.close();
});

const customerIdsInListOrder = () => {
	// The emulator's default order (newest first) is what a plain list asks for.
	return emu.store.list('customers').slice().reverse().map((c) => c.id);
};

test('Return All of 2,500 items through 35 % faults (429, 5xx, resets) returns each id once, in order', async () => {
	emu.seed('customers', 2500);
	emu.configure({ faults: { rate: 0.35, kinds: ['429', '500', '502', '503', 'reset'], phase: 'mixed', seed: 11 } });
	const { items, error } = await runNode({
		credentials: tokenCredentials(emu.url),
		parameters: { resource: 'customer', operation: 'getAll', returnAll: true, simplify: false, retry: FAST_RETRY },
	});
	expect(error).toBeUndefined();
	const ids = items.map((i) => i.json.id);
	expect(ids).toHaveLength(2500);
	expect(new Set(ids).size).toBe(2500);
	expect(ids).toEqual(customerIdsInListOrder());
	const stats = emu.stats();
	expect(stats.faults / stats.requests).toBeGreaterThanOrEqual(0.3);
	expect(stats.byStatus['429'] ?? 0).toBeGreaterThan(0);
	expect(stats.byStatus.reset ?? 0).toBeGreaterThan(0);
	expect(stats.byStatus['503'] ?? 0).toBeGreaterThan(0);
});

test('a create retried through faults that lose its reply creates exactly one object', async () => {
	emu.configure({ faults: { rate: 0.6, kinds: ['500', '503', 'reset'], phase: 'after', seed: 3 } });
	const runs = await Promise.all(
		Array.from({ length: 5 }, (_, i) =>
			runNode({
				credentials: tokenCredentials(emu.url),
				parameters: { resource: 'meter', operation: 'create', name: `Meter ${i}`, filter: '{"conjunction":"and","clauses":[]}', aggregation: '{"func":"count"}', retry: FAST_RETRY },
			}),
		),
	);
	for (const run of runs) expect(run.error).toBeUndefined();
	expect(emu.store.count('meters')).toBe(5);
	expect(emu.store.list('meters').map((m) => m.name).sort()).toEqual(['Meter 0', 'Meter 1', 'Meter 2', 'Meter 3', 'Meter 4']);
	const creates = emu.log.filter((l) => l.method === 'POST' && l.path.startsWith('/v1/meters'));
	expect(creates.length).toBeGreaterThan(5); // faults forced retries…
	expect(new Set(creates.map((c) => c.idempotencyKey)).size).toBe(5); // …each with its item's one key
	expect(emu.stats().idempotentReplays).toBeGreaterThan(0);
});

test('the caller\'s idempotency key makes a re-run of the workflow a no-op', async () => {
	const params = { resource: 'meter', operation: 'create', name: 'Once', filter: '{"conjunction":"and","clauses":[]}', aggregation: '{"func":"count"}', options: { idempotencyKey: 'order-1001' } };
	const first = await runNode({ credentials: tokenCredentials(emu.url), parameters: params });
	const second = await runNode({ credentials: tokenCredentials(emu.url), parameters: params });
	expect(second.items[0].json.id).toBe(first.items[0].json.id);
	expect(emu.store.count('meters')).toBe(1);
});

test.each([
	['422 (a refund larger than the order)', 'refunds', () => ({ resource: 'refund', operation: 'create', orderId: emu.seed('orders', 1)[0].id, reason: 'customer_request', amount: 999_999_999 }), 422],
	['404 (no such customer)', 'customers', () => ({ resource: 'customer', operation: 'get', id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' }), 404],
])('%s is not retried', async (_label, collection, parameters, status) => {
	emu.configure({ faults: null });
	const { error } = await runNode({ credentials: tokenCredentials(emu.url), parameters: { ...parameters(), retry: FAST_RETRY } });
	expect(error).toBeDefined();
	expect(error!.httpCode).toBe(String(status));
	const api = emu.log.filter((l) => l.path.startsWith(`/v1/${collection}`));
	expect(api.map((l) => l.status)).toEqual([status]);
});

test('a spent retry budget says how many attempts were made and why they failed', async () => {
	emu.configure({ faults: { rate: 1, kinds: ['503'], seed: 1 } });
	const { error } = await runNode({
		credentials: tokenCredentials(emu.url),
		parameters: { resource: 'product', operation: 'getAll', returnAll: false, limit: 5, retry: { maxRetries: 3, baseDelayMs: 5, maxDelayMs: 10 } },
	});
	expect(error?.httpCode).toBe('503');
	expect(error?.description).toMatch(/Gave up after 4 attempts: 503 ×4/);
	expect(emu.log).toHaveLength(4);
});
