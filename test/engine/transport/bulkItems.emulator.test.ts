import { startEmulator } from '../../../tools/emulator';
import type { Emulator } from '../../../tools/emulator/types';
import { runNode, TEST_TOKEN, tokenCredentials } from '../../../tools/harness/engine';

/**
 * Many items at once (Items in Parallel at its default) through n8n's engine against the emulator
 * in its default Polar behaviour, with Polar's round trip: writes whose replies are lost are never
 * sent twice unless Polar dedupes them, and what items share (customer look-ups, sessions) is
 * fetched once.
 */
const FAST_RETRY = { maxRetries: 5, baseDelayMs: 10, maxDelayMs: 80 };
const LOST_REPLIES = { rate: 0.3, kinds: ['reset', '502', '504'] as Array<'reset' | '502' | '504'>, phase: 'after' as const };
const LATENCY_MS = 100;
let emu: Emulator;

beforeEach(async () => {
	emu = await startEmulator({ tokens: [TEST_TOKEN], seed: 17, latencyMs: LATENCY_MS });
});
afterEach(async () => {
	await emu.close();
});

const posts = (path: string) => emu.log.filter((l) => l.method === 'POST' && l.path.startsWith(path));
/** "0–2, 4" → [0, 1, 2, 4] */
const expand = (ranges: string) =>
	ranges.split(', ').filter(Boolean).flatMap((r) => {
		const [a, b = a] = r.split('–').map(Number);
		return Array.from({ length: b - a + 1 }, (_, k) => a + k);
	});
const people = (n: number) => Array.from({ length: n }, (_, i) => ({ json: { email: `buyer${i}@example.com` } }));

describe('30 % lost replies on creates (after Polar applied them), many items at once', () => {
	test('customers: none twice; every item is its customer, in input order', async () => {
		emu.configure({ faults: { ...LOST_REPLIES, seed: 31 } });
		const { items, error } = await runNode({
			credentials: tokenCredentials(emu.url),
			items: people(40),
			continueOnFail: true,
			parameters: { resource: 'customer', operation: 'create', email: '={{ $json.email }}', retry: FAST_RETRY },
		});
		expect(error).toBeUndefined();
		const stored = emu.store.list('customers');
		const creates = posts('/v1/customers');
		console.log(`customers: ${creates.length} POSTs for 40 items (${creates.filter((l) => l.fault).length} replies lost, ${creates.filter((l) => l.status === 422).length} answered "already exists")`);
		expect(creates.filter((l) => l.fault).length).toBeGreaterThan(0);
		expect(stored).toHaveLength(40);
		expect(new Set(stored.map((c) => c.email)).size).toBe(40);
		expect(items.map((i) => [i.pairedItem, i.json.email, i.json.id])).toEqual(
			people(40).map((p, i) => [{ item: i }, p.json.email, stored.find((c) => c.email === p.json.email)!.id]),
		);
	});

	const discount = { resource: 'discount', operation: 'create', bodyVariant: 'percentageCreate', name: '=Spring {{ $json.n }}', duration: 'once', basisPoints: 1000, retry: FAST_RETRY };
	const discountItems = Array.from({ length: 40 }, (_, n) => ({ json: { n } }));

	test('discounts (Polar dedupes nothing): each sent once; a lost reply says it may have been applied', async () => {
		emu.configure({ faults: { ...LOST_REPLIES, seed: 32 } });
		const { items, error } = await runNode({ credentials: tokenCredentials(emu.url), items: discountItems, continueOnFail: true, parameters: discount });
		expect(error).toBeUndefined();
		const sent = posts('/v1/discounts');
		const stored = emu.store.list('discounts');
		expect(sent).toHaveLength(40); // never sent again
		expect(stored).toHaveLength(40);
		expect(new Set(stored.map((d) => d.name)).size).toBe(40);
		const lost = sent.filter((l) => l.fault).length;
		const inDoubt = items.filter((i) => i.json.mayHaveBeenApplied === true);
		console.log(`discounts: 40 POSTs, ${lost} replies lost, ${inDoubt.length} items in doubt`);
		expect(lost).toBeGreaterThan(0);
		expect(inDoubt).toHaveLength(lost);
		for (const [i, item] of items.entries()) {
			expect(item.pairedItem).toEqual({ item: i });
			if (item.json.error === undefined) expect(item.json.name).toBe(`Spring ${i}`);
			else expect(item.json.error).toMatch(/^Polar may have applied this request/);
		}
	});

	test('discounts without Continue On Fail: the node stops at the first lost reply, naming what was applied and what is in doubt', async () => {
		emu.configure({ faults: { ...LOST_REPLIES, seed: 33 } });
		const { error } = await runNode({ credentials: tokenCredentials(emu.url), items: discountItems, parameters: discount });
		const sent = posts('/v1/discounts');
		const stored = emu.store.list('discounts');
		console.log(`discounts, stopping: ${sent.length} POSTs; error at item ${String(error?.context?.itemIndex)}: ${error?.description?.split('\n').pop()}`);
		expect(error?.message).toMatch(/^Polar may have applied this request/);
		expect(error?.context?.mayHaveBeenApplied).toBe(true);
		const stoppedAt = error!.context!.itemIndex as number;
		// Each sent once, every one of them applied (the faults come after Polar's work).
		expect(stored).toHaveLength(sent.length);
		expect(new Set(stored.map((d) => d.name)).size).toBe(sent.length);
		// Every discount Polar holds is a named applied item, the failed item, or one that failed beside it (a lost reply too).
		const applied = expand(String(error?.context?.appliedItems));
		const held = stored.map((d) => Number(String(d.name).replace('Spring ', '')));
		const besides = held.filter((n) => n !== stoppedAt && !applied.includes(n));
		expect(applied.every((n) => held.includes(n))).toBe(true);
		expect(held).toContain(stoppedAt);
		expect(besides).toHaveLength(sent.filter((l) => l.fault).length - 1);
		for (let i = 0; i < stoppedAt; i++) expect(applied).toContain(i);
		if (besides.length) expect(error?.description).toMatch(/failed too.* may have been applied/);
		expect(sent.length).toBeLessThan(40);
	});
});

test('100 items for one customer: one session minted, one external-ID look-up', async () => {
	const [customer] = emu.seed('customers', 1, () => ({ external_id: 'acme-42' }));
	emu.seed('orders', 2, () => ({ customer_id: customer.id }));
	const many = Array.from({ length: 100 }, () => ({ json: {} }));
	const portal = await runNode({
		credentials: tokenCredentials(emu.url),
		items: many,
		parameters: { resource: 'portalOrder', operation: 'getAll', portalAuth: 'externalCustomerId', portalExternalCustomerId: 'acme-42', returnAll: true },
	});
	expect(portal.error).toBeUndefined();
	expect(portal.items).toHaveLength(200);
	expect(posts('/v1/customer-sessions')).toHaveLength(1);

	const byExternalId = await runNode({
		credentials: tokenCredentials(emu.url),
		items: many,
		parameters: { resource: 'customer', operation: 'get', id: { __rl: true, mode: 'externalId', value: 'acme-42' } },
	});
	expect(byExternalId.error).toBeUndefined();
	expect(byExternalId.items.map((i) => i.json.id)).toEqual(many.map(() => customer.id));
	expect(emu.log.filter((l) => l.path.startsWith('/v1/customers/external/'))).toHaveLength(1);
	expect(emu.log.filter((l) => l.path.startsWith(`/v1/customers/${customer.id}`))).toHaveLength(100);
});

test('items at once and the Return All inside each share the execution\'s one budget: no 429, every item whole', async () => {
	emu.seed('customers', 250); // 3 pages per item: 12 requests for 4 items under 10 a minute
	emu.configure({ rateLimit: { limit: 10, windowMs: 60_000 } });
	const started = Date.now();
	const { items, error } = await runNode({
		credentials: tokenCredentials(emu.url, { requestsPerMinute: 10 }),
		items: Array.from({ length: 4 }, () => ({ json: {} })),
		parameters: { resource: 'customer', operation: 'getAll', returnAll: true, simplify: false },
	});
	expect(error).toBeUndefined();
	const log = emu.log;
	console.log(`4 items × Return All of 250 under 10 a minute: ${log.length} requests in ${((Date.now() - started) / 1000).toFixed(2)} s; the 11th arrived ${((log[10].at - log[0].at) / 1000).toFixed(2)} s after the 1st; 429: ${emu.stats().rateLimited}`);
	expect(emu.stats().rateLimited).toBe(0);
	expect(log).toHaveLength(12);
	expect(log[10].at - log[0].at).toBeGreaterThanOrEqual(60_000);
	expect(items).toHaveLength(1000);
	for (let i = 0; i < 4; i++) {
		const own = items.filter((o) => (o.pairedItem as { item: number }).item === i);
		expect(new Set(own.map((o) => o.json.id)).size).toBe(250);
	}
	expect(items.map((o) => (o.pairedItem as { item: number }).item)).toEqual([0, 1, 2, 3].flatMap((i) => Array(250).fill(i)));
}, 120_000);
