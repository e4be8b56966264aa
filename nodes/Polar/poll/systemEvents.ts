import type { INodePropertyOptions } from 'n8n-workflow';
import { eventLabel } from '../trigger/events';

/**
 * Polar's system events (the `SystemEvent` members of its SDK for 2026-10; a unit test holds this
 * table to them): what each is about, and the webhook event type a workflow fed by webhooks sees
 * for the same change, so the two delivery modes can share downstream nodes.
 */

/** The object an event is about: the operation that reads it and the metadata key holding its id. */
export interface EventSubject {
	/** key of the generated operations table */
	operation: 'order:get' | 'subscription:get' | 'customer:get' | 'checkout:get' | 'benefitGrant:getAll' | 'meter:get';
	idKey: string;
}

interface SystemEventInfo {
	/** the webhook event type of the same change; null when Polar sends no webhook for it */
	webhookType: string | null;
	subject?: EventSubject;
}

const ORDER: EventSubject = { operation: 'order:get', idKey: 'order_id' };
const SUBSCRIPTION: EventSubject = { operation: 'subscription:get', idKey: 'subscription_id' };
const CUSTOMER: EventSubject = { operation: 'customer:get', idKey: 'customer_id' };
const BENEFIT_GRANT: EventSubject = { operation: 'benefitGrant:getAll', idKey: 'benefit_grant_id' };
const METER: EventSubject = { operation: 'meter:get', idKey: 'meter_id' };

const sub = (webhookType: string): SystemEventInfo => ({ webhookType, subject: SUBSCRIPTION });

export const SYSTEM_EVENTS: Readonly<Record<string, SystemEventInfo>> = {
	'benefit.granted': { webhookType: 'benefit_grant.created', subject: BENEFIT_GRANT },
	'benefit.cycled': { webhookType: 'benefit_grant.cycled', subject: BENEFIT_GRANT },
	'benefit.updated': { webhookType: 'benefit_grant.updated', subject: BENEFIT_GRANT },
	'benefit.revoked': { webhookType: 'benefit_grant.revoked', subject: BENEFIT_GRANT },
	'checkout.created': { webhookType: 'checkout.created', subject: { operation: 'checkout:get', idKey: 'checkout_id' } },
	'customer.created': { webhookType: 'customer.created', subject: CUSTOMER },
	'customer.updated': { webhookType: 'customer.updated', subject: CUSTOMER },
	'customer.deleted': { webhookType: 'customer.deleted', subject: CUSTOMER },
	'meter.credited': { webhookType: null, subject: METER },
	'meter.reset': { webhookType: null, subject: METER },
	'order.paid': { webhookType: 'order.paid', subject: ORDER },
	'order.refunded': { webhookType: 'order.refunded', subject: ORDER },
	'order.voided': { webhookType: 'order.updated', subject: ORDER },
	'order.unvoided': { webhookType: 'order.updated', subject: ORDER },
	'subscription.created': sub('subscription.created'),
	'subscription.updated': sub('subscription.updated'),
	'subscription.cycled': sub('subscription.cycled'),
	'subscription.canceled': sub('subscription.canceled'),
	'subscription.uncanceled': sub('subscription.uncanceled'),
	'subscription.revoked': sub('subscription.revoked'),
	'subscription.past_due': sub('subscription.past_due'),
	'subscription.reactivated': sub('subscription.active'),
	'subscription.reinstated': sub('subscription.active'),
	'subscription.paused': sub('subscription.paused'),
	'subscription.resumed': sub('subscription.resumed'),
	'subscription.migrated': sub('subscription.migrated'),
	'subscription.product_updated': sub('subscription.updated'),
	'subscription.seats_updated': sub('subscription.updated'),
	'subscription.units_updated': sub('subscription.updated'),
	'subscription.billing_period_updated': sub('subscription.updated'),
	'subscription.update_cleared': sub('subscription.updated'),
	'balance.order': { webhookType: null, subject: ORDER },
	'balance.credit_order': { webhookType: null, subject: ORDER },
	'balance.refund': { webhookType: null },
	'balance.refund_reversal': { webhookType: null },
	'balance.dispute': { webhookType: null },
	'balance.dispute_reversal': { webhookType: null },
};

export const SYSTEM_EVENT_NAMES = Object.keys(SYSTEM_EVENTS);

export function isSystemEvent(name: string): boolean {
	return Object.prototype.hasOwnProperty.call(SYSTEM_EVENTS, name);
}

/** "order.paid" → "Order: Paid", with the webhook type it matches, sorted by label. */
export const systemEventOptions: INodePropertyOptions[] = SYSTEM_EVENT_NAMES.map((name) => {
	const webhookType = SYSTEM_EVENTS[name].webhookType;
	return {
		name: eventLabel(name),
		value: name,
		description: webhookType ? `Polar system event "${name}" (webhook event "${webhookType}")` : `Polar system event "${name}" (no webhook event)`,
	};
}).sort((a, b) => a.name.localeCompare(b.name, 'en'));
