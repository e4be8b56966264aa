import { createObject, type ObjectContext } from './objects';
import { singular } from './routes';
import type { StoredObject } from './types';

/** Seeded objects are spread one minute apart from this instant, so created_at sorts them. */
const SEED_EPOCH = Date.parse('2026-01-01T00:00:00.000Z');
const EVENT_NAMES = ['api.call', 'file.upload', 'login', 'export.run'];

type Maker = (n: number, ctx: ObjectContext) => Record<string, unknown>;

function pickId(ctx: ObjectContext, collection: string, n: number, where?: (o: StoredObject) => boolean): string {
	const items = ctx.store.collection(collection).items;
	const candidates = where ? items.filter(where) : items;
	return candidates.length ? candidates[n % candidates.length].id : ctx.random.uuid();
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
	discounts: (n) => ({ name: `Discount ${n}`, type: 'percentage', basis_points: 1000 * (1 + (n % 5)), duration: 'once', code: `SAVE${n}` }),
	meters: (n) => ({
		name: `Meter ${n}`,
		filter: { conjunction: 'and', clauses: [{ property: 'name', operator: 'eq', value: EVENT_NAMES[n % EVENT_NAMES.length] }] },
		aggregation: { func: 'count' },
	}),
	events: (n, ctx) => ({ name: EVENT_NAMES[n % EVENT_NAMES.length], customer_id: pickId(ctx, 'customers', n) }),
	license_keys: (n, ctx) => ({ customer_id: pickId(ctx, 'customers', n), benefit_id: pickId(ctx, 'benefits', n) }),
	checkout_links: (n, ctx) => ({ label: `Link ${n}`, products: [pickId(ctx, 'products', n)] }),
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
