import { createObject, type ObjectContext } from './objects';
import { singular } from './routes';
import type { StoredObject } from './types';

/** Seeded objects are spread one minute apart from this instant, so created_at sorts them. */
const SEED_EPOCH = Date.parse('2026-01-01T00:00:00.000Z');
const EVENT_NAMES = ['api.call', 'file.upload', 'login', 'export.run'];

type Maker = (n: number, ctx: ObjectContext) => Record<string, unknown>;

/**
 * The id of an existing object of `collection` (the n-th of those `where` accepts, round robin).
 * When there is none yet, one is seeded first, so every reference a seeded object carries names a
 * real object and the objects Polar embeds (customer, product, meter, …) can be embedded.
 */
function pickId(ctx: ObjectContext, collection: string, n: number, where?: (o: StoredObject) => boolean): string {
	const candidates = () => {
		const items = ctx.store.collection(collection).items;
		return where ? items.filter(where) : items;
	};
	if (!candidates().length) seedCollection(ctx, collection, 1);
	const found = candidates();
	return found.length ? found[n % found.length].id : ctx.random.uuid();
}

const MAKERS: Record<string, Maker> = {
	customers: (n) => ({ email: `customer${n}@example.com`, name: `Customer ${n}`, external_id: `cus_${n}` }),
	products: (n) =>
		n % 3 === 0
			? { name: `Product ${n}`, recurring_interval: null, prices: [{ amount_type: 'fixed', price_amount: 4900, price_currency: 'usd' }] }
			: {
					name: `Product ${n}`,
					recurring_interval: n % 2 ? 'month' : 'year',
					prices: [{ amount_type: 'fixed', price_amount: n % 2 ? 1500 : 15000, price_currency: 'usd' }],
				},
	orders: (n, ctx) => ({ customer_id: pickId(ctx, 'customers', n * 7), product_id: pickId(ctx, 'products', n) }),
	subscriptions: (n, ctx) => ({
		customer_id: pickId(ctx, 'customers', n * 3),
		product_id: pickId(ctx, 'products', n, (p) => p.is_recurring === true),
	}),
	benefits: (n) => ({ type: 'custom', description: `Benefit ${n}`, properties: { note: `Thanks for buying (${n})` } }),
	benefit_grants: (n, ctx) => ({ customer_id: pickId(ctx, 'customers', n), benefit_id: pickId(ctx, 'benefits', n) }),
	discounts: (n) => ({ name: `Discount ${n}`, type: 'percentage', basis_points: 1000 * (1 + (n % 5)), duration: 'once', code: `SAVE${n}` }),
	meters: (n) => ({
		name: `Meter ${n}`,
		filter: { conjunction: 'and', clauses: [{ property: 'name', operator: 'eq', value: EVENT_NAMES[n % EVENT_NAMES.length] }] },
		aggregation: { func: 'count' },
	}),
	customer_meters: (n, ctx) => ({ customer_id: pickId(ctx, 'customers', n), meter_id: pickId(ctx, 'meters', n) }),
	events: (n, ctx) => ({ name: EVENT_NAMES[n % EVENT_NAMES.length], customer_id: pickId(ctx, 'customers', n) }),
	event_types: (n) => ({ name: EVENT_NAMES[n % EVENT_NAMES.length], label: EVENT_NAMES[n % EVENT_NAMES.length] }),
	license_keys: (n, ctx) => ({ customer_id: pickId(ctx, 'customers', n), benefit_id: pickId(ctx, 'benefits', n) }),
	license_key_activations: (n, ctx) => ({ license_key_id: pickId(ctx, 'license_keys', n), label: `Device ${n}` }),
	checkouts: (n, ctx) => ({ products: [pickId(ctx, 'products', n)] }),
	checkout_links: (n, ctx) => ({ label: `Link ${n}`, products: [pickId(ctx, 'products', n)] }),
	refunds: (n, ctx) => ({ order_id: pickId(ctx, 'orders', n), reason: 'customer_request', amount: 100 }),
	disputes: (n, ctx) => ({ order_id: pickId(ctx, 'orders', n), payment_id: pickId(ctx, 'payments', n) }),
	payments: (n, ctx) => ({ order_id: pickId(ctx, 'orders', n) }),
	members: (n, ctx) => ({ customer_id: pickId(ctx, 'customers', n), email: `member${n}@example.com`, name: `Member ${n}` }),
	customer_seats: (n, ctx) => ({ subscription_id: pickId(ctx, 'subscriptions', n), email: `seat${n}@example.com` }),
	wallets: (n, ctx) => ({ customer_id: pickId(ctx, 'customers', n) }),
	customer_payment_methods: (n, ctx) => ({ customer_id: pickId(ctx, 'customers', n) }),
	files: (n) => ({ name: `file-${n}.pdf`, mime_type: 'application/pdf', size: 1024 * n, service: 'downloadable', is_uploaded: true }),
	custom_fields: (n) => ({ type: 'text', slug: `field_${n}`, name: `Field ${n}` }),
	webhook_endpoints: (n) => ({ url: `https://example.com/webhooks/${n}`, format: 'raw', events: ['order.paid'] }),
	webhook_events: (n, ctx) => ({
		type: 'order.paid',
		webhook_endpoint_id: pickId(ctx, 'webhook_endpoints', n),
		payload: JSON.stringify({ type: 'order.paid', data: {} }),
	}),
	webhook_deliveries: (n, ctx) => {
		const event = ctx.store.collection('webhook_events').get(pickId(ctx, 'webhook_events', n));
		return { succeeded: true, http_code: 200, response: 'ok', endpoint_id: event?.webhook_endpoint_id, webhook_event: { ...event } };
	},
	metric_dashboards: (n) => ({ name: `Dashboard ${n}`, metrics: ['revenue', 'orders'] }),
};

/** Adds `count` plausible objects to a collection; `make(i)` overrides fields of the i-th. */
export function seedCollection(
	ctx: ObjectContext,
	collection: string,
	count: number,
	make?: (i: number) => object,
): StoredObject[] {
	const existing = ctx.store.count(collection);
	const maker = MAKERS[collection] ?? ((n: number) => ({ name: `${singular(collection).replace(/_/g, ' ')} ${n}` }));
	const created: StoredObject[] = [];
	for (let i = 0; i < count; i++) {
		const n = existing + i + 1;
		const body = { ...maker(n, ctx), ...(make ? (make(i) as Record<string, unknown>) : {}) };
		created.push(createObject(ctx, collection, body, new Date(SEED_EPOCH + n * 60_000).toISOString()));
	}
	return created;
}

/** The demo dataset: enough customers and orders that Return All spans several pages. */
export const DEMO_DATASET: Array<[string, number]> = [
	['benefits', 3],
	['products', 5],
	['discounts', 2],
	['customers', 250],
	['orders', 300],
	['subscriptions', 120],
	['meters', 2],
	['events', 60],
	['license_keys', 20],
	['checkout_links', 3],
];

export function seedDemoData(ctx: ObjectContext): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const [collection, count] of DEMO_DATASET) counts[collection] = seedCollection(ctx, collection, count).length;
	return counts;
}
