import { createObject, type ObjectContext } from './objects';
import type { StoreChange } from './store';
import type { StoredObject } from './types';

/**
 * Polar's events log for what the emulator changes: every state change an API request makes
 * records the system event Polar records for it (`source: 'system'`, the names and metadata of
 * the SDK's `SystemEvent` members), in the `events` collection that also holds ingested events.
 * Only changes made while the store records (API requests, the control API's `changes`) count;
 * seeding test data records nothing.
 */

type Metadata = Record<string, unknown>;

interface SystemEventDraft {
	name: string;
	metadata: Metadata;
	/** the customer the event is about; null for none */
	customerId: string | null;
}

/** Every system event name the emulator records, for tests and the README. */
export const RECORDED_SYSTEM_EVENTS = [
	'customer.created',
	'customer.updated',
	'customer.deleted',
	'order.paid',
	'order.refunded',
	'subscription.created',
	'subscription.updated',
	'subscription.canceled',
	'subscription.uncanceled',
	'subscription.revoked',
	'subscription.product_updated',
	'subscription.paused',
	'subscription.resumed',
	'benefit.granted',
	'benefit.revoked',
	'checkout.created',
] as const;

const CUSTOMER_FIELDS = ['name', 'billing_name', 'email', 'billing_address', 'tax_id', 'metadata'];

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

function customerMetadata(c: StoredObject): Metadata {
	return { customer_id: c.id, customer_email: str(c.email), customer_name: str(c.name), customer_external_id: str(c.external_id) };
}

function subscriptionMetadata(s: StoredObject): Metadata {
	return {
		subscription_id: s.id,
		product_id: str(s.product_id) ?? '',
		amount: num(s.amount),
		currency: str(s.currency) ?? 'usd',
		recurring_interval: str(s.recurring_interval) ?? 'month',
		recurring_interval_count: num(s.recurring_interval_count) || 1,
	};
}

function customerEvents(change: StoreChange): SystemEventDraft[] {
	const { kind, before, after } = change;
	if (kind === 'insert') return [{ name: 'customer.created', metadata: customerMetadata(after!), customerId: after!.id }];
	if (kind === 'remove') return [{ name: 'customer.deleted', metadata: customerMetadata(before!), customerId: before!.id }];
	const updated = Object.fromEntries(CUSTOMER_FIELDS.filter((f) => JSON.stringify(before![f]) !== JSON.stringify(after![f])).map((f) => [f, after![f]]));
	if (!Object.keys(updated).length) return [];
	return [{ name: 'customer.updated', metadata: { ...customerMetadata(after!), updated_fields: updated }, customerId: after!.id }];
}

function orderEvents(change: StoreChange): SystemEventDraft[] {
	const { kind, before, after } = change;
	if (!after) return [];
	const customerId = str(after.customer_id);
	const paid = (o: StoredObject | undefined) => o?.status === 'paid' || o?.paid === true;
	const out: SystemEventDraft[] = [];
	if (paid(after) && (kind === 'insert' || !paid(before))) {
		out.push({
			name: 'order.paid',
			metadata: { order_id: after.id, product_id: str(after.product_id) ?? undefined, amount: num(after.total_amount), currency: str(after.currency) ?? 'usd', net_amount: num(after.net_amount), tax_amount: num(after.tax_amount) },
			customerId,
		});
	}
	const refunded = num(after.refunded_amount) - num(before?.refunded_amount);
	if (kind === 'update' && refunded > 0) {
		out.push({ name: 'order.refunded', metadata: { order_id: after.id, refunded_amount: refunded, currency: str(after.currency) ?? 'usd' }, customerId });
	}
	return out;
}

function subscriptionEvents(change: StoreChange): SystemEventDraft[] {
	const { kind, before, after } = change;
	if (!after) return [];
	const customerId = str(after.customer_id);
	const event = (name: string, extra: Metadata = {}): SystemEventDraft => ({ name, metadata: { ...subscriptionMetadata(after), ...extra }, customerId });
	if (kind === 'insert') return [event('subscription.created', { started_at: str(after.started_at) ?? str(after.created_at) })];
	const b = before!;
	if (after.ended_at && !b.ended_at) return [event('subscription.revoked')];
	if (after.canceled_at && !b.canceled_at) {
		return [event('subscription.canceled', { canceled_at: after.canceled_at, ends_at: after.ends_at ?? undefined, cancel_at_period_end: after.cancel_at_period_end === true })];
	}
	if (!after.canceled_at && b.canceled_at) return [event('subscription.uncanceled')];
	if (after.product_id !== b.product_id) {
		return [{ name: 'subscription.product_updated', metadata: { subscription_id: after.id, old_product_id: str(b.product_id) ?? '', new_product_id: str(after.product_id) ?? '' }, customerId }];
	}
	if (after.paused_at && !b.paused_at) return [event('subscription.paused', { paused_at: after.paused_at })];
	if (!after.paused_at && b.paused_at) return [event('subscription.resumed')];
	return [{ name: 'subscription.updated', metadata: { subscription_id: after.id }, customerId }];
}

function benefitGrantEvents(change: StoreChange): SystemEventDraft[] {
	const { kind, before, after } = change;
	if (!after) return [];
	const metadata = { benefit_id: str(after.benefit_id) ?? '', benefit_grant_id: after.id, benefit_type: str((after.benefit as Metadata | null)?.type) ?? 'custom' };
	const customerId = str(after.customer_id);
	if (kind === 'insert' && after.is_granted === true) return [{ name: 'benefit.granted', metadata, customerId }];
	if (kind === 'update' && after.is_revoked === true && before?.is_revoked !== true) return [{ name: 'benefit.revoked', metadata, customerId }];
	return [];
}

function checkoutEvents(change: StoreChange): SystemEventDraft[] {
	const { kind, after } = change;
	if (kind !== 'insert' || !after) return [];
	return [{ name: 'checkout.created', metadata: { checkout_id: after.id, checkout_status: str(after.status) ?? 'open', product_id: str(after.product_id) ?? undefined }, customerId: str(after.customer_id) }];
}

const BY_COLLECTION: Record<string, (change: StoreChange) => SystemEventDraft[]> = {
	customers: customerEvents,
	orders: orderEvents,
	subscriptions: subscriptionEvents,
	benefit_grants: benefitGrantEvents,
	checkouts: checkoutEvents,
};

/** Drops keys whose value is undefined: optional metadata Polar leaves out rather than nulls. */
function defined(metadata: Metadata): Metadata {
	return Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined));
}

/** Records the system events a store change causes. Installed on the store by PolarApi. */
export function systemEventRecorder(ctx: ObjectContext): (change: StoreChange) => void {
	return (change) => {
		const drafts = BY_COLLECTION[change.collection]?.(change) ?? [];
		for (const draft of drafts) {
			const customers = ctx.store.collection('customers');
			// A deleted customer is gone from the store: the event keeps it as it was.
			const customer = draft.customerId ? (customers.get(draft.customerId) ?? (change.collection === 'customers' ? change.before : undefined)) : undefined;
			createObject(ctx, 'events', {
				name: draft.name,
				label: draft.name,
				source: 'system',
				timestamp: ctx.now().toISOString(),
				customer_id: customer?.id ?? null,
				customer: customer ? { ...customer } : null,
				external_customer_id: str(customer?.external_id),
				metadata: defined(draft.metadata),
			});
		}
	};
}
