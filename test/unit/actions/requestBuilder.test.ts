import { buildRequest, InputError } from '../../../nodes/Polar/actions/requestBuilder';
import { bodyEditorPath } from '../../../nodes/Polar/actions/inputError';
import { operations } from '../../../nodes/Polar/generated/operations';

const reader = (params: Record<string, unknown>) => (name: string, fallback?: unknown) => (name in params ? params[name] : fallback);
const UUID = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const UUID2 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

const errorOf = (run: () => unknown): InputError => {
	try {
		run();
	} catch (e) {
		if (e instanceof InputError) return e;
		throw e;
	}
	throw new Error('no InputError');
};

test('path parameters are filled in and encoded', () => {
	const req = buildRequest(operations['customer:getExternal'], reader({ externalId: 'team/a b' }));
	expect(req.path).toBe('/v1/customers/external/team%2Fa%20b');
	expect(req.method).toBe('GET');
});

test('filters: lists repeat their key, metadata uses deep-object keys, sorting is repeatable', () => {
	const req = buildRequest(operations['product:getAll'], reader({
		filters: { organizationId: `${UUID}, ${UUID2}`, isArchived: false, metadata: { entries: [{ key: 'plan', value: 'pro' }] }, sort: ['-created_at', 'name'] },
	}));
	expect(req.query).toEqual([
		['organization_id', UUID],
		['organization_id', UUID2],
		['is_archived', 'false'],
		['metadata[plan]', 'pro'],
		['sorting', '-created_at'],
		['sorting', 'name'],
	]);
});

test('a list of IDs from a multi-select (an array) is sent like the comma-separated text of an expression', () => {
	const picked = buildRequest(operations['checkoutLink:create'], reader({ bodyVariant: 'products', products: [UUID, UUID2] }));
	const typed = buildRequest(operations['checkoutLink:create'], reader({ bodyVariant: 'products', products: `${UUID},${UUID2}` }));
	expect(picked.body).toEqual({ payment_processor: 'stripe', products: [UUID, UUID2] });
	expect(typed.body).toEqual(picked.body);
});

test('a bad UUID in a list filter is refused before sending, naming the field and the entry', () => {
	expect(() => buildRequest(operations['product:getAll'], reader({ filters: { organizationId: 'nope' } }))).toThrow(
		/^Organization → item 1: expected a UUID/,
	);
});

test('a missing required field names it as the editor shows it', () => {
	expect(() => buildRequest(operations['product:get'], reader({ id: '' }))).toThrow(InputError);
	expect(() => buildRequest(operations['product:get'], reader({ id: '' }))).toThrow(/^Product ID is required/);
});

describe('nested inputs as fields (Input Mode Fields, the default)', () => {
	const prices = { price: [
		{ amountType: 'fixed', priceAmount: 1900, priceCurrency: 'usd' },
		{ amountType: 'metered_unit', meterId: { __rl: true, mode: 'list', value: UUID }, unitAmount: 0.5, priceCurrency: 'usd', additionalFields: { capAmount: 10000 } },
	] };

	test('price rows: each row sends its type and only the fields of that type', () => {
		const req = buildRequest(operations['product:create'], reader({ bodyVariant: 'recurring', name: 'Pro', recurringInterval: 'month', prices }));
		expect(req.body).toEqual({
			name: 'Pro',
			recurring_interval: 'month',
			prices: [
				{ amount_type: 'fixed', price_amount: 1900, price_currency: 'usd' },
				{ amount_type: 'metered_unit', meter_id: UUID, unit_amount: 0.5, price_currency: 'usd', cap_amount: 10000 },
			],
		});
	});

	test('a one-time product sends the only value its interval allows (null) without showing it', () => {
		const req = buildRequest(operations['product:create'], reader({ bodyVariant: 'oneTime', name: 'Book', prices: { price: [prices.price[0]] } }));
		expect(req.body).toEqual({ name: 'Book', prices: [prices.price[0] && { amount_type: 'fixed', price_amount: 1900, price_currency: 'usd' }], recurring_interval: null, recurring_interval_count: null });
	});

	test('a bad value in a row names the field, the row and the row field', () => {
		const bad = { price: [prices.price[0], { amountType: 'fixed', priceAmount: 19.5 }] };
		expect(errorOf(() => buildRequest(operations['product:create'], reader({ bodyVariant: 'recurring', name: 'Pro', recurringInterval: 'month', prices: bad }))).message)
			.toBe('Prices → item 2 → Price Amount: expected a whole number, got 19.5');
	});

	test('a row whose type is not chosen fails before sending: nothing is preselected for the user', () => {
		expect(errorOf(() => buildRequest(operations['meter:create'], reader({ name: 'Calls', filter: { values: { conjunction: 'and', clauses: {} } }, aggregation: { values: {} } }))).message)
			.toBe('Aggregation: choose a Function');
		// A filter without clause rows is a filter with no clauses (the list may be empty), not a missing field.
		expect(buildRequest(operations['meter:create'], reader({ name: 'Calls', filter: { values: { conjunction: 'and', clauses: {} } }, aggregation: { values: { func: 'count' } } })).body)
			.toMatchObject({ filter: { conjunction: 'and', clauses: [] } });
		const untyped = { price: [{ priceAmount: 1900 }] };
		expect(errorOf(() => buildRequest(operations['product:create'], reader({ bodyVariant: 'recurring', name: 'Pro', recurringInterval: 'month', prices: untyped }))).message)
			.toBe('Prices → item 1: choose a Price Type');
	});

	test('no rows where rows are required says the field is required', () => {
		expect(errorOf(() => buildRequest(operations['product:create'], reader({ bodyVariant: 'recurring', name: 'Pro', recurringInterval: 'month', prices: {} }))).message)
			.toBe('Prices is required');
	});

	test('a group (the meter filter) holds rows (its clauses); a group with a type choice (the aggregation)', () => {
		const req = buildRequest(operations['meter:create'], reader({
			name: 'API calls',
			filter: { values: { conjunction: 'and', clauses: { clause: [{ property: 'name', operator: 'eq', value: 'api_call' }] } } },
			aggregation: { values: { func: 'count' } },
			additionalFields: { metadata: { entries: [{ key: 'team', value: 'core' }] } },
		}));
		expect(req.body).toEqual({
			name: 'API calls',
			filter: { conjunction: 'and', clauses: [{ property: 'name', operator: 'eq', value: 'api_call' }] },
			aggregation: { func: 'count' },
			metadata: { team: 'core' },
		});
	});

	test('typed key/value rows: a currency picked as the key, an amount as the value', () => {
		const req = buildRequest(operations['discount:update'], reader({ id: { __rl: true, mode: 'id', value: UUID }, additionalFields: { amounts: { entries: [{ key: 'usd', value: 500 }, { key: 'eur', value: 450 }] } } }));
		expect(req.body).toEqual({ amounts: { usd: 500, eur: 450 } });
	});

	test('a filter value typed by an expression as a number stays a number', () => {
		const req = buildRequest(operations['meter:create'], reader({
			name: 'Tokens',
			filter: { values: { conjunction: 'and', clauses: { clause: [{ property: 'tokens', operator: 'gt', value: 100 }] } } },
			aggregation: { values: { func: 'sum', property: 'tokens' } },
		}));
		expect(req.body).toMatchObject({ filter: { clauses: [{ value: 100 }] }, aggregation: { func: 'sum', property: 'tokens' } });
	});
});

describe('nested inputs as JSON (Input Mode JSON)', () => {
	test('the JSON twin builds the same request as the fields', () => {
		const fields = buildRequest(operations['meter:create'], reader({
			name: 'API calls',
			filter: { values: { conjunction: 'and', clauses: { clause: [{ property: 'name', operator: 'eq', value: 'api_call' }] } } },
			aggregation: { values: { func: 'sum', property: 'tokens' } },
		}));
		const json = buildRequest(operations['meter:create'], reader({
			name: 'API calls',
			inputMode: 'json',
			filterJson: JSON.stringify({ conjunction: 'and', clauses: [{ property: 'name', operator: 'eq', value: 'api_call' }] }),
			aggregationJson: { func: 'sum', property: 'tokens' },
		}));
		expect(json).toEqual(fields);
	});

	test('JSON reaches what the fields cannot: a filter group inside a filter', () => {
		const nested = { conjunction: 'or', clauses: [{ conjunction: 'and', clauses: [{ property: 'a', operator: 'eq', value: 1 }] }] };
		const req = buildRequest(operations['meter:create'], reader({ name: 'Nested', inputMode: 'json', filterJson: JSON.stringify(nested), aggregationJson: '{"func":"count"}' }));
		expect(req.body).toMatchObject({ filter: nested });
	});

	test('a bad part of the JSON is named through the editor\'s labels', () => {
		const prices = JSON.stringify([{ amount_type: 'fixed', price_amount: 'ten', price_currency: 'usd' }]);
		const error = errorOf(() => buildRequest(operations['product:create'], reader({ bodyVariant: 'recurring', name: 'Pro', recurringInterval: 'month', inputMode: 'json', pricesJson: prices })));
		expect(error.message).toBe('Prices → item 1 → Price Amount: expected a integer, got string');
	});

	test('malformed JSON says so', () => {
		expect(() => buildRequest(operations['meter:create'], reader({ name: 'x', inputMode: 'json', filterJson: '{oops', aggregationJson: '{}' }))).toThrow(/^Filter is not valid JSON/);
	});
});

test('union bodies: the chosen shape selects the branch and fills constants (checkout link payment processor)', () => {
	const req = buildRequest(operations['checkoutLink:create'], reader({ bodyVariant: 'product', productId: UUID }));
	expect(req.body).toEqual({ payment_processor: 'stripe', product_id: UUID });
});

test('a shape choice with no default of Polar\'s starts empty and must be made', () => {
	expect(operations['subscription:update'].body!.default).toBeUndefined();
	expect(errorOf(() => buildRequest(operations['subscription:update'], reader({ id: UUID }))).message).toBe('Choose a Change');
	// Polar assumes an individual customer when no type is given, so that shape stays preselected.
	expect(operations['customer:create'].body!.default).toBe('individualCreate');
	expect(buildRequest(operations['customer:create'], reader({ email: 'a@example.com' })).body).toEqual({ email: 'a@example.com', type: 'individual' });
});

test('subscription update "Revoke Now" sends revoke: true and nothing else required', () => {
	const req = buildRequest(operations['subscription:update'], reader({ bodyVariant: 'revoke', id: UUID }));
	expect(req.path).toBe(`/v1/subscriptions/${UUID}`);
	expect(req.body).toEqual({ revoke: true });
});

test('a field whose only valid value is null is sent as null and never asked for', () => {
	const req = buildRequest(operations['subscription:update'], reader({ bodyVariant: 'updateClear', id: UUID }));
	expect(req.body).toEqual({ pending_update: null });
});

test('enums are checked', () => {
	expect(() => buildRequest(operations['subscription:update'], reader({ bodyVariant: 'cancel', id: UUID, cancelAtPeriodEnd: true, additionalFields: { customerCancellationReason: 'bored' } }))).toThrow(
		/^Cancellation Reason: expected one of/,
	);
});

test('a required choice left empty fails with "choose a …" (Refund → Create reason is not preselected)', () => {
	const refund = operations['refund:create'];
	expect(errorOf(() => buildRequest(refund, reader({ orderId: UUID, reason: '', amount: 100 }))).message).toBe('Choose a Reason');
});

test('a body path maps to the editor\'s names (what Polar\'s 422 locations can be named with)', () => {
	expect(bodyEditorPath(operations['product:create'], 'prices[1].price_amount')).toEqual(['Prices', 'item 2', 'Price Amount']);
	expect(bodyEditorPath(operations['customer:create'], 'billing_address.country')).toEqual(['Billing Address', 'Country']);
	expect(bodyEditorPath(operations['customer:create'], 'metadata.plan')).toEqual(['Metadata', 'plan']);
});

test('a JSON field takes an object from an expression ($fromAI json); a long list of allowed values is cut short in the error', () => {
	const req = buildRequest(operations['customer:create'], reader({ email: 'a@example.com', inputMode: 'json', additionalFields: { billingAddressJson: { country: 'FR', city: 'Paris' } } }));
	expect(req.body).toMatchObject({ email: 'a@example.com', billing_address: { country: 'FR', city: 'Paris' } });
	let message = '';
	try {
		buildRequest(operations['customer:create'], reader({ email: 'a@example.com', additionalFields: { billingAddress: { values: { country: 'XX' } } } }));
	} catch (e) {
		message = (e as Error).message;
	}
	// An AI agent reads every word of the error: the first countries and how many, not all 249.
	expect(message).toMatch(/^Billing Address → Country: expected one of ("[A-Z]{2}", ){8}… \(\d+ values\), got "XX"$/);
	expect(message.length).toBeLessThan(300);
});
