/**
 * The emulator's webhook delivery as Polar's worker makes it, read back through Polar's SDK:
 * 10 deliveries per event, the endpoint disabled after 10 failed events in a row with its pending
 * events skipped, the deliveries list and its filters, redelivery, and the 90-day archive.
 */
import type { Emulator } from '../../../tools/emulator';
import { startTestEmulator } from '../../harness/emulator';
import type { StoredObject } from '../../../tools/emulator/types';
import { waitFor } from '../../../tools/e2e/wait';
import { sdkCore, sdkOperationFunction } from '../../harness/polarSdk';

const TOKEN = 'polar_oat_deliveries_test';
type Page = { items: Array<{ id: string; succeeded: boolean; created_at: string; webhook_event: { id: string; succeeded?: boolean | null; skipped: boolean; is_archived: boolean; payload: string | null } }>; pagination: { total_count: number; max_page: number } };

let emu: Emulator;
let list: (query: Record<string, unknown>) => Promise<Page>;
let redeliver: (id: string) => Promise<unknown>;

beforeEach(async () => {
	// Backoff scaled so 10 deliveries take a fraction of a second; nothing listens at the URL.
	emu = await startTestEmulator({ tokens: [TOKEN], seed: 3, allowLoopbackWebhooks: true, webhookBackoffScale: 0.0005, webhooksUnreachable: true });
	const core = sdkCore('2026-10', emu.url, TOKEN);
	list = sdkOperationFunction('2026-10', 'webhooks', 'listWebhookDeliveriesWebhooks')(core) as never;
	redeliver = sdkOperationFunction('2026-10', 'webhooks', 'redeliverWebhookEventWebhooks')(core) as never;
});

afterEach(async () => {
	await emu.close();
});

function endpoint(): StoredObject {
	const [made] = emu.seed('webhook_endpoints', 1, () => ({ url: 'http://127.0.0.1:9/hook', events: ['order.paid'] }));
	return made;
}

test('10 failed events in a row: each delivered 10 times, then the endpoint is disabled and the rest skipped', async () => {
	const ep = endpoint();
	for (let i = 0; i < 14; i++) await emu.deliverWebhook('order.paid', { id: `o${i}` });
	await waitFor('the endpoint to be disabled', () => emu.store.get('webhook_endpoints', ep.id)!.enabled === false, 20_000, 20);
	const events = emu.store.list('webhook_events');
	const failed = events.filter((e) => e.succeeded === false);
	const skipped = events.filter((e) => e.skipped === true);
	console.log(`disabled with ${failed.length} events failed and ${skipped.length} skipped`);
	expect(failed.length).toBeGreaterThanOrEqual(10);
	expect(failed.length + skipped.length).toBe(14);
	for (const event of failed) expect(emu.store.list('webhook_deliveries').filter((d) => d.webhook_event_id === event.id)).toHaveLength(10);
	// A disabled endpoint gets no new events.
	expect(await emu.deliverWebhook('order.paid', { id: 'while-disabled' })).toEqual([]);

	// Polar's SDK parses the list; filters and pagination as Polar's.
	const page = await list({ endpoint_id: ep.id, succeeded: false, limit: 100 });
	const all = emu.store.count('webhook_deliveries');
	expect(page.pagination).toEqual({ total_count: all, max_page: Math.ceil(all / 100) });
	const times = page.items.map((d) => Date.parse(d.created_at));
	expect([...times].sort((a, b) => b - a)).toEqual(times); // newest first
	expect((await list({ endpoint_id: ep.id, succeeded: true })).pagination.total_count).toBe(0);
	const newest = page.items[0].created_at;
	expect((await list({ endpoint_id: ep.id, start_timestamp: newest })).items.every((d) => Date.parse(d.created_at) > Date.parse(newest))).toBe(true);
	expect((await list({ endpoint_id: '00000000-0000-4000-8000-000000000000' })).pagination.total_count).toBe(0);
});

test('redelivery sends the same webhook-id again; nothing goes to a disabled endpoint or for an archived event', async () => {
	const ep = endpoint();
	const [first] = await emu.deliverWebhook('order.paid', { id: 'o1' });
	expect(first.status).toBe(0);
	const event = emu.store.list('webhook_events')[0];
	expect(event.webhook_id).toBe(event.id); // Polar's webhook-id is the event's id
	const count = () => emu.store.list('webhook_deliveries').filter((d) => d.webhook_event_id === event.id).length;
	await waitFor('Polar to give up on the event', () => emu.store.get('webhook_events', event.id)!.succeeded === false, 20_000, 20);
	expect(count()).toBe(10);

	emu.configure({ webhooksUnreachable: false });
	await expect(redeliver(event.id)).resolves.toBeDefined();
	await waitFor('the redelivery to be recorded', () => count() === 11, 10_000, 20);

	// Older than 90 days: Polar has dropped the payload; redeliver answers 202 and sends nothing.
	const [old] = emu.seed('webhook_events', 1, () => ({ created_at: new Date(Date.now() - 91 * 86_400_000).toISOString(), webhook_endpoint_id: ep.id, payload: '{"type":"order.paid"}', succeeded: false }));
	await redeliver(old.id);
	const listed = await list({ query: old.id });
	expect(listed.items).toEqual([]);
	expect(emu.store.get('webhook_events', old.id)).toMatchObject({ payload: null, is_archived: true });
	await new Promise((r) => setTimeout(r, 200));
	expect(emu.store.list('webhook_deliveries').filter((d) => d.webhook_event_id === old.id)).toHaveLength(0);
});
