/**
 * Hand-written naming for the generator: the only place where words shown in the n8n editor are
 * chosen by people rather than derived from the spec. Values (`value`) are a contract with saved
 * workflows: never change one without a node version bump. What the node does with an operation
 * (pickers, PDF downloads, Simplify) is not naming: it lives in behaviour/.
 *
 * Keys are the spec's `x-speakeasy-group` (how Polar's own API reference groups operations).
 */

/** How a group of the spec appears in the editor: its stable value, display name and noun in sentences. */
export interface ResourceNaming {
	value: string;
	name: string;
	noun: string;
}

/** Replacements for generated words of one operation, keyed by operationId. */
export interface OperationNaming {
	value?: string;
	name?: string;
	description?: string;
}

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
 * Operation values come from the spec's `x-speakeasy-name-override` in camelCase; `list` becomes
 * n8n's conventional `getAll` ("Get Many"). Entries here replace the generated value, name or
 * description where the generated words would read badly. Keyed by operationId.
 */
export const OPERATIONS: Record<string, OperationNaming> = {
	'organizations:list': { value: 'getAll' },
	'webhooks:list_webhook_endpoints': { value: 'getAll', description: 'List the webhook endpoints' },
	'webhooks:create_webhook_endpoint': { value: 'create', description: 'Register a URL that receives webhook events' },
	'webhooks:get_webhook_endpoint': { value: 'get', description: 'Get a webhook endpoint by ID' },
	'webhooks:update_webhook_endpoint': { value: 'update', description: 'Change the URL, events or state of a webhook endpoint' },
	'webhooks:delete_webhook_endpoint': { value: 'delete', description: 'Delete a webhook endpoint' },
	'webhooks:reset_webhook_endpoint_secret': { value: 'resetSecret', description: 'Issue a new signing secret for a webhook endpoint' },
	'webhooks:list_webhook_deliveries': { value: 'listDeliveries', description: 'List delivery attempts of webhook events' },
	'webhooks:redeliver_webhook_event': { value: 'redeliver', description: 'Send a past webhook event again' },
	'subscriptions:revoke': { description: 'End a subscription immediately' },
	'subscriptions:update': { description: 'Change, cancel, pause, resume or revoke a subscription' },
	'subscriptions:export': { description: 'Download all subscriptions as CSV' },
	'orders:export': { description: 'Download all orders as CSV' },
	'customers:export': { description: 'Download all customers as CSV' },
	'metrics:export': { description: 'Download metrics as CSV' },
	'orders:generate_invoice': { description: 'Ask Polar to build the invoice of an order' },
	'orders:invoice': { description: 'Get the invoice URL of an order' },
	'orders:receipt': { description: 'Get the receipt of an order' },
	'orders:finalize': { description: 'Finalize a draft order so it can be paid' },
	'customer_portal:orders:generate_invoice': { description: 'Ask Polar to build the invoice of an order' },
	'customer_portal:orders:invoice': { description: 'Get the invoice URL of an order' },
	'customer_portal:orders:receipt': { description: 'Get the receipt of an order' },
	'customer_portal:orders:get_payment_status': { description: 'Get the payment status of an order' },
	'customer_portal:orders:confirm_retry_payment': { description: 'Confirm a retried payment of an order' },
	'products:update_benefits': { description: 'Replace the benefits granted by a product' },
	'benefits:files': { description: 'List the files of a downloadable benefit' },
	'benefits:grants': { description: 'List who was granted a benefit' },
	'checkouts:client_get': { description: 'Get a checkout session by its client secret (no token needed)' },
	'checkouts:client_update': { description: 'Update a checkout session by its client secret (no token needed)' },
	'checkouts:client_confirm': { description: 'Confirm a checkout session by its client secret' },
	'files:create': { description: 'Start a file upload and get presigned upload URLs' },
	'files:uploaded': { description: 'Complete a file upload after its parts were sent' },
	'metrics:get': { description: 'Get metrics over a period' },
	'metrics:limits': { description: 'Get the period and interval limits of metrics' },
	'license_keys:get_activation': { description: 'Get one activation of a license key' },
	'license_keys:validate': { description: 'Check that a license key is valid' },
	'license_keys:activate': { description: 'Activate a license key for one instance' },
	'license_keys:deactivate': { description: 'Deactivate one activation of a license key' },
	'customers:get_state': { description: 'Get a customer with active subscriptions, benefits and meters' },
	'customers:get_state_external': { description: 'Get a customer state by external ID' },
	'customer-sessions:create': { description: 'Mint a customer or member session token for the customer portal' },
	'events:ingest': { description: 'Send usage events (metered billing)' },
	'events:list_names': { description: 'List the names of ingested events' },
	'meters:quantities': { description: 'Get the quantities of a meter over a period' },
	'oauth2:authorize': { description: 'Start an OAuth2 authorization' },
	'oauth2:request_token': { value: 'requestToken', description: 'Exchange a code or refresh token for an access token' },
	'oauth2:revoke_token': { value: 'revokeToken', description: 'Revoke an access or refresh token' },
	'oauth2:introspect_token': { value: 'introspectToken', description: 'Describe an access or refresh token' },
	'oauth2:userinfo': { description: 'Get the user behind an OAuth2 token (OpenID Connect)' },
	'customer_portal:customer-session:introspect': { description: 'Describe the current customer session token' },
	'customer_portal:customer-session:get_authenticated_user': { description: 'Get the customer or member behind the session token' },
	'customer-seats:get_claim_info': { description: 'Get what a seat invitation grants (no token needed)' },
	'customer-seats:claim_seat': { description: 'Claim a seat with an invitation token (no token needed)' },
	'customer_portal:customers:request_email_update': { description: 'Send a verification email to change the customer email' },
	'customer_portal:customers:check_email_update': { description: 'Check an email-change token' },
	'customer_portal:customers:verify_email_update': { description: 'Confirm an email change with its token' },
	'customer_portal:subscriptions:cancel': { description: 'Cancel a subscription at the end of its period' },
	'customers:get_external': { description: 'Get a customer by external ID' },
	'customers:update_external': { description: 'Update a customer by external ID' },
	'customers:delete_external': { description: 'Delete a customer by external ID' },
	'customers:list_payment_methods': { description: 'List the saved payment methods of a customer' },
	'customers:list_payment_methods_external': { description: 'List the saved payment methods of a customer by external ID' },
	'customers:members:create_external': { description: 'Add a member to a customer found by external ID' },
	'customers:members:get_external': { description: 'Get a member by the external IDs of customer and member' },
	'customers:members:update_external': { description: 'Update a member by the external IDs of customer and member' },
	'customers:members:delete_external': { description: 'Remove a member by the external IDs of customer and member' },
	'customers:members:list': { description: 'List the members of a customer' },
	'customers:members:list_external': { name: 'Get Many External', description: 'List the members of a customer found by external ID' },
	'products:delete': { description: 'Delete a product that was never sold (archive it otherwise)' },
	'license_keys:rotate': { description: 'Replace the key string of a license key; the old one stops validating' },
	'customer_portal:license_keys:rotate': { description: 'Replace the key string of a license key of the signed-in customer' },
	'customer-seats:list_seats': { description: 'List the seats of a subscription or order' },
	'customer-seats:assign_seat': { description: 'Assign a seat to a customer by email or ID' },
	'customer-seats:revoke_seat': { description: 'Revoke a seat' },
	'customer-seats:resend_invitation': { description: 'Resend the invitation email of a seat' },
	'metrics:list_dashboards': { description: 'List metrics dashboards' },
	'metrics:create_dashboard': { description: 'Create a metrics dashboard' },
	'metrics:get_dashboard': { description: 'Get a metrics dashboard' },
	'metrics:update_dashboard': { description: 'Update a metrics dashboard' },
	'metrics:delete_dashboard': { description: 'Delete a metrics dashboard' },
	'customer_portal:customers:list_payment_methods': { description: 'List the saved payment methods of the signed-in customer' },
	'customer_portal:customers:add_payment_method': { description: 'Add a payment method for the signed-in customer' },
	'customer_portal:customers:confirm_payment_method': { description: 'Confirm a payment method that needed extra steps' },
	'customer_portal:customers:delete_payment_method': { description: 'Delete a saved payment method of the signed-in customer' },
	'customer_portal:license_keys:validate': { description: 'Check a license key from an app (no token needed)' },
	'customer_portal:license_keys:activate': { description: 'Activate a license key from an app (no token needed)' },
	'customer_portal:license_keys:deactivate': { description: 'Deactivate a license key activation from an app (no token needed)' },
	'customer_portal:members:list_members': { description: 'List the members of the signed-in team customer' },
	'customer_portal:members:add_member': { description: 'Add a member to the signed-in team customer' },
	'customer_portal:members:update_member': { description: 'Change the role of a team member' },
	'customer_portal:members:remove_member': { description: 'Remove a member from the signed-in team customer' },
	'customer_portal:seats:list_seats': { description: 'List the seats of a subscription of the signed-in customer' },
	'customer_portal:seats:assign_seat': { description: 'Assign a seat of the signed-in customer' },
	'customer_portal:seats:revoke_seat': { description: 'Revoke a seat of the signed-in customer' },
	'customer_portal:seats:resend_invitation': { description: 'Resend a seat invitation of the signed-in customer' },
	'customer_portal:seats:list_claimed_subscriptions': { description: 'List subscriptions the signed-in member claimed a seat of' },
	'customer_portal:organizations:get': { description: 'Get the public profile of an organization by slug (no token needed)' },
	'customer_portal:customer_meters:get': { description: 'Get a meter balance of the signed-in customer' },
	'customer_portal:license_keys:get': { description: 'Get a license key of the signed-in customer' },
	'customer_portal:license_keys:list': { description: 'List license keys of the signed-in customer' },
	'oauth2:clients:oauth2:create_client': { description: 'Register an OAuth2 client application' },
	'oauth2:clients:oauth2:get_client': { description: 'Get an OAuth2 client application' },
	'oauth2:clients:oauth2:update_client': { description: 'Update an OAuth2 client application' },
	'oauth2:clients:oauth2:delete_client': { description: 'Delete an OAuth2 client application' },
};

/** Verbs that read as "<Verb> a <noun>" in the generated description. */
export const ARTICLE_VERBS = new Set(['create', 'get', 'update', 'delete', 'revoke', 'cancel', 'finalize', 'accept']);

/**
 * Name of the choice between the shapes of an operation's body (the bodyVariant parameter), by
 * operationId; '*' for the rest.
 */
export const SHAPE_CHOICE_NAMES: Record<string, string> = { '*': 'Action' };

/**
 * Display names of body variants (union request bodies) and of the type choices inside groups and
 * rows, where the branch name alone says too little. Keyed by the branch schema's component name
 * (or "<component>.<discriminator value>" where several values share a component); the value
 * (stable) is derived from the schema.
 */
export const VARIANT_NAMES: Record<string, string> = {
	SubscriptionUpdateBase: 'Change Product, Discount or Trial',
	SubscriptionUpdateSeats: 'Change Seats',
	SubscriptionUpdateUnits: 'Change Units',
	SubscriptionUpdateBillingPeriod: 'Move Billing Period End',
	SubscriptionCancel: 'Cancel or Uncancel at Period End',
	SubscriptionRevoke: 'Revoke Now',
	SubscriptionPause: 'Pause at Period End',
	SubscriptionResume: 'Resume',
	SubscriptionUpdateClear: 'Clear Pending Change',
	CheckoutLinkCreateProductPrice: 'One Price',
	CheckoutLinkCreateProduct: 'One Product',
	CheckoutLinkCreateProducts: 'Several Products',
	CustomerIndividualCreate: 'Individual',
	CustomerTeamCreate: 'Team',
};
