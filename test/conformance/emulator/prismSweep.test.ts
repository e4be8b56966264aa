import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import { operations } from '../../../nodes/Polar/generated/operations';
import { schemas } from '../../../nodes/Polar/generated/schemas';
import { validateSchema } from '../../../nodes/Polar/validation/schemaValidator';
import type { Emulator } from '../../../tools/emulator';
import { startTestEmulator } from '../../harness/emulator';
import { RouteTable, type Route } from '../../../tools/emulator/routes';
import { openApiPath, startPrismProxy, type PrismServer } from '../../harness/prism/prism';
import { ViolationLog } from '../../harness/prism/violationLog';
import { supplementOnly, supplementOnlySchemas } from '../../harness/supplementCoverage';
import { MAX_UNION_BRANCHES, pathParamsOf, queryValue, refsOf, sample, seedForSweep, sweepOrder, SWEEP_TOKEN, UNKNOWN_ID, type Hint } from './sweepInputs';

/**
 * Calls every operation of the table once, with path parameters that name seeded objects and
 * the smallest body its schema accepts, and checks that the emulator answers each one without
 * a server error and with the content type the operation declares. Every call goes through a
 * Prism proxy holding Polar's OpenAPI document, which checks each reply's shape (and each
 * request) against it: the emulator must answer as Polar's document says Polar answers, errors
 * (404, 422) included.
 */

describe('every operation of the table', () => {
	let emu: Emulator;
	let prism: PrismServer;
	let sessionToken: string;
	const routes = new RouteTable();
	const agent = new Agent();

	let hint: Hint;

	beforeAll(async () => {
		emu = await startTestEmulator({ seed: 11 });
		prism = await startPrismProxy(emu.url);
		({ sessionToken, hint } = await seedForSweep(emu, routes, agent));
	}, 120_000);

	afterAll(async () => {
		await prism?.stop();
		await emu?.close();
		await agent.close();
	});

	const pathParams = (route: Route) => pathParamsOf(emu, route, hint);

	/** Sends a valid call of the route (or `body`/`query` instead of the smallest valid ones) through Prism; `log` keeps what Prism found. */
	async function call(log: ViolationLog, route: Route, params: Record<string, string>, change: { body?: string; query?: Array<[string, string]> } = {}) {
		const { op } = route;
		const ids = [String(hint('customer_id'))];
		const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ids[0]));
		const query = new URLSearchParams();
		for (const field of op.fields) {
			if (field.in !== 'query') continue;
			const value = queryValue(field, ids);
			if (value !== undefined) query.append(field.api, value);
		}
		for (const [key, value] of change.query ?? []) query.set(key, value);
		const headers: Record<string, string> = {};
		if (op.auth === 'token') headers.authorization = `Bearer ${SWEEP_TOKEN}`;
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
		if (change.body !== undefined) body = change.body;
		const qs = query.toString();
		const res = await request(`${prism.url}${path}${qs ? `?${qs}` : ''}`, { method: op.method, headers, body, dispatcher: agent });
		const text = await res.body.text();
		const checked = log.record(route.key, op.method, path, res.statusCode, res.headers);
		return { status: res.statusCode, type: String(res.headers['content-type'] ?? ''), text, checked };
	}

	test('answers each without a server error, with the declared content type and the shape the document declares', async () => {
		const prismSays = new ViolationLog();
		const answered: Array<{ key: string; status: number }> = [];
		const problems: string[] = [];
		for (const route of sweepOrder(routes)) {
			const { op } = route;
			const res = await call(prismSays, route, pathParams(route));
			answered.push({ key: route.key, status: res.status });
			if (res.status >= 500) problems.push(`${route.key}: ${res.status} ${res.text}`);
			if (res.status >= 200 && res.status < 300) {
				if (op.response === 'csv' && !res.type.startsWith('text/csv')) problems.push(`${route.key}: expected CSV, got ${res.type}`);
				if (op.response === 'json' && !res.type.startsWith('application/json')) problems.push(`${route.key}: expected JSON, got ${res.type}`);
				if (op.response === 'empty' && res.status !== 204) problems.push(`${route.key}: expected 204, got ${res.status}`);
			}
		}
		process.stdout.write(`\nsweep through Prism: ${prismSays.summary()}\n`);
		expect(problems).toEqual([]);
		// Prism's verdict on every reply (lists, objects, CSV and empty replies alike) and every request
		expect(prismSays.lines('response')).toEqual([]);
		expect(prismSays.lines('request')).toEqual([]);
		// Prism checks what the document has; operations live 2026-10 added since pass unchecked.
		const documented = (JSON.parse(readFileSync(openApiPath(), 'utf8')) as { paths: Record<string, Record<string, unknown>> }).paths;
		const undocumented = routes.routes.filter((r) => !documented[r.op.path]?.[r.op.method.toLowerCase()]).map((r) => r.key);
		expect(prismSays.unrouted.sort()).toEqual(undocumented.sort());
		expect(answered).toHaveLength(Object.keys(operations).length);
		// With valid input and existing objects every call must reach its handler and succeed, except
		// completing an upload whose parts were never sent, which must be refused (the whole
		// three-step upload is proven in test/engine/features.emulator.test.ts).
		expect(answered.filter((a) => a.status >= 300).map((f) => `${f.key}:${f.status}`)).toEqual(['file:uploaded:422']);
	}, 180_000);

	test("answers Polar's 404 and 422 bodies as the document declares them", async () => {
		const prismSays = new ViolationLog();
		const statuses: string[] = [];
		for (const route of routes.routes) {
			const target = refsOf(route).filter((ref) => ref.param !== '@me').pop();
			// an unknown object: 404 ResourceNotFound
			if (target) {
				const res = await call(prismSays, route, { ...pathParams(route), [target.param]: target.field === 'id' ? UNKNOWN_ID : 'no-such-key' });
				statuses.push(`${route.key}:${res.status}`);
				if (res.status !== 404) continue;
				expect(JSON.parse(res.text)).toEqual({ error: 'ResourceNotFound', detail: expect.any(String) });
			}
			// page 0: 422 HTTPValidationError, and Prism flags the request (not the reply) too
			if (route.op.pagination === 'page') {
				const res = await call(prismSays, route, pathParams(route), { query: [['page', '0']] });
				expect([route.key, res.status]).toEqual([route.key, 422]);
				// Polar's body has `error` beside `detail` (server/polar/exception_handlers.py); Prism must accept it
				expect(JSON.parse(res.text).error).toBe('RequestValidationError');
				// Prism knows only the document's operations; the others it cannot judge.
				if (!supplementOnly().operations.includes(route.key)) expect(res.checked.violations.map((v) => v.location.join('.'))).toContain('request.query.page');
			}
			// an empty JSON body where the schema requires fields: 422, naming the first missing one where the body is one shape
			const body = route.op.body;
			if (body?.contentType === 'application/json' && validateSchema({}, body.schema, schemas).length) {
				const res = await call(prismSays, route, pathParams(route), { body: '{}' });
				expect([route.key, res.status]).toEqual([route.key, 422]);
				const missing = (body.schema.$ref ? schemas[body.schema.$ref] : body.schema)?.required?.[0];
				if (missing) expect(JSON.parse(res.text).detail).toContainEqual(expect.objectContaining({ loc: ['body', missing], type: 'missing' }));
			}
		}
		const count = (status: number) => prismSays.exchanges.filter((x) => x.status === status).length;
		// Request violations are expected here (the requests break the document on purpose); warnings name
		// 404s of operations whose document declares none.
		process.stdout.write(`\nerror replies through Prism: ${count(404)} × 404, ${count(422)} × 422; ${prismSays.summary()}\n`);
		for (const line of prismSays.lines('response', 'Warning')) process.stdout.write(`  warning: ${line}\n`);
		expect(statuses.filter((s) => !s.endsWith(':404'))).toEqual([]);
		expect(prismSays.lines('response')).toEqual([]);
	}, 180_000);

	test('answers every branch of a union body (benefit types, prices, discounts, …) in the shape of that branch', async () => {
		const prismSays = new ViolationLog();
		const problems: string[] = [];
		for (const route of routes.routes) {
			const schema = route.op.body?.schema;
			if (!schema || route.op.body?.contentType !== 'application/json') continue;
			// Branches only live 2026-10 has are Prism's blind spot; the SDK sweep calls them.
			const avoid = supplementOnlySchemas();
			const sent = new Set([JSON.stringify(sample(schema, hint, { avoid }))]);
			for (let branch = 1; branch < MAX_UNION_BRANCHES; branch++) {
				const body = JSON.stringify(sample(schema, hint, { branch, avoid }));
				if (sent.has(body)) continue;
				sent.add(body);
				expect(validateSchema(JSON.parse(body), schema, schemas)).toEqual([]);
				const res = await call(prismSays, route, pathParams(route), { body });
				if (res.status >= 500) problems.push(`${route.key}: ${res.status} ${res.text}`);
			}
		}
		process.stdout.write(`\nunion branches through Prism: ${prismSays.summary()}\n`);
		expect(problems).toEqual([]);
		expect(prismSays.lines('response')).toEqual([]);
		expect(prismSays.lines('request')).toEqual([]);
	}, 180_000);

	test('Prism, seen through the proxy, reports a reply that breaks the document', async () => {
		// Shows that the assertions above can fail: a customer whose email_verified is not a boolean.
		const customer = emu.store.list('customers')[1];
		const kept = customer.email_verified;
		customer.email_verified = 'yes';
		try {
			const res = await call(new ViolationLog(), routes.byKey('customer:get')!, { id: customer.id });
			expect(res.status).toBe(200);
			expect(res.checked.violations.map((v) => `${v.location.join('.')} ${v.severity}`)).toContain('response.body.email_verified Error');
		} finally {
			customer.email_verified = kept;
		}
	});
});
