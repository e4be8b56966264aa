import type { Handler, PolarApi } from '../api';
import { createObject } from '../objects';
import { ok, unprocessable } from '../replies';
import type { ApiRequest, Reply } from '../types';
import { customerByBody, customerField, exportCsv, nowIso } from './shared';

/** Subscriptions: created for an existing customer and product, updated, canceled, revoked, exported. */

function createSubscription(req: ApiRequest, api: PolarApi): Reply {
	const customer = customerByBody(api, req.body);
	if (!customer) return unprocessable(['body', customerField(req.body)], 'Customer does not exist.');
	const product = api.store.collection('products').get(String(req.body.product_id));
	if (!product) return unprocessable(['body', 'product_id'], 'Product does not exist.');
	const body: Record<string, unknown> = { ...req.body, customer_id: customer.id };
	delete body.external_customer_id;
	return ok(createObject(api.ctx, 'subscriptions', body), 201);
}

/** The eight update shapes of a subscription, applied as Polar describes them. */
function updateSubscription(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (sub, collection) => {
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

/** Ends a subscription now (revoke), or at the end of its period (the customer's cancel). */
function cancelSubscription(now: boolean): Handler {
	return (req, api) =>
		api.withTarget(req, (sub, collection) => {
			const at = nowIso(api);
			const changes = now
				? { status: 'canceled', canceled_at: at, ended_at: at, ends_at: at, cancel_at_period_end: false }
				: { cancel_at_period_end: true, canceled_at: at, ends_at: sub.current_period_end ?? at };
			return ok(api.update(collection, sub, changes));
		});
}

export const SUBSCRIPTION_HANDLERS: Record<string, Handler> = {
	'subscription:create': createSubscription,
	'subscription:update': updateSubscription,
	'subscription:revoke': cancelSubscription(true),
	'subscription:export': exportCsv('subscriptions', ['id', 'customer_id', 'product_id', 'status', 'amount', 'currency', 'recurring_interval', 'started_at', 'created_at']),
	'portalSubscription:update': updateSubscription,
	'portalSubscription:cancel': cancelSubscription(false),
};
