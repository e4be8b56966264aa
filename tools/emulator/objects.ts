import type { Random } from './random';
import type { Store } from './store';
import type { EmulatorOptions, StoredObject } from './types';
import { CURRENT_API_VERSION } from './types';
import { generateWebhookSecret } from './webhookSecrets';

/**
 * How a new object is built: base fields (id, timestamps, organization_id, metadata), the
 * defaults of its kind so replies look like Polar's, then what the request asked for.
 */

export interface ObjectContext {
	store: Store;
	random: Random;
	organizationId: string;
	/** the emulator's own URL (checkout and upload URLs point back at it) */
	url: string;
	now(): Date;
	/** the emulator's options, for the switches that change how objects are made */
	readonly options: EmulatorOptions;
}

type Body = Record<string, unknown>;
type Defaults = (body: Body, id: string, ctx: ObjectContext, createdAt: string) => Body;

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

const DAY_MS = 86_400_000;

function plusDays(iso: string, days: number): string {
	return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

/** A copy of a referenced object for embedding (Polar nests customer, product, … in replies). */
function embed(ctx: ObjectContext, collection: string, id: unknown): StoredObject | null {
	if (typeof id !== 'string') return null;
	const obj = ctx.store.collection(collection).get(id);
	return obj ? { ...obj } : null;
}

function firstPriceAmount(product: StoredObject | null): number | undefined {
	const prices = product?.prices as Array<{ price_amount?: unknown }> | undefined;
	const amount = prices?.find((p) => typeof p.price_amount === 'number')?.price_amount;
	return typeof amount === 'number' ? amount : undefined;
}

/** Prices as Polar answers them: each with an id, the product id and timestamps. */
export function normalizePrices(prices: unknown, productId: string, ctx: ObjectContext, createdAt: string): Body[] {
	if (!Array.isArray(prices)) return [];
	return prices.map((p) => ({
		id: ctx.random.uuid(),
		created_at: createdAt,
		modified_at: null,
		source: 'catalog',
		amount_type: 'fixed',
		price_currency: 'usd',
		tax_behavior: null,
		is_archived: false,
		product_id: productId,
		...(p as Body),
	}));
}

function sizeReadable(size: unknown): string {
	const n = typeof size === 'number' ? size : 0;
	if (n < 1024) return `${n} B`;
	if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
	return `${(n / 1024 ** 2).toFixed(1)} MB`;
}

const DEFAULTS: Record<string, Defaults> = {
	organizations: (body) => ({
		slug: String(body.name ?? 'organization').toLowerCase().replace(/[^a-z0-9]+/g, '-'),
		avatar_url: null,
		email: null,
		website: null,
		socials: [],
		status: 'active',
		details_submitted_at: null,
		proration_behavior: 'prorate',
		allow_customer_updates: true,
		sso_enforced: false,
		default_presentment_currency: 'usd',
		default_tax_behavior: 'exclusive',
		feature_settings: null,
		embed_hosts: [],
		embed_hosts_enforced: false,
		account_id: null,
		payout_account_id: null,
	}),
	customers: () => ({
		external_id: null,
		email_verified: false,
		type: 'individual',
		name: null,
		billing_name: null,
		billing_address: null,
		tax_id: null,
		locale: null,
		default_payment_method_id: null,
		deleted_at: null,
		first_user_event_at: null,
		avatar_url: null,
	}),
	products: (body, id, ctx, createdAt) => ({
		description: null,
		visibility: 'public',
		recurring_interval: null,
		recurring_interval_count: body.recurring_interval ? 1 : null,
		trial_interval: null,
		trial_interval_count: null,
		meter_interval: null,
		meter_interval_count: null,
		is_recurring: Boolean(body.recurring_interval),
		is_archived: false,
		benefits: [],
		medias: [],
		attached_custom_fields: [],
		prices: normalizePrices(body.prices ?? [{ amount_type: 'fixed', price_amount: 1000 }], id, ctx, createdAt),
	}),
	orders: (body, _id, ctx) => {
		const product = embed(ctx, 'products', body.product_id);
		const amount = typeof body.amount === 'number' ? body.amount : firstPriceAmount(product) ?? 1000;
		return {
			status: 'paid',
			paid: true,
			subtotal_amount: amount,
			discount_amount: 0,
			net_amount: amount,
			tax_amount: 0,
			total_amount: amount,
			applied_balance_amount: 0,
			due_amount: 0,
			refunded_amount: 0,
			refunded_tax_amount: 0,
			currency: 'usd',
			billing_reason: 'purchase',
			billing_name: null,
			billing_address: null,
			invoice_number: `INV-${ctx.random.token(8).toUpperCase()}`,
			is_invoice_generated: false,
			receipt_number: null,
			discount_id: null,
			subscription_id: null,
			checkout_id: null,
			platform_fee_amount: 0,
			platform_fee_currency: null,
			custom_field_data: {},
			customer: embed(ctx, 'customers', body.customer_id),
			product,
			discount: null,
			subscription: null,
			items: [{ id: ctx.random.uuid(), label: String(product?.name ?? 'Item'), amount, tax_amount: 0, proration: false, product_price_id: null }],
			description: String(product?.name ?? body.description ?? 'Order'),
			refundable_amount: amount,
			refundable_tax_amount: 0,
		};
	},
	subscriptions: (body, _id, ctx, createdAt) => {
		const product = embed(ctx, 'products', body.product_id);
		return {
			amount: firstPriceAmount(product) ?? 1000,
			currency: 'usd',
			recurring_interval: product?.recurring_interval ?? 'month',
			recurring_interval_count: 1,
			status: 'active',
			current_period_start: createdAt,
			current_period_end: plusDays(createdAt, 30),
			current_meter_period_start: null,
			current_meter_period_end: null,
			trial_start: null,
			trial_end: null,
			cancel_at_period_end: false,
			canceled_at: null,
			started_at: createdAt,
			ends_at: null,
			ended_at: null,
			pause_at_period_end: false,
			paused_at: null,
			resumes_at: null,
			discount_id: null,
			checkout_id: null,
			customer_cancellation_reason: null,
			customer_cancellation_comment: null,
			custom_field_data: {},
			customer: embed(ctx, 'customers', body.customer_id),
			product,
			discount: null,
			prices: product?.prices ?? [],
			meters: [],
			pending_update: null,
		};
	},
	webhook_endpoints: (_body, _id, ctx) => ({
		name: null,
		format: 'raw',
		events: [],
		api_version: CURRENT_API_VERSION,
		enabled: true,
		...generateWebhookSecret(ctx.random, ctx.options.legacyWebhookSecrets === true),
	}),
	checkouts: (body, _id, ctx, createdAt) => {
		const clientSecret = `polar_c_${ctx.random.token(48)}`;
		const productIds = Array.isArray(body.products) ? (body.products as string[]) : [];
		const product = embed(ctx, 'products', body.product_id ?? productIds[0]);
		const amount = typeof body.amount === 'number' ? body.amount : firstPriceAmount(product) ?? 0;
		return {
			payment_processor: 'stripe',
			status: 'open',
			client_secret: clientSecret,
			url: `${ctx.url}/checkout/${clientSecret}`,
			expires_at: new Date(Date.parse(createdAt) + 3_600_000).toISOString(),
			success_url: `${ctx.url}/checkout/${clientSecret}/confirmation`,
			return_url: null,
			embed_origin: null,
			amount,
			discount_amount: 0,
			net_amount: amount,
			tax_amount: null,
			total_amount: amount,
			currency: 'usd',
			product_id: product?.id ?? null,
			product_price_id: null,
			discount_id: null,
			allow_discount_codes: true,
			require_billing_address: false,
			customer_id: null,
			customer_email: null,
			customer_name: null,
			external_customer_id: null,
			products: productIds.map((id) => embed(ctx, 'products', id)).filter(Boolean),
			product,
			subscription_id: null,
			customer_metadata: {},
		};
	},
	checkout_links: (body, _id, ctx) => {
		const clientSecret = `polar_cl_${ctx.random.token(48)}`;
		const productIds = Array.isArray(body.products) ? (body.products as string[]) : body.product_id ? [String(body.product_id)] : [];
		return {
			payment_processor: 'stripe',
			client_secret: clientSecret,
			url: `${ctx.url}/v1/checkout-links/${clientSecret}/redirect`,
			label: null,
			allow_discount_codes: true,
			require_billing_address: false,
			discount_id: null,
			success_url: null,
			return_url: null,
			seats: null,
			trial_interval: null,
			trial_interval_count: null,
			discount: null,
			products: productIds.map((id) => embed(ctx, 'products', id) ?? { id }),
		};
	},
	license_keys: (body, _id, ctx) => {
		const key = `POLAR-${ctx.random.token(8)}-${ctx.random.token(8)}-${ctx.random.token(8)}`.toUpperCase();
		return {
			key,
			display_key: `****-${key.slice(-6)}`,
			status: 'granted',
			limit_activations: null,
			usage: 0,
			limit_usage: null,
			validations: 0,
			last_validated_at: null,
			expires_at: null,
			customer_id: null,
			benefit_id: null,
			customer: embed(ctx, 'customers', body.customer_id),
		};
	},
	license_key_activations: () => ({ label: '', meta: {} }),
	discounts: (body) => ({
		code: null,
		starts_at: null,
		ends_at: null,
		max_redemptions: null,
		max_redemptions_per_customer: null,
		redemptions_count: 0,
		duration: 'once',
		type: body.basis_points !== undefined ? 'percentage' : 'fixed',
		products: [],
	}),
	benefits: () => ({
		type: 'custom',
		selectable: true,
		deletable: true,
		is_deleted: false,
		visibility: 'visible',
		properties: {},
		visibility_configurable: true,
	}),
	benefit_grants: (_body, _id, _ctx, createdAt) => ({
		granted_at: createdAt,
		is_granted: true,
		revoked_at: null,
		is_revoked: false,
		subscription_id: null,
		order_id: null,
		member_id: null,
		error: null,
		properties: {},
	}),
	meters: () => ({ unit: 'scalar', custom_label: null, custom_multiplier: null, archived_at: null }),
	members: () => ({ name: null, external_id: null, role: 'member' }),
	files: (body, id, ctx) => {
		const path = `${ctx.organizationId}/${id}/${String(body.name ?? 'file')}`;
		const parts = ((body.upload as { parts?: Body[] } | undefined)?.parts ?? []).map((part) => ({
			...part,
			url: `${ctx.url}/__emulator/uploads/${id}/${String(part.number)}`,
			expires_at: new Date(ctx.now().getTime() + 3_600_000).toISOString(),
			headers: {},
		}));
		return {
			path,
			storage_version: null,
			checksum_etag: null,
			checksum_sha256_base64: null,
			checksum_sha256_hex: null,
			last_modified_at: null,
			version: null,
			is_uploaded: false,
			flagged_malicious_at: null,
			size_readable: sizeReadable(body.size),
			upload: { id: `upload_${ctx.random.token(24)}`, path, parts },
		};
	},
	refunds: (body, _id, ctx) => {
		const order = embed(ctx, 'orders', body.order_id);
		return {
			status: 'succeeded',
			tax_amount: 0,
			currency: 'usd',
			subscription_id: order?.subscription_id ?? null,
			customer_id: order?.customer_id ?? null,
			revoke_benefits: false,
			dispute: null,
		};
	},
	oauth2_clients: (_body, _id, ctx) => ({
		client_id: `polar_ci_${ctx.random.token(22)}`,
		client_secret: `polar_cs_${ctx.random.token(43)}`,
		client_id_issued_at: Math.floor(ctx.now().getTime() / 1000),
		client_secret_expires_at: 0,
		token_endpoint_auth_method: 'client_secret_post',
		grant_types: ['authorization_code', 'refresh_token'],
		response_types: ['code'],
		scope: 'openid profile email',
	}),
	custom_fields: () => ({ type: 'text', properties: {} }),
	customer_seats: (_body, _id, ctx) => ({
		status: 'pending',
		subscription_id: null,
		order_id: null,
		customer_id: null,
		member_id: null,
		member: null,
		email: null,
		customer_email: null,
		invitation_token: `seat_${ctx.random.token(32)}`,
		claimed_at: null,
		revoked_at: null,
		seat_metadata: {},
	}),
	metric_dashboards: () => ({ metrics: [] }),
	events: (body, _id, _ctx, createdAt) => ({
		source: 'user',
		timestamp: createdAt,
		customer_id: null,
		external_customer_id: null,
		customer: null,
		label: String(body.name ?? 'event'),
	}),
	event_types: (body, _id, _ctx, createdAt) => ({
		label: String(body.name ?? 'event'),
		label_property_selector: null,
		source: 'user',
		occurrences: 0,
		first_seen: createdAt,
		last_seen: createdAt,
	}),
	customer_payment_methods: () => ({
		processor: 'stripe',
		type: 'card',
		method_metadata: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, wallet: null },
	}),
	payments: () => ({
		processor: 'stripe',
		status: 'succeeded',
		amount: 1000,
		currency: 'usd',
		method: 'card',
		trigger: 'purchase',
		decline_reason: null,
		decline_message: null,
		checkout_id: null,
		order_id: null,
		method_metadata: { brand: 'visa', last4: '4242' },
	}),
	disputes: (_body, _id, _ctx, createdAt) => ({
		status: 'needs_response',
		resolved: false,
		closed: false,
		amount: 1000,
		tax_amount: 0,
		currency: 'usd',
		reason: 'fraudulent',
		evidence_due_by: plusDays(createdAt, 7),
		past_due: false,
		case_id: null,
	}),
	wallets: () => ({ balance: 0, currency: 'usd' }),
	customer_meters: () => ({ consumed_units: 0, credited_units: 0, balance: 0 }),
};

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
	const obj = { ...base, ...defaults } as StoredObject;
	for (const [key, value] of Object.entries(body)) {
		if (!DERIVED.has(key) || !(key in defaults)) obj[key] = value;
	}
	obj.id = id;
	return ctx.store.collection(collection).insert(obj);
}

/** Fields the defaults compute from the body (prices get ids, …): the body must not overwrite them. */
const DERIVED = new Set(['prices', 'products', 'upload']);
