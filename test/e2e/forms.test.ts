/**
 * The editor's forms inside a real n8n, against the emulator: six creates an ops team does, each
 * built only with fields (rows, groups, type choices, key/value rows, a multi-select), then once
 * more with the same input given as JSON (Input Mode JSON; for the checkout link's list of IDs, an
 * expression). Both must make the same request: what the emulator stored is compared, and checked
 * against what was filled in.
 */
import { stopAll } from '../../tools/e2e/process';
import { nodeOutput, type RunResult } from '../../tools/e2e/runs';
import { N8nUserFolder } from '../../tools/e2e/userFolder';
import { startEmulator } from '../../tools/emulator';
import type { Emulator, StoredObject } from '../../tools/emulator/types';
import { branchedWorkflow, polarCredential, polarNode } from './workflow';

const TOKEN = 'polar_oat_e2e_forms_token';
const FIELDS_WORKFLOW = 'polarE2eFormsFields';
const JSON_WORKFLOW = 'polarE2eFormsJson';

let polar: Emulator;
let folder: N8nUserFolder;
let fieldsRun: RunResult;
let jsonRun: RunResult;
let meter: StoredObject;
let products: StoredObject[];

type Mode = 'fields' | 'json';

/** The six nodes of one mode; `json` gives every nested input as JSON text instead of fields. */
function nodes(mode: Mode) {
	const json = mode === 'json';
	const tag = json ? 'JSON' : 'Fields';
	const prices = [
		{ amount_type: 'fixed', price_amount: 1900, price_currency: 'usd' },
		{ amount_type: 'metered_unit', meter_id: meter.id, unit_amount: 0.5, price_currency: 'usd' },
	];
	const licenseKeys = { prefix: 'FORMS', expires: { ttl: 1, timeframe: 'year' }, activations: { limit: 3, enable_customer_admin: true } };
	const filter = { conjunction: 'and', clauses: [{ property: 'name', operator: 'eq', value: 'api_call' }] };
	const aggregation = { func: 'sum', property: 'tokens' };
	const address = { line1: '1 Main Street', city: 'Springfield', postal_code: '12345', country: 'US' };
	return [
		polarNode(`Product (${tag})`, 'product', 'create', {
			bodyVariant: 'recurring',
			name: `Forms Pro ${tag}`,
			recurringInterval: 'month',
			...(json
				? { inputMode: 'json', pricesJson: JSON.stringify(prices, null, 2) }
				: {
					prices: {
						price: [
							{ amountType: 'fixed', priceAmount: 1900, priceCurrency: 'usd' },
							{ amountType: 'metered_unit', meterId: { __rl: true, mode: 'list', value: meter.id }, unitAmount: 0.5, priceCurrency: 'usd' },
						],
					},
				}),
		}),
		polarNode(`License keys (${tag})`, 'benefit', 'create', {
			bodyVariant: 'licenseKeysCreate',
			description: `Forms license ${tag}`,
			...(json
				? { inputMode: 'json', licenseKeysCreatePropertiesJson: JSON.stringify(licenseKeys) }
				: {
					licenseKeysCreateProperties: {
						values: {
							prefix: 'FORMS',
							expires: { values: { ttl: 1, timeframe: 'year' } },
							activations: { values: { limit: 3, enableCustomerAdmin: true } },
						},
					},
				}),
		}),
		polarNode(`Meter (${tag})`, 'meter', 'create', {
			name: `API tokens ${tag}`,
			...(json
				? { inputMode: 'json', filterJson: JSON.stringify(filter), aggregationJson: JSON.stringify(aggregation) }
				: {
					filter: { values: { conjunction: 'and', clauses: { clause: [{ property: 'name', operator: 'eq', value: 'api_call' }] } } },
					aggregation: { values: { func: 'sum', property: 'tokens' } },
				}),
		}),
		// No nested input: the same fields in both modes (Input Mode is only offered where there is one).
		polarNode(`Discount (${tag})`, 'discount', 'create', {
			bodyVariant: 'percentageCreate',
			name: `Launch ${tag}`,
			basisPoints: 1000,
			duration: 'repeating',
			additionalFields: { durationInMonths: 3 },
		}),
		polarNode(`Customer (${tag})`, 'customer', 'create', {
			email: `forms-${mode}@example.com`,
			...(json ? { inputMode: 'json' } : {}),
			additionalFields: {
				...(json
					? { billingAddressJson: JSON.stringify(address) }
					: { billingAddress: { values: { line1: '1 Main Street', city: 'Springfield', postalCode: '12345', country: 'US' } } }),
				metadata: { entries: [{ key: 'plan', value: 'pro' }, { key: 'source', value: 'n8n' }] },
			},
		}),
		// Two products picked in the multi-select (its value is their IDs), or given by an expression.
		polarNode(`Checkout link (${tag})`, 'checkoutLink', 'create', {
			bodyVariant: 'products',
			products: json ? `={{ ${JSON.stringify([products[0].id, products[1].id])} }}` : [products[0].id, products[1].id],
			additionalFields: { label: `Two products ${tag}` },
		}),
	];
}

beforeAll(async () => {
	polar = await startEmulator({ tokens: [TOKEN], seed: 19 });
	[meter] = polar.seed('meters', 1);
	products = polar.seed('products', 2);
	({ folder } = await N8nUserFolder.withPackage([polarCredential(polar.url, TOKEN)]));
	const workflow = (id: string, mode: Mode) => branchedWorkflow(id, `Polar e2e: forms (${mode})`, nodes(mode).map((node) => [node]));
	await folder.importWorkflows([workflow(FIELDS_WORKFLOW, 'fields'), workflow(JSON_WORKFLOW, 'json')]);
	fieldsRun = await folder.execute(FIELDS_WORKFLOW);
	jsonRun = await folder.execute(JSON_WORKFLOW);
}, 600_000);

afterAll(async () => {
	await stopAll();
	await polar?.close();
	await folder?.dispose();
});

/** What the emulator stored for a node's created object. */
function stored(run: RunResult, node: string, collection: string): StoredObject {
	const [created] = nodeOutput(run, node);
	const object = polar.store.get(collection, String(created.id));
	if (!object) throw new Error(`${node}: nothing stored in ${collection} under ${String(created.id)}`);
	return object;
}

/** The object without what differs between two creates by design (ids, times, the per-mode words). */
function comparable(object: StoredObject, ...own: string[]): Record<string, unknown> {
	const drop = new Set(['id', 'created_at', 'modified_at', ...own]);
	const strip = (v: unknown): unknown => {
		if (Array.isArray(v)) return v.map(strip);
		if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => !drop.has(k) && !k.endsWith('_id') || k === 'meter_id').map(([k, x]) => [k, strip(x)]));
		return v;
	};
	return strip(object) as Record<string, unknown>;
}

test('both runs finished', () => {
	expect(fieldsRun.data.resultData.error).toBeUndefined();
	expect(jsonRun.data.resultData.error).toBeUndefined();
});

test('Product → Create with two price rows: 19.00 USD a month, and a metered unit price on a meter', () => {
	const product = stored(fieldsRun, 'Product (Fields)', 'products');
	expect(product).toMatchObject({ name: 'Forms Pro Fields', recurring_interval: 'month' });
	expect(product.prices).toEqual([
		expect.objectContaining({ amount_type: 'fixed', price_amount: 1900, price_currency: 'usd' }),
		expect.objectContaining({ amount_type: 'metered_unit', meter_id: meter.id, price_currency: 'usd' }),
	]);
	expect(Number((product.prices as Array<{ unit_amount?: unknown }>)[1].unit_amount)).toBe(0.5);
	expect(comparable(stored(jsonRun, 'Product (JSON)', 'products'), 'name')).toEqual(comparable(product, 'name'));
});

test('Benefit → Create of type License Keys with prefix, expiry and activation limit', () => {
	const benefit = stored(fieldsRun, 'License keys (Fields)', 'benefits');
	expect(benefit).toMatchObject({
		type: 'license_keys',
		description: 'Forms license Fields',
		properties: { prefix: 'FORMS', expires: { ttl: 1, timeframe: 'year' }, activations: { limit: 3, enable_customer_admin: true } },
	});
	expect(comparable(stored(jsonRun, 'License keys (JSON)', 'benefits'), 'description')).toEqual(comparable(benefit, 'description'));
});

test('Meter → Create with one filter clause and a sum aggregation', () => {
	const made = stored(fieldsRun, 'Meter (Fields)', 'meters');
	expect(made).toMatchObject({
		filter: { conjunction: 'and', clauses: [{ property: 'name', operator: 'eq', value: 'api_call' }] },
		aggregation: { func: 'sum', property: 'tokens' },
	});
	expect(comparable(stored(jsonRun, 'Meter (JSON)', 'meters'), 'name')).toEqual(comparable(made, 'name'));
});

test('Discount → Create, percentage, repeating for 3 months', () => {
	const discount = stored(fieldsRun, 'Discount (Fields)', 'discounts');
	expect(discount).toMatchObject({ type: 'percentage', basis_points: 1000, duration: 'repeating', duration_in_months: 3 });
	expect(comparable(stored(jsonRun, 'Discount (JSON)', 'discounts'), 'name', 'code')).toEqual(comparable(discount, 'name', 'code'));
});

test('Customer → Create with a billing address and two metadata rows', () => {
	const customer = stored(fieldsRun, 'Customer (Fields)', 'customers');
	expect(customer).toMatchObject({
		email: 'forms-fields@example.com',
		billing_address: expect.objectContaining({ line1: '1 Main Street', city: 'Springfield', postal_code: '12345', country: 'US' }),
		metadata: { plan: 'pro', source: 'n8n' },
	});
	expect(comparable(stored(jsonRun, 'Customer (JSON)', 'customers'), 'email')).toEqual(comparable(customer, 'email'));
});

test('Checkout Link → Create with two products picked from the list', () => {
	const link = stored(fieldsRun, 'Checkout link (Fields)', 'checkout_links');
	const linked = (object: StoredObject) => JSON.stringify(object);
	expect(linked(link)).toContain(String(products[0].id));
	expect(linked(link)).toContain(String(products[1].id));
	expect(comparable(stored(jsonRun, 'Checkout link (JSON)', 'checkout_links'), 'label', 'url', 'client_secret')).toEqual(comparable(link, 'label', 'url', 'client_secret'));
});
