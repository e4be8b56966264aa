/**
 * Polar's refusals as a user reads them (transport/replyMessages.ts, transport/fieldLabels.ts).
 * The bodies are built here the way Polar's server writes them (FastAPI's validation handler in
 * server/polar/exception_handlers.py, pydantic's error codes and `loc`, the OAuth2 errors of
 * server/polar/oauth2/exceptions.py); their `msg` texts are our own, since the node shows its own
 * words for pydantic's codes and only passes Polar's on for Polar's own rules.
 */
import { editorLabelOf } from '../../../nodes/Polar/transport/fieldLabels';
import { challengedScopes, credentialMessage, validationProblems } from '../../../nodes/Polar/transport/replyMessages';

const entry = (type: string, loc: Array<string | number>, ctx?: Record<string, unknown>, msg = 'refused') => ({ type, loc, msg, input: null, ...(ctx ? { ctx } : {}) });

describe('the editor label of a loc', () => {
	test.each([
		['customers:create', ['body', 'individual', 'email'], 'Email'],
		['customers:create', ['body', 'team', 'email'], 'Email'],
		['customers:create', ['body', 'individual', 'external_id'], 'External ID'],
		['products:create', ['body', 'recurring', 'name'], 'Name'],
		['products:create', ['body', 'one_time', 'prices', 0, 'fixed', 'price_amount'], 'Prices → item 1 → Price Amount'],
		['discounts:create', ['body', 'percentage', 'metadata', 'plan', 'str'], 'Metadata → plan'],
		['customers:list', ['query', 'sorting', 0], 'Sort By'],
		['products:get', ['path', 'id'], 'Product ID'],
	])('%s %j → %s', (operationId, loc, label) => {
		expect(editorLabelOf(operationId, loc)).toBe(label);
	});

	test('a whole branch, or the whole body, has no field', () => {
		expect(editorLabelOf('discounts:create', ['body', 'percentage'])).toBeUndefined();
		expect(editorLabelOf('products:create', ['body'])).toBeUndefined();
	});
});

describe('a 422 as lines a user reads', () => {
	test('pydantic codes in our words, by editor field, never the branch', () => {
		expect(
			validationProblems(
				[
					entry('value_error', ['body', 'individual', 'email'], { reason: 'x' }, 'value is not a valid email address: x'),
					entry('missing', ['body', 'individual', 'organization_id']),
				],
				'customers:create',
			),
		).toEqual(['Email: must be an email address', 'Organization: is required']);
		expect(validationProblems([entry('less_than_equal', ['body', 'one_time', 'prices', 0, 'fixed', 'price_amount'], { le: 99999999 })], 'products:create')).toEqual([
			'Prices → item 1 → Price Amount: must be at most 99999999',
		]);
		expect(validationProblems([entry('enum', ['query', 'sorting', 0], { expected: "'created_at' or '-created_at'" })], 'customers:list')).toEqual([
			"Sort By: must be 'created_at' or '-created_at'",
		]);
	});

	test('a plain union tried member by member is one problem: the one of the member the value fitted', () => {
		const tried = [
			entry('string_too_long', ['body', 'percentage', 'metadata', 'plan', 'str'], { max_length: 500 }),
			entry('int_parsing', ['body', 'percentage', 'metadata', 'plan', 'int']),
			entry('float_parsing', ['body', 'percentage', 'metadata', 'plan', 'float']),
			entry('bool_parsing', ['body', 'percentage', 'metadata', 'plan', 'bool']),
		];
		expect(validationProblems(tried, 'discounts:create')).toEqual(['Metadata → plan: takes at most 500 characters']);
		const noneFits = [entry('string_type', ['body', 'percentage', 'metadata', 'plan', 'str']), entry('int_type', ['body', 'percentage', 'metadata', 'plan', 'int'])];
		expect(validationProblems(noneFits, 'discounts:create')).toEqual(['Metadata → plan: must be text or a whole number']);
	});

	test('of the request shapes Polar tried, only the closest one speaks', () => {
		const tried = [
			entry('missing', ['body', 'CheckoutLinkCreateProductPrice', 'product_price_id']),
			entry('missing', ['body', 'CheckoutLinkCreateProduct', 'product_id']),
			entry('missing', ['body', 'CheckoutLinkCreateProducts', 'products']),
			entry('missing', ['body', 'CheckoutLinkCreateProducts', 'payment_processor']),
		];
		expect(validationProblems(tried, 'checkout-links:create')).toEqual(['Product Price ID: is required']);
	});

	test("Polar's own rules keep Polar's account, with the fields it names said as the editor does", () => {
		const rule = entry('value_error', ['body', 'percentage'], { error: {} }, 'Value error, `duration_in_months` goes with a `repeating` `duration`.');
		expect(validationProblems([rule], 'discounts:create')).toEqual(['"Duration In Months" goes with a `repeating` "Duration".']);
		const unknownCustomer = entry('customer_id', ['body', 'events', 0, 'customer_id'], undefined, 'No such customer.');
		expect(validationProblems([unknownCustomer], 'events:ingest')).toEqual(['Events → item 1 → Customer ID: No such customer.']);
	});
});

describe('a refused credential', () => {
	test('401 invalid_token: unknown, expired or revoked, what to do, the scopes the operation needs', () => {
		const refused = credentialMessage(
			401,
			{ error: 'invalid_token', error_description: 'our words' },
			{ 'www-authenticate': 'Bearer realm="polar", error="invalid_token", error_description="our words"' },
			['customers:read', 'customers:write'],
		);
		expect(refused?.message).toBe('Polar did not accept the credential: its access token is unknown, expired or revoked');
		expect(refused?.description).toBe(
			'Make a new token in Polar with one of the scopes customers:read or customers:write (organization Settings → Developers → New Token), paste it into the Polar credential and test the credential; with OAuth2, reconnect the credential. A sandbox token only works with the Sandbox environment, a production one with Production.',
		);
	});

	test('403 insufficient_scope names the scope from WWW-Authenticate and where to add it', () => {
		const headers = { 'WWW-Authenticate': 'Bearer realm="polar", scope="products:write", error="insufficient_scope", error_description="our words"' };
		expect(challengedScopes(headers)).toEqual(['products:write']);
		const refused = credentialMessage(403, { error: 'insufficient_scope', error_description: 'our words' }, headers, ['products:write']);
		expect(refused?.message).toBe('The Polar token lacks the scope products:write');
		expect(refused?.description).toMatch(/^Add products:write to the token's scopes in Polar: organization Settings → Developers → the token/);
		expect(refused?.description).toContain("OAuth2 application's scopes");
	});

	test('without the header (an old n8n loses it), the operation\'s scopes stand in', () => {
		expect(credentialMessage(403, { error: 'insufficient_scope' }, {}, ['files:read', 'files:write'])?.message).toBe('The Polar token lacks one of the scopes files:read or files:write');
	});

	test('other 403s are not about scopes', () => {
		expect(credentialMessage(403, { error: 'NotPermitted', detail: 'x' }, {}, ['files:read'])).toBeUndefined();
	});
});
