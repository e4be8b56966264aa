import { startTestEmulator } from '../../harness/emulator';
import type { Emulator } from '../../../tools/emulator/types';
import { runNode, tokenCredentials } from '../../../tools/harness/engine';

/**
 * Writes through n8n's engine against the emulator in its default Polar behaviour: no idempotency
 * key, customers unique per organization by email and external ID, events deduped by external ID.
 * A POST is sent again only when Polar certainly did not apply it or dedupes it itself; otherwise
 * the item says the write may have been applied.
 */
const FAST_RETRY = { maxRetries: 5, baseDelayMs: 10, maxDelayMs: 80 };
const LOST_REPLIES = { rate: 0.3, kinds: ['reset', '502', '504'] as Array<'reset' | '502' | '504'>, phase: 'after' as const };
const METER = { resource: 'meter', operation: 'create', name: 'Calls', inputMode: 'json', filterJson: '{"conjunction":"and","clauses":[]}', aggregationJson: '{"func":"count"}' };
let emu: Emulator;

beforeEach(async () => {
	emu = await startTestEmulator({ seed: 7 });
});
afterEach(async () => {
	await emu.close();
});

const posts = (path: string) => emu.log.filter((l) => l.method === 'POST' && l.path.startsWith(path));

describe('20 customer creates through 30 % lost replies (reset, 502, 504 after Polar applied them)', () => {
	const people = Array.from({ length: 20 }, (_, i) => ({ json: { email: `buyer${i}@example.com`, name: `Buyer ${i}` } }));
	const create = (retry: typeof FAST_RETRY) => ({ resource: 'customer', operation: 'create', email: '={{ $json.email }}', additionalFields: { name: '={{ $json.name }}' }, retry });

	test.each([
		['with retries (a create with an email is repeat-safe: Polar refuses a second one)', FAST_RETRY],
		['without retries (every lost reply is settled by looking the customer up)', { ...FAST_RETRY, maxRetries: 0 }],
	])('%s: no customer twice; each item is its customer or says the write may have been applied', async (_label, retry) => {
		emu.configure({ faults: { ...LOST_REPLIES, seed: 21 } });
		const { items, error } = await runNode({ credentials: tokenCredentials(emu.url), items: people, continueOnFail: true, parameters: create(retry) });
		expect(error).toBeUndefined();
		const stored = emu.store.list('customers');
		expect(new Set(stored.map((c) => c.email)).size).toBe(stored.length);
		expect(stored).toHaveLength(20); // every create reached Polar (faults come after processing)
		let customers = 0;
		let inDoubt = 0;
		for (const [i, item] of items.entries()) {
			expect(item.pairedItem).toEqual({ item: i });
			if (item.json.error === undefined) {
				customers++;
				expect(item.json).toMatchObject({ email: `buyer${i}@example.com`, id: stored.find((c) => c.email === `buyer${i}@example.com`)!.id });
			} else {
				inDoubt++;
				expect(item.json).toMatchObject({ mayHaveBeenApplied: true, error: expect.stringMatching(/^Polar may have applied this request/) });
			}
		}
		const creates = posts('/v1/customers');
		console.log(`${_label}: ${customers} customers, ${inDoubt} in doubt; ${creates.length} POSTs (${creates.filter((l) => l.fault).length} replies lost, ${creates.filter((l) => l.status === 422).length} answered "already exists")`);
		expect(customers + inDoubt).toBe(20);
		expect(creates.filter((l) => l.fault).length).toBeGreaterThan(0); // the faults were really there
		if (retry.maxRetries > 0) expect(inDoubt).toBe(0);
	});
});

describe('a POST Polar does not dedupe', () => {
	test.each(['503', '504'] as const)('answered %s after Polar applied it: sent once, fails saying it may have been applied', async (status) => {
		emu.configure({ faults: { rate: 1, kinds: [status], phase: 'after', seed: 1 } });
		const { error } = await runNode({ credentials: tokenCredentials(emu.url), parameters: { ...METER, retry: FAST_RETRY } });
		expect(posts('/v1/meters')).toHaveLength(1);
		expect(emu.store.count('meters')).toBe(1);
		expect(error?.message).toMatch(new RegExp(`^Polar may have applied this request: Polar answered HTTP ${status}`));
		expect(error?.description).toMatch(/did not send it again.*Check on Polar/);
		expect(error?.context?.mayHaveBeenApplied).toBe(true);
	});

	test('with "Retry Writes That May Have Been Applied" it is sent again, and duplicates, which is why it is off by default', async () => {
		emu.configure({ faults: { rate: 1, kinds: ['504'], phase: 'after', seed: 1 } });
		const { error } = await runNode({ credentials: tokenCredentials(emu.url), parameters: { ...METER, retry: { ...FAST_RETRY, maxRetries: 2, retryAmbiguousWrites: true } } });
		expect(posts('/v1/meters')).toHaveLength(3);
		expect(emu.store.count('meters')).toBe(3);
		expect(error?.description).toMatch(/sent 3 times/);
	});

	test('a 429 from the rate limiter is retried (Polar refused it before acting) and creates once', async () => {
		emu.configure({ rateLimit: { limit: 1, windowMs: 1_000 } });
		const { items, error } = await runNode({ credentials: tokenCredentials(emu.url), items: [{ json: {} }, { json: {} }], parameters: { ...METER, name: 'M{{ $itemIndex }}', retry: FAST_RETRY } });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(posts('/v1/meters').map((l) => l.status)).toEqual([201, 429, 201]);
		expect(emu.store.count('meters')).toBe(2);
	});

	test('connection refused is retried (nothing reached Polar), and not reported as possibly applied', async () => {
		const closedPort = emu.url;
		await emu.close();
		const { error } = await runNode({ credentials: tokenCredentials(closedPort), parameters: { ...METER, retry: { maxRetries: 2, baseDelayMs: 5, maxDelayMs: 10 } } });
		expect(error?.description).toMatch(/Gave up after 3 attempts: ECONNREFUSED ×3/);
		expect(error?.context?.mayHaveBeenApplied).toBeUndefined();
		emu = await startTestEmulator({ seed: 7 }); // for afterEach
	});
});

describe('Event → Ingest: a batch sent again after its reply was lost counts each event once', () => {
	test('one event per item: every event gets a derived external ID, repeats come back as duplicates', async () => {
		emu.configure({ faults: { rate: 0.5, kinds: ['504', 'reset'], phase: 'after', seed: 5 } });
		const items = Array.from({ length: 50 }, (_, i) => ({ json: { user: `user_${i % 7}` } }));
		const { items: out, error } = await runNode({
			credentials: tokenCredentials(emu.url),
			items,
			parameters: { resource: 'event', operation: 'ingest', ingestMode: 'itemPerEvent', eventName: 'api_call', eventCustomer: '={{ $json.user }}', eventFields: { batchSize: 10 }, retry: FAST_RETRY },
		});
		expect(error).toBeUndefined();
		const events = emu.store.list('events');
		expect(events).toHaveLength(50);
		expect(new Set(events.map((e) => e.external_id)).size).toBe(50);
		const ingests = posts('/v1/events/ingest');
		const lost = ingests.filter((l) => l.fault).length;
		const reported = out.map((o) => o.json as { inserted: number; duplicates: number });
		console.log(`ingest: ${ingests.length} requests for 5 batches, ${lost} replies lost; replies ${JSON.stringify(reported.map((r) => [r.inserted, r.duplicates]))}`);
		expect(lost).toBeGreaterThan(0);
		expect(reported.reduce((n, r) => n + r.duplicates, 0)).toBeGreaterThan(0); // Polar saw the repeats and skipped them
	});

	test('events JSON per item: events without an external ID get one, the user\'s own are kept', async () => {
		emu.configure({ faults: { rate: 1, kinds: ['504'], phase: 'after', seed: 2 } });
		const events = JSON.stringify([{ name: 'sync', external_customer_id: 'c1' }, { name: 'sync', external_customer_id: 'c1', external_id: 'mine-1' }]);
		const run = () => runNode({ credentials: tokenCredentials(emu.url), parameters: { resource: 'event', operation: 'ingest', ingestMode: 'json', inputMode: 'json', eventsJson: events, retry: { ...FAST_RETRY, maxRetries: 2 } } });
		const first = await run();
		expect(first.error?.message).toMatch(/^Polar may have applied this request/); // every reply lost…
		expect(posts('/v1/events/ingest')).toHaveLength(3); // …sent 3 times, as the events are repeat-safe
		expect(emu.store.list('events').map((e) => e.external_id).sort()).toEqual(['mine-1', expect.stringMatching(/^n8n-exec-1-[0-9a-f]{12}-0\.0$/)]);
		emu.configure({ faults: null });
		const second = await run(); // the same execution id in this harness: the same derived ids
		expect(second.items[0].json).toEqual({ inserted: 0, duplicates: 2 });
		expect(emu.store.count('events')).toBe(2);
	});
});
