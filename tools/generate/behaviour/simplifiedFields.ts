/**
 * "Simplify" output of plain reads (get, get many, get by external ID) of a resource: the fields
 * people use most, keyed by resource value. Other reads (state, metrics…) keep their full reply.
 */
export const SIMPLIFIED_FIELDS: Record<string, string[]> = {
	product: ['id', 'name', 'description', 'is_recurring', 'recurring_interval', 'is_archived', 'visibility', 'prices', 'organization_id', 'metadata', 'created_at'],
	customer: ['id', 'email', 'name', 'external_id', 'type', 'organization_id', 'metadata', 'created_at'],
	subscription: ['id', 'status', 'amount', 'currency', 'recurring_interval', 'current_period_end', 'cancel_at_period_end', 'customer_id', 'product_id', 'discount_id', 'metadata', 'created_at'],
	order: ['id', 'status', 'paid', 'total_amount', 'net_amount', 'tax_amount', 'currency', 'billing_reason', 'customer_id', 'product_id', 'subscription_id', 'checkout_id', 'metadata', 'created_at'],
	checkout: ['id', 'status', 'url', 'expires_at', 'amount', 'currency', 'product_id', 'customer_id', 'customer_email', 'metadata', 'created_at'],
	checkoutLink: ['id', 'label', 'url', 'product_id', 'metadata', 'created_at'],
	benefit: ['id', 'type', 'description', 'organization_id', 'metadata', 'created_at'],
	benefitGrant: ['id', 'is_granted', 'is_revoked', 'granted_at', 'revoked_at', 'customer_id', 'benefit_id', 'subscription_id', 'order_id'],
	discount: ['id', 'name', 'code', 'type', 'amount', 'currency', 'basis_points', 'duration', 'duration_in_months', 'redemptions_count', 'max_redemptions', 'created_at'],
	licenseKey: ['id', 'display_key', 'status', 'usage', 'limit_usage', 'limit_activations', 'validations', 'expires_at', 'customer_id', 'benefit_id', 'created_at'],
	meter: ['id', 'name', 'aggregation', 'organization_id', 'metadata', 'created_at'],
	customerMeter: ['id', 'customer_id', 'meter_id', 'consumed_units', 'credited_units', 'balance', 'modified_at'],
	refund: ['id', 'status', 'reason', 'amount', 'tax_amount', 'currency', 'order_id', 'subscription_id', 'customer_id', 'created_at'],
	payment: ['id', 'status', 'amount', 'currency', 'method', 'order_id', 'checkout_id', 'decline_reason', 'created_at'],
	dispute: ['id', 'status', 'resolved', 'amount', 'currency', 'order_id', 'payment_id', 'created_at'],
	event: ['id', 'name', 'source', 'customer_id', 'external_customer_id', 'timestamp', 'metadata'],
	file: ['id', 'name', 'mime_type', 'size', 'service', 'is_uploaded', 'public_url', 'created_at'],
	webhook: ['id', 'url', 'events', 'enabled', 'format', 'created_at'],
	organization: ['id', 'name', 'slug', 'created_at'],
	customField: ['id', 'name', 'slug', 'type', 'created_at'],
};
