import type { Handler, PolarApi } from '../api';
import { listPage } from '../listing';
import { createObject } from '../objects';
import { NOT_FOUND, ok } from '../replies';
import type { ApiRequest, Reply } from '../types';
import { customerByBody, customerSessionToken, nowIso } from './shared';

/**
 * Seats of a seat-based subscription or order: listed with what is left, assigned, revoked, and
 * claimed through an invitation, by the organization and in the customer portal alike.
 */

function listSeats(req: ApiRequest, api: PolarApi): Reply {
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
	const customer = customerByBody(api, req.body);
	const seat = createObject(api.ctx, 'customer_seats', {
		...req.body,
		customer_id: customer?.id ?? req.session?.customerId ?? null,
		customer_email: customer?.email ?? req.body.email ?? null,
	});
	return ok(seat);
}

function revokeSeat(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (seat, collection) => ok(api.update(collection, seat, { status: 'revoked', revoked_at: nowIso(api) })));
}

/** Resending an invitation changes nothing the API shows: the seat as it is. */
function resendInvitation(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (seat) => ok(seat));
}

/** What the invitation page shows before the seat is claimed. */
function claimInfo(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (seat) => {
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
	});
}

function claimSeat(req: ApiRequest, api: PolarApi): Reply {
	const seats = api.store.collection('customer_seats');
	const seat = seats.find('invitation_token', String(req.body.invitation_token ?? ''));
	if (!seat || seat.status !== 'pending') return { status: 400, body: { error: 'InvalidInvitationToken', detail: 'Invalid or expired invitation token' } };
	const claimed = api.update('customer_seats', seat, { status: 'claimed', claimed_at: nowIso(api) });
	return ok({ seat: claimed, customer_session_token: customerSessionToken(api) });
}

/** Subscriptions whose seat the portal customer claimed; here simply the customer's subscriptions. */
function claimedSubscriptions(req: ApiRequest, api: PolarApi): Reply {
	const q = api.listQuery(req, { customer_id: req.session?.customerId ?? '' });
	return ok(listPage(api.store.collection('subscriptions'), q, api.lookup));
}

export const SEAT_HANDLERS: Record<string, Handler> = {
	'customerSeat:listSeats': listSeats,
	'customerSeat:assignSeat': assignSeat,
	'customerSeat:revokeSeat': revokeSeat,
	'customerSeat:resendInvitation': resendInvitation,
	'customerSeat:getClaimInfo': claimInfo,
	'customerSeat:claimSeat': claimSeat,
	'portalSeat:listSeats': listSeats,
	'portalSeat:assignSeat': assignSeat,
	'portalSeat:revokeSeat': revokeSeat,
	'portalSeat:resendInvitation': resendInvitation,
	'portalSeat:listClaimedSubscriptions': claimedSubscriptions,
};
