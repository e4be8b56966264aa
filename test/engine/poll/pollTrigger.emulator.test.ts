import { startTestEmulator, TEST_TOKEN } from '../../harness/emulator';
import type { Emulator, StoredObject } from '../../../tools/emulator/types';
import { PollHarness } from '../../../tools/harness/poll';
import { OVERLAP_MS } from '../../../nodes/Polar/poll/cursor';

/**
 * The Polar Poll Trigger's poll() through n8n-core's PollContext against the emulator's events
 * log, with static data kept between polls as n8n keeps it (committed only when a poll returns).
 */

let emu: Emulator;
beforeEach(async () => {
	emu = await startTestEmulator({ seed: 5, rateLimit: null });
});
afterEach(async () => {
	await emu.close();
});

/** Makes `count` customers as state changes: `count` customer.created events, timestamped now. */
function createCustomers(count: number): StoredObject[] {
	return emu.store.recording(() => emu.seed('customers', count));
}

/** System events with chosen timestamps (ties, late arrivals), straight into the log. */
function logEvents(timestamps: string[], name = 'order.paid'): StoredObject[] {
	return emu.seed('events', timestamps.length, (i) => ({ name, source: 'system', label: name, timestamp: timestamps[i], customer_id: null, metadata: { order_id: `order-${i}`, amount: 100 } }));
}

const systemEventIds = (name: string) =>
	emu.store
		.list('events')
		.filter((e) => e.name === name && e.source === 'system')
		.map((e) => e.id);

const harness = (parameters: Record<string, unknown> = {}) => new PollHarness({ events: ['customer.created'], ...parameters } as never, emu.url);

test('activation emits no history; each later poll emits every new event once, oldest first, across pages', async () => {
	createCustomers(5);
	const trigger = harness();
	const first = await trigger.poll('trigger', 'activate');
	expect(first).toMatchObject({ empty: true, items: [] });
	expect(first.error).toBeUndefined();
	expect(trigger.state.cursor).toBeDefined();

	const made = createCustomers(250);
	const second = await trigger.poll();
	expect(second.error).toBeUndefined();
	const expected = systemEventIds('customer.created').slice(5);
	expect(second.items.map((i) => i.json.id)).toEqual(expected);
	expect(second.items.map((i) => (i.json.metadata as { customer_id: string }).customer_id)).toEqual(made.map((c) => c.id));
	expect(second.items[0].json).toMatchObject({ name: 'customer.created', type: 'customer.created', customerId: made[0].id, customer: { id: made[0].id } });

	const third = await trigger.poll();
	expect(third).toMatchObject({ empty: true, items: [] });
	const listCalls = emu.log.filter((e) => e.path.startsWith('/v1/events'));
	console.log(`poll requests: ${listCalls.length} (${listCalls.map((e) => e.path.replace(/start_timestamp=[^&]+&?/, '')).length} pages over 3 polls)`);
	expect(listCalls.every((e) => e.path.includes('source=system') && e.path.includes('name=customer.created'))).toBe(true);
});

test('events sharing a timestamp, and one that arrives late within the overlap, are emitted once each', async () => {
	const trigger = harness({ events: ['order.paid'], startFrom: '2026-11-30T00:00:00.000Z' });
	const t = '2026-12-01T10:00:00.123456Z';
	const firstBatch = logEvents([t, t, t]);
	const first = await trigger.poll();
	expect(first.items.map((i) => i.json.id)).toEqual(firstBatch.map((e) => e.id));

	// Two more at the very same microsecond, and one stamped 30 s before it that shows up only now.
	const ties = logEvents([t, t]);
	const late = logEvents([new Date(Date.parse(t) - 30_000).toISOString()]);
	const second = await trigger.poll();
	expect(second.error).toBeUndefined();
	expect(second.items.map((i) => i.json.id).sort()).toEqual([...ties, ...late].map((e) => e.id).sort());
	// Emitted oldest first: the late one leads.
	expect(second.items[0].json.id).toBe(late[0].id);

	// Later than the overlap forgives: never emitted (the documented limit), and nothing repeats.
	logEvents([new Date(Date.parse(t) - OVERLAP_MS - 60_000).toISOString()]);
	const third = await trigger.poll();
	expect(third).toMatchObject({ empty: true, items: [] });
	expect((trigger.state.cursor as { seen: unknown[] }).seen.length).toBe(6);
});

test('a restart resumes from the stored cursor', async () => {
	const trigger = harness();
	await trigger.poll('trigger', 'activate');
	createCustomers(7);
	expect((await trigger.poll()).items).toHaveLength(7);
	trigger.restart();
	createCustomers(3);
	const after = await trigger.poll('trigger', 'init');
	expect(after.items.map((i) => i.json.id)).toEqual(systemEventIds('customer.created').slice(7));
});

test('manual mode fetches the newest matching event and leaves the cursor alone', async () => {
	const trigger = harness({ events: ['customer.created', 'customer.deleted'] });
	await trigger.poll('trigger', 'activate');
	const stored = trigger.stored;
	createCustomers(3);
	const manual = await trigger.poll('manual');
	expect(manual.error).toBeUndefined();
	expect(manual.items.map((i) => i.json.id)).toEqual(systemEventIds('customer.created').slice(-1));
	expect(trigger.stored).toBe(stored);
	// The cursor did not move: the next scheduled poll still emits all three.
	expect((await trigger.poll()).items).toHaveLength(3);

	const empty = new PollHarness({ events: ['meter.reset'] } as never, emu.url);
	const none = await empty.poll('manual');
	expect(none.error?.message).toMatch(/no matching event/);
});

test('Start From backfills exactly the events after that date, then goes on from there', async () => {
	const stamps = ['2026-11-01T00:00:00.000Z', '2026-11-10T00:00:00.000Z', '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000001Z'];
	const events = logEvents(stamps);
	const trigger = harness({ events: ['order.paid'], startFrom: '2026-11-20T00:00:00.000Z' });
	const first = await trigger.poll('trigger', 'activate');
	// After the date: not the one exactly at it.
	expect(first.items.map((i) => i.json.id)).toEqual([events[3].id]);
	expect((await trigger.poll()).empty).toBe(true);

	// A Start From changed by the user starts over from the new date.
	trigger.setParameters({ startFrom: '2026-11-05T00:00:00.000Z' });
	const again = await trigger.poll('trigger', 'update');
	expect(again.items.map((i) => i.json.id)).toEqual([events[1].id, events[2].id, events[3].id]);
});

test('a failed poll (5xx, 429, reset after retries) throws the API error and leaves the cursor; the next one catches up', async () => {
	const trigger = harness();
	await trigger.poll('trigger', 'activate');
	createCustomers(120);
	const stored = trigger.stored;
	for (const kind of ['503', '429', 'reset'] as const) {
		emu.configure({ faults: { rate: 1, kinds: [kind], seed: 1 } });
		const failed = await trigger.poll();
		expect(failed.error?.constructor.name).toBe('NodeApiError');
		console.log(`${kind}: ${failed.error?.message} / ${failed.error?.description}`);
		expect(trigger.stored).toBe(stored);
	}
	// Faults on the events list alone, after the transport's retries.
	emu.configure({ faults: { rate: 1, kinds: ['500'], only: { path: '/v1/events' }, seed: 2 } });
	expect((await trigger.poll()).error).toBeDefined();
	expect(trigger.stored).toBe(stored);

	emu.configure({ faults: null });
	const recovered = await trigger.poll();
	expect(recovered.items.map((i) => i.json.id)).toEqual(systemEventIds('customer.created'));
});

test('Include Full Object fetches what each event is about; an object Polar no longer has is null', async () => {
	const trigger = harness({ events: ['customer.created', 'customer.deleted', 'order.paid'], options: { includeObject: true } });
	await trigger.poll('trigger', 'activate');
	const [kept, gone] = createCustomers(2);
	const orders = emu.store.recording(() => emu.seed('orders', 1, () => ({ customer_id: kept.id })));
	const res = await fetch(`${emu.url}/v1/customers/${gone.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TEST_TOKEN}` } });
	expect(res.status).toBe(204);
	const polled = await trigger.poll();
	expect(polled.error).toBeUndefined();
	const byName = polled.items.map((i) => [i.json.name, (i.json.data as { id?: string } | null)?.id ?? null]);
	expect(byName).toEqual([
		['customer.created', kept.id],
		['customer.created', null],
		['order.paid', orders[0].id],
		['customer.deleted', null],
	]);
	expect(polled.items[2].json).toMatchObject({ type: 'order.paid', data: { id: orders[0].id, customer_id: kept.id } });
});

test('bad parameters are refused by name before any request', async () => {
	const before = emu.stats().requests;
	const none = await new PollHarness({ events: [] } as never, emu.url).poll();
	expect(none.error?.message).toBe('Choose at least one event in "Events"');
	const unknown = await new PollHarness({ events: ['order.created'] } as never, emu.url).poll();
	expect(unknown.error?.message).toMatch(/"Events" holds names that are not Polar system events: order\.created/);
	const date = await harness({ startFrom: 'next tuesday' }).poll();
	expect(date.error?.message).toMatch(/"Start From" must be a date and time/);
	expect(emu.stats().requests).toBe(before);
});
