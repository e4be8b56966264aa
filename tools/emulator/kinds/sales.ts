import type { StoredObject } from '../types';
import { embeddedProduct } from '../views';
import { embed, plusDays, type Body, type Defaults, type ObjectContext } from './shared';

/** Buying and billing: checkouts and checkout links, orders, subscriptions, payments, refunds, disputes. */

function firstPrice(product: Body | null): Body | null {
	const prices = product?.prices as Body[] | undefined;
	return prices?.[0] ?? null;
}

function firstPriceAmount(product: Body | null): number | undefined {
	const prices = product?.prices as Array<{ price_amount?: unknown }> | undefined;
	const amount = prices?.find((p) => typeof p.price_amount === 'number')?.price_amount;
	return typeof amount === 'number' ? amount : undefined;
}

/** The products a checkout or link names, in order: `products`, else `product_id`, else the product of `product_price_id`. */
function productsOf(ctx: ObjectContext, body: Body): StoredObject[] {
	const products = ctx.store.collection('products');
	if (Array.isArray(body.products)) {
		return (body.products as unknown[]).map((id) => products.get(String(id))).filter((p): p is StoredObject => Boolean(p));
	}
	if (typeof body.product_id === 'string') return [products.get(body.product_id)].filter((p): p is StoredObject => Boolean(p));
	if (typeof body.product_price_id === 'string') {
		const owner = products.items.find((p) => (p.prices as Body[] | undefined)?.some((price) => price.id === body.product_price_id));
		return owner ? [owner] : [];
	}
	return [];
}

/** Which billing address fields a checkout asks for. */
function billingAddressFields(required: boolean): Body {
	const rest = required ? 'required' : 'disabled';
	return { country: 'required', state: rest, city: rest, postal_code: rest, line1: rest, line2: required ? 'optional' : 'disabled' };
}

export const SALES_KINDS: Record<string, Defaults> = {
	orders: (body, _id, ctx, createdAt) => {
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
			seats: null,
			// required by Polar's SDK 1.0.1 for 2026-10 (the August document lacks it)
			units: null,
			product_id: product?.id ?? null,
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
			items: [
				{
					id: ctx.random.uuid(),
					created_at: createdAt,
					modified_at: null,
					label: String(product?.name ?? 'Item'),
					amount,
					tax_amount: 0,
					proration: false,
					product_price_id: (firstPrice(product)?.id as string | undefined) ?? null,
					// required by Polar's SDK 1.0.1 for 2026-10 (the August document lacks them)
					start_timestamp: null,
					end_timestamp: null,
				},
			],
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
			past_due_at: null,
			pause_at_period_end: false,
			paused_at: null,
			resumes_at: null,
			discount_id: null,
			checkout_id: null,
			seats: null,
			// required by Polar's SDK 1.0.1 for 2026-10 (the August document lacks it)
			units: null,
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
	checkouts: (body, _id, ctx, createdAt) => {
		const clientSecret = `polar_c_${ctx.random.token(48)}`;
		const products = productsOf(ctx, body).map((p) => embeddedProduct(p, false));
		const product = products[0] ?? null;
		const amount = typeof body.amount === 'number' ? body.amount : firstPriceAmount(product) ?? 0;
		const requireBillingAddress = body.require_billing_address === true;
		return {
			custom_field_data: {},
			payment_processor: 'stripe',
			status: 'open',
			client_secret: clientSecret,
			url: `${ctx.url}/checkout/${clientSecret}`,
			expires_at: new Date(Date.parse(createdAt) + 3_600_000).toISOString(),
			success_url: `${ctx.url}/checkout/${clientSecret}/confirmation`,
			return_url: null,
			embed_origin: null,
			amount,
			seats: null,
			min_seats: null,
			max_seats: null,
			// required by Polar's SDK 1.0.1 for 2026-10 (the August document lacks them)
			units: null,
			min_units: null,
			max_units: null,
			discount_amount: 0,
			net_amount: amount,
			tax_amount: null,
			tax_behavior: null,
			total_amount: amount,
			currency: 'usd',
			allow_trial: null,
			active_trial_interval: null,
			active_trial_interval_count: null,
			trial_end: null,
			product_id: product?.id ?? null,
			product_price_id: (firstPrice(product)?.id as string | undefined) ?? null,
			discount_id: null,
			allow_discount_codes: true,
			require_billing_address: requireBillingAddress,
			is_discount_applicable: true,
			is_free_product_price: amount === 0,
			is_payment_required: amount > 0,
			is_payment_setup_required: product?.is_recurring === true,
			is_payment_form_required: amount > 0 || product?.is_recurring === true,
			customer_id: null,
			is_business_customer: false,
			customer_name: null,
			customer_email: null,
			customer_ip_address: null,
			customer_billing_name: null,
			customer_billing_address: null,
			customer_tax_id: null,
			locale: null,
			payment_method_type: null,
			payment_processor_metadata: {},
			billing_address_fields: billingAddressFields(requireBillingAddress),
			trial_interval: null,
			trial_interval_count: null,
			external_customer_id: null,
			products,
			product,
			product_price: firstPrice(product),
			prices: Object.fromEntries(products.map((p) => [p.id, p.prices ?? []])),
			discount: null,
			subscription_id: null,
			attached_custom_fields: [],
			customer_metadata: {},
		};
	},
	checkout_links: (body, _id, ctx) => {
		const clientSecret = `polar_cl_${ctx.random.token(48)}`;
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
			// required by Polar's SDK 1.0.1 for 2026-10 (the August document lacks it)
			units: null,
			trial_interval: null,
			trial_interval_count: null,
			discount: null,
			products: productsOf(ctx, body).map((p) => embeddedProduct(p, true)),
		};
	},
	refunds: (body, _id, ctx) => {
		const order = embed(ctx, 'orders', body.order_id);
		return {
			status: 'succeeded',
			reason: 'customer_request',
			amount: 0,
			tax_amount: 0,
			currency: 'usd',
			subscription_id: order?.subscription_id ?? null,
			customer_id: order?.customer_id ?? null,
			revoke_benefits: false,
			dispute: null,
		};
	},
	disputes: (body, _id, ctx, createdAt) => {
		const order = embed(ctx, 'orders', body.order_id);
		return {
			status: 'needs_response',
			resolved: false,
			closed: false,
			amount: order?.total_amount ?? 1000,
			tax_amount: 0,
			currency: 'usd',
			reason: 'fraudulent',
			evidence_due_by: plusDays(createdAt, 7),
			past_due: false,
			case_id: null,
			customer: embed(ctx, 'customers', order?.customer_id),
		};
	},
	payments: (body, _id, ctx) => {
		const order = embed(ctx, 'orders', body.order_id);
		return {
			processor: 'stripe',
			status: 'succeeded',
			amount: order?.total_amount ?? 1000,
			currency: 'usd',
			method: 'card',
			trigger: 'purchase',
			decline_reason: null,
			decline_message: null,
			checkout_id: null,
			order_id: null,
			processor_metadata: {},
			method_metadata: { brand: 'visa', last4: '4242' },
		};
	},
};

/** Fields the body must not overwrite: the defaults already hold the body's value, resolved. */
export const SALES_DERIVED: Record<string, string[]> = {
	checkouts: ['products'],
	checkout_links: ['products'],
};
