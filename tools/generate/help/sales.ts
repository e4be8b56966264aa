/**
 * Help of what happens after a sale: subscriptions, orders, refunds, discounts, webhook
 * endpoints; and of each type choice (CHOICE_HELP, keyed like naming.ts CHOICE_NAMES).
 */
import type { HelpTable } from './helpTypes';

const SUBSCRIPTIONS: HelpTable = {
	'SubscriptionUpdateBase.product_id': 'Move the subscription to this product',
	'SubscriptionUpdateBase.discount_id': 'A discount for the coming periods; it applies from the next billing period',
	'SubscriptionUpdateBase.trial_end': { description: 'Start or extend a free trial until this date and time, or write now to end the trial at once', placeholder: 'e.g. 2026-12-31T12:00:00Z or now' },
	'SubscriptionUpdateBase.metadata': 'New key/value data; it replaces all of the subscription\'s metadata',
	'SubscriptionUpdateSeats.seats': 'The new number of seats',
	'SubscriptionUpdateUnits.units': 'The new number of units',
	'SubscriptionUpdateBillingPeriod.current_billing_period_end': 'New end of the current period, when the next renewal happens; earlier or later, but in the future',
	'SubscriptionCancel.cancel_at_period_end': 'Whether to cancel when the current period ends (on), or undo a pending cancellation (off)',
	'SubscriptionPause.pause_at_period_end': 'Whether to pause when the current period ends (on), or undo a pending pause (off)',
	'SubscriptionPause.resumes_at': 'When the paused subscription starts again by itself, after the current period; empty keeps it paused until resumed',
	'subscriptions:list.product_id': 'Only subscriptions to these products',
	'subscriptions:list.customer_id': 'Only subscriptions of these customers',
	'subscriptions:list.external_customer_id': 'Only subscriptions of the customers with these external IDs',
	'subscriptions:list.discount_id': 'Only subscriptions with one of these discounts',
	'subscriptions:list.active': 'Whether to return only live subscriptions (trialing, active, past due), or only ended ones',
	'subscriptions:list.status': 'Only subscriptions in one of these states',
	'subscriptions:list.cancel_at_period_end': 'Whether to return only subscriptions set to cancel at the end of their period, or only those that are not',
	'subscriptions:list.customer_cancellation_reason': 'Only subscriptions canceled for one of these reasons',
	'subscriptions:list.canceled_at_after': 'Only subscriptions canceled at or after this time',
	'subscriptions:list.canceled_at_before': 'Only subscriptions canceled before this time',
	'subscriptions:list.started_after': 'Only subscriptions that started at or after this time',
	'subscriptions:list.started_before': 'Only subscriptions that started before this time',
	'subscriptions:list.metadata': 'Only subscriptions whose metadata has all of these key/value pairs',
	'subscriptions:list.organization_id': 'Only subscriptions of these organizations; needed only with a personal or OAuth2 token',
};

const ORDERS: HelpTable = {
	'orders:list.product_id': 'Only orders of these products',
	'orders:list.product_billing_type': 'Only orders of one-time purchases, or only of subscriptions',
	'orders:list.discount_id': 'Only orders with one of these discounts',
	'orders:list.customer_id': 'Only orders of these customers',
	'orders:list.external_customer_id': 'Only orders of the customers with these external IDs',
	'orders:list.checkout_id': 'Only orders from these checkouts',
	'orders:list.subscription_id': 'Only orders of these subscriptions (their first payment and renewals)',
	'orders:list.status': 'Only orders in one of these states',
	'orders:list.metadata': 'Only orders whose metadata has all of these key/value pairs',
	'orders:list.organization_id': 'Only orders of these organizations; needed only with a personal or OAuth2 token',
	'orders:invoice.id': 'The order whose invoice you want; Polar must have built it first (Order → Generate Invoice)',
	'RefundCreate.order_id': 'The order to refund',
	'RefundCreate.reason': 'Why you refund, as Polar records it',
	'RefundCreate.amount': { description: 'How much to give back, in cents (1900 = 19.00); at most what is left to refund on the order', placeholder: 'e.g. 1900' },
	'RefundCreate.comment': 'A note for your records; the customer does not see it',
	'RefundCreate.revoke_benefits': 'Whether the customer also loses the benefits the order granted',
};

const DISCOUNTS: HelpTable = {
	'discounts:create.name': { description: 'Name shown to the customer at checkout and on invoices', placeholder: 'e.g. Launch week' },
	'discounts:create.code': { description: 'Code customers type at checkout; empty makes a discount you apply yourself (checkouts, links, subscriptions)', placeholder: 'e.g. LAUNCH20' },
	'discounts:create.starts_at': 'From when the code can be used; empty means now',
	'discounts:create.ends_at': 'Until when the code can be used; empty means no end',
	'discounts:create.max_redemptions': 'How many times it can be used in all; empty means no limit',
	'discounts:create.max_redemptions_per_customer': 'How many times one customer can use it; empty means no limit',
	'discounts:create.products': 'Only these products get the discount; empty means all',
	'discounts:create.duration': 'For subscriptions: only the first payment (Once), every payment (Forever), or for a number of months (Repeating)',
	'discounts:create.duration_in_months': 'With Repeating: how many months of payments get the discount',
	'DiscountFixedCreate.amounts': 'Amount off for each currency, in cents (1900 = 19.00)',
	'amounts.key': 'One row per currency',
	'amounts.value': 'Amount off in this currency, in cents (1900 = 19.00)',
	'DiscountFixedCreate.amount': 'Amount off, in cents (1900 = 19.00), in the currency below; Amounts per Currency is the newer way',
	'DiscountFixedCreate.currency': 'Currency of Amount; empty means USD',
	'DiscountPercentageCreate.basis_points': { description: 'Share taken off, in basis points (1000 = 10 %, 10000 = 100 %)', placeholder: 'e.g. 2000' },
};

const WEBHOOKS: HelpTable = {
	'WebhookEndpointCreate.url': { description: 'The https address that receives the events; Polar delivers only to public URLs', placeholder: 'e.g. https://example.com/webhooks/polar' },
	'WebhookEndpointCreate.name': { description: 'Your name for the endpoint, shown in Polar\'s dashboard', placeholder: 'e.g. CRM sync' },
	'WebhookEndpointCreate.format': 'Raw JSON for your own code or n8n; Discord or Slack for a chat channel\'s webhook URL',
	'WebhookEndpointCreate.events': 'The events Polar sends to this URL',
	'WebhookEndpointCreate.api_version': 'The API version whose shapes the event payloads follow; pick the one your workflow was built for',
};

/** Help of each type choice, keyed like naming.ts CHOICE_NAMES (union schema, operationId, or Schema.property). */
export const CHOICE_HELP: HelpTable = {
	ProductCreate: 'A subscription billed every interval, or a one-time purchase',
	ProductPriceCreate: 'How this price charges: a fixed amount, what the customer chooses, per seat, per unit, or by metered usage',
	'ProductUpdate.prices': 'Keep a price the product has, or add a new one of this type',
	SubscriptionUpdate: 'What to change; each choice shows its own fields',
	CustomerSubscriptionUpdate: 'What to change; each choice shows its own fields',
	'subscriptions:create': 'Find the customer by Polar\'s ID or by your own (external) ID',
	'customer-sessions:create': 'Find the customer by Polar\'s ID or by your own (external) ID',
	'EventsIngest.events': 'Find the customer by Polar\'s ID or by your own (external) ID',
	CustomerCreate: 'One person, or a team whose members share the purchase',
	BenefitCreate: 'What the customer gets; each type shows its own settings',
	'benefits:update': 'The type of the benefit being changed; each type shows its own settings',
	CustomerBenefitGrantUpdate: 'The type of the benefit grant being changed',
	DiscountCreate: 'A fixed amount off, or a percentage off',
	CheckoutLinkCreate: 'What the link sells: one price, one product, or a choice of products',
	CustomFieldCreate: 'What kind of answer the field takes',
	CustomFieldUpdate: 'The type of the field being changed',
	FileCreate: 'What the file is for',
	'oauth2:request_token': 'What is exchanged for a token',
	'MeterCreate.aggregation': 'What is computed over the matching events: their count, or a sum, maximum, minimum or average of a field',
	'MeterUpdate.aggregation': 'What is computed over the matching events: their count, or a sum, maximum, minimum or average of a field',
	'Filter.clauses': 'One condition, or a nested group of conditions',
	'OrganizationCreate.legal_entity': 'Whether the organization is a person or a company',
};

export const SALES_HELP: HelpTable = { ...SUBSCRIPTIONS, ...ORDERS, ...DISCOUNTS, ...WEBHOOKS };
