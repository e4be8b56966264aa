import { startTestEmulator } from '../../harness/emulator';
import type { Emulator } from '../../../tools/emulator/types';
import { runNode, tokenCredentials } from '../../../tools/harness/engine';

/**
 * Reads and repeat-safe writes through n8n's engine against the local Polar emulator in its
 * default Polar behaviour (no rate-limit headers, no idempotency), with faults injected: nothing
 * lost, nothing duplicated, nothing retried that should not be. Creates: writes.emulator.test.ts.
 */
const FAST_RETRY = { maxRetries: 12, baseDelayMs: 10, maxDelayMs: 80 };
let emu: Emulator;

beforeEach(async () => {
	emu = await startTestEmulator({ seed: 7 });
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

test('PATCH and DELETE whose replies are lost after Polar applied them are sent again and succeed', async () => {
	const [meter] = emu.seed('meters', 1, () => ({ name: 'Calls' }));
	const customers = emu.seed('customers', 3);
	emu.configure({ faults: { rate: 0.5, kinds: ['502', '503', '504', 'reset'], phase: 'after', seed: 4 } });
	const update = await runNode({
		credentials: tokenCredentials(emu.url),
		parameters: { resource: 'meter', operation: 'update', id: meter.id, additionalFields: { name: 'API calls' }, retry: FAST_RETRY },
	});
	expect(update.error).toBeUndefined();
	expect(emu.store.get('meters', meter.id)?.name).toBe('API calls');
	const remove = await runNode({
		credentials: tokenCredentials(emu.url),
		items: customers.map((c) => ({ json: { id: c.id } })),
		continueOnFail: true,
		parameters: { resource: 'customer', operation: 'delete', id: '={{ $json.id }}', retry: FAST_RETRY },
	});
	expect(remove.error).toBeUndefined();
	expect(emu.store.count('customers')).toBe(0);
	const writes = emu.log.filter((l) => l.method === 'PATCH' || l.method === 'DELETE');
	console.log(`PATCH/DELETE: ${writes.length} requests for 4 writes, ${writes.filter((l) => l.fault).length} lost replies`);
	expect(writes.filter((l) => l.fault).length).toBeGreaterThan(0);
	// A DELETE repeated after Polar applied it finds nothing: the node reports that 404 (the customer is gone, as asked).
	for (const item of remove.items) expect(item.json.error === undefined || item.json.httpCode === '404').toBe(true);
});

test.each([
	['422 (a refund larger than the order)', 'refunds', () => ({ resource: 'refund', operation: 'create', orderId: emu.seed('orders', 1)[0].id, reason: 'customer_request', amount: 999_999_999 }), 422],
	['404 (no such customer)', 'customers', () => ({ resource: 'customer', operation: 'get', id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' }), 404],
])('%s is not retried', async (_label, collection, parameters, status) => {
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
