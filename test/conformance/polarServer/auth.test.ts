/**
 * The emulator authenticates as Polar's server does, by default: it knows the tokens Polar issued
 * (registered, each with its scopes), answers Polar's 401 to any other and Polar's 403 to a token
 * without the operation's scope. Each test names the server file the rule comes from. The scopes
 * an operation needs are the generated table's (`scopes`, from Polar's document).
 */
import { operations } from '../../../nodes/Polar/generated/operations';
import type { EmulatorOptions } from '../../../tools/emulator';
import { emulatorsPerTest } from '../../harness/emulator';
import { call, emulatorClient } from '../emulator/http';

const emulators = emulatorsPerTest({ rateLimit: null });
const emulator = (options: EmulatorOptions = {}) => emulators.start(options);
afterEach(() => emulators.closeAll());
afterAll(async () => {
	await emulatorClient.close();
});

const PRODUCT = { name: 'Pro', recurring_interval: 'month', prices: [{ amount_type: 'fixed', price_amount: 1500, price_currency: 'usd' }] };
const READ_ONLY = 'polar_oat_products_read_only';
const WRITE_ONLY = 'polar_oat_customers_write_only';

describe('server/polar/auth/middlewares.py (get_auth_subject) and server/polar/oauth2/exceptions.py: a token Polar did not issue', () => {
	test('gets 401 invalid_token, an OAuth2 error body without detail, and the challenge', async () => {
		const e = await emulator();
		const res = await call(e, 'GET', '/v1/products/', { token: 'polar_oat_never_issued' });
		expect(res.status).toBe(401);
		expect(res.json).toEqual({ error: 'invalid_token', error_description: expect.any(String) });
		expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="polar", error="invalid_token", error_description="[^"]+"$/);
		expect(res.headers['cache-control']).toBe('no-store');
	});

	test('on every route, a public one included, since the middleware reads any Bearer token first', async () => {
		const e = await emulator();
		expect((await call(e, 'GET', '/v1/customer-portal/organizations/emulated-org', { token: 'polar_oat_never_issued' })).status).toBe(401);
		expect((await call(e, 'GET', '/v1/customer-portal/organizations/emulated-org', { token: null })).status).toBe(200);
	});

	test('a customer session token Polar does not know, or one that expired, is invalid_token too (server/polar/customer_session/service.py)', async () => {
		const e = await emulator();
		const unknown = await call(e, 'GET', '/v1/customer-portal/customers/me', { token: 'polar_cst_never_minted' });
		expect([unknown.status, unknown.json.error]).toEqual([401, 'invalid_token']);
	});
});

describe('server/polar/auth/dependencies.py (_Authenticator)', () => {
	test('no token, or a subject the operation does not take, is anonymous: 401 Unauthorized (server/polar/exceptions.py)', async () => {
		const e = await emulator();
		const anonymous = await call(e, 'GET', '/v1/products/', { token: null });
		expect(anonymous.status).toBe(401);
		expect(anonymous.json).toEqual({ error: 'Unauthorized', detail: 'Unauthorized' });
		expect(anonymous.headers['www-authenticate']).toBe('Bearer realm="polar"');
		const customer = e.seed('customers', 1)[0];
		const session = (await call(e, 'POST', '/v1/customer-sessions/', { body: { customer_id: customer.id } })).json.token as string;
		expect((await call(e, 'GET', '/v1/products/', { token: session })).json).toEqual({ error: 'Unauthorized', detail: 'Unauthorized' });
		expect((await call(e, 'GET', '/v1/customer-portal/customers/me')).json).toEqual({ error: 'Unauthorized', detail: 'Unauthorized' });
		expect((await call(e, 'GET', '/v1/customer-portal/customers/me', { token: session })).status).toBe(200);
	});

	test('a token with none of the operation\'s scopes gets 403 insufficient_scope, the scopes in WWW-Authenticate', async () => {
		const e = await emulator({ tokens: [{ token: READ_ONLY, scopes: ['products:read'] }] });
		const create = await call(e, 'POST', '/v1/products/', { token: READ_ONLY, body: PRODUCT });
		expect(create.status).toBe(403);
		expect(create.json).toEqual({ error: 'insufficient_scope', error_description: expect.any(String) });
		const needed = operations['product:create'].scopes.join(' ');
		expect(create.headers['www-authenticate']).toBe(`Bearer realm="polar", scope="${needed}", error="insufficient_scope", error_description="${create.json.error_description}"`);
		expect(e.store.count('products')).toBe(0);
		expect((await call(e, 'GET', '/v1/products/', { token: READ_ONLY })).status).toBe(200);
	});

	test('one of the operation\'s scopes is enough (a write scope lists too); a token registered without scopes has them all', async () => {
		const e = await emulator({ tokens: [{ token: WRITE_ONLY, scopes: ['customers:write'] }, 'polar_oat_everything'] });
		expect(operations['customer:getAll'].scopes).toEqual(['customers:read', 'customers:write']);
		expect((await call(e, 'GET', '/v1/customers/', { token: WRITE_ONLY })).status).toBe(200);
		expect((await call(e, 'GET', '/v1/products/', { token: WRITE_ONLY })).status).toBe(403);
		expect((await call(e, 'GET', '/v1/metrics/limits', { token: 'polar_oat_everything' })).status).toBe(200);
	});

	test('tokens can be registered while it runs (POST /__emulator/config), e.g. by a process that cannot hold the object', async () => {
		const e = await emulator();
		expect((await call(e, 'GET', '/v1/products/', { token: 'polar_oat_later' })).status).toBe(401);
		const config = await call(e, 'POST', '/__emulator/config', { token: null, body: { tokens: [{ token: 'polar_oat_later', scopes: ['products:read'] }] } });
		expect(config.json.tokens).toBe('1 registered');
		expect((await call(e, 'GET', '/v1/products/', { token: 'polar_oat_later' })).status).toBe(200);
	});

	test('OAuth2 access tokens the emulator minted are known (server/polar/oauth2/service/oauth2_token.py)', async () => {
		const e = await emulator();
		const minted = await call(e, 'POST', '/v1/oauth2/token', { token: null, body: 'grant_type=refresh_token&refresh_token=x&client_id=c&client_secret=s', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		expect((await call(e, 'GET', '/v1/products/', { token: minted.json.access_token })).status).toBe(200);
	});
});

test('the acceptAnyToken switch (off by default) makes any token known, with every scope', async () => {
	const strict = await emulator();
	expect((await call(strict, 'GET', '/v1/products/', { token: 'polar_oat_anything' })).status).toBe(401);
	const friendly = await emulator({ acceptAnyToken: true });
	expect((await call(friendly, 'POST', '/v1/products/', { token: 'anything-at-all', body: PRODUCT })).status).toBe(201);
});
