import { embed, objectOf, type Body, type Defaults, type ObjectContext, type Refresh } from './shared';

/** What is sold and what comes with it: products and prices, benefits, discounts, custom fields, files, meters, license keys. */

/** What Polar adds to a price of each amount type: the optional amounts, the seat limits, the meter. */
function completePrice(price: Body, ctx: ObjectContext): Body {
	switch (price.amount_type) {
		case 'custom':
			// 50: the create schema's default minimum
			return { minimum_amount: price.minimum_amount ?? 50, maximum_amount: price.maximum_amount ?? null, preset_amount: price.preset_amount ?? null };
		case 'seat_based': {
			const tiers = objectOf(price.seat_tiers);
			const list = Array.isArray(tiers.tiers) ? (tiers.tiers as Body[]) : [];
			// the limits are derived from the first and last tiers
			const limits = { minimum_seats: Number(list[0]?.min_seats ?? 1), maximum_seats: (list[list.length - 1]?.max_seats as number | undefined) ?? null };
			return { seat_tiers: { seat_tier_type: 'volume', ...tiers, tiers: list, ...limits } };
		}
		case 'metered_unit': {
			const meter = embed(ctx, 'meters', price.meter_id);
			return {
				// a decimal, answered as a string
				unit_amount: String(price.unit_amount ?? '0'),
				cap_amount: price.cap_amount ?? null,
				meter: {
					id: String(price.meter_id ?? ''),
					name: String(meter?.name ?? 'Meter'),
					unit: meter?.unit ?? 'scalar',
					custom_label: meter?.custom_label ?? null,
					custom_multiplier: meter?.custom_multiplier ?? null,
				},
			};
		}
		default:
			return {};
	}
}

/** Prices as Polar answers them: each with an id, the product id, timestamps and its amount type's fields. */
export function normalizePrices(prices: unknown, productId: string, ctx: ObjectContext, createdAt: string): Body[] {
	if (!Array.isArray(prices)) return [];
	return prices.map((p) => {
		const price: Body = {
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
		};
		return { ...price, ...completePrice(price, ctx) };
	});
}

/** Each benefit type's properties with the optional ones Polar fills in (the body's are laid over them). */
const BENEFIT_PROPERTIES: Record<string, Body> = {
	custom: { note: null },
	discord: { guild_id: '', guild_token: '', role_id: '', kick_member: false },
	github_repository: { repository_owner: '', repository_name: '', permission: 'pull' },
	downloadables: { archived: {}, files: [] },
	license_keys: { prefix: null, expires: null, activations: null, limit_usage: null },
	meter_credit: { units: 0, rollover: false },
	feature_flag: {},
	slack_shared_channel: { private: true, welcome_message: null, archive_on_revoke: true, team_invitees: [] },
};

function benefitProperties(type: unknown, properties: unknown): Body {
	return { ...(BENEFIT_PROPERTIES[String(type)] ?? {}), ...objectOf(properties) };
}

export const CATALOG_KINDS: Record<string, Defaults> = {
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
		// required by Polar's SDK 1.0.1 for 2026-10 (the August document lacks it)
		is_deletable: true,
		benefits: [],
		medias: [],
		attached_custom_fields: [],
		prices: normalizePrices(body.prices ?? [{ amount_type: 'fixed', price_amount: 1000 }], id, ctx, createdAt),
	}),
	benefits: (body) => ({
		type: 'custom',
		selectable: true,
		deletable: true,
		is_deleted: false,
		visibility: 'public',
		visibility_configurable: true,
		properties: benefitProperties(body.type ?? 'custom', body.properties),
	}),
	benefit_grants: (body, _id, ctx, createdAt) => ({
		granted_at: createdAt,
		is_granted: true,
		revoked_at: null,
		is_revoked: false,
		subscription_id: null,
		order_id: null,
		member_id: null,
		member: null,
		error: null,
		properties: {},
		customer: embed(ctx, 'customers', body.customer_id),
		benefit: embed(ctx, 'benefits', body.benefit_id),
	}),
	discounts: (body, _id, ctx) => {
		const fixed = body.type === 'fixed' || (body.type === undefined && body.basis_points === undefined);
		const amount = typeof body.amount === 'number' ? body.amount : 0;
		const currency = typeof body.currency === 'string' ? body.currency : 'usd';
		return {
			code: null,
			starts_at: null,
			ends_at: null,
			max_redemptions: null,
			max_redemptions_per_customer: null,
			redemptions_count: 0,
			duration: 'once',
			type: fixed ? 'fixed' : 'percentage',
			products: (Array.isArray(body.products) ? body.products : []).map((id) => embed(ctx, 'products', id)).filter(Boolean),
			...(fixed ? { amount, currency, amounts: { [currency]: amount } } : { basis_points: 0 }),
			...(body.duration === 'repeating' ? { duration_in_months: 1 } : {}),
		};
	},
	custom_fields: (body) => ({
		type: 'text',
		slug: String(body.name ?? 'field').toLowerCase().replace(/[^a-z0-9]+/g, '_'),
		properties: body.type === 'select' ? { options: [], ...objectOf(body.properties) } : objectOf(body.properties),
	}),
	files: (body, id, ctx) => {
		const service = String(body.service ?? 'downloadable');
		const path = `${ctx.organizationId}/${id}/${String(body.name ?? 'file')}`;
		const parts = ((body.upload as { parts?: Body[] } | undefined)?.parts ?? []).map((part) => ({
			...part,
			url: `${ctx.url}/__emulator/uploads/${id}/${String(part.number)}`,
			expires_at: new Date(ctx.now().getTime() + 3_600_000).toISOString(),
			headers: {},
		}));
		return {
			path,
			service,
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
			// a benefit's downloadable files also count their downloads; media and avatars have a public URL
			...(service === 'downloadable' ? { downloaders: 0, downloads: 0 } : { public_url: `${ctx.url}/__emulator/files/${id}` }),
		};
	},
	meters: () => ({ unit: 'scalar', custom_label: null, custom_multiplier: null, archived_at: null }),
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
			// required by Polar's SDK 1.0.1 for 2026-10 (the August document lacks them)
			member_id: null,
			member: null,
		};
	},
	license_key_activations: (body, _id, ctx) => ({ label: '', meta: {}, license_key: embed(ctx, 'license_keys', body.license_key_id) }),
};

/** Fields the body must not overwrite: the defaults already hold the body's value, completed. */
export const CATALOG_DERIVED: Record<string, string[]> = {
	products: ['prices'],
	benefits: ['properties'],
	custom_fields: ['properties'],
	discounts: ['products'],
	files: ['upload'],
};

/** Updates that Polar completes as it does on create (new prices get ids, new properties their defaults). */
export const CATALOG_REFRESH: Record<string, Refresh> = {
	products: (obj, patch, ctx, now) => {
		if (!Array.isArray(patch.prices)) return {};
		const prices = patch.prices.map((p) => {
			const existing = (obj.prices as Body[] | undefined)?.find((e) => e.id === (p as Body).id);
			return existing ?? normalizePrices([p], obj.id, ctx, now)[0];
		});
		return { prices };
	},
	benefits: (obj, patch) => (patch.properties === undefined ? {} : { properties: benefitProperties(obj.type, patch.properties) }),
};

function sizeReadable(size: unknown): string {
	const n = typeof size === 'number' ? size : 0;
	if (n < 1024) return `${n} B`;
	if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
	return `${(n / 1024 ** 2).toFixed(1)} MB`;
}
