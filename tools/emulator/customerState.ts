import type { Store } from './store';
import type { StoredObject } from './types';

/**
 * A customer's state (`customers:getState`, and the `customer.state_changed` webhook's data): the
 * customer with its active subscriptions, granted benefits and active meters
 * (server/polar/customer/service.py, `get_state`).
 */
export function customerStateOf(store: Store, customer: StoredObject): Record<string, unknown> {
	const active_subscriptions = store.collection('subscriptions').items.filter((s) => s.customer_id === customer.id && (s.status === 'active' || s.status === 'trialing'));
	// the state shows each grant as CustomerStateBenefitGrant: its benefit's type and metadata instead of the benefit
	const granted_benefits = store
		.collection('benefit_grants')
		.items.filter((g) => g.customer_id === customer.id && g.is_granted)
		.map((g) => {
			const benefit = store.collection('benefits').get(String(g.benefit_id));
			const { id, created_at, modified_at, benefit_id, properties } = g;
			return { id, created_at, modified_at, granted_at: g.granted_at ?? created_at, benefit_id, benefit_type: benefit?.type ?? 'custom', benefit_metadata: benefit?.metadata ?? {}, properties: properties ?? {} };
		});
	const active_meters = store.collection('customer_meters').items.filter((m) => m.customer_id === customer.id);
	return { ...customer, active_subscriptions, granted_benefits, active_meters };
}
