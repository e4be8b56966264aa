import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import { operations } from '../../nodes/Polar/generated/operations';
import { schemas } from '../../nodes/Polar/generated/schemas';
import type { CompactSchema, PolarField } from '../../nodes/Polar/types';
import { validateSchema } from '../../nodes/Polar/validation/schemaValidator';
import { startEmulator, type Emulator } from '../../tools/emulator';
import { linkField, RouteTable, type ObjectRef, type Route } from '../../tools/emulator/routes';
import { openApiPath, startPrismProxy, type PrismServer } from '../conformance/prism';
import { ViolationLog } from '../conformance/violationLog';

/**
 * Calls every operation of the table once, with path parameters that name seeded objects and
 * the smallest body its schema accepts, and checks that the emulator answers each one without
 * a server error and with the content type the operation declares. Every call goes through a
 * Prism proxy holding Polar's OpenAPI document, which checks each reply's shape (and each
 * request) against it: the emulator must answer as Polar's document says Polar answers, errors
 * (404, 422) included.
 */

const TOKEN = 'polar_oat_sweep';
/** An id no object has. */
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
/** More than any union of the document has branches (benefits have 8). */
const MAX_UNION_BRANCHES = 10;

/** A value that names a seeded object, for a field such as `product_id` or `key`. */
type Hint = (key: string | undefined) => string | undefined;

/**
 * The smallest value a compact schema accepts: required keys only, and in every union the
 * `branch`-th branch (wrapping around), so branch 0, 1, 2, … between them reach every branch.
 */
function sample(schema: CompactSchema, hint: Hint, branch = 0, depth = 0, key?: string): unknown {
	if (depth > 24) return null;
	if (schema.$ref) return sample(schemas[schema.$ref] ?? {}, hint, branch, depth + 1, key);
	if (schema.const !== undefined) return schema.const;
	if (schema.enum) return schema.enum[0];
	if (schema.anyOf) {
		if (schema.discriminator) {
			const mapping = Object.entries(schema.discriminator.mapping);
			const [tag, ref] = mapping[branch % mapping.length];
			return { ...(sample({ $ref: ref }, hint, branch, depth + 1) as object), [schema.discriminator.propertyName]: tag };
		}
		const branches = schema.anyOf.filter((b) => b.type !== 'null');
		return sample(branches[branch % Math.max(branches.length, 1)] ?? schema.anyOf[0], hint, branch, depth + 1, key);
	}
	switch (schema.type) {
		case 'string':
			if (hint(key) !== undefined) return hint(key);
			if (schema.format === 'uuid' || schema.format === 'uuid4') return hint('customer_id');
			if (schema.format === 'email') return 'sweep@example.com';
			if (schema.format === 'uri') return 'https://example.com/return';
			if (schema.format === 'date-time') return '2026-01-01T00:00:00Z';
			if (schema.format === 'date') return '2026-01-01';
			if (schema.format === 'ipvanyaddress') return '127.0.0.1';
			// images only for media and avatars, any type for downloadables
			if (key === 'mime_type') return 'image/png';
			return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
		case 'integer':
		case 'number':
			if (schema.minimum === undefined && schema.exclusiveMinimum === undefined) return 1;
			return Math.max(schema.minimum ?? -Infinity, schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -Infinity);
		case 'boolean':
			return true;
		case 'array':
			return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}, hint, branch, depth + 1));
		case 'object': {
			const out: Record<string, unknown> = {};
			for (const name of schema.required ?? []) out[name] = sample(schema.properties?.[name] ?? {}, hint, branch, depth + 1, name);
			return out;
		}
		default:
			return null;
	}
}

function queryValue(field: PolarField, ids: string[]): string | undefined {
	if (!field.required) return undefined;
	if (field.format === 'date') return '2026-01-01';
	if (field.kind === 'dateTime') return '2026-01-01T00:00:00Z';
	if (field.options) return String(field.options[0]);
	return field.format?.startsWith('uuid') ? ids[0] : 'x';
}

describe('every operation of the table', () => {
	let emu: Emulator;
	let prism: PrismServer;
	let sessionToken: string;
	const routes = new RouteTable();
	const agent = new Agent();

	/** The objects a route's path names: its parents, then its target or owner. */
	const refsOf = (route: Route): ObjectRef[] => {
		const plan = route.plan;
		const refs: ObjectRef[] = [...plan.parents];
		if (plan.kind === 'get' || plan.kind === 'update' || plan.kind === 'delete') refs.push(plan.target);
		if (plan.kind === 'action' && plan.owner) refs.push(plan.owner);
		return refs;
	};

	beforeAll(async () => {
		emu = await startEmulator({ seed: 11 });
		prism = await startPrismProxy(emu.url);
		const collections = new Set(routes.routes.flatMap((route) => refsOf(route).map((ref) => ref.collection)));
		for (const c of ['customers', 'products', 'benefits', ...collections]) if (c !== 'organizations') emu.seed(c, 3);
		const customer = emu.store.list('customers')[0];
		// Portal objects must belong to the session's customer.
		const owned = new Set(['customer_seats', 'members', 'customer_payment_methods']);
		for (const c of collections) for (const o of emu.store.list(c)) if ('customer_id' in o || owned.has(c)) o.customer_id = customer.id;
		emu.store.list('members').forEach((m, i) => (m.external_id = `member-${i}`));
		const licenseKey = emu.store.list('license_keys')[0];
		for (const a of emu.store.list('license_key_activations')) a.license_key_id = licenseKey.id;
		// An update names the object's type, and the smallest update body takes the first branch: a checkbox.
		Object.assign(emu.store.list('custom_fields')[0], { type: 'checkbox', properties: {} });
		const session = await request(`${emu.url}/v1/customer-sessions/`, {
			method: 'POST',
			headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
			body: JSON.stringify({ customer_id: customer.id }),
			dispatcher: agent,
		});
		sessionToken = ((await session.body.json()) as { token: string }).token;
	}, 120_000);

	afterAll(async () => {
		await prism?.stop();
		await emu?.close();
		await agent.close();
	});

	/** Ids of seeded objects by field name: product_id → a product, key → a license key, … */
	const hint: Hint = (key) => {
		if (!key) return undefined;
		const first = (collection: string) => emu.store.list(collection)[0];
		if (key === 'key') return String(first('license_keys').key);
		if (key === 'invitation_token') return String(emu.store.list('customer_seats').find((s) => s.status === 'pending')?.invitation_token);
		if (key === 'activation_id') return first('license_key_activations').id;
		const m = /^(\w+)_id$/.exec(key);
		if (!m) return undefined;
		const obj = first(`${m[1]}s`) ?? first(`${m[1].replace(/y$/, 'ie')}s`);
		return obj?.id;
	};

	/** Path parameters that name seeded objects, each belonging to the one named before it (a member of that customer). */
	function pathParams(route: Route): Record<string, string> {
		const params: Record<string, string> = {};
		let link: [string, string] | undefined;
		for (const ref of refsOf(route)) {
			const obj =
				ref.param === '@me'
					? emu.store.get('customers', String(hint('customer_id')))
					: emu.store.list(ref.collection).find((o) => o[ref.field] != null && (!link || o[link[0]] === undefined || o[link[0]] === link[1]));
			if (ref.param !== '@me') params[ref.param] = String(obj?.[ref.field] ?? UNKNOWN_ID);
			link = obj ? [linkField(ref.collection), obj.id] : undefined;
		}
		return params;
	}

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
		// Deletions last, nested objects before their parents, so every call still finds its objects.
		const deletions = routes.routes.filter((r) => r.op.method === 'DELETE').sort((a, b) => b.segments.length - a.segments.length);
		const ordered = [...routes.routes.filter((r) => r.op.method !== 'DELETE'), ...deletions];
		for (const route of ordered) {
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
			// page 0: 422 HTTPValidationError, and Prism flags the request too
			if (route.op.pagination === 'page') {
				const res = await call(prismSays, route, pathParams(route), { query: [['page', '0']] });
				expect([route.key, res.status]).toEqual([route.key, 422]);
				expect(res.checked.violations.map((v) => v.location.join('.'))).toContain('request.query.page');
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
			const sent = new Set([JSON.stringify(sample(schema, hint))]);
			for (let branch = 1; branch < MAX_UNION_BRANCHES; branch++) {
				const body = JSON.stringify(sample(schema, hint, branch));
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
