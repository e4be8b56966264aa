import { Agent, request } from 'undici';
import { schemas } from '../../../nodes/Polar/generated/schemas';
import type { CompactSchema, PolarField, PolarOperation } from '../../../nodes/Polar/types';
import type { Emulator } from '../../../tools/emulator';
import { SWEEP_TOKEN } from '../../harness/emulator';
import { linkField, type ObjectRef, type Route, type RouteTable } from '../../../tools/emulator/routes';

/**
 * Inputs for sweeping every operation against the emulator, shared by the raw-HTTP sweep
 * (allOperations.test.ts) and the SDK sweep (sdkSweep.test.ts): what to seed, which seeded objects
 * a path names, the smallest valid body, the required query values, and the order of the calls.
 */

export { SWEEP_TOKEN };

/** A value that names a seeded object, for a field such as `product_id` or `key`. */
export type Hint = (key: string | undefined) => string | undefined;

/** More than any union of the document has branches (benefits have 8). */
export const MAX_UNION_BRANCHES = 10;

export interface SampleOptions {
	/** which branch of every union to take: the `branch`-th (wrapping around), so 0, 1, 2, … reach them all */
	branch?: number;
	/** union branches (schema names) never to take, e.g. those the August document lacks */
	avoid?: ReadonlySet<string>;
}

/**
 * What a branch's smallest body lacks to pass Polar's own checks of that model (the emulator's
 * modelRules.ts): a fixed discount needs an amount, a team customer an email or an owner.
 */
const MODEL_RULE_FIELDS: Record<string, Record<string, unknown>> = {
	DiscountFixedCreate: { amount: 500 },
	CustomerTeamCreate: { email: 'team-sweep@example.com' },
};

/** The smallest value a compact schema accepts: required keys only, one branch of each union. */
export function sample(schema: CompactSchema, hint: Hint, options: SampleOptions = {}): unknown {
	const branch = options.branch ?? 0;
	const allowed = (ref: string | undefined) => !ref || !options.avoid?.has(ref);
	const walk = (s: CompactSchema, depth: number, key?: string): unknown => {
		if (depth > 24) return null;
		if (s.$ref) {
			const value = walk(schemas[s.$ref] ?? {}, depth + 1, key);
			return MODEL_RULE_FIELDS[s.$ref] ? { ...(value as object), ...MODEL_RULE_FIELDS[s.$ref] } : value;
		}
		if (s.const !== undefined) return s.const;
		if (s.enum) return s.enum[0];
		if (s.anyOf) {
			if (s.discriminator) {
				const mapping = Object.entries(s.discriminator.mapping).filter(([, ref]) => allowed(ref));
				const [tag, ref] = mapping[branch % mapping.length];
				return { ...(walk({ $ref: ref }, depth + 1) as object), [s.discriminator.propertyName]: tag };
			}
			const branches = s.anyOf.filter((b) => b.type !== 'null' && allowed(b.$ref));
			return walk(branches[branch % Math.max(branches.length, 1)] ?? s.anyOf[0], depth + 1, key);
		}
		switch (s.type) {
			case 'string':
				if (hint(key) !== undefined) return hint(key);
				if (s.format === 'uuid' || s.format === 'uuid4') return hint('customer_id');
				if (s.format === 'email') return 'sweep@example.com';
				if (s.format === 'uri') return 'https://example.com/return';
				if (s.format === 'date-time') return '2026-01-01T00:00:00Z';
				if (s.format === 'date') return '2026-01-01';
				if (s.format === 'ipvanyaddress') return '127.0.0.1';
				return 'x'.repeat(Math.max(s.minLength ?? 1, 1));
			case 'integer':
			case 'number': {
				// 1 when the bounds allow it (int32 ranges come with exclusiveMinimum 0, say), else the nearest bound
				const lows = [s.minimum, s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : undefined].filter((v): v is number => v !== undefined);
				return Math.min(Math.max(1, ...lows), s.maximum ?? Infinity);
			}
			case 'boolean':
				return true;
			case 'array':
				return Array.from({ length: s.minItems ?? 0 }, () => walk(s.items ?? {}, depth + 1));
			case 'object': {
				const out: Record<string, unknown> = {};
				for (const name of s.required ?? []) out[name] = walk(s.properties?.[name] ?? {}, depth + 1, name);
				return out;
			}
			default:
				return null;
		}
	};
	return walk(schema, 0);
}

/**
 * The smallest body of one variant of an operation (its first when `variant` is unset). A branch
 * of a discriminated union gets its tag, which the union holds rather than the branch.
 */
export function sampleBody(body: NonNullable<PolarOperation['body']>, variant: string | undefined, hint: Hint): unknown {
	const branch = body.variants.find((v) => v.value === variant)?.schema;
	if (!branch) return sample(body.schema, hint);
	const value = sample(branch, hint) as Record<string, unknown>;
	const union = body.schema.$ref ? schemas[body.schema.$ref] : body.schema;
	const tag = union?.discriminator && Object.entries(union.discriminator.mapping).find(([, ref]) => ref === branch.$ref)?.[0];
	return tag ? { ...value, [union.discriminator!.propertyName]: tag } : value;
}

/** An id no object has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The value sent for a query field: required ones only. */
export function queryValue(field: PolarField, ids: string[]): string | undefined {
	if (!field.required) return undefined;
	if (field.format === 'date') return '2026-01-01';
	if (field.kind === 'dateTime') return '2026-01-01T00:00:00Z';
	if (field.options) return String(field.options[0]);
	return field.format?.startsWith('uuid') ? ids[0] : 'x';
}

/** The objects a route's path names: its parents, then its target or owner. */
export function refsOf(route: Route): ObjectRef[] {
	const { plan } = route;
	const refs: ObjectRef[] = [...plan.parents];
	if (plan.kind === 'get' || plan.kind === 'update' || plan.kind === 'delete') refs.push(plan.target);
	if (plan.kind === 'action' && plan.owner) refs.push(plan.owner);
	return refs;
}

export interface SweepSeed {
	/** a customer session of the first customer, for customer-portal operations */
	sessionToken: string;
	hint: Hint;
}

/**
 * Seeds three objects of every collection a route names (customers, products and benefits
 * first, as others point at them), ties portal objects to the session's customer, adds one
 * product nothing was sold from (Polar deletes only those), and mints a customer session.
 */
export async function seedForSweep(emu: Emulator, routes: RouteTable, agent: Agent): Promise<SweepSeed> {
	const collections = new Set<string>();
	for (const route of routes.routes) for (const ref of refsOf(route)) collections.add(ref.collection);
	for (const c of ['customers', 'products', 'benefits', ...collections]) if (c !== 'organizations') emu.seed(c, 3);
	emu.seed('products', 1);
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
		headers: { authorization: `Bearer ${SWEEP_TOKEN}`, 'content-type': 'application/json' },
		body: JSON.stringify({ customer_id: customer.id }),
		dispatcher: agent,
	});
	const sessionToken = ((await session.body.json()) as { token: string }).token;

	/** Ids of seeded objects by field name: product_id → a product, key → a license key, … */
	const hint: Hint = (key) => {
		if (!key) return undefined;
		const first = (collection: string) => emu.store.list(collection)[0];
		if (key === 'key') return String(first('license_keys').key);
		if (key === 'invitation_token') return String(emu.store.list('customer_seats').find((s) => s.status === 'pending')?.invitation_token);
		if (key === 'activation_id') return first('license_key_activations').id;
		if (key === 'external_customer_id') return String(first('customers').external_id);
		// one type every file service takes (product media and avatars take images only)
		if (key === 'mime_type') return 'image/png';
		const m = /^(\w+)_id$/.exec(key);
		if (!m) return undefined;
		const obj = first(`${m[1]}s`) ?? first(`${m[1].replace(/y$/, 'ie')}s`);
		return obj?.id;
	};
	return { sessionToken, hint };
}

/** Deletions last, nested objects before their parents, so every call still finds its objects. */
export function sweepOrder(routes: RouteTable): Route[] {
	const deletions = routes.routes.filter((r) => r.op.method === 'DELETE').sort((a, b) => b.segments.length - a.segments.length);
	return [...routes.routes.filter((r) => r.op.method !== 'DELETE'), ...deletions];
}

/** Whether another stored object points at `obj` (an order at its product, …). */
function isReferenced(emu: Emulator, collection: string, obj: { id: string }): boolean {
	const field = linkField(collection);
	return emu.store.collections().some((c) => emu.store.list(c).some((o) => o[field] === obj.id));
}

/**
 * Path parameter values naming seeded objects, each belonging to the one named before it (a
 * member of that customer). A deletion takes an object nothing else points at when there is one.
 */
export function pathParamsOf(emu: Emulator, route: Route, hint: Hint): Record<string, string> {
	const params: Record<string, string> = {};
	let link: [string, string] | undefined;
	for (const ref of refsOf(route)) {
		const candidates =
			ref.param === '@me'
				? [emu.store.get('customers', String(hint('customer_id')))].filter((o) => o !== undefined)
				: emu.store.list(ref.collection).filter((o) => o[ref.field] != null && (!link || o[link[0]] === undefined || o[link[0]] === link[1]));
		const isTarget = route.plan.kind === 'delete' && ref === route.plan.target;
		const obj = (isTarget && candidates.find((o) => !isReferenced(emu, ref.collection, o))) || candidates[0];
		if (ref.param !== '@me') params[ref.param] = String(obj?.[ref.field] ?? UNKNOWN_ID);
		link = obj ? [linkField(ref.collection), obj.id] : undefined;
	}
	return params;
}
