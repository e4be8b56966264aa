import type { Handler, PolarApi } from '../api';
import { createObject } from '../objects';
import { ok, unprocessable } from '../replies';
import type { ApiRequest, Reply, StoredObject } from '../types';
import { customerByBody, customerField, customerSessionToken, exportCsv } from './shared';

/**
 * Customers: kept unique as Polar keeps them (server/polar/customer/service.py and the unique
 * indexes of its customers table), their state, their CSV export, and customer sessions.
 *
 * Per organization, one customer per email (compared case-insensitively) and one per external ID.
 * A create or update that would break that answers 422 listing every field in conflict,
 * `{type: 'value_error', loc: ['body', field], msg, input}`.
 */

const EMAIL_TAKEN = 'A customer with this email address already exists.';
const EXTERNAL_ID_TAKEN = 'A customer with this external ID already exists.';
const SESSION_TTL_MS = 3_600_000;

type Conflict = { type: 'value_error'; loc: ['body', string]; msg: string; input: unknown };

function conflicts(api: PolarApi, organizationId: string, changes: Record<string, unknown>, self?: StoredObject): Conflict[] {
	const others = api.store.collection('customers').items.filter((c) => c.organization_id === organizationId && c.id !== self?.id);
	const out: Conflict[] = [];
	const email = changes.email;
	if (typeof email === 'string' && String(self?.email ?? '').toLowerCase() !== email.toLowerCase() && others.some((c) => String(c.email ?? '').toLowerCase() === email.toLowerCase())) {
		out.push({ type: 'value_error', loc: ['body', 'email'], msg: EMAIL_TAKEN, input: email });
	}
	const externalId = changes.external_id;
	if (typeof externalId === 'string' && self?.external_id !== externalId && others.some((c) => c.external_id === externalId)) {
		out.push({ type: 'value_error', loc: ['body', 'external_id'], msg: EXTERNAL_ID_TAKEN, input: externalId });
	}
	return out;
}

function createCustomer(req: ApiRequest, api: PolarApi): Reply {
	const organizationId = typeof req.body.organization_id === 'string' ? req.body.organization_id : api.ctx.organizationId;
	const found = conflicts(api, organizationId, req.body);
	return found.length ? { status: 422, body: { detail: found } } : api.generic(req);
}

function updateCustomer(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (customer) => {
		const found = conflicts(api, String(customer.organization_id), req.body, customer);
		return found.length ? { status: 422, body: { detail: found } } : api.generic(req);
	});
}

function customerState(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (customer) => {
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

/** Mints a session the customer portal operations accept (auth.ts), for an hour. */
function createCustomerSession(req: ApiRequest, api: PolarApi): Reply {
	const customer = customerByBody(api, req.body);
	if (!customer) return unprocessable(['body', customerField(req.body)], 'Customer does not exist.');
	const token = customerSessionToken(api);
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

export const CUSTOMER_HANDLERS: Record<string, Handler> = {
	'customer:create': createCustomer,
	'customer:update': updateCustomer,
	'customer:updateExternal': updateCustomer,
	'customer:getState': customerState,
	'customer:getStateExternal': customerState,
	'customer:export': exportCsv('customers', ['id', 'external_id', 'email', 'name', 'created_at']),
	'customerSession:create': createCustomerSession,
};
