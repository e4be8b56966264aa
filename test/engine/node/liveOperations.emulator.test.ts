import type { Emulator } from '../../../tools/emulator';
import { startTestEmulator } from '../../harness/emulator';
import { runNode, tokenCredentials } from '../../../tools/harness/engine';

/**
 * The operations live 2026-10 adds (and the units variant of a subscription update), run by the
 * Polar node through n8n's engine against the local emulator, with the version of the credential.
 */
let emu: Emulator;
beforeEach(async () => {
	emu = await startTestEmulator({ seed: 9, rateLimit: null });
});
afterEach(async () => {
	await emu.close();
});

const run = (parameters: Record<string, unknown>, apiVersion = '2026-10') => runNode({ credentials: tokenCredentials(emu.url, { apiVersion }), parameters: parameters as never });

test('Product → Delete removes an unused product and explains a product in use', async () => {
	const [used, unused] = emu.seed('products', 2);
	const [customer] = emu.seed('customers', 1);
	emu.seed('orders', 1, () => ({ customer_id: customer.id, product_id: used.id }));
	const deleted = await run({ resource: 'product', operation: 'delete', id: { __rl: true, mode: 'id', value: unused.id } });
	expect(deleted.error).toBeUndefined();
	expect(deleted.items.map((i) => i.json)).toEqual([{ success: true, statusCode: 204 }]);
	const refused = await run({ resource: 'product', operation: 'delete', id: { __rl: true, mode: 'id', value: used.id } });
	expect(refused.error?.message).toMatch(/^Conflict with the current state on Polar: .*archive it instead/);
	expect(emu.store.get('products', used.id)).toBeDefined();
});

test.each(['2026-10', '2027-01'])('Customer Member → Get Many and Get Many External list one customer\'s members (%s)', async (apiVersion) => {
	const [customer, other] = emu.seed('customers', 2);
	emu.seed('members', 12, (i) => ({ customer_id: customer.id, email: `m${i}@example.com` }));
	emu.seed('members', 2, () => ({ customer_id: other.id }));
	const all = await run({ resource: 'customerMember', operation: 'getAll', id: customer.id, returnAll: true }, apiVersion);
	expect(all.error).toBeUndefined();
	expect(all.items).toHaveLength(12);
	const some = await run({ resource: 'customerMember', operation: 'listExternal', externalId: String(customer.external_id), returnAll: false, limit: 5 }, apiVersion);
	expect(some.error).toBeUndefined();
	expect(some.items.map((i) => i.json.customer_id)).toEqual(Array(5).fill(customer.id));
	expect(new Set(emu.log.map((e) => e.apiVersion))).toEqual(new Set([apiVersion]));
});

test('License Key → Rotate and Customer Portal: License Key → Rotate give the key a new key string', async () => {
	const [customer] = emu.seed('customers', 1);
	const [key, own] = emu.seed('license_keys', 2, () => ({ customer_id: customer.id }));
	const oldKey = String(key.key);
	const rotated = await run({ resource: 'licenseKey', operation: 'rotate', id: { __rl: true, mode: 'id', value: key.id } });
	expect(rotated.error).toBeUndefined();
	expect(rotated.items[0].json).toMatchObject({ id: key.id, status: 'granted' });
	expect(rotated.items[0].json.key).not.toBe(oldKey);
	const portal = await run({ resource: 'portalLicenseKey', operation: 'rotate', id: own.id, portalAuth: 'customerId', portalCustomerId: customer.id });
	expect(portal.error).toBeUndefined();
	expect(portal.items[0].json.id).toBe(own.id);
	expect(emu.log.map((e) => `${e.method} ${e.path}`)).toEqual([
		`POST /v1/license-keys/${key.id}/rotate`,
		'POST /v1/customer-sessions/',
		`POST /v1/customer-portal/license-keys/${own.id}/rotate`,
	]);
});

test('Subscription → Update, Change Units, sends only the units', async () => {
	const [customer] = emu.seed('customers', 1);
	const [product] = emu.seed('products', 1);
	const [subscription] = emu.seed('subscriptions', 1, () => ({ customer_id: customer.id, product_id: product.id }));
	const updated = await run({ resource: 'subscription', operation: 'update', id: { __rl: true, mode: 'id', value: subscription.id }, bodyVariant: 'updateUnits', units: 7 });
	expect(updated.error).toBeUndefined();
	expect(updated.items[0].json.units).toBe(7);
	const invalid = await run({ resource: 'subscription', operation: 'update', id: { __rl: true, mode: 'id', value: subscription.id }, bodyVariant: 'updateUnits', units: 0 });
	expect(invalid.error?.message).toBe('Units: must be at least 1');
	expect(emu.log.filter((e) => e.method === 'PATCH')).toHaveLength(1);
});
