import type { Emulator } from '../../../tools/emulator';
import { startTestEmulator } from '../../harness/emulator';
import { RECORDED_SYSTEM_EVENTS } from '../../../tools/emulator/systemEvents';
import { sdkCore, sdkOperationFunction } from '../../harness/polarSdk';
import { sdkSystemEvents, type SdkSystemEvent } from '../../harness/sdkSystemEvents';
import { call, emulatorClient, EMULATOR_TEST_TOKEN } from './http';

/**
 * The emulator's events log against Polar's SDK: state changes made through the API (and the
 * control API's `changes`) are listed by `events:list` as the SDK's `SystemEvent` members, each
 * with every property its member requires and every metadata key its metadata type requires;
 * `source`, repeated `name`, `start_timestamp`/`end_timestamp`, `sorting` and pages filter and
 * order them as Polar's parameters say.
 */

type Event = { id: string; name: string; source: string; timestamp: string; customer_id: string | null; metadata: Record<string, unknown> } & Record<string, unknown>;
type Page = { items: Event[]; pagination: { total_count: number; max_page: number } };

let emu: Emulator;
let sdkEvents: Map<string, SdkSystemEvent>;
let listEvents: (query: Record<string, unknown>) => Promise<Page>;

beforeAll(async () => {
	emu = await startTestEmulator({ rateLimit: null, seed: 3 });
	sdkEvents = new Map(sdkSystemEvents('2026-10').map((e) => [e.name, e]));
	const core = sdkCore('2026-10', emu.url, EMULATOR_TEST_TOKEN);
	const fn = sdkOperationFunction('2026-10', 'events', 'listEvents');
	listEvents = async (query) => (await fn(core)(query)) as Page;
}, 60_000);

afterAll(async () => {
	await emu.close();
	await emulatorClient.close();
});

async function ok(method: string, path: string, body?: unknown): Promise<any> {
	const res = await call(emu, method, path, { body });
	if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${res.text}`);
	return res.json;
}

test('every state change is a system event the SDK types, with its required properties and metadata', async () => {
	const seeded = emu.seed('customers', 3);
	expect(emu.store.count('events')).toBe(0); // seeding records nothing

	const ada = await ok('POST', '/v1/customers/', { email: 'ada@example.com', name: 'Ada', external_id: 'ada' });
	await ok('PATCH', `/v1/customers/${ada.id}`, { name: 'Ada Lovelace' });
	const bob = await ok('POST', '/v1/customers/', { email: 'bob@example.com' });
	await ok('DELETE', `/v1/customers/${bob.id}`);
	const product = await ok('POST', '/v1/products/', { name: 'Pro', recurring_interval: 'month', prices: [{ amount_type: 'fixed', price_amount: 1500, price_currency: 'usd' }] });
	const sub = await ok('POST', '/v1/subscriptions/', { customer_id: ada.id, product_id: product.id });
	await ok('PATCH', `/v1/subscriptions/${sub.id}`, { cancel_at_period_end: true });
	await ok('PATCH', `/v1/subscriptions/${sub.id}`, { cancel_at_period_end: false });
	await ok('PATCH', `/v1/subscriptions/${sub.id}`, { revoke: true });
	const changes = await ok('POST', '/__emulator/changes', { collection: 'orders', count: 2 });
	expect(changes.events).toBe(2);
	await ok('POST', '/v1/refunds/', { order_id: changes.created[0], reason: 'customer_request', amount: 100 });
	await ok('POST', '/v1/checkouts/', { products: [product.id] });
	await ok('POST', '/__emulator/changes', { collection: 'benefit_grants', count: 1 });

	const page = await listEvents({ source: 'system', sorting: ['timestamp'], limit: 100 });
	const names = page.items.map((e) => e.name);
	console.log(`system events recorded: ${names.join(', ')}`);
	expect(names).toEqual([
		'customer.created',
		'customer.updated',
		'customer.created',
		'customer.deleted',
		'subscription.created',
		'subscription.canceled',
		'subscription.uncanceled',
		'subscription.revoked',
		'order.paid',
		'order.paid',
		'order.refunded',
		'checkout.created',
		'benefit.granted',
	]);
	for (const event of page.items) {
		const sdk = sdkEvents.get(event.name);
		expect(sdk).toBeDefined();
		expect({ name: event.name, lacks: sdk!.required.filter((k) => !(k in event)) }).toEqual({ name: event.name, lacks: [] });
		expect({ name: event.name, lacksMetadata: sdk!.metadataRequired.filter((k) => !(k in event.metadata)) }).toEqual({ name: event.name, lacksMetadata: [] });
		expect(event.source).toBe('system');
	}
	const about = (name: string) => page.items.find((e) => e.name === name)!;
	expect(about('customer.updated')).toMatchObject({ customer_id: ada.id, external_customer_id: 'ada', metadata: { customer_id: ada.id, updated_fields: { name: 'Ada Lovelace' } } });
	expect(about('customer.deleted')).toMatchObject({ customer_id: bob.id, metadata: { customer_id: bob.id } });
	expect(about('subscription.revoked')).toMatchObject({ customer_id: ada.id, metadata: { subscription_id: sub.id, product_id: product.id } });
	expect(about('order.refunded').metadata).toMatchObject({ order_id: changes.created[0], refunded_amount: 100 });
	expect((about('customer.created').customer as { id: string }).id).toBe(ada.id);
	// Every name the emulator claims to record has an SDK member.
	expect(RECORDED_SYSTEM_EVENTS.filter((n) => !sdkEvents.has(n))).toEqual([]);
	expect(seeded).toHaveLength(3);
});

test('events:list filters by name (repeated), source and time, sorts by timestamp and pages', async () => {
	const all = (await listEvents({ source: 'system', sorting: ['timestamp'], limit: 100 })).items;
	const newestFirst = (await listEvents({ source: 'system', limit: 100 })).items;
	expect(newestFirst.map((e) => e.id)).toEqual([...all].reverse().map((e) => e.id)); // default -timestamp

	const two = await listEvents({ source: 'system', name: ['order.paid', 'customer.deleted'], sorting: ['timestamp'], limit: 100 });
	expect(two.items.map((e) => e.name).sort()).toEqual(['customer.deleted', 'order.paid', 'order.paid']);
	expect((await listEvents({ source: 'user', limit: 100 })).items).toEqual([]);

	const middle = all[4];
	const after = await listEvents({ source: 'system', start_timestamp: middle.timestamp, sorting: ['timestamp'], limit: 100 });
	expect(after.items.every((e) => e.timestamp > middle.timestamp)).toBe(true);
	expect(after.items.length).toBe(all.filter((e) => e.timestamp > middle.timestamp).length);
	const before = await listEvents({ source: 'system', end_timestamp: middle.timestamp, sorting: ['timestamp'], limit: 100 });
	expect(before.items.every((e) => e.timestamp < middle.timestamp)).toBe(true);

	const pages: Event[] = [];
	for (let p = 1; ; p++) {
		const reply = await listEvents({ source: 'system', sorting: ['timestamp'], limit: 5, page: p });
		expect(reply.pagination).toEqual({ total_count: all.length, max_page: Math.ceil(all.length / 5) });
		pages.push(...reply.items);
		if (p >= reply.pagination.max_page) break;
	}
	expect(pages.map((e) => e.id)).toEqual(all.map((e) => e.id));
});
