/**
 * What live 2026-10 has beyond the August document, served as Polar serves it (its SDK 1.0.1 and,
 * where the August server has it, its source): product delete, the members of one customer,
 * license-key rotation, and license keys that name what granted them in 2027-01.
 */
import type { Emulator } from '../../../tools/emulator';
import { startTestEmulator } from '../../harness/emulator';
import type { StoredObject } from '../../../tools/emulator/types';
import { call, emulatorClient } from './http';

let emu: Emulator;
let customers: StoredObject[];

beforeEach(async () => {
	emu = await startTestEmulator({ rateLimit: null, seed: 3 });
	customers = emu.seed('customers', 2);
});

afterEach(async () => {
	await emu.close();
});

afterAll(async () => {
	await emulatorClient.close();
});

describe('DELETE /v1/products/{id}', () => {
	test('deletes a product nothing was sold from (204), refuses one in use (409), 404 when unknown', async () => {
		const [sold, unused] = emu.seed('products', 2);
		emu.seed('orders', 1, () => ({ customer_id: customers[0].id, product_id: sold.id }));
		const refused = await call(emu, 'DELETE', `/v1/products/${sold.id}`);
		expect(refused.status).toBe(409);
		expect(refused.json.error).toBe('ProductNotDeletable');
		expect(emu.store.get('products', sold.id)).toBeDefined();
		expect((await call(emu, 'DELETE', `/v1/products/${unused.id}`)).status).toBe(204);
		expect(emu.store.get('products', unused.id)).toBeUndefined();
		expect((await call(emu, 'DELETE', `/v1/products/${unused.id}`)).status).toBe(404);
	});

	test('a product a discount names is in use too', async () => {
		const [product] = emu.seed('products', 1);
		const [discount] = emu.seed('discounts', 1, () => ({ name: 'Launch' }));
		discount.products = [{ id: product.id, name: product.name }];
		expect((await call(emu, 'DELETE', `/v1/products/${product.id}`)).status).toBe(409);
	});
});

describe('members of one customer', () => {
	test('GET /v1/customers/{id}/members pages that customer\'s members only, and filters by role', async () => {
		emu.seed('members', 3, (i) => ({ customer_id: customers[0].id, email: `m${i}@example.com`, role: i === 0 ? 'owner' : 'member' }));
		emu.seed('members', 2, (i) => ({ customer_id: customers[1].id, email: `other${i}@example.com` }));
		const page = await call(emu, 'GET', `/v1/customers/${customers[0].id}/members?limit=2`);
		expect(page.status).toBe(200);
		expect(page.json.pagination).toEqual({ total_count: 3, max_page: 2 });
		expect(page.json.items.every((m: StoredObject) => m.customer_id === customers[0].id)).toBe(true);
		const owners = await call(emu, 'GET', `/v1/customers/${customers[0].id}/members?role=owner`);
		expect(owners.json.items.map((m: StoredObject) => m.email)).toEqual(['m0@example.com']);
		expect((await call(emu, 'GET', '/v1/customers/00000000-0000-4000-8000-000000000000/members')).status).toBe(404);
	});

	test('GET /v1/customers/external/{external_id}/members finds the customer by external ID', async () => {
		emu.seed('members', 2, () => ({ customer_id: customers[1].id }));
		const page = await call(emu, 'GET', `/v1/customers/external/${String(customers[1].external_id)}/members`);
		expect(page.status).toBe(200);
		expect(page.json.items).toHaveLength(2);
		expect((await call(emu, 'GET', '/v1/customers/external/nobody/members')).status).toBe(404);
	});
});

describe('license-key rotation', () => {
	function licenseKey(fields: Record<string, unknown> = {}): StoredObject {
		const [benefit] = emu.seed('benefits', 1, () => ({ type: 'license_keys', properties: { prefix: 'ACME' } }));
		return emu.seed('license_keys', 1, () => ({ customer_id: customers[0].id, benefit_id: benefit.id, usage: 4, ...fields }))[0];
	}

	test('gives the key a new key string; the old one stops validating, usage and status stay', async () => {
		const key = licenseKey();
		const oldKey = String(key.key);
		const rotated = await call(emu, 'POST', `/v1/license-keys/${key.id}/rotate`);
		expect(rotated.status).toBe(200);
		expect(rotated.json.id).toBe(key.id);
		expect(rotated.json.key).not.toBe(oldKey);
		expect(rotated.json.key).toMatch(/^ACME-/);
		expect(rotated.json.display_key).toBe(`****-${String(rotated.json.key).slice(-6)}`);
		expect(rotated.json).toMatchObject({ status: 'granted', usage: 4 });
		const organization = emu.store.list('organizations')[0].id;
		expect((await call(emu, 'POST', '/v1/license-keys/validate', { body: { key: oldKey, organization_id: organization } })).status).toBe(404);
		expect((await call(emu, 'POST', '/v1/license-keys/validate', { body: { key: rotated.json.key, organization_id: organization } })).status).toBe(200);
	});

	test('only granted or disabled keys rotate (400 RotateNotPermitted)', async () => {
		const revoked = licenseKey({ status: 'revoked' });
		const refused = await call(emu, 'POST', `/v1/license-keys/${revoked.id}/rotate`);
		expect(refused.status).toBe(400);
		expect(refused.json.error).toBe('RotateNotPermitted');
		expect((await call(emu, 'POST', `/v1/license-keys/${licenseKey({ status: 'disabled' }).id}/rotate`)).status).toBe(200);
	});

	test('in the customer portal, only the signed-in customer\'s keys', async () => {
		const own = licenseKey();
		const other = licenseKey({ customer_id: customers[1].id });
		const session = await call(emu, 'POST', '/v1/customer-sessions/', { body: { customer_id: customers[0].id } });
		const token = session.json.token as string;
		expect((await call(emu, 'POST', `/v1/customer-portal/license-keys/${own.id}/rotate`, { token })).status).toBe(200);
		expect((await call(emu, 'POST', `/v1/customer-portal/license-keys/${other.id}/rotate`, { token })).status).toBe(404);
	});
});

describe('replies by Polar-Version', () => {
	test('2027-01 license keys name the subscription or order that granted them; 2026-10 ones do not', async () => {
		const [product] = emu.seed('products', 1);
		const [subscription] = emu.seed('subscriptions', 1, () => ({ customer_id: customers[0].id, product_id: product.id }));
		const [benefit] = emu.seed('benefits', 1, () => ({ type: 'license_keys' }));
		const [key] = emu.seed('license_keys', 1, () => ({ customer_id: customers[0].id, benefit_id: benefit.id }));
		emu.seed('benefit_grants', 1, () => ({ customer_id: customers[0].id, benefit_id: benefit.id, subscription_id: subscription.id, properties: { license_key_id: key.id } }));
		const validate = (version: string) =>
			call(emu, 'POST', '/v1/license-keys/validate', { body: { key: key.key, organization_id: emu.store.list('organizations')[0].id }, headers: { 'polar-version': version } });

		const next = await validate('2027-01');
		expect(next.headers['polar-version']).toBe('2027-01');
		expect(next.json).toMatchObject({
			id: key.id,
			subscription_id: subscription.id,
			subscription: { id: subscription.id, status: subscription.status, current_period_end: subscription.current_period_end },
			order_id: null,
			order: null,
		});
		const current = await validate('2026-10');
		expect(current.json.id).toBe(key.id);
		expect(Object.keys(current.json).filter((k) => ['subscription_id', 'subscription', 'order_id', 'order'].includes(k))).toEqual([]);
	});

	test('the request log keeps the Polar-Version each request sent', async () => {
		await call(emu, 'GET', '/v1/products/', { headers: { 'polar-version': '2027-01' } });
		await call(emu, 'GET', '/v1/products/');
		expect(emu.log.slice(-2).map((e) => e.apiVersion)).toEqual(['2027-01', undefined]);
	});
});
