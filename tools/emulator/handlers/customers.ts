import type { Handler, PolarApi } from '../api';
import { createObject } from '../objects';
import { ok, polarInvalid, unprocessable } from '../replies';
import type { ApiRequest, Reply, StoredObject } from '../types';
import { customerStateOf } from '../customerState';
import { customerByBody, customerField, customerSessionToken, exportCsv } from './shared';

/**
 * Customers: kept unique as Polar keeps them (server/polar/customer/service.py and the unique
 * indexes of its customers table), their state, their CSV export, and customer sessions.
 *
 * Per organization, one customer per email (compared case-insensitively) and one per external ID.
 * A create or update that would break that answers 422 (PolarRequestValidationError) listing every
 * field in conflict, `{type: 'value_error', loc: ['body', field], msg, input}`. An update also may
 * not (service.py, `update`): change an external ID once one is set, reset the billing address
 * to null, or turn a team customer back into an individual.
 */

const EMAIL_TAKEN = 'A customer with this email address already exists.';
const EXTERNAL_ID_TAKEN = 'A customer with this external ID already exists.';
const EXTERNAL_ID_FIXED = 'The external ID of a customer cannot change once it is set.';
const BILLING_ADDRESS_KEPT = 'A billing address, once set, cannot be reset to null.';
const TEAM_STAYS_TEAM = "A team customer cannot become an individual one.";
const SESSION_TTL_MS = 3_600_000;

type Conflict = { type: 'value_error'; loc: ['body', string]; msg: string; input: unknown };

/** What an update may not change (CustomerUpdate; the update by external ID cannot name one). */
function lockedFields(customer: StoredObject, changes: Record<string, unknown>): Conflict[] {
	const out: Conflict[] = [];
	if ('billing_address' in changes && changes.billing_address === null) {
		out.push({ type: 'value_error', loc: ['body', 'billing_address'], msg: BILLING_ADDRESS_KEPT, input: null });
	}
	const current = customer.external_id ?? null;
	if ('external_id' in changes && current !== null && changes.external_id !== current) {
		out.push({ type: 'value_error', loc: ['body', 'external_id'], msg: EXTERNAL_ID_FIXED, input: changes.external_id ?? null });
	}
	if ('type' in changes && customer.type === 'team' && changes.type !== 'team') {
		out.push({ type: 'value_error', loc: ['body', 'type'], msg: TEAM_STAYS_TEAM, input: changes.type ?? null });
	}
	return out;
}

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
	return found.length ? polarInvalid(found) : api.generic(req);
}

function updateCustomer(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (customer) => {
		const conflicting = conflicts(api, String(customer.organization_id), req.body, customer);
		// Service order: email, billing address, external ID (taken only matters while none is set), type.
		const locked = lockedFields(customer, req.body);
		const taken = customer.external_id === undefined || customer.external_id === null ? conflicting.filter((c) => c.loc[1] === 'external_id') : [];
		const found = [...conflicting.filter((c) => c.loc[1] === 'email'), ...locked.filter((c) => c.loc[1] !== 'type'), ...taken, ...locked.filter((c) => c.loc[1] === 'type')];
		return found.length ? polarInvalid(found) : api.generic(req);
	});
}

function customerState(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (customer) => ok(customerStateOf(api.store, customer)));
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
