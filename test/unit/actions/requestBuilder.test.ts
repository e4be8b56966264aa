import { buildRequest, InputError } from '../../../nodes/Polar/actions/requestBuilder';
import { operations } from '../../../nodes/Polar/generated/operations';

const reader = (params: Record<string, unknown>) => (name: string, fallback?: unknown) => (name in params ? params[name] : fallback);
const UUID = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const UUID2 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

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

test('a bad UUID in a list filter is refused before sending, naming the field', () => {
	expect(() => buildRequest(operations['product:getAll'], reader({ filters: { organizationId: 'nope' } }))).toThrow(
		/Invalid "organizationId" \(organization_id\[0\]\): expected a UUID/,
	);
});

test('required body fields come up front; optional ones from Additional Fields; metadata becomes an object', () => {
	const req = buildRequest(operations['meter:create'], reader({
		name: 'API calls',
		filter: JSON.stringify({ conjunction: 'and', clauses: [] }),
		aggregation: JSON.stringify({ func: 'count' }),
		additionalFields: { metadata: { entries: [{ key: 'team', value: 'core' }] } },
	}));
	expect(req.method).toBe('POST');
	expect(req.body).toMatchObject({ name: 'API calls', filter: { conjunction: 'and', clauses: [] }, aggregation: { func: 'count' }, metadata: { team: 'core' } });
});

test('a missing required field names the parameter', () => {
	expect(() => buildRequest(operations['product:get'], reader({ id: '' }))).toThrow(InputError);
	expect(() => buildRequest(operations['product:get'], reader({ id: '' }))).toThrow(/Invalid "id".*is required/);
});

test('JSON fields are validated against the schema with the path of the bad part', () => {
	const prices = JSON.stringify([{ amount_type: 'fixed', price_amount: 'ten', price_currency: 'usd' }]);
	let error: InputError | undefined;
	try {
		buildRequest(operations['product:create'], reader({ bodyVariant: 'recurring', name: 'Pro', prices, recurringInterval: 'month' }));
	} catch (e) {
		error = e as InputError;
	}
	expect(error).toBeInstanceOf(InputError);
	expect(error!.message).toContain('prices[0].price_amount');
	expect(error!.message).toMatch(/expected a integer|expected an? integer|integer/);
});

test('malformed JSON says so', () => {
	expect(() => buildRequest(operations['meter:create'], reader({ name: 'x', filter: '{oops', aggregation: '{}' }))).toThrow(/"filter".*not valid JSON/);
});

test('union bodies: the chosen action selects the branch and fills constants (checkout link payment processor)', () => {
	const req = buildRequest(operations['checkoutLink:create'], reader({ bodyVariant: 'product', productId: UUID }));
	expect(req.body).toEqual({ payment_processor: 'stripe', product_id: UUID });
});

test('subscription update "Revoke Now" sends revoke: true and nothing else required', () => {
	const req = buildRequest(operations['subscription:update'], reader({ bodyVariant: 'revoke', id: UUID }));
	expect(req.path).toBe(`/v1/subscriptions/${UUID}`);
	expect(req.body).toEqual({ revoke: true });
});

test('enums are checked', () => {
	expect(() => buildRequest(operations['subscription:update'], reader({ bodyVariant: 'cancel', id: UUID, cancelAtPeriodEnd: true, additionalFields: { customerCancellationReason: 'bored' } }))).toThrow(
		/customerCancellationReason.*expected one of/,
	);
});

test('a JSON field takes an object from an expression ($fromAI json); a long list of allowed values is cut short in the error', () => {
	const req = buildRequest(operations['customer:create'], reader({ bodyVariant: 'individualCreate', email: 'a@example.com', additionalFields: { billingAddress: { country: 'FR', city: 'Paris' } } }));
	expect(req.body).toMatchObject({ email: 'a@example.com', billing_address: { country: 'FR', city: 'Paris' } });
	let message = '';
	try {
		buildRequest(operations['customer:create'], reader({ bodyVariant: 'individualCreate', email: 'a@example.com', additionalFields: { billingAddress: { country: 'XX' } } }));
	} catch (e) {
		message = (e as Error).message;
	}
	// An AI agent reads every word of the error: the first countries and how many, not all 249.
	expect(message).toMatch(/billing_address\.country: expected one of "AD", "AE", .*, … \(\d+ values\), got "XX"/);
	expect(message.length).toBeLessThan(300);
});
