import type { Handler, PolarApi } from '../api';
import { createObject } from '../objects';
import { NOT_FOUND, ok } from '../replies';
import type { ApiRequest, Reply } from '../types';
import { customerSessionToken, sessionCustomer } from './shared';

/**
 * The customer portal's own operations (a `polar_cst_` session token): the session and who holds
 * it, payment methods, email changes, and the organization's public page. Portal twins of
 * organization operations (orders, seats, license keys, subscriptions) live with their area.
 */

/** Adding a payment method and confirming one both answer a new, succeeded method. */
function newPaymentMethod(req: ApiRequest, api: PolarApi): Reply {
	if (!req.session) return NOT_FOUND;
	const method = createObject(api.ctx, 'customer_payment_methods', { customer_id: req.session.customerId });
	return ok({ status: 'succeeded', payment_method: method }, 201);
}

function authenticatedUser(req: ApiRequest, api: PolarApi): Reply {
	const customer = sessionCustomer(api, req.session);
	if (!customer) return NOT_FOUND;
	return ok({ type: 'customer', name: customer.name ?? null, email: customer.email, customer_id: customer.id, member_id: null, role: null });
}

export const PORTAL_HANDLERS: Record<string, Handler> = {
	'portalCustomer:addPaymentMethod': newPaymentMethod,
	'portalCustomer:confirmPaymentMethod': newPaymentMethod,
	'portalCustomer:requestEmailUpdate': () => ok({}, 202),
	'portalCustomer:checkEmailUpdate': () => ({ status: 204 }),
	'portalCustomer:verifyEmailUpdate': (_req, api) => ok({ token: customerSessionToken(api) }),
	'portalSession:introspect': (req) => ok({ expires_at: new Date(req.session?.expiresAt ?? 0).toISOString(), return_url: req.session?.returnUrl ?? null }),
	'portalSession:getAuthenticatedUser': authenticatedUser,
	'portalOrganization:get': (req, api) =>
		api.withTarget(req, (organization) =>
			ok({ organization, products: api.store.collection('products').items.filter((p) => p.visibility === 'public' && !p.is_archived) }),
		),
};
