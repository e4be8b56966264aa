/**
 * Hand-written words of operations: where the generated value, name or action sentence of an
 * operation would read badly. Keyed by the spec's operationId. Values are a contract with saved
 * workflows (see naming.ts).
 *
 * An operation's `description` is its action sentence, which the editor shows under the operation's
 * name and an AI agent reads as "<action> in Polar" (the tool's description): say what it does, in
 * the user's words, with no trailing period.
 */

/** Replacements for generated words of one operation, keyed by operationId. */
export interface OperationNaming {
	value?: string;
	name?: string;
	description?: string;
}

/**
 * Operation values come from the spec's `x-speakeasy-name-override` in camelCase; `list` becomes
 * n8n's conventional `getAll` ("Get Many"). Entries here replace the generated value, name or
 * description where the generated words would read badly. Keyed by operationId.
 */
export const OPERATIONS: Record<string, OperationNaming> = {
	'organizations:list': { value: 'getAll' },
	'webhooks:list_webhook_endpoints': { value: 'getAll', description: 'Get many webhook endpoints' },
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
	'orders:generate_invoice': { description: 'Generate the invoice of an order' },
	'orders:invoice': { description: 'Get the invoice URL of an order' },
	'orders:receipt': { description: 'Get the receipt of an order' },
	'orders:finalize': { description: 'Finalize a draft order so it can be paid' },
	'customer_portal:orders:generate_invoice': { description: 'Generate the invoice of an order of the signed-in customer' },
	'customer_portal:orders:invoice': { description: 'Get the invoice URL of an order of the signed-in customer' },
	'customer_portal:orders:receipt': { description: 'Get the receipt of an order of the signed-in customer' },
	'customer_portal:orders:get_payment_status': { description: 'Get the payment status of an order' },
	'customer_portal:orders:confirm_retry_payment': { description: 'Confirm a retried payment of an order' },
	'products:update_benefits': { description: 'Replace the benefits granted by a product' },
	'benefits:files': { description: 'List the files of a downloadable benefit' },
	'benefits:grants': { description: 'List who was granted a benefit' },
	'checkouts:client_get': { description: 'Get a checkout session by its client secret' },
	'checkouts:client_update': { description: 'Update a checkout session by its client secret' },
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
	'events:ingest': { description: 'Send usage events for metered billing' },
	'events:list_names': { description: 'List the names of ingested events' },
	'meters:quantities': { description: 'Get the quantities of a meter over a period' },
	'oauth2:authorize': { description: 'Start an OAuth2 authorization' },
	'oauth2:request_token': { value: 'requestToken', description: 'Exchange a code or refresh token for an access token' },
	'oauth2:revoke_token': { value: 'revokeToken', description: 'Revoke an access or refresh token' },
	'oauth2:introspect_token': { value: 'introspectToken', description: 'Describe an access or refresh token' },
	'oauth2:userinfo': { description: 'Get the user behind an OAuth2 token' },
	'customer_portal:customer-session:introspect': { description: 'Describe the current customer session token' },
	'customer_portal:customer-session:get_authenticated_user': { description: 'Get the customer or member behind the session token' },
	'customer-seats:get_claim_info': { description: 'Get what a seat invitation grants' },
	'customer-seats:claim_seat': { description: 'Claim a seat with an invitation token' },
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
	'customers:members:list': { description: 'Get many members of a customer' },
	'customers:members:list_external': { name: 'Get Many External', description: 'Get many members of a customer found by external ID' },
	'products:delete': { description: 'Delete a product that was never sold' },
	'license_keys:rotate': { description: 'Replace the key string of a license key' },
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
	'customer_portal:customers:get': { description: 'Get the signed-in customer' },
	'customer_portal:customers:update': { description: 'Update the signed-in customer' },
	'customer_portal:customers:list_payment_methods': { description: 'List the saved payment methods of the signed-in customer' },
	'customer_portal:customers:add_payment_method': { description: 'Add a payment method for the signed-in customer' },
	'customer_portal:customers:confirm_payment_method': { description: 'Confirm a payment method that needed extra steps' },
	'customer_portal:customers:delete_payment_method': { description: 'Delete a saved payment method of the signed-in customer' },
	'customer_portal:license_keys:validate': { description: 'Check a license key from an app' },
	'customer_portal:license_keys:activate': { description: 'Activate a license key from an app' },
	'customer_portal:license_keys:deactivate': { description: 'Deactivate a license key activation from an app' },
	'customer_portal:members:list_members': { description: 'List the members of the signed-in team customer' },
	'customer_portal:members:add_member': { description: 'Add a member to the signed-in team customer' },
	'customer_portal:members:update_member': { description: 'Change the role of a team member' },
	'customer_portal:members:remove_member': { description: 'Remove a member from the signed-in team customer' },
	'customer_portal:seats:list_seats': { description: 'List the seats of a subscription of the signed-in customer' },
	'customer_portal:seats:assign_seat': { description: 'Assign a seat of the signed-in customer' },
	'customer_portal:seats:revoke_seat': { description: 'Revoke a seat of the signed-in customer' },
	'customer_portal:seats:resend_invitation': { description: 'Resend a seat invitation of the signed-in customer' },
	'customer_portal:seats:list_claimed_subscriptions': { description: 'List subscriptions the signed-in member claimed a seat of' },
	'customer_portal:organizations:get': { description: 'Get the public profile of an organization by its slug' },
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
