/**
 * Hand-written names for the generator: the words the n8n editor shows as names (resources, type
 * choices and their options, field names, option names) wherever the spec's own identifiers would
 * read badly. Descriptions live in help/, operation words in operationNaming.ts. Values (`value`)
 * are a contract with saved workflows: never change one without a node version bump. What the node
 * does with an operation (pickers, PDF downloads, Simplify) is not naming: it lives in behaviour/.
 */

/** How a group of the spec appears in the editor: its stable value, display name and noun in sentences. */
export interface ResourceNaming {
	value: string;
	name: string;
	noun: string;
}

/** Keyed by the spec's `x-speakeasy-group` (how Polar's own API reference groups operations). */
export const RESOURCES: Record<string, ResourceNaming> = {
	organizations: { value: 'organization', name: 'Organization', noun: 'organization' },
	products: { value: 'product', name: 'Product', noun: 'product' },
	subscriptions: { value: 'subscription', name: 'Subscription', noun: 'subscription' },
	orders: { value: 'order', name: 'Order', noun: 'order' },
	refunds: { value: 'refund', name: 'Refund', noun: 'refund' },
	disputes: { value: 'dispute', name: 'Dispute', noun: 'dispute' },
	checkouts: { value: 'checkout', name: 'Checkout', noun: 'checkout session' },
	'checkout-links': { value: 'checkoutLink', name: 'Checkout Link', noun: 'checkout link' },
	customers: { value: 'customer', name: 'Customer', noun: 'customer' },
	'customers.members': { value: 'customerMember', name: 'Customer Member', noun: 'member of a customer' },
	'customer-seats': { value: 'customerSeat', name: 'Customer Seat', noun: 'seat' },
	'customer-sessions': { value: 'customerSession', name: 'Customer Session', noun: 'customer session' },
	customer_meters: { value: 'customerMeter', name: 'Customer Meter', noun: 'customer meter' },
	benefits: { value: 'benefit', name: 'Benefit', noun: 'benefit' },
	'benefit-grants': { value: 'benefitGrant', name: 'Benefit Grant', noun: 'benefit grant' },
	license_keys: { value: 'licenseKey', name: 'License Key', noun: 'license key' },
	discounts: { value: 'discount', name: 'Discount', noun: 'discount' },
	'custom-fields': { value: 'customField', name: 'Custom Field', noun: 'custom field' },
	files: { value: 'file', name: 'File', noun: 'file' },
	meters: { value: 'meter', name: 'Meter', noun: 'meter' },
	events: { value: 'event', name: 'Event', noun: 'event' },
	'event-types': { value: 'eventType', name: 'Event Type', noun: 'event type' },
	metrics: { value: 'metric', name: 'Metric', noun: 'metrics' },
	payments: { value: 'payment', name: 'Payment', noun: 'payment' },
	webhooks: { value: 'webhook', name: 'Webhook', noun: 'webhook endpoint' },
	oauth2: { value: 'oauth2', name: 'OAuth2', noun: 'OAuth2 token' },
	'oauth2.clients': { value: 'oauth2Client', name: 'OAuth2 Client', noun: 'OAuth2 client' },
	'customer_portal.benefit-grants': { value: 'portalBenefitGrant', name: 'Customer Portal: Benefit Grant', noun: 'benefit grant of the signed-in customer' },
	'customer_portal.customers': { value: 'portalCustomer', name: 'Customer Portal: Customer', noun: 'signed-in customer' },
	'customer_portal.customer_meters': { value: 'portalCustomerMeter', name: 'Customer Portal: Meter', noun: 'meter of the signed-in customer' },
	'customer_portal.customer-session': { value: 'portalSession', name: 'Customer Portal: Session', noun: 'customer session' },
	'customer_portal.downloadables': { value: 'portalDownloadable', name: 'Customer Portal: Downloadable', noun: 'downloadable of the signed-in customer' },
	'customer_portal.license_keys': { value: 'portalLicenseKey', name: 'Customer Portal: License Key', noun: 'license key' },
	'customer_portal.members': { value: 'portalMember', name: 'Customer Portal: Member', noun: 'team member' },
	'customer_portal.orders': { value: 'portalOrder', name: 'Customer Portal: Order', noun: 'order of the signed-in customer' },
	'customer_portal.organizations': { value: 'portalOrganization', name: 'Customer Portal: Organization', noun: 'organization' },
	'customer_portal.seats': { value: 'portalSeat', name: 'Customer Portal: Seat', noun: 'seat' },
	'customer_portal.subscriptions': { value: 'portalSubscription', name: 'Customer Portal: Subscription', noun: 'subscription of the signed-in customer' },
	'customer_portal.wallets': { value: 'portalWallet', name: 'Customer Portal: Wallet', noun: 'wallet of the signed-in customer' },
};

/**
 * The name of each type choice: the dropdown that picks one shape of a union (an operation's body,
 * or a union inside it, such as a price row's Price Type). Keyed by the union's component schema,
 * or, for a union written inline, by the operationId (a body) or "Schema.property" (inside a body).
 * The generator fails on a body union missing here.
 */
export const CHOICE_NAMES: Record<string, string> = {
	ProductCreate: 'Billing Type',
	ProductPriceCreate: 'Price Type',
	'ProductUpdate.prices': 'Price Type',
	SubscriptionUpdate: 'Change',
	CustomerSubscriptionUpdate: 'Change',
	'subscriptions:create': 'Customer By',
	'customer-sessions:create': 'Customer By',
	'EventsIngest.events': 'Customer By',
	CustomerCreate: 'Customer Type',
	BenefitCreate: 'Benefit Type',
	'benefits:update': 'Benefit Type',
	CustomerBenefitGrantUpdate: 'Benefit Type',
	DiscountCreate: 'Discount Type',
	CheckoutLinkCreate: 'Link To',
	CustomFieldCreate: 'Field Type',
	CustomFieldUpdate: 'Field Type',
	FileCreate: 'Use For',
	'oauth2:request_token': 'Grant Type',
	'MeterCreate.aggregation': 'Function',
	'MeterUpdate.aggregation': 'Function',
	'Filter.clauses': 'Clause Type',
	'OrganizationCreate.legal_entity': 'Legal Entity Type',
};

/**
 * The option name of each union branch in its type choice (a body's shape, or a row's type),
 * keyed by the branch's component schema, or "<component>.<discriminator value>" where several
 * values share one component. Every branch of a body union must be here (the generator fails
 * otherwise); a discriminator value several branches share is named by OPTION_NAMES. The option's
 * value (stable) is derived from the schema name or the discriminator.
 */
export const VARIANT_NAMES: Record<string, string> = {
	ProductCreateRecurring: 'Recurring (Subscription)',
	ProductCreateOneTime: 'One-Time Purchase',
	ProductPriceFixedCreate: 'Fixed',
	ProductPriceCustomCreate: 'Pay What You Want',
	ProductPriceSeatBasedCreate: 'Seat-Based',
	ProductPriceUnitBasedCreate: 'Per Unit',
	ProductPriceMeteredUnitCreate: 'Metered Unit',
	ProductPriceMeteredTiersCreate: 'Metered Tiers',
	ExistingProductPrice: 'Keep an Existing Price',
	ProductPriceCreate: 'New Price',
	SubscriptionUpdateBase: 'Change Product, Discount or Trial',
	SubscriptionUpdateSeats: 'Change Seats',
	SubscriptionUpdateUnits: 'Change Units',
	SubscriptionUpdateBillingPeriod: 'Move Billing Period End',
	SubscriptionCancel: 'Cancel or Uncancel at Period End',
	SubscriptionRevoke: 'Revoke Now',
	SubscriptionPause: 'Pause at Period End',
	SubscriptionResume: 'Resume',
	SubscriptionUpdateClear: 'Clear Pending Change',
	CustomerSubscriptionUpdateProduct: 'Change Product',
	CustomerSubscriptionUpdateSeats: 'Change Seats',
	CustomerSubscriptionUpdateUnits: 'Change Units',
	CustomerSubscriptionCancel: 'Cancel or Uncancel at Period End',
	CustomerSubscriptionPause: 'Pause at Period End',
	CustomerSubscriptionResume: 'Resume',
	CustomerSubscriptionUpdateClear: 'Clear Pending Change',
	SubscriptionCreateCustomer: 'Customer ID',
	SubscriptionCreateExternalCustomer: 'External Customer ID',
	CustomerSessionCustomerIDCreate: 'Customer ID',
	CustomerSessionCustomerExternalIDCreate: 'External Customer ID',
	EventCreateCustomer: 'Customer ID',
	EventCreateExternalCustomer: 'External Customer ID',
	CustomerIndividualCreate: 'Individual',
	CustomerTeamCreate: 'Team',
	CheckoutLinkCreateProductPrice: 'One Price',
	CheckoutLinkCreateProduct: 'One Product',
	CheckoutLinkCreateProducts: 'Several Products',
	DiscountFixedCreate: 'Fixed Amount Off',
	DiscountPercentageCreate: 'Percentage Off',
	...benefitTypes('Create'),
	...benefitTypes('Update'),
	...Object.fromEntries(Object.entries(benefitTypes('')).map(([k, v]) => [k.replace(/^Benefit(\w+)$/, 'CustomerBenefitGrant$1Update'), v])),
	...customFieldTypes('Create'),
	...customFieldTypes('Update'),
	DownloadableFileCreate: 'Downloadable (Benefit File)',
	ProductMediaFileCreate: 'Product Media',
	OrganizationAvatarFileCreate: 'Organization Avatar',
	SupportCaseAttachmentFileCreate: 'Support Case Attachment',
	AuthorizationCodeTokenRequest: 'Authorization Code',
	RefreshTokenRequest: 'Refresh Token',
	WebTokenRequest: 'Web Session Token',
	CountAggregation: 'Count Events',
	PropertyAggregation: 'Sum, Maximum, Minimum or Average',
	UniqueAggregation: 'Count Unique Values',
	FilterClause: 'Condition',
	Filter: 'Group of Conditions',
	OrganizationIndividualLegalEntitySchema: 'Individual',
	OrganizationCompanyLegalEntitySchema: 'Company',
};

/** Benefit types, named once for the create, update and customer-portal grant unions. */
function benefitTypes(suffix: string): Record<string, string> {
	const names: Record<string, string> = {
		Custom: 'Custom', Discord: 'Discord Role', GitHubRepository: 'GitHub Repository Access', Downloadables: 'File Downloads',
		LicenseKeys: 'License Keys', MeterCredit: 'Meter Credits', FeatureFlag: 'Feature Flag', SlackSharedChannel: 'Slack Shared Channel',
	};
	return Object.fromEntries(Object.entries(names).map(([k, v]) => [`Benefit${k}${suffix}`, v]));
}

function customFieldTypes(verb: string): Record<string, string> {
	const names: Record<string, string> = { Text: 'Text', Number: 'Number', Date: 'Date', Checkbox: 'Checkbox', Select: 'Dropdown (Select)' };
	return Object.fromEntries(Object.entries(names).map(([k, v]) => [`CustomField${verb}${k}`, v]));
}

/** Words written in capitals (or their own way) wherever they appear in a generated name. */
export const ACRONYMS: Record<string, string> = {
	api: 'API', csv: 'CSV', http: 'HTTP', id: 'ID', ids: 'IDs', ip: 'IP', llm: 'LLM', mime: 'MIME', oauth2: 'OAuth2',
	pdf: 'PDF', sha256: 'SHA-256', sso: 'SSO', tos: 'TOS', uri: 'URI', uris: 'URIs', url: 'URL', urls: 'URLs', uuid: 'UUID',
};

/**
 * Field names where the title-cased API name reads badly, keyed by "Schema.property" (one schema)
 * or by the property name (everywhere). A leading "is" is dropped everywhere ("Is Archived" → "Archived").
 */
export const FIELD_NAMES: Record<string, string> = {
	// a dropdown of the credential's organizations, named for what it picks
	organization_id: 'Organization',
	medias: 'Media',
	meta: 'Activation Metadata',
	amounts: 'Amounts per Currency',
	basis_points: 'Percentage (Basis Points)',
	attached_custom_fields: 'Custom Fields',
	custom_field_data: 'Custom Field Values',
	customer_cancellation_reason: 'Cancellation Reason',
	customer_cancellation_comment: 'Cancellation Comment',
	recurring_interval: 'Billing Interval',
	recurring_interval_count: 'Billing Interval Count',
	meter_interval: 'Meter Billing Interval',
	meter_interval_count: 'Meter Billing Interval Count',
	price_currency: 'Currency',
	price_per_seat: 'Price per Seat',
	preset_amount: 'Suggested Amount',
	cap_amount: 'Maximum Charge',
	unit_amount: 'Unit Price',
	increment_usage: 'Increment Usage By',
	textarea: 'Multi-Line Text',
	guild_token: 'Discord Server Token',
	role_id: 'Discord Role ID',
	kick_member: 'Kick Member on Revoke',
	archive_on_revoke: 'Archive on Revoke',
	_cost: 'Cost',
	_llm: 'LLM Usage',
	'TierInput.bound': 'Up to (Units)',
	'BenefitLicenseKeyExpirationProperties.ttl': 'Expires After',
	'BenefitLicenseKeyExpirationProperties.timeframe': 'Expiry Unit',
	'BenefitLicenseKeyActivationCreateProperties.limit': 'Activation Limit',
	'BenefitLicenseKeyActivationCreateProperties.enable_customer_admin': 'Self-Service',
	'BenefitLicenseKeysCreateProperties.limit_usage': 'Usage Limit',
	'BenefitLicenseKeysCreateProperties.expires': 'Expiry',
	'BenefitMeterCreditCreateProperties.units': 'Credited Units',
	// a number's and a date's bounds are one field of the form (the same shape in Polar's server)
	'CustomFieldNumberProperties.ge': 'Minimum',
	'CustomFieldNumberProperties.le': 'Maximum',
	'CustomFieldDateProperties.ge': 'Minimum',
	'CustomFieldDateProperties.le': 'Maximum',
	'Filter.conjunction': 'Match',
	// the key and value of a map's entry, named under the map
	'amounts.key': 'Currency',
	'amounts.value': 'Amount Off',
	'archived.key': 'File ID',
	'archived.value': 'Archived',
	line1: 'Address Line 1',
	line2: 'Address Line 2',
	'PropertyAggregation.func': 'Function',
	'PropertyAggregation.property': 'Property',
	'UniqueAggregation.property': 'Property',
	'FilterClause.property': 'Property',
	'LicenseKeyValidate.increment_usage': 'Increment Usage By',
};

/**
 * Option names of enum values that are codes or read badly when title-cased, keyed by the value.
 * Countries, currencies and time zones get their names from Node's ICU instead (codeNames.ts).
 */
export const OPTION_NAMES: Record<string, string> = {
	and: 'All Clauses (And)',
	or: 'Any Clause (Or)',
	eq: 'Equals',
	ne: 'Does Not Equal',
	gt: 'Greater Than',
	gte: 'Greater Than or Equal',
	lt: 'Less Than',
	lte: 'Less Than or Equal',
	like: 'Contains',
	not_like: 'Does Not Contain',
	avg: 'Average',
	max: 'Maximum',
	min: 'Minimum',
	'2xx': '2xx (Success)',
	'3xx': '3xx (Redirect)',
	'4xx': '4xx (Client Error)',
	'5xx': '5xx (Server Error)',
	raw: 'Raw JSON',
	location: 'By Customer Location',
	inclusive: 'Included in the Price',
	exclusive: 'Added on Top of the Price',
	volume: 'Volume (One Tier for All Units)',
	graduated: 'Graduated (Each Tier Priced Apart)',
	scalar: 'Number',
	token: 'AI Tokens',
	github_repository: 'GitHub Repository',
	one_time: 'One-Time',
	x: 'X (Twitter)',
	github: 'GitHub',
	linkedin: 'LinkedIn',
	tiktok: 'TikTok',
	youtube: 'YouTube',
	invoice: 'Invoice the Difference Now',
	prorate: 'Prorate on the Next Invoice',
	next_period: 'Apply From the Next Period',
	reset: 'Restart the Billing Period Now',
};
