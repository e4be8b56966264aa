import { CATALOG_DERIVED, CATALOG_KINDS, CATALOG_REFRESH } from './kinds/catalog';
import { CUSTOMER_KINDS } from './kinds/customers';
import { PLATFORM_KINDS } from './kinds/platform';
import { SALES_DERIVED, SALES_KINDS } from './kinds/sales';
import type { Body, Defaults, ObjectContext, Refresh } from './kinds/shared';
import type { StoredObject } from './types';

export type { ObjectContext } from './kinds/shared';

/**
 * How a new object is built: base fields (id, timestamps, organization_id, metadata), the
 * defaults of its kind so replies have Polar's shape (`kinds/`, one file per area), then what
 * the request asked for.
 */

/** Kinds that belong to no organization or carry no metadata. */
const WITHOUT_OWNER = new Set([
	'organizations',
	'oauth2_clients',
	'customer_sessions',
	'webhook_deliveries',
	'webhook_events',
	'license_key_activations',
	'members',
	'customer_payment_methods',
	'wallets',
]);

const DEFAULTS: Record<string, Defaults> = { ...PLATFORM_KINDS, ...CATALOG_KINDS, ...SALES_KINDS, ...CUSTOMER_KINDS };
/** Body fields a kind's defaults already hold, completed (prices with ids, …): the body must not overwrite them. */
const DERIVED: Record<string, string[]> = { ...CATALOG_DERIVED, ...SALES_DERIVED };
const REFRESH: Record<string, Refresh> = { ...CATALOG_REFRESH };

const isStructured = (value: unknown) => value !== null && typeof value === 'object';

/**
 * Builds and stores a new object. `createdAt` lets seeded data spread over time so that
 * `created_at` sorting is meaningful.
 */
export function createObject(ctx: ObjectContext, collection: string, body: Body, createdAt?: string): StoredObject {
	const id = typeof body.id === 'string' && body.id ? body.id : ctx.random.uuid();
	const at = createdAt ?? ctx.now().toISOString();
	const base: Body = { id, created_at: at, modified_at: at };
	if (!WITHOUT_OWNER.has(collection)) {
		base.organization_id = ctx.organizationId;
		base.metadata = {};
	}
	const defaults = DEFAULTS[collection]?.(body, id, ctx, at) ?? {};
	const derived = DERIVED[collection] ?? [];
	const obj = { ...base, ...defaults } as StoredObject;
	for (const [key, value] of Object.entries(body)) {
		if (derived.includes(key) && key in defaults) continue;
		// a null setting or list means "not given": Polar answers its default (settings objects, socials, …)
		if (value === null && isStructured(defaults[key])) continue;
		obj[key] = value;
	}
	obj.id = id;
	return ctx.store.collection(collection).insert(obj);
}

/** The changes an update makes: the patch, with what the kind completes as on create (new prices get ids, …). */
export function updateChanges(ctx: ObjectContext, collection: string, obj: StoredObject, patch: Body, now: string): Body {
	return { ...patch, ...(REFRESH[collection]?.(obj, patch, ctx, now) ?? {}) };
}
