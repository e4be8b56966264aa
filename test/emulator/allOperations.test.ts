import { Agent, request } from 'undici';
import { operations } from '../../nodes/Polar/generated/operations';
import { schemas } from '../../nodes/Polar/generated/schemas';
import type { CompactSchema, PolarField } from '../../nodes/Polar/types';
import { validateSchema } from '../../nodes/Polar/validation/schemaValidator';
import { startEmulator, type Emulator } from '../../tools/emulator';
import { linkField, RouteTable, type ObjectRef } from '../../tools/emulator/routes';

/**
 * Calls every operation of the table once, with path parameters that name seeded objects and
 * the smallest body its schema accepts, and checks that the emulator answers each one without
 * a server error and with the content type the operation declares.
 */

const TOKEN = 'polar_oat_sweep';

/** A value that names a seeded object, for a field such as `product_id` or `key`. */
type Hint = (key: string | undefined) => string | undefined;

/** The smallest value a compact schema accepts (first branch of unions, required keys only). */
function sample(schema: CompactSchema, hint: Hint, depth = 0, key?: string): unknown {
	if (depth > 12) return null;
	if (schema.$ref) return sample(schemas[schema.$ref] ?? {}, hint, depth + 1, key);
	if (schema.const !== undefined) return schema.const;
	if (schema.enum) return schema.enum[0];
	if (schema.anyOf) {
		if (schema.discriminator) {
			const [tag, ref] = Object.entries(schema.discriminator.mapping)[0];
			return { ...(sample({ $ref: ref }, hint, depth + 1) as object), [schema.discriminator.propertyName]: tag };
		}
		const branch = schema.anyOf.find((b) => b.type !== 'null') ?? schema.anyOf[0];
		return sample(branch, hint, depth + 1, key);
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
			return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
		case 'integer':
		case 'number':
			return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
		case 'boolean':
			return true;
		case 'array':
			return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}, hint, depth + 1));
		case 'object': {
			const out: Record<string, unknown> = {};
			for (const name of schema.required ?? []) out[name] = sample(schema.properties?.[name] ?? {}, hint, depth + 1, name);
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
	let sessionToken: string;
	const routes = new RouteTable();
	const agent = new Agent();

	beforeAll(async () => {
		emu = await startEmulator({ seed: 11 });
		const collections = new Set<string>();
		for (const route of routes.routes) {
			const plan = route.plan;
			const refs: ObjectRef[] = [...plan.parents];
			if (plan.kind === 'get' || plan.kind === 'update' || plan.kind === 'delete') refs.push(plan.target);
			if (plan.kind === 'action' && plan.owner) refs.push(plan.owner);
			for (const ref of refs) collections.add(ref.collection);
		}
		for (const c of ['customers', 'products', 'benefits', ...collections]) if (c !== 'organizations') emu.seed(c, 3);
		const customer = emu.store.list('customers')[0];
		// Portal objects must belong to the session's customer.
		const owned = new Set(['customer_seats', 'members', 'customer_payment_methods']);
		for (const c of collections) for (const o of emu.store.list(c)) if ('customer_id' in o || owned.has(c)) o.customer_id = customer.id;
		emu.store.list('members').forEach((m, i) => (m.external_id = `member-${i}`));
		const licenseKey = emu.store.list('license_keys')[0];
		for (const a of emu.store.list('license_key_activations')) a.license_key_id = licenseKey.id;
		const session = await request(`${emu.url}/v1/customer-sessions/`, {
			method: 'POST',
			headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
			body: JSON.stringify({ customer_id: customer.id }),
			dispatcher: agent,
		});
		sessionToken = ((await session.body.json()) as { token: string }).token;
	});

	afterAll(async () => {
		await emu.close();
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

	test('answers each without a server error, with the declared content type', async () => {
		const answered: Array<{ key: string; status: number }> = [];
		const problems: string[] = [];
		// Deletions last, nested objects before their parents, so every call still finds its objects.
		const deletions = routes.routes.filter((r) => r.op.method === 'DELETE').sort((a, b) => b.segments.length - a.segments.length);
		const ordered = [...routes.routes.filter((r) => r.op.method !== 'DELETE'), ...deletions];
		for (const route of ordered) {
			const { op, plan } = route;
			const params: Record<string, string> = {};
			const refs: ObjectRef[] = [...plan.parents];
			if (plan.kind === 'get' || plan.kind === 'update' || plan.kind === 'delete') refs.push(plan.target);
			if (plan.kind === 'action' && plan.owner) refs.push(plan.owner);
			// Each object must belong to the one named before it (a member of that customer).
			let link: [string, string] | undefined;
			for (const ref of refs) {
				const obj =
					ref.param === '@me'
						? emu.store.get('customers', String(hint('customer_id')))
						: emu.store.list(ref.collection).find((o) => o[ref.field] != null && (!link || o[link[0]] === undefined || o[link[0]] === link[1]));
				if (ref.param !== '@me') params[ref.param] = String(obj?.[ref.field] ?? '00000000-0000-4000-8000-000000000000');
				link = obj ? [linkField(ref.collection), obj.id] : undefined;
			}
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
