import type { Handler, PolarApi } from '../api';
import { csv } from '../replies';
import type { Session, StoredObject } from '../types';

/** What handlers of several areas look up or mint the same way. */

export function nowIso(api: PolarApi): string {
	return api.ctx.now().toISOString();
}

/** The customer a body names by `customer_id` or `external_customer_id`. */
export function customerByBody(api: PolarApi, body: Record<string, unknown>): StoredObject | undefined {
	const customers = api.store.collection('customers');
	if (typeof body.customer_id === 'string') return customers.get(body.customer_id);
	if (typeof body.external_customer_id === 'string') return customers.find('external_id', body.external_customer_id);
	return undefined;
}

/** The field to blame when `customerByBody` found no customer. */
export function customerField(body: Record<string, unknown>): 'customer_id' | 'external_customer_id' {
	return typeof body.customer_id === 'string' ? 'customer_id' : 'external_customer_id';
}

export function sessionCustomer(api: PolarApi, session: Session | undefined): StoredObject | undefined {
	return session ? api.store.collection('customers').get(session.customerId) : undefined;
}

/**
 * A customer session token as Polar hands out after a checkout, a seat claim or an email change.
 * Only POST /v1/customer-sessions/ registers one the portal accepts.
 */
export function customerSessionToken(api: PolarApi): string {
	return `polar_cst_${api.ctx.random.token(43)}`;
}

/** A collection's CSV export: every object the request's filters select, in the given columns. */
export function exportCsv(collection: string, columns: string[]): Handler {
	return (req, api) => csv(columns, api.allMatching(req, collection));
}
