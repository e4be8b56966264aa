import type { ApiRequest, PolarApi, Session } from './api';
import { NOT_FOUND, ok, unprocessable, withTarget, type Reply } from './replies';
import { toCsv } from './csv';
import { CUSTOMER_SPECIALS } from './customers';
import { EVENT_SPECIALS } from './events';
import { completeUpload } from './uploads';
import { LICENSE_KEY_SPECIALS } from './licenseKeys';
import { PRODUCT_SPECIALS } from './products';
import { listAll, listPage } from './listing';
import { createObject } from './objects';
import { OAUTH2_SPECIALS } from './oauth2';
import { TYPE_KEEPING_SPECIALS } from './typedUpdates';
import type { StoredObject } from './types';
import { LIVE_API_VERSIONS } from './types';
import { generateWebhookSecret } from './webhookSecrets';
import { POLAR_URL_MESSAGES, webhookUrlProblem } from '../../nodes/Polar/trigger/webhookUrl';

/**
 * Operations whose reply is more than CRUD on one collection, keyed "resource:operation".
 * Each answers something of the shape and content type Polar answers, from the store's state
 * where there is state to show.
 */
export type Special = (req: ApiRequest, api: PolarApi) => Reply;

const SESSION_TTL_MS = 3_600_000;

function nowIso(api: PolarApi): string {
	return api.ctx.now().toISOString();
}

function customerOf(api: PolarApi, session: Session | undefined): StoredObject | undefined {
	return session ? api.store.collection('customers').get(session.customerId) : undefined;
}

function byCustomer(api: PolarApi, body: Record<string, unknown>): StoredObject | undefined {
	const customers = api.store.collection('customers');
	if (typeof body.customer_id === 'string') return customers.get(body.customer_id);
	if (typeof body.external_customer_id === 'string') return customers.find('external_id', body.external_customer_id);
	return undefined;
}

function exportCsv(collection: string, columns: string[]): Special {
	return (req, api) => {
		const rows = listAll(api.store.collection(collection), api.listQuery(req, {}), api.lookup);
		return { status: 200, text: toCsv(columns, rows), contentType: 'text/csv; charset=utf-8' };
	};
}

function dateRange(req: ApiRequest): string[] {
	const start = Date.parse(`${req.query.get('start_date') ?? ''}T00:00:00Z`);
	const end = Date.parse(`${req.query.get('end_date') ?? ''}T00:00:00Z`);
	const stepDays = { hour: 1, day: 1, week: 7, month: 30, year: 365 }[req.query.get('interval') ?? 'day'] ?? 1;
	const out: string[] = [];
	for (let t = start; t <= end && out.length < 1000; t += stepDays * 86_400_000) out.push(new Date(t).toISOString());
	return out;
}

/** Orders and revenue per period, computed from the stored orders. */
function metrics(req: ApiRequest, api: PolarApi) {
	const periods = dateRange(req);
	const orders = api.store.collection('orders').items;
	const rows = periods.map((timestamp, i) => {
		const from = Date.parse(timestamp);
		const to = i + 1 < periods.length ? Date.parse(periods[i + 1]) : from + 86_400_000;
		const inPeriod = orders.filter((o) => {
			const t = Date.parse(String(o.created_at));
			return t >= from && t < to;
		});
		return { timestamp, orders: inPeriod.length, revenue: inPeriod.reduce((sum, o) => sum + Number(o.net_amount ?? 0), 0) };
	});
	return {
		periods: rows,
		totals: { orders: rows.reduce((s, r) => s + r.orders, 0), revenue: rows.reduce((s, r) => s + r.revenue, 0) },
		metrics: {
			orders: { slug: 'orders', display_name: 'Orders', type: 'scalar' },
			revenue: { slug: 'revenue', display_name: 'Revenue', type: 'currency' },
		},
	};
}

function seatsList(req: ApiRequest, api: PolarApi): Reply {
	const subscriptionId = req.query.get('subscription_id');
	const orderId = req.query.get('order_id');
	const seats = api.store.collection('customer_seats').items.filter(
		(s) => (!subscriptionId || s.subscription_id === subscriptionId) && (!orderId || s.order_id === orderId),
	);
	const owner = subscriptionId
		? api.store.collection('subscriptions').get(subscriptionId)
		: orderId
			? api.store.collection('orders').get(orderId)
			: undefined;
	const total = Math.max(Number(owner?.seats ?? 0), seats.length);
	const active = seats.filter((s) => s.status !== 'revoked').length;
	return ok({ seats, available_seats: Math.max(0, total - active), total_seats: total });
}

function assignSeat(req: ApiRequest, api: PolarApi): Reply {
	const customer = byCustomer(api, req.body);
	const seat = createObject(api.ctx, 'customer_seats', {
		...req.body,
		customer_id: customer?.id ?? req.session?.customerId ?? null,
		customer_email: customer?.email ?? req.body.email ?? null,
	});
	return ok(seat);
}

function revokeSeat(req: ApiRequest, api: PolarApi): Reply {
	return withTarget(req, api, (seat, collection) =>
		ok(api.update(collection, seat, { status: 'revoked', revoked_at: nowIso(api) })),
	);
}

function returnTarget(req: ApiRequest, api: PolarApi): Reply {
	return withTarget(req, api, (obj) => ok(obj));
}

function invoiceUrl(kind: 'invoice' | 'receipt'): Special {
	return (req, api) => withTarget(req, api, (order) => ok({ url: `${api.ctx.url}/__emulator/files/${kind}-${order.id}.pdf` }));
}

function generateInvoice(req: ApiRequest, api: PolarApi): Reply {
	return withTarget(req, api, (order, collection) => {
		api.update(collection, order, { is_invoice_generated: true });
		return ok({}, 202);
	});
}

function cancelSubscription(now: boolean): Special {
	return (req, api) =>
		withTarget(req, api, (sub, collection) => {
			const at = nowIso(api);
			const changes = now
				? { status: 'canceled', canceled_at: at, ended_at: at, ends_at: at, cancel_at_period_end: false }
				: { cancel_at_period_end: true, canceled_at: at, ends_at: sub.current_period_end ?? at };
			return ok(api.update(collection, sub, changes));
		});
}

/** The eight update shapes of a subscription, applied as Polar describes them. */
function updateSubscription(req: ApiRequest, api: PolarApi): Reply {
	return withTarget(req, api, (sub, collection) => {
		const body = req.body;
		const at = nowIso(api);
		if (body.revoke === true) return ok(api.update(collection, sub, { status: 'canceled', canceled_at: at, ended_at: at, ends_at: at }));
		const changes: Record<string, unknown> = { ...body };
		if (body.cancel_at_period_end === true) Object.assign(changes, { canceled_at: at, ends_at: sub.current_period_end ?? at });
		if (body.cancel_at_period_end === false) Object.assign(changes, { canceled_at: null, ends_at: null });
		if (body.pause_at_period_end === true) changes.paused_at = sub.current_period_end ?? at;
		if (body.resume === true) Object.assign(changes, { paused_at: null, resumes_at: null, pause_at_period_end: false });
		delete changes.resume;
		if (typeof body.product_id === 'string') {
			const product = api.store.collection('products').get(body.product_id);
			if (!product) return unprocessable(['body', 'product_id'], 'Product does not exist.');
			Object.assign(changes, { product, prices: product.prices ?? [] });
		}
		return ok(api.update(collection, sub, changes));
	});
}

function licenseKeyByBody(api: PolarApi, body: Record<string, unknown>): StoredObject | undefined {
	return api.store.collection('license_keys').find('key', String(body.key ?? ''));
}

function validateLicenseKey(req: ApiRequest, api: PolarApi): Reply {
	const key = licenseKeyByBody(api, req.body);
	if (!key) return NOT_FOUND;
	const changes: Record<string, unknown> = { validations: Number(key.validations ?? 0) + 1, last_validated_at: nowIso(api) };
	if (typeof req.body.increment_usage === 'number') changes.usage = Number(key.usage ?? 0) + req.body.increment_usage;
	const updated = api.update('license_keys', key, changes);
	const activation =
		typeof req.body.activation_id === 'string' ? api.store.collection('license_key_activations').get(req.body.activation_id) ?? null : null;
	return ok({ ...updated, activation });
}

function activateLicenseKey(req: ApiRequest, api: PolarApi): Reply {
	const key = licenseKeyByBody(api, req.body);
	if (!key) return NOT_FOUND;
	const activations = api.store.collection('license_key_activations').items.filter((a) => a.license_key_id === key.id);
	if (typeof key.limit_activations === 'number' && activations.length >= key.limit_activations) {
		return { status: 403, body: { error: 'NotPermitted', detail: 'License key activation limit already reached' } };
	}
	const activation = createObject(api.ctx, 'license_key_activations', {
		license_key_id: key.id,
		label: req.body.label,
		meta: req.body.meta ?? {},
		license_key: { ...key },
	});
	return ok(activation);
}

function licenseKeyWithActivations(req: ApiRequest, api: PolarApi): Reply {
	return withTarget(req, api, (key) => ok({ ...key, activations: api.store.collection('license_key_activations').items.filter((a) => a.license_key_id === key.id) }));
}

function deactivateLicenseKey(req: ApiRequest, api: PolarApi): Reply {
	const key = licenseKeyByBody(api, req.body);
	const activations = api.store.collection('license_key_activations');
	const activation = activations.get(String(req.body.activation_id ?? ''));
	if (!key || !activation || activation.license_key_id !== key.id) return NOT_FOUND;
	activations.remove(activation.id);
	return { status: 204 };
}

function customerState(req: ApiRequest, api: PolarApi): Reply {
	return withTarget(req, api, (customer) => {
		const active_subscriptions = api.store
			.collection('subscriptions')
			.items.filter((s) => s.customer_id === customer.id && (s.status === 'active' || s.status === 'trialing'));
		// the state shows each grant as CustomerStateBenefitGrant: its benefit's type and metadata instead of the benefit
		const granted_benefits = api.store
			.collection('benefit_grants')
			.items.filter((g) => g.customer_id === customer.id && g.is_granted)
			.map((g) => {
				const benefit = api.store.collection('benefits').get(String(g.benefit_id));
				const { id, created_at, modified_at, benefit_id, properties } = g;
				return { id, created_at, modified_at, granted_at: g.granted_at ?? created_at, benefit_id, benefit_type: benefit?.type ?? 'custom', benefit_metadata: benefit?.metadata ?? {}, properties: properties ?? {} };
			});
		const active_meters = api.store.collection('customer_meters').items.filter((m) => m.customer_id === customer.id);
		return ok({ ...customer, active_subscriptions, granted_benefits, active_meters });
	});
}

function createCustomerSession(req: ApiRequest, api: PolarApi): Reply {
	const customer = byCustomer(api, req.body);
	if (!customer) {
		const field = typeof req.body.customer_id === 'string' ? 'customer_id' : 'external_customer_id';
		return unprocessable(['body', field], 'Customer does not exist.');
	}
	const token = `polar_cst_${api.ctx.random.token(43)}`;
	const expiresAt = api.ctx.now().getTime() + SESSION_TTL_MS;
	const returnUrl = typeof req.body.return_url === 'string' ? req.body.return_url : null;
	api.sessions.set(token, { token, customerId: customer.id, expiresAt, returnUrl });
	const session = createObject(api.ctx, 'customer_sessions', {
		token,
		expires_at: new Date(expiresAt).toISOString(),
		return_url: returnUrl,
		customer_portal_url: `${api.ctx.url}/portal?customer_session_token=${token}`,
		customer_id: customer.id,
		customer: { ...customer },
	});
	return ok(session, 201);
}

function createSubscription(req: ApiRequest, api: PolarApi): Reply {
	const customer = byCustomer(api, req.body);
	if (!customer) return unprocessable(['body', req.body.customer_id ? 'customer_id' : 'external_customer_id'], 'Customer does not exist.');
	const product = api.store.collection('products').get(String(req.body.product_id));
	if (!product) return unprocessable(['body', 'product_id'], 'Product does not exist.');
	const body: Record<string, unknown> = { ...req.body, customer_id: customer.id };
	delete body.external_customer_id;
	return ok(createObject(api.ctx, 'subscriptions', body), 201);
}

function createRefund(req: ApiRequest, api: PolarApi): Reply {
	const order = api.store.collection('orders').get(String(req.body.order_id));
	if (!order) return unprocessable(['body', 'order_id'], 'Order does not exist.');
	const amount = Number(req.body.amount);
	const refundable = Number(order.refundable_amount ?? order.net_amount ?? 0);
	if (amount > refundable) return unprocessable(['body', 'amount'], `Refund amount exceeds the refundable amount (${refundable}).`);
	const refund = createObject(api.ctx, 'refunds', req.body);
	const refunded = Number(order.refunded_amount ?? 0) + amount;
	api.update('orders', order, {
		refunded_amount: refunded,
		refundable_amount: refundable - amount,
		status: refundable - amount <= 0 ? 'refunded' : 'partially_refunded',
	});
	return ok(refund, 201);
}

/** Polar's 422 for a webhook endpoint URL or payload version it will not take, or undefined. */
function refuseEndpointBody(req: ApiRequest, api: PolarApi): Reply | undefined {
	const { url, api_version: version } = req.body;
	if (typeof url === 'string' && api.ctx.options.allowLoopbackWebhooks !== true) {
		const problem = webhookUrlProblem(url);
		if (problem) return { status: 422, body: { detail: [{ loc: ['body', 'url'], input: url, ...POLAR_URL_MESSAGES[problem] }] } };
	}
	if (version !== undefined && version !== null && !(LIVE_API_VERSIONS as readonly unknown[]).includes(version)) {
		return unprocessable(['body', 'api_version'], `Input should be ${LIVE_API_VERSIONS.map((v) => `'${v}'`).join(' or ')}`);
	}
	return undefined;
}

export const SPECIALS: Record<string, Special> = {
	...LICENSE_KEY_SPECIALS,
	...PRODUCT_SPECIALS,
	...CUSTOMER_SPECIALS,
	'customer:getState': customerState,
	'customer:getStateExternal': customerState,
	'customer:export': exportCsv('customers', ['id', 'external_id', 'email', 'name', 'created_at']),
	'customerSession:create': createCustomerSession,

	'subscription:create': createSubscription,
	'subscription:update': updateSubscription,
	'subscription:revoke': cancelSubscription(true),
	'subscription:export': exportCsv('subscriptions', ['id', 'customer_id', 'product_id', 'status', 'amount', 'currency', 'recurring_interval', 'started_at', 'created_at']),
	'portalSubscription:update': updateSubscription,
	'portalSubscription:cancel': cancelSubscription(false),
	'portalSeat:listClaimedSubscriptions': (req, api) => {
		const q = api.listQuery(req, { customer_id: req.session?.customerId ?? '' });
		return ok(listPage(api.store.collection('subscriptions'), q, api.lookup));
	},

	'order:export': exportCsv('orders', ['id', 'customer_id', 'product_id', 'status', 'total_amount', 'currency', 'created_at']),
	'order:invoice': invoiceUrl('invoice'),
	'order:receipt': invoiceUrl('receipt'),
	'order:generateInvoice': generateInvoice,
	'portalOrder:invoice': invoiceUrl('invoice'),
	'portalOrder:receipt': invoiceUrl('receipt'),
	'portalOrder:generateInvoice': generateInvoice,
	'portalOrder:getPaymentStatus': (req, api) => withTarget(req, api, (order) => ok({ status: order.paid ? 'succeeded' : 'pending', error: null })),
	'portalOrder:confirmRetryPayment': (req, api) => withTarget(req, api, () => ok({ status: 'succeeded', client_secret: null, error: null })),
	'order:finalize': (req, api) => withTarget(req, api, (order, collection) => ok(api.update(collection, order, { status: 'pending' }))),
	'refund:create': createRefund,
	'dispute:accept': (req, api) => withTarget(req, api, (d, collection) => ok(api.update(collection, d, { status: 'lost', resolved: true, closed: true }))),

	'product:updateBenefits': (req, api) =>
		withTarget(req, api, (product, collection) => {
			const ids = Array.isArray(req.body.benefits) ? (req.body.benefits as string[]) : [];
			const benefits = ids.map((id) => api.store.collection('benefits').get(id));
			const missing = benefits.findIndex((b) => !b);
			if (missing >= 0) return unprocessable(['body', 'benefits', missing], 'Benefit does not exist.');
			return ok(api.update(collection, product, { benefits }));
		}),

	'webhook:create': (req, api) => refuseEndpointBody(req, api) ?? api.generic(req),
	'webhook:update': (req, api) => refuseEndpointBody(req, api) ?? api.generic(req),
	'webhook:resetSecret': (req, api) =>
		// A new secret is a secret generated now: Standard Webhooks from then on.
		withTarget(req, api, (endpoint, collection) => ok(api.update(collection, endpoint, { ...generateWebhookSecret(api.ctx.random, false) }))),
	'webhook:redeliver': (req, api) =>
		withTarget(req, api, (event) => {
			api.redeliver(event);
			return ok({}, 202);
		}),

	'checkout:clientConfirm': (req, api) =>
		withTarget(req, api, (checkout, collection) =>
			ok({ ...api.update(collection, checkout, { ...req.body, status: 'confirmed' }), customer_session_token: `polar_cst_${api.ctx.random.token(43)}` }),
		),

	'file:uploaded': (req, api) =>
		withTarget(req, api, (file, collection) => {
			const done = completeUpload(file.id, (req.body.parts as Array<{ number?: unknown; checksum_etag?: unknown }>) ?? []);
			if ('error' in done) return unprocessable(['body', 'parts'], done.error);
			if (done.size !== file.size) return unprocessable(['body', 'parts'], `the parts hold ${done.size} bytes, the file was declared with ${String(file.size)}`);
			return ok(api.update(collection, file, { is_uploaded: true, checksum_sha256_hex: done.sha256Hex }));
		}),

	'metric:get': (req, api) => ok(metrics(req, api)),
	'metric:export': (req, api) => {
		const rows = metrics(req, api).periods as unknown as StoredObject[];
		return { status: 200, text: toCsv(['timestamp', 'orders', 'revenue'], rows), contentType: 'text/csv; charset=utf-8' };
	},
	'metric:limits': () =>
		ok({
			min_date: '2023-01-01',
			intervals: {
				hour: { min_days: 0, max_days: 7 },
				day: { min_days: 0, max_days: 366 },
				week: { min_days: 14, max_days: 1092 },
				month: { min_days: 60, max_days: 3660 },
				year: { min_days: 366, max_days: 36600 },
			},
		}),

	'licenseKey:validate': validateLicenseKey,
	'licenseKey:activate': activateLicenseKey,
	'licenseKey:deactivate': deactivateLicenseKey,
	'licenseKey:get': licenseKeyWithActivations,
	'portalLicenseKey:get': licenseKeyWithActivations,
	'portalLicenseKey:validate': validateLicenseKey,
	'portalLicenseKey:activate': activateLicenseKey,
	'portalLicenseKey:deactivate': deactivateLicenseKey,

	'customerSeat:listSeats': seatsList,
	'customerSeat:assignSeat': assignSeat,
	'customerSeat:revokeSeat': revokeSeat,
	'customerSeat:resendInvitation': returnTarget,
	'customerSeat:getClaimInfo': (req, api) =>
		withTarget(req, api, (seat) => {
			const org = api.store.collection('organizations').get(api.ctx.organizationId);
			const owner = api.store.collection('subscriptions').get(String(seat.subscription_id)) ?? api.store.collection('orders').get(String(seat.order_id));
			const product = api.store.collection('products').get(String(owner?.product_id));
			if (!product) return NOT_FOUND;
			return ok({
				product_name: product.name,
				product_id: product.id,
				organization_name: org?.name ?? 'Organization',
				organization_slug: org?.slug ?? 'organization',
				customer_email: seat.customer_email ?? seat.email ?? '',
				can_claim: seat.status === 'pending',
			});
		}),
	'customerSeat:claimSeat': (req, api) => {
		const seats = api.store.collection('customer_seats');
		const seat = seats.find('invitation_token', String(req.body.invitation_token ?? ''));
		if (!seat || seat.status !== 'pending') return { status: 400, body: { error: 'InvalidInvitationToken', detail: 'Invalid or expired invitation token' } };
		const claimed = api.update('customer_seats', seat, { status: 'claimed', claimed_at: nowIso(api) });
		return ok({ seat: claimed, customer_session_token: `polar_cst_${api.ctx.random.token(43)}` });
	},
	'portalSeat:listSeats': seatsList,
	'portalSeat:assignSeat': assignSeat,
	'portalSeat:revokeSeat': revokeSeat,
	'portalSeat:resendInvitation': returnTarget,

	'portalCustomer:addPaymentMethod': (req, api) => {
		if (!req.session) return NOT_FOUND;
		const method = createObject(api.ctx, 'customer_payment_methods', { customer_id: req.session.customerId });
		return ok({ status: 'succeeded', payment_method: method }, 201);
	},
	'portalCustomer:confirmPaymentMethod': (req, api) => {
		if (!req.session) return NOT_FOUND;
		const method = createObject(api.ctx, 'customer_payment_methods', { customer_id: req.session.customerId });
		return ok({ status: 'succeeded', payment_method: method }, 201);
	},
	'portalCustomer:requestEmailUpdate': () => ok({}, 202),
	'portalCustomer:checkEmailUpdate': () => ({ status: 204 }),
	'portalCustomer:verifyEmailUpdate': (_req, api) => ok({ token: `polar_cst_${api.ctx.random.token(43)}` }),
	'portalSession:introspect': (req) =>
		ok({ expires_at: new Date(req.session?.expiresAt ?? 0).toISOString(), return_url: req.session?.returnUrl ?? null }),
	'portalSession:getAuthenticatedUser': (req, api) => {
		const customer = customerOf(api, req.session);
		if (!customer) return NOT_FOUND;
		return ok({ type: 'customer', name: customer.name ?? null, email: customer.email, customer_id: customer.id, member_id: null, role: null });
	},
	'portalOrganization:get': (req, api) =>
		withTarget(req, api, (organization) =>
			ok({ organization, products: api.store.collection('products').items.filter((p) => p.visibility === 'public' && !p.is_archived) }),
		),

	...OAUTH2_SPECIALS,
	...TYPE_KEEPING_SPECIALS,

	...EVENT_SPECIALS,
	'meter:quantities': (req, api) =>
		withTarget(req, api, (meter) => {
			const start = Date.parse(req.query.get('start_timestamp') ?? '');
			const end = Date.parse(req.query.get('end_timestamp') ?? '');
			const events = api.store.collection('events').items.filter((e) => {
				const t = Date.parse(String(e.timestamp ?? e.created_at));
				const clauses = ((meter.filter as { clauses?: Array<{ property?: string; value?: unknown }> })?.clauses ?? []).filter((c) => c.property === 'name');
				return t >= start && t <= end && clauses.every((c) => e.name === c.value);
			});
			const total = events.length;
			return ok({ quantities: [{ timestamp: new Date(Number.isNaN(start) ? 0 : start).toISOString(), quantity: total }], total });
		}),
};
