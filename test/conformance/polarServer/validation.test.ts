/**
 * The emulator, in its default behaviour, holds Polar's validation rules: each test names the file
 * of Polar's server (`polarsource/polar`, `server/polar/…`) the rule comes from. Polar's 422 body
 * (server/polar/exception_handlers.py) is `{error, detail}`: `RequestValidationError` for what
 * FastAPI and pydantic refuse before an operation runs, `PolarRequestValidationError` for Polar's
 * own rules; each entry `{type, loc, msg, input, ctx?}` in pydantic's terms.
 */
import type { Emulator } from '../../../tools/emulator';
import { EMULATOR_TEST_TOKEN, startTestEmulator } from '../../harness/emulator';
import { sdkCore, sdkOperationFunction } from '../../harness/polarSdk';
import { call, emulatorClient } from '../emulator/http';

let emu: Emulator;

beforeAll(async () => {
	emu = await startTestEmulator({ rateLimit: null, seed: 20 });
});
afterAll(async () => {
	await emu.close();
	await emulatorClient.close();
});

describe('server/polar/exception_handlers.py and pydantic: the 422 body', () => {
	test('every entry has loc, msg, type and input; error names the exception', async () => {
		const res = await call(emu, 'POST', '/v1/products/', { body: { recurring_interval: 'month', prices: [] } });
		expect(res.status).toBe(422);
		expect(res.json.error).toBe('RequestValidationError');
		for (const d of res.json.detail) expect(Object.keys(d).sort()).toEqual(expect.arrayContaining(['input', 'loc', 'msg', 'type']));
	});

	test('server/polar/customer/schemas/customer.py: loc names the union branch (the `individual` tag), not a plain field path', async () => {
		const res = await call(emu, 'POST', '/v1/customers/', { body: { email: 'not-an-email' } });
		expect(res.status).toBe(422);
		expect(res.json.detail).toEqual([expect.objectContaining({ loc: ['body', 'individual', 'email'], type: 'value_error', input: 'not-an-email' })]);
	});

	test('server/polar/discount/schemas.py (Discriminator("type")): an unknown tag is union_tag_invalid, with the tags in ctx', async () => {
		const res = await call(emu, 'POST', '/v1/discounts/', { body: { type: 'half-off', name: 'x', duration: 'once' } });
		expect(res.json.detail).toEqual([
			expect.objectContaining({ type: 'union_tag_invalid', loc: ['body'], ctx: expect.objectContaining({ tag: 'half-off', expected_tags: "'fixed' or 'percentage'" }) }),
		]);
	});

	test('server/polar/discount/schemas.py: pydantic codes with their ctx (enum, less_than_equal)', async () => {
		const res = await call(emu, 'POST', '/v1/discounts/', { body: { type: 'percentage', name: 'x', duration: 'sometimes', basis_points: 20000 } });
		expect(res.json.detail).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ type: 'enum', loc: ['body', 'percentage', 'duration'], ctx: { expected: "'once', 'forever' or 'repeating'" } }),
				expect.objectContaining({ type: 'less_than_equal', loc: ['body', 'percentage', 'basis_points'], ctx: { le: 10000 } }),
			]),
		);
	});

	test('server/polar/kit/metadata.py: a plain union reports one entry per member tried (str, int, float, bool)', async () => {
		const res = await call(emu, 'POST', '/v1/customers/', { body: { email: 'ada@example.com', metadata: { plan: 'x'.repeat(501) } } });
		const locs = res.json.detail.map((d: { loc: unknown[] }) => d.loc.slice(-1)[0]);
		expect(res.json.detail.every((d: { loc: unknown[] }) => JSON.stringify(d.loc.slice(0, 4)) === JSON.stringify(['body', 'individual', 'metadata', 'plan']))).toBe(true);
		expect(locs).toEqual(['constrained-str', 'int', 'float', 'bool']);
		expect(res.json.detail[0]).toMatchObject({ type: 'string_too_long', ctx: { max_length: 500 } });
	});

	test("Polar's SDK parses the body into its HTTPValidationError, each entry a ValidationError", async () => {
		const create = sdkOperationFunction('2026-10', 'customers', 'createCustomers')(sdkCore('2026-10', emu.url, EMULATOR_TEST_TOKEN));
		const error = (await create({ email: 'not-an-email' }).catch((e: unknown) => e)) as { name: string; statusCode: number; error: { error: string; detail: Array<Record<string, unknown>> } };
		expect(error.name).toBe('HTTPValidationError');
		expect(error.statusCode).toBe(422);
		// (the SDK's fetch parses in Node's own realm: compare plainly, not with expect.any(Array))
		const [first] = error.error.detail;
		expect([Array.isArray(first.loc), typeof first.msg, typeof first.type]).toEqual([true, 'string', 'string']);
		expect(error.error.error).toBe('RequestValidationError');
	});
});

describe('Polar\'s own rules (PolarRequestValidationError)', () => {
	test('server/polar/customer/service.py (update): an external ID cannot change once set; setting a first one works', async () => {
		const customer = (await call(emu, 'POST', '/v1/customers/', { body: { email: 'grace@example.com' } })).json;
		const first = await call(emu, 'PATCH', `/v1/customers/${customer.id}`, { body: { external_id: 'grace-1' } });
		expect([first.status, first.json.external_id]).toEqual([200, 'grace-1']);
		const again = await call(emu, 'PATCH', `/v1/customers/${customer.id}`, { body: { external_id: 'grace-2' } });
		expect(again.status).toBe(422);
		expect(again.json).toEqual({ error: 'PolarRequestValidationError', detail: [expect.objectContaining({ type: 'value_error', loc: ['body', 'external_id'], input: 'grace-2' })] });
		expect(emu.store.get('customers', customer.id)?.external_id).toBe('grace-1');
	});

	test('server/polar/discount/schemas.py (_validate_duration_in_months): a repeating discount needs duration_in_months', async () => {
		const res = await call(emu, 'POST', '/v1/discounts/', { body: { type: 'percentage', name: 'Spring', duration: 'repeating', basis_points: 1000 } });
		expect(res.status).toBe(422);
		expect(res.json.error).toBe('RequestValidationError');
		expect(res.json.detail).toEqual([expect.objectContaining({ type: 'value_error', loc: ['body', 'percentage'] })]);
		const fine = await call(emu, 'POST', '/v1/discounts/', { body: { type: 'percentage', name: 'Spring', duration: 'repeating', duration_in_months: 3, basis_points: 1000 } });
		expect([fine.status, fine.json.duration_in_months]).toEqual([201, 3]);
	});

	test('server/polar/event/service.py (_get_customer_validation_function): an event for an unknown customer_id refuses the batch; an unknown external_customer_id does not', async () => {
		const before = emu.store.count('events');
		const refused = await call(emu, 'POST', '/v1/events/ingest', {
			body: { events: [{ name: 'api_call', external_customer_id: 'later' }, { name: 'api_call', customer_id: '00000000-0000-4000-8000-000000000000' }] },
		});
		expect(refused.status).toBe(422);
		expect(refused.json).toEqual({ error: 'PolarRequestValidationError', detail: [expect.objectContaining({ type: 'customer_id', loc: ['body', 'events', 1, 'customer_id'] })] });
		expect(emu.store.count('events')).toBe(before);
		const accepted = await call(emu, 'POST', '/v1/events/ingest', { body: { events: [{ name: 'api_call', external_customer_id: 'later' }] } });
		expect(accepted.json).toEqual({ inserted: 1, duplicates: 0 });
	});
});

describe('lists', () => {
	test('server/polar/kit/sorting.py (SortingGetter): sorting takes only the sortable fields, and the 422 lists them', async () => {
		const res = await call(emu, 'GET', '/v1/customers/?sorting=-email_verified');
		expect(res.status).toBe(422);
		expect(res.json.detail).toEqual([expect.objectContaining({ type: 'enum', loc: ['query', 'sorting', 0], input: '-email_verified', ctx: { expected: expect.stringContaining("'-created_at'") } })]);
		expect((await call(emu, 'GET', '/v1/customers/?sorting=-created_at')).status).toBe(200);
	});

	test('server/polar/kit/pagination.py (get_pagination_params): a limit over 100 is capped at 100, not refused', async () => {
		emu.seed('customers', 120);
		const res = await call(emu, 'GET', '/v1/customers/?limit=500');
		expect(res.status).toBe(200);
		expect(res.json.items).toHaveLength(100);
		expect(res.json.pagination.max_page).toBe(Math.ceil(res.json.pagination.total_count / 100));
		expect((await call(emu, 'GET', '/v1/customers/?limit=0')).json.detail).toEqual([expect.objectContaining({ type: 'greater_than', loc: ['query', 'limit'], ctx: { gt: 0 } })]);
	});
});
