/**
 * What Polar dedupes on, and how the emulator copies it (server/polar/customer/service.py and the
 * unique indexes of the customers table; server/polar/event/repository.py insert_batch; the SDK's
 * EventsIngestResponse): customers unique per organization by email (case-insensitively) and by
 * external ID; usage events skipped when their external ID is already held.
 */
import type { Emulator } from '../../../tools/emulator';
import { startTestEmulator } from '../../harness/emulator';
import { call, emulatorClient } from './http';

let emu: Emulator;
beforeEach(async () => {
	emu = await startTestEmulator({ seed: 3, rateLimit: null });
});
afterEach(async () => {
	await emu.close();
});
afterAll(async () => {
	await emulatorClient.close();
});

describe('customers', () => {
	test('a second customer with the same email (any case) or external ID is refused with Polar\'s 422, every conflict listed', async () => {
		expect((await call(emu, 'POST', '/v1/customers/', { body: { email: 'ada@example.com', external_id: 'ada-1' } })).status).toBe(201);
		const again = await call(emu, 'POST', '/v1/customers/', { body: { email: 'ADA@example.com', external_id: 'ada-1' } });
		expect(again.status).toBe(422);
		expect(again.json).toEqual({
			error: 'PolarRequestValidationError',
			detail: [
				{ type: 'value_error', loc: ['body', 'email'], msg: 'A customer with this email address already exists.', input: 'ADA@example.com' },
				{ type: 'value_error', loc: ['body', 'external_id'], msg: 'A customer with this external ID already exists.', input: 'ada-1' },
			],
		});
		expect(emu.store.count('customers')).toBe(1);
	});

	test('uniqueness is per organization', async () => {
		const other = '11111111-1111-4111-8111-111111111111';
		expect((await call(emu, 'POST', '/v1/customers/', { body: { email: 'ada@example.com' } })).status).toBe(201);
		expect((await call(emu, 'POST', '/v1/customers/', { body: { email: 'ada@example.com', organization_id: other } })).status).toBe(201);
		expect((await call(emu, 'POST', '/v1/customers/', { body: { email: 'ada@example.com', organization_id: other } })).status).toBe(422);
	});

	test('an update may not take another customer\'s email or external ID; keeping its own is fine', async () => {
		const a = (await call(emu, 'POST', '/v1/customers/', { body: { email: 'a@example.com', external_id: 'a' } })).json;
		await call(emu, 'POST', '/v1/customers/', { body: { email: 'b@example.com', external_id: 'b' } });
		const taken = await call(emu, 'PATCH', `/v1/customers/${a.id}`, { body: { email: 'B@example.com' } });
		expect(taken.status).toBe(422);
		expect(taken.json.detail[0].loc).toEqual(['body', 'email']);
		expect((await call(emu, 'PATCH', '/v1/customers/external/a', { body: { external_id: 'b' } })).status).toBe(422);
		expect((await call(emu, 'PATCH', `/v1/customers/${a.id}`, { body: { email: 'a@example.com', name: 'A' } })).status).toBe(200);
	});

	test('the list\'s email filter ignores case, as Polar\'s does', async () => {
		await call(emu, 'POST', '/v1/customers/', { body: { email: 'Ada@Example.com' } });
		const found = await call(emu, 'GET', '/v1/customers/?email=ada%40example.com');
		expect(found.json.items.map((c: { email: string }) => c.email)).toEqual(['Ada@Example.com']);
	});
});

describe('event ingestion', () => {
	test('events whose external ID is held, from earlier or from the same batch, are duplicates; the reply is {inserted, duplicates}', async () => {
		const batch = { events: [{ name: 'call', external_customer_id: 'c1', external_id: 'e1' }, { name: 'call', external_customer_id: 'c1', external_id: 'e2' }, { name: 'call', external_customer_id: 'c1' }] };
		expect((await call(emu, 'POST', '/v1/events/ingest', { body: batch })).json).toEqual({ inserted: 3, duplicates: 0 });
		expect((await call(emu, 'POST', '/v1/events/ingest', { body: batch })).json).toEqual({ inserted: 1, duplicates: 2 });
		const twice = { events: [{ name: 'call', external_customer_id: 'c1', external_id: 'e3' }, { name: 'call', external_customer_id: 'c1', external_id: 'e3' }] };
		expect((await call(emu, 'POST', '/v1/events/ingest', { body: twice })).json).toEqual({ inserted: 1, duplicates: 1 });
		expect(emu.store.count('events')).toBe(5);
	});
});
