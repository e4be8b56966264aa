/**
 * Help that reads the same wherever the property appears, keyed by the property name alone. A
 * schema- or operation-keyed entry elsewhere wins over these (help/index.ts).
 */
import type { HelpTable } from './helpTypes';

export const COMMON_HELP: HelpTable = {
	organization_id: 'Needed only with a personal or OAuth2 token',
	metadata: 'Your own key/value data (up to 50 pairs)',
	external_id: 'Your own unique ID for it, e.g. the user ID in your app',
	external_customer_id: 'The customer\'s ID in your own system (its external ID)',
	customer_id: 'The Polar customer',
	discount_id: 'A discount applied from the start',
	member_id: 'For a team customer: the member it is for',
	external_member_id: 'For a team customer: the member\'s ID in your own system',
	success_url: 'Where the customer lands after paying; {CHECKOUT_ID} in it becomes the checkout\'s ID',
	return_url: 'Where the page\'s back link leads, e.g. your pricing page',
	locale: { description: 'Language of the customer\'s pages and emails', placeholder: 'e.g. en or fr-FR' },
	trial_interval: 'Unit of the free trial\'s length',
	trial_interval_count: 'Length of the free trial, e.g. 14 with Day',
	allow_discount_codes: 'Whether the customer can enter a discount code',
	require_billing_address: 'Whether the customer must give a full billing address',
	seats: 'Seats bought, for a seat-based price',
	min_seats: 'Fewest seats the customer can choose, for a seat-based price',
	max_seats: 'Most seats the customer can choose, for a seat-based price',
	units: 'Units bought, for a per-unit price',
	min_units: 'Fewest units the customer can choose, for a per-unit price',
	max_units: 'Most units the customer can choose, for a per-unit price',
	price_currency: 'Currency of the price; empty means USD',
	tax_behavior: 'Empty uses the organization\'s default',
	customer_cancellation_reason: 'Why the customer cancels, as reported in Polar\'s churn metrics',
	customer_cancellation_comment: 'The customer\'s own words about why they cancel',
	proration_behavior: 'How the price change is billed; empty uses the organization\'s setting',
	created_after: 'Only those created at or after this time',
	created_before: 'Only those created before this time',
	timestamp: 'When it happened; empty means now',
	visibility: 'Public is listed on your storefront; Private is sold only through your links and checkouts; Draft is hidden',
	key: 'The license key as the customer entered it',
	conditions: 'Key/value pairs that must match the ones given when the key was activated, e.g. a hardware ID',
	activation_id: 'The activation: one per device or install the key was activated on',
	label: 'Your name for it, shown in Polar\'s dashboard',
	products: 'The products it is for',
	query: { description: 'Text to search for', placeholder: 'e.g. jane' },
};
