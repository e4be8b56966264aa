/**
 * Polar's real refusals, through n8n's engine, as the person at the editor reads them. Each reply
 * is built here the way Polar's server writes it; the `msg` texts are ours (the node says pydantic's
 * codes in its own words, and passes Polar's words on only for Polar's own rules):
 * - 422: server/polar/exception_handlers.py (`{error, detail}`), pydantic's codes and `loc` through
 *   the union branch (the customer's `individual` tag: server/polar/customer/schemas/customer.py;
 *   a plain union's members: `str`, `int`, …), a discount's model check at the branch
 *   (server/polar/discount/schemas.py, `_validate_duration_in_months`);
 * - 401: server/polar/auth/middlewares.py raising server/polar/oauth2/exceptions.py's
 *   InvalidTokenError (authlib writes `{error, error_description}` and the challenge);
 * - 403: server/polar/auth/dependencies.py raising InsufficientScopeError with the scopes in the
 *   challenge.
 */
import type { INodeParameters } from 'n8n-workflow';
import { runNode, TEST_TOKEN } from '../../../tools/harness/engine';
import { fakePolar, json } from '../../harness/fakePolar';

const refusing = (status: number, body: unknown, headers: Record<string, string> = {}) => fakePolar((_req, _body, res) => json(res, status, body, headers));

const CUSTOMER = { resource: 'customer', operation: 'create', bodyVariant: 'individualCreate', email: 'ada@example.com' };
const DISCOUNT = { resource: 'discount', operation: 'create', bodyVariant: 'percentageCreate', name: 'Spring', duration: 'repeating', basisPoints: 1000 };

async function messageFor(status: number, body: unknown, parameters: INodeParameters, headers: Record<string, string> = {}) {
	const polar = await refusing(status, body, headers);
	try {
		const { error, items } = await runNode({ baseUrl: polar.url, parameters });
		expect(items).toHaveLength(0);
		expect(polar.requests).toHaveLength(1);
		expect(JSON.stringify({ m: error?.message, d: error?.description })).not.toContain(TEST_TOKEN);
		return { message: error?.message, description: error?.description, httpCode: error?.httpCode };
	} finally {
		await polar.close();
	}
}

describe('422: the editor field and what Polar wants, once per problem, never the union branch', () => {
	test('a customer whose email Polar refuses: the "Email" field, not individual.email', async () => {
		const body = {
			error: 'RequestValidationError',
			detail: [{ type: 'value_error', loc: ['body', 'individual', 'email'], msg: 'value is not a valid email address: the domain does not exist', input: 'ada@example.com', ctx: { reason: 'the domain does not exist' } }],
		};
		const { message, description, httpCode } = await messageFor(422, body, CUSTOMER);
		expect(message).toBe('Polar rejected the input: Email: must be an email address');
		expect(description).toBe('Email: must be an email address');
		expect(httpCode).toBe('422');
	});

	test('a metadata value Polar tried as text, whole number, number and boolean is one problem', async () => {
		const at = (member: string) => ['body', 'percentage', 'metadata', 'plan', member];
		const body = {
			error: 'RequestValidationError',
			detail: [
				{ type: 'string_too_long', loc: at('str'), msg: 'too long', input: 'x', ctx: { max_length: 500 } },
				{ type: 'int_parsing', loc: at('int'), msg: 'not an int', input: 'x' },
				{ type: 'float_parsing', loc: at('float'), msg: 'not a float', input: 'x' },
				{ type: 'bool_parsing', loc: at('bool'), msg: 'not a bool', input: 'x' },
			],
		};
		const { message } = await messageFor(422, body, DISCOUNT);
		expect(message).toBe('Polar rejected the input: Metadata → plan: takes at most 500 characters');
	});

	test('a repeating discount without its months: Polar\'s rule, its fields said as the editor says them', async () => {
		const body = {
			error: 'RequestValidationError',
			detail: [{ type: 'value_error', loc: ['body', 'percentage'], msg: 'Value error, `duration_in_months` must be set for a `repeating` `duration`.', input: {}, ctx: { error: {} } }],
		};
		const { message } = await messageFor(422, body, DISCOUNT);
		expect(message).toBe('Polar rejected the input: "Duration In Months" must be set for a `repeating` "Duration".');
	});
});

test('401 invalid_token: the token is unknown or expired, and what to do', async () => {
	const { message, description, httpCode } = await messageFor(
		401,
		{ error: 'invalid_token', error_description: 'unknown token' },
		{ ...CUSTOMER, operation: 'getAll' },
		{ 'WWW-Authenticate': 'Bearer realm="polar", error="invalid_token", error_description="unknown token"' },
	);
	expect(httpCode).toBe('401');
	expect(message).toBe('Polar did not accept the credential: its access token is unknown, expired or revoked');
	expect(description).toBe(
		'Make a new token in Polar with one of the scopes customers:read or customers:write (organization Settings → Developers → New Token), paste it into the Polar credential and test the credential; with OAuth2, reconnect the credential. A sandbox token only works with the Sandbox environment, a production one with Production.',
	);
});

test('403 insufficient_scope: the scope the token lacks, and where to add it in Polar', async () => {
	const { message, description, httpCode } = await messageFor(
		403,
		{ error: 'insufficient_scope', error_description: 'more scope needed' },
		CUSTOMER,
		{ 'WWW-Authenticate': 'Bearer realm="polar", scope="customers:write", error="insufficient_scope", error_description="more scope needed"' },
	);
	expect(httpCode).toBe('403');
	expect(message).toBe('The Polar token lacks the scope customers:write');
	expect(description).toBe(
		"Add customers:write to the token's scopes in Polar: organization Settings → Developers → the token (a new token if it cannot be edited), then paste it into the Polar credential. With OAuth2, add it to the OAuth2 application's scopes (Settings → Developers → OAuth applications) and to the credential's Scope, then reconnect.",
	);
});

test('with Continue On Fail the error item carries the same words', async () => {
	const polar = await refusing(403, { error: 'insufficient_scope', error_description: 'x' }, { 'WWW-Authenticate': 'Bearer realm="polar", scope="customers:write", error="insufficient_scope"' });
	try {
		const { items } = await runNode({ baseUrl: polar.url, parameters: CUSTOMER, continueOnFail: true });
		expect(items).toEqual([{ json: expect.objectContaining({ error: 'The Polar token lacks the scope customers:write', httpCode: '403' }), pairedItem: { item: 0 } }]);
	} finally {
		await polar.close();
	}
});
