import { Agent, request } from 'undici';
import { operations } from '../../nodes/Polar/generated/operations';
import { schemas } from '../../nodes/Polar/generated/schemas';
import { validateSchema } from '../../nodes/Polar/validation/schemaValidator';
import { startEmulator, type Emulator } from '../../tools/emulator';
import { RouteTable } from '../../tools/emulator/routes';
import { pathParamsOf, queryValue, sample, seedForSweep, sweepOrder, SWEEP_TOKEN as TOKEN, type Hint } from './sweepInputs';

/**
 * Calls every operation of the table once, with path parameters that name seeded objects and
 * the smallest body its schema accepts, and checks that the emulator answers each one without
 * a server error and with the content type the operation declares.
 */

describe('every operation of the table', () => {
	let emu: Emulator;
	let sessionToken: string;
	let hint: Hint;
	const routes = new RouteTable();
	const agent = new Agent();

	beforeAll(async () => {
		emu = await startEmulator({ seed: 11 });
		({ sessionToken, hint } = await seedForSweep(emu, routes, agent));
	});

	afterAll(async () => {
		await emu.close();
		await agent.close();
	});

	test('answers each without a server error, with the declared content type', async () => {
		const answered: Array<{ key: string; status: number }> = [];
		const problems: string[] = [];
		for (const route of sweepOrder(routes)) {
			const { op } = route;
			const params = pathParamsOf(emu, route, hint);
			const ids = [String(hint('customer_id'))];
			const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ids[0]));
			const query = new URLSearchParams();
			for (const field of op.fields) {
				if (field.in !== 'query') continue;
				const value = queryValue(field, ids);
				if (value !== undefined) query.append(field.api, value);
			}
			const headers: Record<string, string> = {};
			if (op.auth === 'token') headers.authorization = `Bearer ${TOKEN}`;
			if (op.auth === 'session') headers.authorization = `Bearer ${sessionToken}`;
			let body: string | undefined;
			if (op.body) {
				const value = sample(op.body.schema, hint);
				expect(validateSchema(value, op.body.schema, schemas)).toEqual([]);
				if (op.body.contentType === 'application/x-www-form-urlencoded') {
					body = new URLSearchParams(Object.entries(value as Record<string, unknown>).map(([k, v]): [string, string] => [k, String(v)])).toString();
				} else {
					body = JSON.stringify(value);
				}
				headers['content-type'] = op.body.contentType;
			}
			const qs = query.toString();
			const res = await request(`${emu.url}${path}${qs ? `?${qs}` : ''}`, { method: op.method, headers, body, dispatcher: agent });
			const text = await res.body.text();
			answered.push({ key: route.key, status: res.statusCode });
			if (res.statusCode >= 500) problems.push(`${route.key}: ${res.statusCode} ${text}`);
			if (res.statusCode >= 200 && res.statusCode < 300) {
				const type = String(res.headers['content-type'] ?? '');
				if (op.response === 'csv' && !type.startsWith('text/csv')) problems.push(`${route.key}: expected CSV, got ${type}`);
				if (op.response === 'json' && !type.startsWith('application/json')) problems.push(`${route.key}: expected JSON, got ${type}`);
				if (op.response === 'empty' && res.statusCode !== 204) problems.push(`${route.key}: expected 204, got ${res.statusCode}`);
			}
		}
		expect(problems).toEqual([]);
		expect(answered).toHaveLength(Object.keys(operations).length);
		// With valid input and existing objects every call must reach its handler and succeed, except
		// completing an upload whose parts were never sent, which must be refused (the whole
		// three-step upload is proven in test/engine/features.emulator.test.ts).
		expect(answered.filter((a) => a.status >= 300).map((f) => `${f.key}:${f.status}`)).toEqual(['file:uploaded:422']);
	});
});
