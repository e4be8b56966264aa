import type { ApiRequest, PolarApi } from './api';
import { isReply, type Reply } from './replies';
import type { StoredObject } from './types';

/**
 * Customers as Polar keeps them unique (server/polar/customer/service.py and the unique indexes of
 * its customers table): per organization, one customer per email (compared case-insensitively)
 * and one per external ID. A create or update that would break that answers 422 listing every
 * field in conflict, `{type: 'value_error', loc: ['body', field], msg, input}`.
 */

const EMAIL_TAKEN = 'A customer with this email address already exists.';
const EXTERNAL_ID_TAKEN = 'A customer with this external ID already exists.';

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

export function createCustomer(req: ApiRequest, api: PolarApi): Reply {
	const organizationId = typeof req.body.organization_id === 'string' ? req.body.organization_id : api.ctx.organizationId;
	const found = conflicts(api, organizationId, req.body);
	return found.length ? { status: 422, body: { detail: found } } : api.generic(req);
}

export function updateCustomer(req: ApiRequest, api: PolarApi): Reply {
	const plan = req.match.route.plan;
	if (plan.kind !== 'update') return api.generic(req);
	const customer = api.target(req, plan.target, plan.parents);
	if (isReply(customer)) return customer;
	const found = conflicts(api, String(customer.organization_id), req.body, customer);
	return found.length ? { status: 422, body: { detail: found } } : api.generic(req);
}

export const CUSTOMER_SPECIALS: Record<string, (req: ApiRequest, api: PolarApi) => Reply> = {
	'customer:create': createCustomer,
	'customer:update': updateCustomer,
	'customer:updateExternal': updateCustomer,
};
