import type { Handler, PolarApi } from '../api';
import { createObject } from '../objects';
import { ok, unprocessable } from '../replies';
import type { ApiRequest, Reply } from '../types';
import { exportCsv } from './shared';

/** Orders (for the organization and in the customer portal), their invoices and payments, refunds, disputes. */

/** The URL of an order's invoice or receipt PDF, served by the emulator. */
function documentUrl(kind: 'invoice' | 'receipt'): Handler {
	return (req, api) => api.withTarget(req, (order) => ok({ url: `${api.ctx.url}/__emulator/files/${kind}-${order.id}.pdf` }));
}

function generateInvoice(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (order, collection) => {
		api.update(collection, order, { is_invoice_generated: true });
		return ok({}, 202);
	});
}

/** A refund of at most what is left to refund; the order's amounts and status follow. */
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

export const ORDER_HANDLERS: Record<string, Handler> = {
	'order:export': exportCsv('orders', ['id', 'customer_id', 'product_id', 'status', 'total_amount', 'currency', 'created_at']),
	'order:invoice': documentUrl('invoice'),
	'order:receipt': documentUrl('receipt'),
	'order:generateInvoice': generateInvoice,
	'order:finalize': (req, api) => api.withTarget(req, (order, collection) => ok(api.update(collection, order, { status: 'pending' }))),
	'portalOrder:invoice': documentUrl('invoice'),
	'portalOrder:receipt': documentUrl('receipt'),
	'portalOrder:generateInvoice': generateInvoice,
	'portalOrder:getPaymentStatus': (req, api) => api.withTarget(req, (order) => ok({ status: order.paid ? 'succeeded' : 'pending', error: null })),
	'portalOrder:confirmRetryPayment': (req, api) => api.withTarget(req, () => ok({ status: 'succeeded', client_secret: null, error: null })),
	'refund:create': createRefund,
	'dispute:accept': (req, api) => api.withTarget(req, (d, collection) => ok(api.update(collection, d, { status: 'lost', resolved: true, closed: true }))),
};
