/**
 * What a meter measures, as Polar computes it (server/polar/meter/filter.py, aggregation.py): the
 * events its filter matches, aggregated by its function over a numeric metadata property, read
 * through `GET /v1/meters/{id}/quantities`. This is what bills AI usage: a meter summing the
 * `tokens` of `ai_tokens` events.
 */
import { startEmulator, type Emulator } from '../../../tools/emulator';
import { call, emulatorClient, EMULATOR_TEST_TOKEN } from './http';

let emu: Emulator;
beforeEach(async () => {
	emu = await startEmulator({ seed: 5, rateLimit: null, tokens: [EMULATOR_TEST_TOKEN] });
});
afterEach(async () => {
	await emu.close();
});
afterAll(async () => {
	await emulatorClient.close();
});

const byName = (value: string) => ({ conjunction: 'and', clauses: [{ property: 'name', operator: 'eq', value }] });

async function meter(aggregation: Record<string, unknown>, filter: Record<string, unknown> = byName('ai_tokens')): Promise<string> {
	const created = await call(emu, 'POST', '/v1/meters/', { body: { name: 'AI tokens', filter, aggregation } });
	expect(created.status).toBe(201);
	return created.json.id as string;
}

async function total(meterId: string): Promise<number> {
	const start = new Date(Date.now() - 3_600_000).toISOString();
	const end = new Date(Date.now() + 3_600_000).toISOString();
	const res = await call(emu, 'GET', `/v1/meters/${meterId}/quantities?start_timestamp=${encodeURIComponent(start)}&end_timestamp=${encodeURIComponent(end)}&interval=hour`);
	expect(res.status).toBe(200);
	// However the period is cut into buckets, they add up to the total.
	expect((res.json.quantities as Array<{ quantity: number }>).reduce((n, q) => n + q.quantity, 0)).toBe(res.json.total);
	return res.json.total as number;
}

beforeEach(async () => {
	const events = [
		{ name: 'ai_tokens', external_customer_id: 'user-1', metadata: { tokens: 120, model: 'small' } },
		{ name: 'ai_tokens', external_customer_id: 'user-2', metadata: { tokens: 30, model: 'large' } },
		{ name: 'ai_tokens', external_customer_id: 'user-1', metadata: { tokens: 7.5, model: 'small' } },
		// Not a number: a property aggregation skips it (Polar: jsonb_typeof = 'number').
		{ name: 'ai_tokens', external_customer_id: 'user-1', metadata: { tokens: '500', model: 'small' } },
		// Another event name: outside the filter.
		{ name: 'api_call', external_customer_id: 'user-1', metadata: { tokens: 1000 } },
	];
	expect((await call(emu, 'POST', '/v1/events/ingest', { body: { events } })).json).toEqual({ inserted: 5, duplicates: 0 });
});

test('sum of a metadata property over the events the filter matches, with or without the "metadata." prefix', async () => {
	expect(await total(await meter({ func: 'sum', property: 'tokens' }))).toBe(157.5);
	expect(await total(await meter({ func: 'sum', property: 'metadata.tokens' }))).toBe(157.5);
});

test('count, max, min, average and unique', async () => {
	expect(await total(await meter({ func: 'count' }))).toBe(4);
	expect(await total(await meter({ func: 'max', property: 'tokens' }))).toBe(120);
	expect(await total(await meter({ func: 'min', property: 'tokens' }))).toBe(7.5);
	expect(await total(await meter({ func: 'avg', property: 'tokens' }))).toBe(52.5);
	expect(await total(await meter({ func: 'unique', property: 'model' }))).toBe(2);
});

test('clauses on metadata, comparisons, and nested filters joined by "or"', async () => {
	const large = { conjunction: 'and', clauses: [{ property: 'name', operator: 'eq', value: 'ai_tokens' }, { property: 'metadata.model', operator: 'eq', value: 'large' }] };
	expect(await total(await meter({ func: 'sum', property: 'tokens' }, large))).toBe(30);
	const over100 = { conjunction: 'and', clauses: [{ property: 'tokens', operator: 'gte', value: 100 }] };
	expect(await total(await meter({ func: 'sum', property: 'tokens' }, over100))).toBe(1120);
	const either = { conjunction: 'or', clauses: [byName('api_call'), large] };
	expect(await total(await meter({ func: 'sum', property: 'tokens' }, either))).toBe(1030);
});
