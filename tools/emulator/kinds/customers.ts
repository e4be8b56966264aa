import { embed, type Defaults } from './shared';

/** Who buys: customers and their members, seats, meters, wallets and payment methods. */

export const CUSTOMER_KINDS: Record<string, Defaults> = {
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
	members: () => ({ name: null, external_id: null, role: 'member' }),
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
		invitation_token_expires_at: new Date(ctx.now().getTime() + 7 * 86_400_000).toISOString(),
		claimed_at: null,
		revoked_at: null,
		seat_metadata: {},
	}),
	customer_meters: (body, _id, ctx) => ({
		consumed_units: 0,
		credited_units: 0,
		balance: 0,
		customer: embed(ctx, 'customers', body.customer_id),
		meter: embed(ctx, 'meters', body.meter_id),
	}),
	wallets: () => ({ balance: 0, currency: 'usd' }),
	customer_payment_methods: () => ({
		processor: 'stripe',
		type: 'card',
		is_default: false,
		method_metadata: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, wallet: null },
	}),
};
