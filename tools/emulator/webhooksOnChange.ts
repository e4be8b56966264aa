import { customerStateOf } from './customerState';
import type { ObjectContext } from './objects';
import type { ChangeListener, StoreChange } from './store';
import type { StoredObject } from './types';

/**
 * The webhooks Polar sends when the API changes something: each service hands the changed object
 * to `webhook_service.send` (server/polar/webhook/service.py), which makes one event per enabled
 * endpoint subscribed to it, delivered by the worker within seconds (webhooks.ts). Which change
 * sends which event, by area (the server file that sends it):
 * - customers (customer/repository.py, customer/service.py `webhook`): `customer.created`,
 *   `.updated`, `.deleted`, each followed by `customer.state_changed` with the customer's state;
 * - products (product/service.py): `product.created`, `product.updated`;
 * - benefits (benefit/service.py): `benefit.created`, `benefit.updated` (a delete is an update);
 * - checkouts (checkout/service.py): `checkout.created`, `checkout.updated`;
 * - discounts (discount/service.py): `discount.created`, `.updated`, `.deleted`;
 * - orders (order/service.py, refund/service.py): `order.created`, `order.updated`, `order.paid`
 *   when it becomes paid, `order.refunded` when a refund adds to it;
 * - refunds (refund/service.py): `refund.created`, `refund.updated`;
 * - subscriptions (subscription/service.py `_after_subscription_updated`): `subscription.created`;
 *   `subscription.updated` on every change, plus `.canceled`, `.uncanceled`, `.revoked`,
 *   `.paused`, `.resumed` for those transitions; the customer's state changes too;
 * - benefit grants (benefit/grant/service.py): `benefit_grant.created`, `.updated`, `.revoked`;
 * - seats (customer_seat/service.py): `customer_seat.assigned`, `.claimed`, `.revoked`;
 * - members (member/service.py): `member.created`, `.updated`, `.deleted`;
 * - the organization (organization/service.py): `organization.updated`.
 * Events are collected while a request changes the store and sent once it is done (as Polar's
 * jobs run after the commit), with each object as it is then. Seeding sends nothing.
 */

/** Where the events go (webhooks.ts): only types some enabled endpoint subscribes to are built. */
export interface WebhookOutlet {
	subscribed(type: string): boolean;
	send(type: string, data: object): void;
}

interface Pending {
	type: string;
	collection: string;
	id: string;
	/** the object when it is gone (deleted) */
	gone?: StoredObject;
}

const STATE_CHANGED = 'customer.state_changed';

const isSet = (v: unknown) => v !== undefined && v !== null && v !== false;
const became = (before: StoredObject | undefined, after: StoredObject | undefined, field: string) => isSet(after?.[field]) && !isSet(before?.[field]);
const ceased = (before: StoredObject | undefined, after: StoredObject | undefined, field: string) => !isSet(after?.[field]) && isSet(before?.[field]);

/** created / updated / deleted, for areas that send just those (names of the events by change kind). */
function lifecycle(prefix: string, onRemove: string | null = `${prefix}.deleted`): (change: StoreChange) => string[] {
	return ({ kind }) => (kind === 'insert' ? [`${prefix}.created`] : kind === 'update' ? [`${prefix}.updated`] : onRemove ? [onRemove] : []);
}

function orderEvents({ kind, before, after }: StoreChange): string[] {
	if (!after) return [];
	const paid = (o?: StoredObject) => o?.status === 'paid' || o?.paid === true;
	const out = [kind === 'insert' ? 'order.created' : 'order.updated'];
	if (paid(after) && !paid(before)) out.push('order.paid');
	if (kind === 'update' && Number(after.refunded_amount ?? 0) > Number(before?.refunded_amount ?? 0)) out.push('order.refunded');
	return out;
}

function subscriptionEvents({ kind, before, after }: StoreChange): string[] {
	if (!after) return [];
	if (kind === 'insert') return ['subscription.created'];
	const out = ['subscription.updated'];
	const revoked = became(before, after, 'ended_at');
	if (became(before, after, 'canceled_at') || (revoked && isSet(before?.canceled_at))) out.push('subscription.canceled');
	if (ceased(before, after, 'canceled_at') && !revoked) out.push('subscription.uncanceled');
	if (revoked) out.push('subscription.revoked');
	if (became(before, after, 'paused_at')) out.push('subscription.paused');
	if (ceased(before, after, 'paused_at')) out.push('subscription.resumed');
	return out;
}

function grantEvents({ kind, before, after }: StoreChange): string[] {
	if (kind === 'insert') return ['benefit_grant.created'];
	if (kind !== 'update') return [];
	return [after?.is_revoked === true && before?.is_revoked !== true ? 'benefit_grant.revoked' : 'benefit_grant.updated'];
}

function seatEvents({ kind, before, after }: StoreChange): string[] {
	if (kind === 'insert') return ['customer_seat.assigned'];
	if (kind !== 'update' || after?.status === before?.status) return [];
	if (after?.status === 'claimed') return ['customer_seat.claimed'];
	if (after?.status === 'revoked') return ['customer_seat.revoked'];
	return [];
}

const BY_COLLECTION: Record<string, (change: StoreChange) => string[]> = {
	customers: lifecycle('customer'),
	products: lifecycle('product', null),
	benefits: lifecycle('benefit', 'benefit.updated'),
	checkouts: lifecycle('checkout', null),
	discounts: lifecycle('discount'),
	orders: orderEvents,
	refunds: lifecycle('refund', null),
	subscriptions: subscriptionEvents,
	benefit_grants: grantEvents,
	customer_seats: seatEvents,
	members: lifecycle('member'),
	organizations: ({ kind }) => (kind === 'update' ? ['organization.updated'] : []),
};

/** Collections whose changes also change their customer's state (customer.state_changed). */
const CUSTOMER_STATE = new Set(['customers', 'subscriptions', 'benefit_grants']);

/** Collects the webhook events of recorded changes and sends them once the changes are settled. */
export class WebhooksOnChange implements ChangeListener {
	private pending: Pending[] = [];
	/** customers whose state changed in this transaction (one state_changed each) */
	private states = new Map<string, StoredObject>();

	constructor(
		private readonly ctx: ObjectContext,
		private readonly outlet: WebhookOutlet,
	) {}

	changed(change: StoreChange): void {
		const events = BY_COLLECTION[change.collection]?.(change) ?? [];
		const object = change.after ?? change.before;
		if (!object) return;
		for (const type of events) {
			this.pending.push({ type, collection: change.collection, id: object.id, ...(change.kind === 'remove' ? { gone: { ...object, deleted_at: this.ctx.now().toISOString() } } : {}) });
		}
		if (!events.length || !CUSTOMER_STATE.has(change.collection)) return;
		const customerId = change.collection === 'customers' ? object.id : object.customer_id;
		if (typeof customerId !== 'string') return;
		const customer = this.ctx.store.collection('customers').get(customerId) ?? (change.collection === 'customers' ? this.pending[this.pending.length - 1].gone : undefined);
		if (customer) this.states.set(customerId, customer);
	}

	settled(): void {
		const pending = this.pending;
		const states = this.states;
		this.pending = [];
		this.states = new Map();
		for (const event of pending) {
			if (!this.outlet.subscribed(event.type)) continue;
			const data = event.gone ?? this.ctx.store.collection(event.collection).get(event.id);
			if (data) this.outlet.send(event.type, { ...data });
		}
		if (!this.outlet.subscribed(STATE_CHANGED)) return;
		for (const [id, customer] of states) {
			const current = this.ctx.store.collection('customers').get(id) ?? customer;
			this.outlet.send(STATE_CHANGED, customerStateOf(this.ctx.store, current));
		}
	}
}
