// GENERATED FILE — do not edit. Produced by tools/generate from the Polar OpenAPI document (API version 2026-10) and tools/generate/supplement/2026-10.json (from @polar-sh/sdk 1.0.1).
// Rebuild with: npm run generate
import type { INodeProperties } from 'n8n-workflow';

/** Resource, operation and field properties of the Polar node. */
export const generatedProperties: INodeProperties[] = [
	{
		"displayName": "Authentication",
		"name": "authentication",
		"type": "options",
		"options": [
			{
				"name": "Access Token",
				"value": "accessToken"
			},
			{
				"name": "OAuth2",
				"value": "oAuth2"
			}
		],
		"default": "accessToken"
	},
	{
		"displayName": "Resource",
		"name": "resource",
		"type": "options",
		"noDataExpression": true,
		"options": [
			{
				"name": "Benefit",
				"value": "benefit"
			},
			{
				"name": "Benefit Grant",
				"value": "benefitGrant"
			},
			{
				"name": "Checkout",
				"value": "checkout"
			},
			{
				"name": "Checkout Link",
				"value": "checkoutLink"
			},
			{
				"name": "Custom Field",
				"value": "customField"
			},
			{
				"name": "Customer",
				"value": "customer"
			},
			{
				"name": "Customer Member",
				"value": "customerMember"
			},
			{
				"name": "Customer Meter",
				"value": "customerMeter"
			},
			{
				"name": "Customer Portal: Benefit Grant",
				"value": "portalBenefitGrant"
			},
			{
				"name": "Customer Portal: Customer",
				"value": "portalCustomer"
			},
			{
				"name": "Customer Portal: Downloadable",
				"value": "portalDownloadable"
			},
			{
				"name": "Customer Portal: License Key",
				"value": "portalLicenseKey"
			},
			{
				"name": "Customer Portal: Member",
				"value": "portalMember"
			},
			{
				"name": "Customer Portal: Meter",
				"value": "portalCustomerMeter"
			},
			{
				"name": "Customer Portal: Order",
				"value": "portalOrder"
			},
			{
				"name": "Customer Portal: Organization",
				"value": "portalOrganization"
			},
			{
				"name": "Customer Portal: Seat",
				"value": "portalSeat"
			},
			{
				"name": "Customer Portal: Session",
				"value": "portalSession"
			},
			{
				"name": "Customer Portal: Subscription",
				"value": "portalSubscription"
			},
			{
				"name": "Customer Portal: Wallet",
				"value": "portalWallet"
			},
			{
				"name": "Customer Seat",
				"value": "customerSeat"
			},
			{
				"name": "Customer Session",
				"value": "customerSession"
			},
			{
				"name": "Discount",
				"value": "discount"
			},
			{
				"name": "Dispute",
				"value": "dispute"
			},
			{
				"name": "Event",
				"value": "event"
			},
			{
				"name": "Event Type",
				"value": "eventType"
			},
			{
				"name": "File",
				"value": "file"
			},
			{
				"name": "License Key",
				"value": "licenseKey"
			},
			{
				"name": "Meter",
				"value": "meter"
			},
			{
				"name": "Metric",
				"value": "metric"
			},
			{
				"name": "OAuth2",
				"value": "oauth2"
			},
			{
				"name": "OAuth2 Client",
				"value": "oauth2Client"
			},
			{
				"name": "Order",
				"value": "order"
			},
			{
				"name": "Organization",
				"value": "organization"
			},
			{
				"name": "Payment",
				"value": "payment"
			},
			{
				"name": "Product",
				"value": "product"
			},
			{
				"name": "Refund",
				"value": "refund"
			},
			{
				"name": "Subscription",
				"value": "subscription"
			},
			{
				"name": "Webhook",
				"value": "webhook"
			}
		],
		"default": "customer"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"organization"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create an organization",
				"description": "POST /v1/organizations/"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get an organization",
				"description": "GET /v1/organizations/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List organizations",
				"description": "GET /v1/organizations/"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update an organization",
				"description": "PATCH /v1/organizations/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"product"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create a product",
				"description": "POST /v1/products/"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a product that was never sold (archive it otherwise)",
				"description": "DELETE /v1/products/{id}"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a product",
				"description": "GET /v1/products/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List products",
				"description": "GET /v1/products/"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a product",
				"description": "PATCH /v1/products/{id}"
			},
			{
				"name": "Update Benefits",
				"value": "updateBenefits",
				"action": "Replace the benefits granted by a product",
				"description": "POST /v1/products/{id}/benefits"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create a subscription",
				"description": "POST /v1/subscriptions/"
			},
			{
				"name": "Export",
				"value": "export",
				"action": "Download all subscriptions as CSV",
				"description": "GET /v1/subscriptions/export"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a subscription",
				"description": "GET /v1/subscriptions/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List subscriptions",
				"description": "GET /v1/subscriptions/"
			},
			{
				"name": "Revoke",
				"value": "revoke",
				"action": "End a subscription immediately",
				"description": "DELETE /v1/subscriptions/{id}"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Change, cancel, pause, resume or revoke a subscription",
				"description": "PATCH /v1/subscriptions/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"order"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create an order",
				"description": "POST /v1/orders/"
			},
			{
				"name": "Export",
				"value": "export",
				"action": "Download all orders as CSV",
				"description": "GET /v1/orders/export"
			},
			{
				"name": "Finalize",
				"value": "finalize",
				"action": "Finalize a draft order so it can be paid",
				"description": "POST /v1/orders/{id}/finalize"
			},
			{
				"name": "Generate Invoice",
				"value": "generateInvoice",
				"action": "Ask Polar to build the invoice of an order",
				"description": "POST /v1/orders/{id}/invoice"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get an order",
				"description": "GET /v1/orders/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List orders",
				"description": "GET /v1/orders/"
			},
			{
				"name": "Invoice",
				"value": "invoice",
				"action": "Get the invoice URL of an order",
				"description": "GET /v1/orders/{id}/invoice"
			},
			{
				"name": "Receipt",
				"value": "receipt",
				"action": "Get the receipt of an order",
				"description": "GET /v1/orders/{id}/receipt"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update an order",
				"description": "PATCH /v1/orders/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"refund"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create a refund",
				"description": "POST /v1/refunds/"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List refunds",
				"description": "GET /v1/refunds/"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"dispute"
				]
			}
		},
		"options": [
			{
				"name": "Accept",
				"value": "accept",
				"action": "Accept a dispute",
				"description": "POST /v1/disputes/{id}/accept"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a dispute",
				"description": "GET /v1/disputes/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List disputes",
				"description": "GET /v1/disputes/"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"checkout"
				]
			}
		},
		"options": [
			{
				"name": "Client Confirm",
				"value": "clientConfirm",
				"action": "Confirm a checkout session by its client secret",
				"description": "POST /v1/checkouts/client/{client_secret}/confirm"
			},
			{
				"name": "Client Get",
				"value": "clientGet",
				"action": "Get a checkout session by its client secret (no token needed)",
				"description": "GET /v1/checkouts/client/{client_secret}"
			},
			{
				"name": "Client Update",
				"value": "clientUpdate",
				"action": "Update a checkout session by its client secret (no token needed)",
				"description": "PATCH /v1/checkouts/client/{client_secret}"
			},
			{
				"name": "Create",
				"value": "create",
				"action": "Create a checkout session",
				"description": "POST /v1/checkouts/"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a checkout session",
				"description": "GET /v1/checkouts/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List checkout sessions",
				"description": "GET /v1/checkouts/"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a checkout session",
				"description": "PATCH /v1/checkouts/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"checkoutLink"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create a checkout link",
				"description": "POST /v1/checkout-links/"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a checkout link",
				"description": "DELETE /v1/checkout-links/{id}"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a checkout link",
				"description": "GET /v1/checkout-links/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List checkout links",
				"description": "GET /v1/checkout-links/"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a checkout link",
				"description": "PATCH /v1/checkout-links/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create a customer",
				"description": "POST /v1/customers/"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a customer",
				"description": "DELETE /v1/customers/{id}"
			},
			{
				"name": "Delete External",
				"value": "deleteExternal",
				"action": "Delete a customer by external ID",
				"description": "DELETE /v1/customers/external/{external_id}"
			},
			{
				"name": "Export",
				"value": "export",
				"action": "Download all customers as CSV",
				"description": "GET /v1/customers/export"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a customer",
				"description": "GET /v1/customers/{id}"
			},
			{
				"name": "Get External",
				"value": "getExternal",
				"action": "Get a customer by external ID",
				"description": "GET /v1/customers/external/{external_id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List customers",
				"description": "GET /v1/customers/"
			},
			{
				"name": "Get State",
				"value": "getState",
				"action": "Get a customer with active subscriptions, benefits and meters",
				"description": "GET /v1/customers/{id}/state"
			},
			{
				"name": "Get State External",
				"value": "getStateExternal",
				"action": "Get a customer state by external ID",
				"description": "GET /v1/customers/external/{external_id}/state"
			},
			{
				"name": "List Payment Methods",
				"value": "listPaymentMethods",
				"action": "List the saved payment methods of a customer",
				"description": "GET /v1/customers/{id}/payment-methods"
			},
			{
				"name": "List Payment Methods External",
				"value": "listPaymentMethodsExternal",
				"action": "List the saved payment methods of a customer by external ID",
				"description": "GET /v1/customers/external/{external_id}/payment-methods"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a customer",
				"description": "PATCH /v1/customers/{id}"
			},
			{
				"name": "Update External",
				"value": "updateExternal",
				"action": "Update a customer by external ID",
				"description": "PATCH /v1/customers/external/{external_id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create a member of a customer",
				"description": "POST /v1/customers/{id}/members"
			},
			{
				"name": "Create External",
				"value": "createExternal",
				"action": "Add a member to a customer found by external ID",
				"description": "POST /v1/customers/external/{external_id}/members"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a member of a customer",
				"description": "DELETE /v1/customers/{id}/members/{member_id}"
			},
			{
				"name": "Delete External",
				"value": "deleteExternal",
				"action": "Remove a member by the external IDs of customer and member",
				"description": "DELETE /v1/customers/external/{external_id}/members/{member_external_id}"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a member of a customer",
				"description": "GET /v1/customers/{id}/members/{member_id}"
			},
			{
				"name": "Get External",
				"value": "getExternal",
				"action": "Get a member by the external IDs of customer and member",
				"description": "GET /v1/customers/external/{external_id}/members/{member_external_id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List the members of a customer",
				"description": "GET /v1/customers/{id}/members"
			},
			{
				"name": "Get Many External",
				"value": "listExternal",
				"action": "List the members of a customer found by external ID",
				"description": "GET /v1/customers/external/{external_id}/members"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a member of a customer",
				"description": "PATCH /v1/customers/{id}/members/{member_id}"
			},
			{
				"name": "Update External",
				"value": "updateExternal",
				"action": "Update a member by the external IDs of customer and member",
				"description": "PATCH /v1/customers/external/{external_id}/members/{member_external_id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customerSeat"
				]
			}
		},
		"options": [
			{
				"name": "Assign Seat",
				"value": "assignSeat",
				"action": "Assign a seat to a customer by email or ID",
				"description": "POST /v1/customer-seats"
			},
			{
				"name": "Claim Seat",
				"value": "claimSeat",
				"action": "Claim a seat with an invitation token (no token needed)",
				"description": "POST /v1/customer-seats/claim"
			},
			{
				"name": "Get Claim Info",
				"value": "getClaimInfo",
				"action": "Get what a seat invitation grants (no token needed)",
				"description": "GET /v1/customer-seats/claim/{invitation_token}"
			},
			{
				"name": "List Seats",
				"value": "listSeats",
				"action": "List the seats of a subscription or order",
				"description": "GET /v1/customer-seats"
			},
			{
				"name": "Resend Invitation",
				"value": "resendInvitation",
				"action": "Resend the invitation email of a seat",
				"description": "POST /v1/customer-seats/{seat_id}/resend"
			},
			{
				"name": "Revoke Seat",
				"value": "revokeSeat",
				"action": "Revoke a seat",
				"description": "DELETE /v1/customer-seats/{seat_id}"
			}
		],
		"default": "listSeats"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customerSession"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Mint a customer or member session token for the customer portal",
				"description": "POST /v1/customer-sessions/"
			}
		],
		"default": "create"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customerMeter"
				]
			}
		},
		"options": [
			{
				"name": "Get",
				"value": "get",
				"action": "Get a customer meter",
				"description": "GET /v1/customer-meters/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List customer meters",
				"description": "GET /v1/customer-meters/"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create a benefit",
				"description": "POST /v1/benefits/"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a benefit",
				"description": "DELETE /v1/benefits/{id}"
			},
			{
				"name": "Files",
				"value": "files",
				"action": "List the files of a downloadable benefit",
				"description": "GET /v1/benefits/{id}/files"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a benefit",
				"description": "GET /v1/benefits/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List benefits",
				"description": "GET /v1/benefits/"
			},
			{
				"name": "Grants",
				"value": "grants",
				"action": "List who was granted a benefit",
				"description": "GET /v1/benefits/{id}/grants"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a benefit",
				"description": "PATCH /v1/benefits/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"benefitGrant"
				]
			}
		},
		"options": [
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List benefit grants",
				"description": "GET /v1/benefit-grants/"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey"
				]
			}
		},
		"options": [
			{
				"name": "Activate",
				"value": "activate",
				"action": "Activate a license key for one instance",
				"description": "POST /v1/license-keys/activate"
			},
			{
				"name": "Deactivate",
				"value": "deactivate",
				"action": "Deactivate one activation of a license key",
				"description": "POST /v1/license-keys/deactivate"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a license key",
				"description": "GET /v1/license-keys/{id}"
			},
			{
				"name": "Get Activation",
				"value": "getActivation",
				"action": "Get one activation of a license key",
				"description": "GET /v1/license-keys/{id}/activations/{activation_id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List license keys",
				"description": "GET /v1/license-keys/"
			},
			{
				"name": "Rotate",
				"value": "rotate",
				"action": "Replace the key string of a license key; the old one stops validating",
				"description": "POST /v1/license-keys/{id}/rotate"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a license key",
				"description": "PATCH /v1/license-keys/{id}"
			},
			{
				"name": "Validate",
				"value": "validate",
				"action": "Check that a license key is valid",
				"description": "POST /v1/license-keys/validate"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"discount"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create a discount",
				"description": "POST /v1/discounts/"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a discount",
				"description": "DELETE /v1/discounts/{id}"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a discount",
				"description": "GET /v1/discounts/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List discounts",
				"description": "GET /v1/discounts/"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a discount",
				"description": "PATCH /v1/discounts/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create a custom field",
				"description": "POST /v1/custom-fields/"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a custom field",
				"description": "DELETE /v1/custom-fields/{id}"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a custom field",
				"description": "GET /v1/custom-fields/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List custom fields",
				"description": "GET /v1/custom-fields/"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a custom field",
				"description": "PATCH /v1/custom-fields/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Start a file upload and get presigned upload URLs",
				"description": "POST /v1/files/"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a file",
				"description": "DELETE /v1/files/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List files",
				"description": "GET /v1/files/"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a file",
				"description": "PATCH /v1/files/{id}"
			},
			{
				"name": "Uploaded",
				"value": "uploaded",
				"action": "Complete a file upload after its parts were sent",
				"description": "POST /v1/files/{id}/uploaded"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Create a meter",
				"description": "POST /v1/meters/"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a meter",
				"description": "GET /v1/meters/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List meters",
				"description": "GET /v1/meters/"
			},
			{
				"name": "Quantities",
				"value": "quantities",
				"action": "Get the quantities of a meter over a period",
				"description": "GET /v1/meters/{id}/quantities"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a meter",
				"description": "PATCH /v1/meters/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"event"
				]
			}
		},
		"options": [
			{
				"name": "Get",
				"value": "get",
				"action": "Get an event",
				"description": "GET /v1/events/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List events",
				"description": "GET /v1/events/"
			},
			{
				"name": "Ingest",
				"value": "ingest",
				"action": "Send usage events (metered billing)",
				"description": "POST /v1/events/ingest"
			},
			{
				"name": "List Names",
				"value": "listNames",
				"action": "List the names of ingested events",
				"description": "GET /v1/events/names"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"eventType"
				]
			}
		},
		"options": [
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List event types",
				"description": "GET /v1/event-types/"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update an event type",
				"description": "PATCH /v1/event-types/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"metric"
				]
			}
		},
		"options": [
			{
				"name": "Create Dashboard",
				"value": "createDashboard",
				"action": "Create a metrics dashboard",
				"description": "POST /v1/metrics/dashboards"
			},
			{
				"name": "Delete Dashboard",
				"value": "deleteDashboard",
				"action": "Delete a metrics dashboard",
				"description": "DELETE /v1/metrics/dashboards/{id}"
			},
			{
				"name": "Export",
				"value": "export",
				"action": "Download metrics as CSV",
				"description": "GET /v1/metrics/export"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get metrics over a period",
				"description": "GET /v1/metrics/"
			},
			{
				"name": "Get Dashboard",
				"value": "getDashboard",
				"action": "Get a metrics dashboard",
				"description": "GET /v1/metrics/dashboards/{id}"
			},
			{
				"name": "Limits",
				"value": "limits",
				"action": "Get the period and interval limits of metrics",
				"description": "GET /v1/metrics/limits"
			},
			{
				"name": "List Dashboards",
				"value": "listDashboards",
				"action": "List metrics dashboards",
				"description": "GET /v1/metrics/dashboards"
			},
			{
				"name": "Update Dashboard",
				"value": "updateDashboard",
				"action": "Update a metrics dashboard",
				"description": "PATCH /v1/metrics/dashboards/{id}"
			}
		],
		"default": "get"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"payment"
				]
			}
		},
		"options": [
			{
				"name": "Get",
				"value": "get",
				"action": "Get a payment",
				"description": "GET /v1/payments/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List payments",
				"description": "GET /v1/payments/"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Register a URL that receives webhook events",
				"description": "POST /v1/webhooks/endpoints"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a webhook endpoint",
				"description": "DELETE /v1/webhooks/endpoints/{id}"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a webhook endpoint by ID",
				"description": "GET /v1/webhooks/endpoints/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List the webhook endpoints",
				"description": "GET /v1/webhooks/endpoints"
			},
			{
				"name": "List Deliveries",
				"value": "listDeliveries",
				"action": "List delivery attempts of webhook events",
				"description": "GET /v1/webhooks/deliveries"
			},
			{
				"name": "Redeliver",
				"value": "redeliver",
				"action": "Send a past webhook event again",
				"description": "POST /v1/webhooks/events/{id}/redeliver"
			},
			{
				"name": "Reset Secret",
				"value": "resetSecret",
				"action": "Issue a new signing secret for a webhook endpoint",
				"description": "PATCH /v1/webhooks/endpoints/{id}/secret"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Change the URL, events or state of a webhook endpoint",
				"description": "PATCH /v1/webhooks/endpoints/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2"
				]
			}
		},
		"options": [
			{
				"name": "Authorize",
				"value": "authorize",
				"action": "Start an OAuth2 authorization",
				"description": "GET /v1/oauth2/authorize"
			},
			{
				"name": "Introspect Token",
				"value": "introspectToken",
				"action": "Describe an access or refresh token",
				"description": "POST /v1/oauth2/introspect"
			},
			{
				"name": "Request Token",
				"value": "requestToken",
				"action": "Exchange a code or refresh token for an access token",
				"description": "POST /v1/oauth2/token"
			},
			{
				"name": "Revoke Token",
				"value": "revokeToken",
				"action": "Revoke an access or refresh token",
				"description": "POST /v1/oauth2/revoke"
			},
			{
				"name": "Userinfo",
				"value": "userinfo",
				"action": "Get the user behind an OAuth2 token (OpenID Connect)",
				"description": "GET /v1/oauth2/userinfo"
			}
		],
		"default": "authorize"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2Client"
				]
			}
		},
		"options": [
			{
				"name": "Create",
				"value": "create",
				"action": "Register an OAuth2 client application",
				"description": "POST /v1/oauth2/register"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete an OAuth2 client application",
				"description": "DELETE /v1/oauth2/register/{client_id}"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get an OAuth2 client application",
				"description": "GET /v1/oauth2/register/{client_id}"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update an OAuth2 client application",
				"description": "PUT /v1/oauth2/register/{client_id}"
			}
		],
		"default": "get"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant"
				]
			}
		},
		"options": [
			{
				"name": "Get",
				"value": "get",
				"action": "Get a benefit grant of the signed-in customer",
				"description": "GET /v1/customer-portal/benefit-grants/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List benefit grants of the signed-in customer",
				"description": "GET /v1/customer-portal/benefit-grants/"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a benefit grant of the signed-in customer",
				"description": "PATCH /v1/customer-portal/benefit-grants/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				]
			}
		},
		"options": [
			{
				"name": "Add Payment Method",
				"value": "addPaymentMethod",
				"action": "Add a payment method for the signed-in customer",
				"description": "POST /v1/customer-portal/customers/me/payment-methods"
			},
			{
				"name": "Check Email Update",
				"value": "checkEmailUpdate",
				"action": "Check an email-change token",
				"description": "GET /v1/customer-portal/customers/me/email-update/check"
			},
			{
				"name": "Confirm Payment Method",
				"value": "confirmPaymentMethod",
				"action": "Confirm a payment method that needed extra steps",
				"description": "POST /v1/customer-portal/customers/me/payment-methods/confirm"
			},
			{
				"name": "Delete Payment Method",
				"value": "deletePaymentMethod",
				"action": "Delete a saved payment method of the signed-in customer",
				"description": "DELETE /v1/customer-portal/customers/me/payment-methods/{id}"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a signed-in customer",
				"description": "GET /v1/customer-portal/customers/me"
			},
			{
				"name": "List Payment Methods",
				"value": "listPaymentMethods",
				"action": "List the saved payment methods of the signed-in customer",
				"description": "GET /v1/customer-portal/customers/me/payment-methods"
			},
			{
				"name": "Request Email Update",
				"value": "requestEmailUpdate",
				"action": "Send a verification email to change the customer email",
				"description": "POST /v1/customer-portal/customers/me/email-update/request"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a signed-in customer",
				"description": "PATCH /v1/customer-portal/customers/me"
			},
			{
				"name": "Verify Email Update",
				"value": "verifyEmailUpdate",
				"action": "Confirm an email change with its token",
				"description": "POST /v1/customer-portal/customers/me/email-update/verify"
			}
		],
		"default": "get"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomerMeter"
				]
			}
		},
		"options": [
			{
				"name": "Get",
				"value": "get",
				"action": "Get a meter balance of the signed-in customer",
				"description": "GET /v1/customer-portal/meters/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List meters of the signed-in customer",
				"description": "GET /v1/customer-portal/meters/"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalSession"
				]
			}
		},
		"options": [
			{
				"name": "Get Authenticated User",
				"value": "getAuthenticatedUser",
				"action": "Get the customer or member behind the session token",
				"description": "GET /v1/customer-portal/customer-session/user"
			},
			{
				"name": "Introspect",
				"value": "introspect",
				"action": "Describe the current customer session token",
				"description": "GET /v1/customer-portal/customer-session/introspect"
			}
		],
		"default": "introspect"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalDownloadable"
				]
			}
		},
		"options": [
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List downloadables of the signed-in customer",
				"description": "GET /v1/customer-portal/downloadables/"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalLicenseKey"
				]
			}
		},
		"options": [
			{
				"name": "Activate",
				"value": "activate",
				"action": "Activate a license key from an app (no token needed)",
				"description": "POST /v1/customer-portal/license-keys/activate"
			},
			{
				"name": "Deactivate",
				"value": "deactivate",
				"action": "Deactivate a license key activation from an app (no token needed)",
				"description": "POST /v1/customer-portal/license-keys/deactivate"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a license key of the signed-in customer",
				"description": "GET /v1/customer-portal/license-keys/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List license keys of the signed-in customer",
				"description": "GET /v1/customer-portal/license-keys/"
			},
			{
				"name": "Rotate",
				"value": "rotate",
				"action": "Replace the key string of a license key of the signed-in customer",
				"description": "POST /v1/customer-portal/license-keys/{id}/rotate"
			},
			{
				"name": "Validate",
				"value": "validate",
				"action": "Check a license key from an app (no token needed)",
				"description": "POST /v1/customer-portal/license-keys/validate"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalMember"
				]
			}
		},
		"options": [
			{
				"name": "Add Member",
				"value": "addMember",
				"action": "Add a member to the signed-in team customer",
				"description": "POST /v1/customer-portal/members"
			},
			{
				"name": "List Members",
				"value": "listMembers",
				"action": "List the members of the signed-in team customer",
				"description": "GET /v1/customer-portal/members"
			},
			{
				"name": "Remove Member",
				"value": "removeMember",
				"action": "Remove a member from the signed-in team customer",
				"description": "DELETE /v1/customer-portal/members/{id}"
			},
			{
				"name": "Update Member",
				"value": "updateMember",
				"action": "Change the role of a team member",
				"description": "PATCH /v1/customer-portal/members/{id}"
			}
		],
		"default": "listMembers"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalOrder"
				]
			}
		},
		"options": [
			{
				"name": "Confirm Retry Payment",
				"value": "confirmRetryPayment",
				"action": "Confirm a retried payment of an order",
				"description": "POST /v1/customer-portal/orders/{id}/confirm-payment"
			},
			{
				"name": "Generate Invoice",
				"value": "generateInvoice",
				"action": "Ask Polar to build the invoice of an order",
				"description": "POST /v1/customer-portal/orders/{id}/invoice"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get an order of the signed-in customer",
				"description": "GET /v1/customer-portal/orders/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List orders of the signed-in customer",
				"description": "GET /v1/customer-portal/orders/"
			},
			{
				"name": "Get Payment Status",
				"value": "getPaymentStatus",
				"action": "Get the payment status of an order",
				"description": "GET /v1/customer-portal/orders/{id}/payment-status"
			},
			{
				"name": "Invoice",
				"value": "invoice",
				"action": "Get the invoice URL of an order",
				"description": "GET /v1/customer-portal/orders/{id}/invoice"
			},
			{
				"name": "Receipt",
				"value": "receipt",
				"action": "Get the receipt of an order",
				"description": "GET /v1/customer-portal/orders/{id}/receipt"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update an order of the signed-in customer",
				"description": "PATCH /v1/customer-portal/orders/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalOrganization"
				]
			}
		},
		"options": [
			{
				"name": "Get",
				"value": "get",
				"action": "Get the public profile of an organization by slug (no token needed)",
				"description": "GET /v1/customer-portal/organizations/{slug}"
			}
		],
		"default": "get"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalSeat"
				]
			}
		},
		"options": [
			{
				"name": "Assign Seat",
				"value": "assignSeat",
				"action": "Assign a seat of the signed-in customer",
				"description": "POST /v1/customer-portal/seats"
			},
			{
				"name": "List Claimed Subscriptions",
				"value": "listClaimedSubscriptions",
				"action": "List subscriptions the signed-in member claimed a seat of",
				"description": "GET /v1/customer-portal/seats/subscriptions"
			},
			{
				"name": "List Seats",
				"value": "listSeats",
				"action": "List the seats of a subscription of the signed-in customer",
				"description": "GET /v1/customer-portal/seats"
			},
			{
				"name": "Resend Invitation",
				"value": "resendInvitation",
				"action": "Resend a seat invitation of the signed-in customer",
				"description": "POST /v1/customer-portal/seats/{seat_id}/resend"
			},
			{
				"name": "Revoke Seat",
				"value": "revokeSeat",
				"action": "Revoke a seat of the signed-in customer",
				"description": "DELETE /v1/customer-portal/seats/{seat_id}"
			}
		],
		"default": "listSeats"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalSubscription"
				]
			}
		},
		"options": [
			{
				"name": "Cancel",
				"value": "cancel",
				"action": "Cancel a subscription at the end of its period",
				"description": "DELETE /v1/customer-portal/subscriptions/{id}"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a subscription of the signed-in customer",
				"description": "GET /v1/customer-portal/subscriptions/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List subscriptions of the signed-in customer",
				"description": "GET /v1/customer-portal/subscriptions/"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a subscription of the signed-in customer",
				"description": "PATCH /v1/customer-portal/subscriptions/{id}"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Operation",
		"name": "operation",
		"type": "options",
		"noDataExpression": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalWallet"
				]
			}
		},
		"options": [
			{
				"name": "Get",
				"value": "get",
				"action": "Get a wallet of the signed-in customer",
				"description": "GET /v1/customer-portal/wallets/{id}"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List wallets of the signed-in customer",
				"description": "GET /v1/customer-portal/wallets/"
			}
		],
		"default": "getAll"
	},
	{
		"displayName": "Return All",
		"name": "returnAll",
		"type": "boolean",
		"default": false,
		"description": "Whether to return all results or only up to a given limit",
		"displayOptions": {
			"show": {
				"resource": [
					"organization",
					"subscription",
					"product",
					"order",
					"refund",
					"dispute",
					"checkout",
					"file",
					"licenseKey",
					"checkoutLink",
					"customField",
					"discount",
					"portalBenefitGrant",
					"portalCustomerMeter",
					"portalLicenseKey",
					"portalOrder",
					"portalSubscription",
					"portalWallet",
					"eventType",
					"meter",
					"customerMeter",
					"payment"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Return All",
		"name": "returnAll",
		"type": "boolean",
		"default": false,
		"description": "Whether to return all results or only up to a given limit",
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"getAll",
					"files",
					"grants"
				]
			}
		}
	},
	{
		"displayName": "Return All",
		"name": "returnAll",
		"type": "boolean",
		"default": false,
		"description": "Whether to return all results or only up to a given limit",
		"displayOptions": {
			"show": {
				"resource": [
					"benefitGrant",
					"portalDownloadable"
				]
			}
		}
	},
	{
		"displayName": "Return All",
		"name": "returnAll",
		"type": "boolean",
		"default": false,
		"description": "Whether to return all results or only up to a given limit",
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"getAll",
					"listDeliveries"
				]
			}
		}
	},
	{
		"displayName": "Return All",
		"name": "returnAll",
		"type": "boolean",
		"default": false,
		"description": "Whether to return all results or only up to a given limit",
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"getAll",
					"listPaymentMethods",
					"listPaymentMethodsExternal"
				]
			}
		}
	},
	{
		"displayName": "Return All",
		"name": "returnAll",
		"type": "boolean",
		"default": false,
		"description": "Whether to return all results or only up to a given limit",
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"getAll",
					"listExternal"
				]
			}
		}
	},
	{
		"displayName": "Return All",
		"name": "returnAll",
		"type": "boolean",
		"default": false,
		"description": "Whether to return all results or only up to a given limit",
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"listPaymentMethods"
				]
			}
		}
	},
	{
		"displayName": "Return All",
		"name": "returnAll",
		"type": "boolean",
		"default": false,
		"description": "Whether to return all results or only up to a given limit",
		"displayOptions": {
			"show": {
				"resource": [
					"portalSeat"
				],
				"operation": [
					"listClaimedSubscriptions"
				]
			}
		}
	},
	{
		"displayName": "Return All",
		"name": "returnAll",
		"type": "boolean",
		"default": false,
		"description": "Whether to return all results or only up to a given limit",
		"displayOptions": {
			"show": {
				"resource": [
					"portalMember"
				],
				"operation": [
					"listMembers"
				]
			}
		}
	},
	{
		"displayName": "Return All",
		"name": "returnAll",
		"type": "boolean",
		"default": false,
		"description": "Whether to return all results or only up to a given limit",
		"displayOptions": {
			"show": {
				"resource": [
					"event"
				],
				"operation": [
					"getAll",
					"listNames"
				]
			}
		}
	},
	{
		"displayName": "Limit",
		"name": "limit",
		"type": "number",
		"typeOptions": {
			"minValue": 1
		},
		"default": 50,
		"description": "Max number of results to return",
		"displayOptions": {
			"show": {
				"resource": [
					"organization",
					"subscription",
					"product",
					"order",
					"refund",
					"dispute",
					"checkout",
					"file",
					"licenseKey",
					"checkoutLink",
					"customField",
					"discount",
					"portalBenefitGrant",
					"portalCustomerMeter",
					"portalLicenseKey",
					"portalOrder",
					"portalSubscription",
					"portalWallet",
					"eventType",
					"meter",
					"customerMeter",
					"payment"
				],
				"operation": [
					"getAll"
				],
				"returnAll": [
					false
				]
			}
		}
	},
	{
		"displayName": "Limit",
		"name": "limit",
		"type": "number",
		"typeOptions": {
			"minValue": 1
		},
		"default": 50,
		"description": "Max number of results to return",
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"getAll",
					"files",
					"grants"
				],
				"returnAll": [
					false
				]
			}
		}
	},
	{
		"displayName": "Limit",
		"name": "limit",
		"type": "number",
		"typeOptions": {
			"minValue": 1
		},
		"default": 50,
		"description": "Max number of results to return",
		"displayOptions": {
			"show": {
				"resource": [
					"benefitGrant",
					"portalDownloadable"
				],
				"returnAll": [
					false
				]
			}
		}
	},
	{
		"displayName": "Limit",
		"name": "limit",
		"type": "number",
		"typeOptions": {
			"minValue": 1
		},
		"default": 50,
		"description": "Max number of results to return",
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"getAll",
					"listDeliveries"
				],
				"returnAll": [
					false
				]
			}
		}
	},
	{
		"displayName": "Limit",
		"name": "limit",
		"type": "number",
		"typeOptions": {
			"minValue": 1
		},
		"default": 50,
		"description": "Max number of results to return",
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"getAll",
					"listPaymentMethods",
					"listPaymentMethodsExternal"
				],
				"returnAll": [
					false
				]
			}
		}
	},
	{
		"displayName": "Limit",
		"name": "limit",
		"type": "number",
		"typeOptions": {
			"minValue": 1
		},
		"default": 50,
		"description": "Max number of results to return",
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"getAll",
					"listExternal"
				],
				"returnAll": [
					false
				]
			}
		}
	},
	{
		"displayName": "Limit",
		"name": "limit",
		"type": "number",
		"typeOptions": {
			"minValue": 1
		},
		"default": 50,
		"description": "Max number of results to return",
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"listPaymentMethods"
				],
				"returnAll": [
					false
				]
			}
		}
	},
	{
		"displayName": "Limit",
		"name": "limit",
		"type": "number",
		"typeOptions": {
			"minValue": 1
		},
		"default": 50,
		"description": "Max number of results to return",
		"displayOptions": {
			"show": {
				"resource": [
					"portalSeat"
				],
				"operation": [
					"listClaimedSubscriptions"
				],
				"returnAll": [
					false
				]
			}
		}
	},
	{
		"displayName": "Limit",
		"name": "limit",
		"type": "number",
		"typeOptions": {
			"minValue": 1
		},
		"default": 50,
		"description": "Max number of results to return",
		"displayOptions": {
			"show": {
				"resource": [
					"portalMember"
				],
				"operation": [
					"listMembers"
				],
				"returnAll": [
					false
				]
			}
		}
	},
	{
		"displayName": "Limit",
		"name": "limit",
		"type": "number",
		"typeOptions": {
			"minValue": 1
		},
		"default": 50,
		"description": "Max number of results to return",
		"displayOptions": {
			"show": {
				"resource": [
					"event"
				],
				"operation": [
					"getAll",
					"listNames"
				],
				"returnAll": [
					false
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Slug",
				"name": "slug",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Days In Status",
						"value": "days_in_status"
					},
					{
						"name": "Days In Status (Descending)",
						"value": "-days_in_status"
					},
					{
						"name": "Name",
						"value": "name"
					},
					{
						"name": "Name (Descending)",
						"value": "-name"
					},
					{
						"name": "Next Review Threshold",
						"value": "next_review_threshold"
					},
					{
						"name": "Next Review Threshold (Descending)",
						"value": "-next_review_threshold"
					},
					{
						"name": "Slug",
						"value": "slug"
					},
					{
						"name": "Slug (Descending)",
						"value": "-slug"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"organization"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Simplify",
		"name": "simplify",
		"type": "boolean",
		"default": true,
		"description": "Whether to return only the most used fields instead of the full object",
		"displayOptions": {
			"show": {
				"resource": [
					"organization",
					"subscription",
					"benefit",
					"webhook",
					"product",
					"order",
					"dispute",
					"checkout",
					"licenseKey",
					"checkoutLink",
					"customField",
					"discount",
					"event",
					"meter"
				],
				"operation": [
					"getAll",
					"get"
				]
			}
		}
	},
	{
		"displayName": "Simplify",
		"name": "simplify",
		"type": "boolean",
		"default": true,
		"description": "Whether to return only the most used fields instead of the full object",
		"displayOptions": {
			"show": {
				"resource": [
					"benefitGrant",
					"customerMeter",
					"payment"
				]
			}
		}
	},
	{
		"displayName": "Simplify",
		"name": "simplify",
		"type": "boolean",
		"default": true,
		"description": "Whether to return only the most used fields instead of the full object",
		"displayOptions": {
			"show": {
				"resource": [
					"refund",
					"file"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Simplify",
		"name": "simplify",
		"type": "boolean",
		"default": true,
		"description": "Whether to return only the most used fields instead of the full object",
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"getAll",
					"get",
					"getExternal"
				]
			}
		}
	},
	{
		"displayName": "Options",
		"name": "options",
		"type": "collection",
		"placeholder": "Add Option",
		"default": {},
		"options": [
			{
				"displayName": "Page Concurrency",
				"name": "pageConcurrency",
				"type": "number",
				"typeOptions": {
					"minValue": 1,
					"maxValue": 10
				},
				"default": 8,
				"description": "Pages fetched at once after the first page"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"organization",
					"subscription",
					"product",
					"order",
					"refund",
					"dispute",
					"checkout",
					"file",
					"licenseKey",
					"checkoutLink",
					"customField",
					"discount",
					"portalBenefitGrant",
					"portalCustomerMeter",
					"portalLicenseKey",
					"portalOrder",
					"portalSubscription",
					"portalWallet",
					"eventType",
					"meter",
					"customerMeter",
					"payment"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Options",
		"name": "options",
		"type": "collection",
		"placeholder": "Add Option",
		"default": {},
		"options": [
			{
				"displayName": "Page Concurrency",
				"name": "pageConcurrency",
				"type": "number",
				"typeOptions": {
					"minValue": 1,
					"maxValue": 10
				},
				"default": 8,
				"description": "Pages fetched at once after the first page"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"getAll",
					"files",
					"grants"
				]
			}
		}
	},
	{
		"displayName": "Options",
		"name": "options",
		"type": "collection",
		"placeholder": "Add Option",
		"default": {},
		"options": [
			{
				"displayName": "Page Concurrency",
				"name": "pageConcurrency",
				"type": "number",
				"typeOptions": {
					"minValue": 1,
					"maxValue": 10
				},
				"default": 8,
				"description": "Pages fetched at once after the first page"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"benefitGrant",
					"portalDownloadable"
				]
			}
		}
	},
	{
		"displayName": "Options",
		"name": "options",
		"type": "collection",
		"placeholder": "Add Option",
		"default": {},
		"options": [
			{
				"displayName": "Page Concurrency",
				"name": "pageConcurrency",
				"type": "number",
				"typeOptions": {
					"minValue": 1,
					"maxValue": 10
				},
				"default": 8,
				"description": "Pages fetched at once after the first page"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"getAll",
					"listDeliveries"
				]
			}
		}
	},
	{
		"displayName": "Options",
		"name": "options",
		"type": "collection",
		"placeholder": "Add Option",
		"default": {},
		"options": [
			{
				"displayName": "Page Concurrency",
				"name": "pageConcurrency",
				"type": "number",
				"typeOptions": {
					"minValue": 1,
					"maxValue": 10
				},
				"default": 8,
				"description": "Pages fetched at once after the first page"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"getAll",
					"listPaymentMethods",
					"listPaymentMethodsExternal"
				]
			}
		}
	},
	{
		"displayName": "Options",
		"name": "options",
		"type": "collection",
		"placeholder": "Add Option",
		"default": {},
		"options": [
			{
				"displayName": "Page Concurrency",
				"name": "pageConcurrency",
				"type": "number",
				"typeOptions": {
					"minValue": 1,
					"maxValue": 10
				},
				"default": 8,
				"description": "Pages fetched at once after the first page"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"getAll",
					"listExternal"
				]
			}
		}
	},
	{
		"displayName": "Options",
		"name": "options",
		"type": "collection",
		"placeholder": "Add Option",
		"default": {},
		"options": [
			{
				"displayName": "Page Concurrency",
				"name": "pageConcurrency",
				"type": "number",
				"typeOptions": {
					"minValue": 1,
					"maxValue": 10
				},
				"default": 8,
				"description": "Pages fetched at once after the first page"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"listPaymentMethods"
				]
			}
		}
	},
	{
		"displayName": "Options",
		"name": "options",
		"type": "collection",
		"placeholder": "Add Option",
		"default": {},
		"options": [
			{
				"displayName": "Page Concurrency",
				"name": "pageConcurrency",
				"type": "number",
				"typeOptions": {
					"minValue": 1,
					"maxValue": 10
				},
				"default": 8,
				"description": "Pages fetched at once after the first page"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalSeat"
				],
				"operation": [
					"listClaimedSubscriptions"
				]
			}
		}
	},
	{
		"displayName": "Options",
		"name": "options",
		"type": "collection",
		"placeholder": "Add Option",
		"default": {},
		"options": [
			{
				"displayName": "Page Concurrency",
				"name": "pageConcurrency",
				"type": "number",
				"typeOptions": {
					"minValue": 1,
					"maxValue": 10
				},
				"default": 8,
				"description": "Pages fetched at once after the first page"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalMember"
				],
				"operation": [
					"listMembers"
				]
			}
		}
	},
	{
		"displayName": "Options",
		"name": "options",
		"type": "collection",
		"placeholder": "Add Option",
		"default": {},
		"options": [
			{
				"displayName": "Page Concurrency",
				"name": "pageConcurrency",
				"type": "number",
				"typeOptions": {
					"minValue": 1,
					"maxValue": 10
				},
				"default": 8,
				"description": "Pages fetched at once after the first page"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"event"
				],
				"operation": [
					"getAll",
					"listNames"
				]
			}
		}
	},
	{
		"displayName": "Input Mode",
		"name": "inputMode",
		"type": "options",
		"noDataExpression": true,
		"options": [
			{
				"name": "Fields",
				"value": "fields",
				"description": "Fill nested inputs field by field"
			},
			{
				"name": "JSON",
				"value": "json",
				"description": "Give each nested input as JSON, e.g. from an expression"
			}
		],
		"default": "fields",
		"displayOptions": {
			"show": {
				"resource": [
					"organization",
					"benefit",
					"product",
					"customField",
					"discount",
					"meter"
				],
				"operation": [
					"create",
					"update"
				]
			}
		}
	},
	{
		"displayName": "Input Mode",
		"name": "inputMode",
		"type": "options",
		"noDataExpression": true,
		"options": [
			{
				"name": "Fields",
				"value": "fields",
				"description": "Fill nested inputs field by field"
			},
			{
				"name": "JSON",
				"value": "json",
				"description": "Give each nested input as JSON, e.g. from an expression"
			}
		],
		"default": "fields",
		"displayOptions": {
			"show": {
				"resource": [
					"order",
					"portalBenefitGrant",
					"portalCustomer",
					"portalOrder"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Input Mode",
		"name": "inputMode",
		"type": "options",
		"noDataExpression": true,
		"options": [
			{
				"name": "Fields",
				"value": "fields",
				"description": "Fill nested inputs field by field"
			},
			{
				"name": "JSON",
				"value": "json",
				"description": "Give each nested input as JSON, e.g. from an expression"
			}
		],
		"default": "fields",
		"displayOptions": {
			"show": {
				"resource": [
					"checkout"
				],
				"operation": [
					"create",
					"update",
					"clientUpdate",
					"clientConfirm"
				]
			}
		}
	},
	{
		"displayName": "Input Mode",
		"name": "inputMode",
		"type": "options",
		"noDataExpression": true,
		"options": [
			{
				"name": "Fields",
				"value": "fields",
				"description": "Fill nested inputs field by field"
			},
			{
				"name": "JSON",
				"value": "json",
				"description": "Give each nested input as JSON, e.g. from an expression"
			}
		],
		"default": "fields",
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"create",
					"uploaded"
				]
			}
		}
	},
	{
		"displayName": "Input Mode",
		"name": "inputMode",
		"type": "options",
		"noDataExpression": true,
		"options": [
			{
				"name": "Fields",
				"value": "fields",
				"description": "Fill nested inputs field by field"
			},
			{
				"name": "JSON",
				"value": "json",
				"description": "Give each nested input as JSON, e.g. from an expression"
			}
		],
		"default": "fields",
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"create",
					"update",
					"updateExternal"
				]
			}
		}
	},
	{
		"displayName": "Input Mode",
		"name": "inputMode",
		"type": "options",
		"noDataExpression": true,
		"options": [
			{
				"name": "Fields",
				"value": "fields",
				"description": "Fill nested inputs field by field"
			},
			{
				"name": "JSON",
				"value": "json",
				"description": "Give each nested input as JSON, e.g. from an expression"
			}
		],
		"default": "fields",
		"displayOptions": {
			"show": {
				"resource": [
					"event"
				],
				"operation": [
					"ingest"
				]
			}
		}
	},
	{
		"displayName": "Name",
		"name": "name",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"organization",
					"product",
					"file",
					"customField",
					"discount",
					"meter"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Name",
		"name": "name",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"metric"
				],
				"operation": [
					"createDashboard"
				]
			}
		}
	},
	{
		"displayName": "Slug",
		"name": "slug",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"organization",
					"customField"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Slug",
		"name": "slug",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalOrganization"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Avatar URL",
				"name": "avatarUrl",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Country",
				"name": "country",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "countryOptions"
				},
				"default": "",
				"description": "Choose from the list, or specify a value using an expression"
			},
			{
				"displayName": "Customer Email Settings",
				"name": "customerEmailSettings",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Customer Portal Settings",
				"name": "customerPortalSettings",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Default Presentment Currency",
				"name": "defaultPresentmentCurrency",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
				},
				"default": "usd",
				"description": "Choose from the list, or specify a value using an expression"
			},
			{
				"displayName": "Default Tax Behavior",
				"name": "defaultTaxBehavior",
				"type": "options",
				"options": [
					{
						"name": "Exclusive",
						"value": "exclusive"
					},
					{
						"name": "Inclusive",
						"value": "inclusive"
					},
					{
						"name": "Location",
						"value": "location"
					}
				],
				"default": "location"
			},
			{
				"displayName": "Details",
				"name": "details",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"description": "Must be an email address"
			},
			{
				"displayName": "Feature Settings",
				"name": "featureSettings",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Legal Entity",
				"name": "legalEntity",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Legal Entity",
				"default": {},
				"options": [
					{
						"displayName": "Legal Entity",
						"name": "values",
						"values": [
							{
								"displayName": "Type",
								"name": "type",
								"type": "options",
								"options": [
									{
										"name": "Company",
										"value": "company"
									},
									{
										"name": "Individual",
										"value": "individual"
									}
								],
								"default": "",
								"required": true
							},
							{
								"displayName": "Registered Name",
								"name": "registeredName",
								"type": "string",
								"default": "",
								"required": true,
								"displayOptions": {
									"show": {
										"type": [
											"company"
										]
									}
								}
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Legal Entity",
				"name": "legalEntityJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Socials",
				"name": "socials",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Social",
				"default": {},
				"options": [
					{
						"displayName": "Social",
						"name": "social",
						"values": [
							{
								"displayName": "Platform",
								"name": "platform",
								"type": "options",
								"options": [
									{
										"name": "Discord",
										"value": "discord"
									},
									{
										"name": "Facebook",
										"value": "facebook"
									},
									{
										"name": "Github",
										"value": "github"
									},
									{
										"name": "Instagram",
										"value": "instagram"
									},
									{
										"name": "Linkedin",
										"value": "linkedin"
									},
									{
										"name": "Other",
										"value": "other"
									},
									{
										"name": "Threads",
										"value": "threads"
									},
									{
										"name": "Tiktok",
										"value": "tiktok"
									},
									{
										"name": "X",
										"value": "x"
									},
									{
										"name": "Youtube",
										"value": "youtube"
									}
								],
								"default": "",
								"required": true
							},
							{
								"displayName": "URL",
								"name": "url",
								"type": "string",
								"default": "",
								"required": true,
								"description": "Must be a URL"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Socials",
				"name": "socialsJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Subscription Settings",
				"name": "subscriptionSettings",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Website",
				"name": "website",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"organization"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Organization ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchOrganization",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"organization"
				],
				"operation": [
					"get",
					"update"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Avatar URL",
				"name": "avatarUrl",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Country",
				"name": "country",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "countryOptions"
				},
				"default": "",
				"description": "Choose from the list, or specify a value using an expression"
			},
			{
				"displayName": "Customer Email Settings",
				"name": "customerEmailSettings",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Customer Portal Settings",
				"name": "customerPortalSettings",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Default Presentment Currency",
				"name": "defaultPresentmentCurrency",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
				},
				"default": "",
				"description": "Choose from the list, or specify a value using an expression"
			},
			{
				"displayName": "Default Tax Behavior",
				"name": "defaultTaxBehavior",
				"type": "options",
				"options": [
					{
						"name": "Exclusive",
						"value": "exclusive"
					},
					{
						"name": "Inclusive",
						"value": "inclusive"
					},
					{
						"name": "Location",
						"value": "location"
					}
				],
				"default": ""
			},
			{
				"displayName": "Details",
				"name": "details",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Dispute Settings",
				"name": "disputeSettings",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"description": "Must be an email address"
			},
			{
				"displayName": "Embed Hosts",
				"name": "embedHosts",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Feature Settings",
				"name": "featureSettings",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Socials",
				"name": "socials",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Social",
				"default": {},
				"options": [
					{
						"displayName": "Social",
						"name": "social",
						"values": [
							{
								"displayName": "Platform",
								"name": "platform",
								"type": "options",
								"options": [
									{
										"name": "Discord",
										"value": "discord"
									},
									{
										"name": "Facebook",
										"value": "facebook"
									},
									{
										"name": "Github",
										"value": "github"
									},
									{
										"name": "Instagram",
										"value": "instagram"
									},
									{
										"name": "Linkedin",
										"value": "linkedin"
									},
									{
										"name": "Other",
										"value": "other"
									},
									{
										"name": "Threads",
										"value": "threads"
									},
									{
										"name": "Tiktok",
										"value": "tiktok"
									},
									{
										"name": "X",
										"value": "x"
									},
									{
										"name": "Youtube",
										"value": "youtube"
									}
								],
								"default": "",
								"required": true
							},
							{
								"displayName": "URL",
								"name": "url",
								"type": "string",
								"default": "",
								"required": true,
								"description": "Must be a URL"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Socials",
				"name": "socialsJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Sso Enforced",
				"name": "ssoEnforced",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Subscription Settings",
				"name": "subscriptionSettings",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Website",
				"name": "website",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"organization"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Active",
				"name": "active",
				"type": "boolean",
				"default": false,
				"description": "Deprecated by Polar"
			},
			{
				"displayName": "Cancel At Period End",
				"name": "cancelAtPeriodEnd",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Canceled At After",
				"name": "canceledAtAfter",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Canceled At Before",
				"name": "canceledAtBefore",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Customer Cancellation Reason",
				"name": "customerCancellationReason",
				"type": "multiOptions",
				"options": [
					{
						"name": "Customer Service",
						"value": "customer_service"
					},
					{
						"name": "Low Quality",
						"value": "low_quality"
					},
					{
						"name": "Missing Features",
						"value": "missing_features"
					},
					{
						"name": "Other",
						"value": "other"
					},
					{
						"name": "Switched Service",
						"value": "switched_service"
					},
					{
						"name": "Too Complex",
						"value": "too_complex"
					},
					{
						"name": "Too Expensive",
						"value": "too_expensive"
					},
					{
						"name": "Unused",
						"value": "unused"
					}
				],
				"default": []
			},
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Discount ID",
				"name": "discountId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "discountChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Amount",
						"value": "amount"
					},
					{
						"name": "Amount (Descending)",
						"value": "-amount"
					},
					{
						"name": "Current Period End",
						"value": "current_period_end"
					},
					{
						"name": "Current Period End (Descending)",
						"value": "-current_period_end"
					},
					{
						"name": "Customer",
						"value": "customer"
					},
					{
						"name": "Customer (Descending)",
						"value": "-customer"
					},
					{
						"name": "Discount",
						"value": "discount"
					},
					{
						"name": "Discount (Descending)",
						"value": "-discount"
					},
					{
						"name": "Ended At",
						"value": "ended_at"
					},
					{
						"name": "Ended At (Descending)",
						"value": "-ended_at"
					},
					{
						"name": "Ends At",
						"value": "ends_at"
					},
					{
						"name": "Ends At (Descending)",
						"value": "-ends_at"
					},
					{
						"name": "Product",
						"value": "product"
					},
					{
						"name": "Product (Descending)",
						"value": "-product"
					},
					{
						"name": "Started At",
						"value": "started_at"
					},
					{
						"name": "Started At (Descending)",
						"value": "-started_at"
					},
					{
						"name": "Status",
						"value": "status"
					},
					{
						"name": "Status (Descending)",
						"value": "-status"
					}
				],
				"default": []
			},
			{
				"displayName": "Started After",
				"name": "startedAfter",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Started Before",
				"name": "startedBefore",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Status",
				"name": "status",
				"type": "multiOptions",
				"options": [
					{
						"name": "Active",
						"value": "active"
					},
					{
						"name": "Canceled",
						"value": "canceled"
					},
					{
						"name": "Incomplete",
						"value": "incomplete"
					},
					{
						"name": "Incomplete Expired",
						"value": "incomplete_expired"
					},
					{
						"name": "Past Due",
						"value": "past_due"
					},
					{
						"name": "Paused",
						"value": "paused"
					},
					{
						"name": "Trialing",
						"value": "trialing"
					},
					{
						"name": "Unpaid",
						"value": "unpaid"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Customer",
				"value": "customer"
			},
			{
				"name": "External Customer",
				"value": "externalCustomer"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Product ID",
		"name": "productId",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchProduct",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"subscription",
					"order"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Customer ID",
		"name": "customerId",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchCustomer",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			},
			{
				"displayName": "By External ID",
				"name": "externalId",
				"type": "string",
				"placeholder": "e.g. user_42"
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"customer"
				]
			}
		}
	},
	{
		"displayName": "External Customer ID",
		"name": "externalCustomerId",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"externalCustomer"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Cancel At Period End",
				"name": "cancelAtPeriodEnd",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Columns",
				"name": "columns",
				"type": "multiOptions",
				"options": [
					{
						"name": "Amount",
						"value": "amount"
					},
					{
						"name": "Billing Country",
						"value": "billing_country"
					},
					{
						"name": "Billing Name",
						"value": "billing_name"
					},
					{
						"name": "Cancel At Period End",
						"value": "cancel_at_period_end"
					},
					{
						"name": "Canceled At",
						"value": "canceled_at"
					},
					{
						"name": "Cancellation Reason",
						"value": "cancellation_reason"
					},
					{
						"name": "Currency",
						"value": "currency"
					},
					{
						"name": "Current Period End",
						"value": "current_period_end"
					},
					{
						"name": "Current Period Start",
						"value": "current_period_start"
					},
					{
						"name": "Customer Name",
						"value": "customer_name"
					},
					{
						"name": "Discount",
						"value": "discount"
					},
					{
						"name": "Email",
						"value": "email"
					},
					{
						"name": "Ended At",
						"value": "ended_at"
					},
					{
						"name": "Ends At",
						"value": "ends_at"
					},
					{
						"name": "Net Amount",
						"value": "net_amount"
					},
					{
						"name": "Product",
						"value": "product"
					},
					{
						"name": "Recurring Interval",
						"value": "recurring_interval"
					},
					{
						"name": "Seats",
						"value": "seats"
					},
					{
						"name": "Started At",
						"value": "started_at"
					},
					{
						"name": "Status",
						"value": "status"
					},
					{
						"name": "Trial End",
						"value": "trial_end"
					},
					{
						"name": "Trial Start",
						"value": "trial_start"
					}
				],
				"default": []
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Started After",
				"name": "startedAfter",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Started Before",
				"name": "startedBefore",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Status",
				"name": "status",
				"type": "multiOptions",
				"options": [
					{
						"name": "Active",
						"value": "active"
					},
					{
						"name": "Canceled",
						"value": "canceled"
					},
					{
						"name": "Incomplete",
						"value": "incomplete"
					},
					{
						"name": "Incomplete Expired",
						"value": "incomplete_expired"
					},
					{
						"name": "Past Due",
						"value": "past_due"
					},
					{
						"name": "Paused",
						"value": "paused"
					},
					{
						"name": "Trialing",
						"value": "trialing"
					},
					{
						"name": "Unpaid",
						"value": "unpaid"
					}
				],
				"default": []
			},
			{
				"displayName": "Timezone",
				"name": "timezone",
				"type": "string",
				"default": "UTC"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				],
				"operation": [
					"export"
				]
			}
		}
	},
	{
		"displayName": "Subscription ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchSubscription",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				],
				"operation": [
					"get",
					"update",
					"revoke"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Change Product, Discount or Trial",
				"value": "updateBase"
			},
			{
				"name": "Change Seats",
				"value": "updateSeats"
			},
			{
				"name": "Change Units",
				"value": "updateUnits"
			},
			{
				"name": "Move Billing Period End",
				"value": "updateBillingPeriod"
			},
			{
				"name": "Cancel or Uncancel at Period End",
				"value": "cancel"
			},
			{
				"name": "Revoke Now",
				"value": "revoke"
			},
			{
				"name": "Pause at Period End",
				"value": "pause"
			},
			{
				"name": "Resume",
				"value": "resume"
			},
			{
				"name": "Clear Pending Change",
				"value": "updateClear"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Seats",
		"name": "seats",
		"type": "number",
		"default": 0,
		"typeOptions": {
			"numberPrecision": 0
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"subscription",
					"portalSubscription"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"updateSeats"
				]
			}
		}
	},
	{
		"displayName": "Units",
		"name": "units",
		"type": "number",
		"default": 0,
		"typeOptions": {
			"numberPrecision": 0
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"subscription",
					"portalSubscription"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"updateUnits"
				]
			}
		}
	},
	{
		"displayName": "Current Billing Period End",
		"name": "currentBillingPeriodEnd",
		"type": "dateTime",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"updateBillingPeriod"
				]
			}
		}
	},
	{
		"displayName": "Cancel At Period End",
		"name": "cancelAtPeriodEnd",
		"type": "boolean",
		"default": false,
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"cancel"
				]
			}
		}
	},
	{
		"displayName": "Pause At Period End",
		"name": "pauseAtPeriodEnd",
		"type": "boolean",
		"default": false,
		"displayOptions": {
			"show": {
				"resource": [
					"subscription",
					"portalSubscription"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"pause"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Customer Cancellation Comment",
				"name": "customerCancellationComment",
				"type": "string",
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"cancel",
							"revoke"
						]
					}
				}
			},
			{
				"displayName": "Customer Cancellation Reason",
				"name": "customerCancellationReason",
				"type": "options",
				"options": [
					{
						"name": "Customer Service",
						"value": "customer_service"
					},
					{
						"name": "Low Quality",
						"value": "low_quality"
					},
					{
						"name": "Missing Features",
						"value": "missing_features"
					},
					{
						"name": "Other",
						"value": "other"
					},
					{
						"name": "Switched Service",
						"value": "switched_service"
					},
					{
						"name": "Too Complex",
						"value": "too_complex"
					},
					{
						"name": "Too Expensive",
						"value": "too_expensive"
					},
					{
						"name": "Unused",
						"value": "unused"
					}
				],
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"cancel",
							"revoke"
						]
					}
				}
			},
			{
				"displayName": "Discount ID",
				"name": "discountId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchDiscount",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"updateBase"
						]
					}
				}
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"updateBase"
						]
					}
				}
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchProduct",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"updateBase"
						]
					}
				}
			},
			{
				"displayName": "Proration Behavior",
				"name": "prorationBehavior",
				"type": "options",
				"options": [
					{
						"name": "Invoice",
						"value": "invoice"
					},
					{
						"name": "Next Period",
						"value": "next_period"
					},
					{
						"name": "Prorate",
						"value": "prorate"
					},
					{
						"name": "Reset",
						"value": "reset"
					}
				],
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"updateBase",
							"updateSeats",
							"updateUnits"
						]
					}
				}
			},
			{
				"displayName": "Resumes At",
				"name": "resumesAt",
				"type": "dateTime",
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"pause"
						]
					}
				}
			},
			{
				"displayName": "Trial End",
				"name": "trialEnd",
				"type": "string",
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"updateBase"
						]
					}
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"updateBase",
					"updateSeats",
					"updateUnits",
					"cancel",
					"revoke",
					"pause"
				]
			}
		}
	},
	{
		"displayName": "Redirect Uris",
		"name": "redirectUris",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Comma-separated values",
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2Client"
				],
				"operation": [
					"create",
					"update"
				]
			}
		}
	},
	{
		"displayName": "Client Name",
		"name": "clientName",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2Client"
				],
				"operation": [
					"create",
					"update"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Client Uri",
				"name": "clientUri",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Default Sub Type",
				"name": "defaultSubType",
				"type": "options",
				"options": [
					{
						"name": "Organization",
						"value": "organization"
					},
					{
						"name": "User",
						"value": "user"
					}
				],
				"default": "user"
			},
			{
				"displayName": "Grant Types",
				"name": "grantTypes",
				"type": "multiOptions",
				"options": [
					{
						"name": "Authorization Code",
						"value": "authorization_code"
					},
					{
						"name": "Refresh Token",
						"value": "refresh_token"
					}
				],
				"default": []
			},
			{
				"displayName": "Logo Uri",
				"name": "logoUri",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Policy Uri",
				"name": "policyUri",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Response Types",
				"name": "responseTypes",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Scope",
				"name": "scope",
				"type": "string",
				"default": "openid profile email user:read user:write organizations:read organizations:write custom_fields:read custom_fields:write discounts:read discounts:write checkout_links:read checkout_links:write checkouts:read checkouts:write transactions:read transactions:write payouts:read payouts:write products:read products:write benefits:read benefits:write events:read events:write meters:read meters:write files:read files:write subscriptions:read subscriptions:write customers:read customers:write members:read members:write wallets:read wallets:write disputes:read disputes:write customer_meters:read customer_sessions:write member_sessions:write customer_seats:read customer_seats:write orders:read orders:write refunds:read refunds:write payments:read metrics:read metrics:write webhooks:read webhooks:write license_keys:read license_keys:write customer_portal:read customer_portal:write notifications:read notifications:write notification_recipients:read notification_recipients:write"
			},
			{
				"displayName": "Token Endpoint Auth Method",
				"name": "tokenEndpointAuthMethod",
				"type": "options",
				"options": [
					{
						"name": "Client Secret Basic",
						"value": "client_secret_basic"
					},
					{
						"name": "Client Secret Post",
						"value": "client_secret_post"
					},
					{
						"name": "None",
						"value": "none"
					}
				],
				"default": "client_secret_post"
			},
			{
				"displayName": "Tos Uri",
				"name": "tosUri",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2Client"
				],
				"operation": [
					"create",
					"update"
				]
			}
		}
	},
	{
		"displayName": "Client ID",
		"name": "clientId",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2Client"
				],
				"operation": [
					"get",
					"update",
					"delete"
				]
			}
		}
	},
	{
		"displayName": "Client ID",
		"name": "clientId",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2"
				],
				"operation": [
					"requestToken",
					"revokeToken",
					"introspectToken"
				]
			}
		}
	},
	{
		"displayName": "Client ID",
		"name": "bodyClientId",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2Client"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Authorization Code Token Request",
				"value": "authorizationCodeTokenRequest"
			},
			{
				"name": "Refresh Token Request",
				"value": "refreshTokenRequest"
			},
			{
				"name": "Web Token Request",
				"value": "webTokenRequest"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2"
				],
				"operation": [
					"requestToken"
				]
			}
		}
	},
	{
		"displayName": "Client Secret",
		"name": "clientSecret",
		"type": "string",
		"default": "",
		"typeOptions": {
			"password": true
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2"
				],
				"operation": [
					"requestToken",
					"revokeToken",
					"introspectToken"
				]
			}
		}
	},
	{
		"displayName": "Client Secret",
		"name": "clientSecret",
		"type": "string",
		"default": "",
		"typeOptions": {
			"password": true
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"checkout"
				],
				"operation": [
					"clientGet",
					"clientUpdate",
					"clientConfirm"
				]
			}
		}
	},
	{
		"displayName": "Code",
		"name": "code",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2"
				],
				"operation": [
					"requestToken"
				],
				"bodyVariant": [
					"authorizationCodeTokenRequest"
				]
			}
		}
	},
	{
		"displayName": "Redirect Uri",
		"name": "redirectUri",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a URL",
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2"
				],
				"operation": [
					"requestToken"
				],
				"bodyVariant": [
					"authorizationCodeTokenRequest"
				]
			}
		}
	},
	{
		"displayName": "Refresh Token",
		"name": "refreshToken",
		"type": "string",
		"default": "",
		"typeOptions": {
			"password": true
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2"
				],
				"operation": [
					"requestToken"
				],
				"bodyVariant": [
					"refreshTokenRequest"
				]
			}
		}
	},
	{
		"displayName": "Session Token",
		"name": "bodySessionToken",
		"type": "string",
		"default": "",
		"typeOptions": {
			"password": true
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2"
				],
				"operation": [
					"requestToken"
				],
				"bodyVariant": [
					"webTokenRequest"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Scope",
				"name": "scope",
				"type": "string",
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"webTokenRequest"
						]
					}
				}
			},
			{
				"displayName": "Sub",
				"name": "sub",
				"type": "string",
				"default": "",
				"description": "Must be a UUID",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"webTokenRequest"
						]
					}
				}
			},
			{
				"displayName": "Sub Type",
				"name": "subType",
				"type": "options",
				"options": [
					{
						"name": "Organization",
						"value": "organization"
					},
					{
						"name": "User",
						"value": "user"
					}
				],
				"default": "user",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"webTokenRequest"
						]
					}
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2"
				],
				"operation": [
					"requestToken"
				],
				"bodyVariant": [
					"webTokenRequest"
				]
			}
		}
	},
	{
		"displayName": "Token",
		"name": "token",
		"type": "string",
		"default": "",
		"typeOptions": {
			"password": true
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2"
				],
				"operation": [
					"revokeToken",
					"introspectToken"
				]
			}
		}
	},
	{
		"displayName": "Token",
		"name": "token",
		"type": "string",
		"default": "",
		"typeOptions": {
			"password": true
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"checkEmailUpdate",
					"verifyEmailUpdate"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Token Type Hint",
				"name": "tokenTypeHint",
				"type": "options",
				"options": [
					{
						"name": "Access Token",
						"value": "access_token"
					},
					{
						"name": "Refresh Token",
						"value": "refresh_token"
					}
				],
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"oauth2"
				],
				"operation": [
					"revokeToken",
					"introspectToken"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Exclude ID",
				"name": "excludeId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "benefitChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "ID",
				"name": "id",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "benefitChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Description",
						"value": "description"
					},
					{
						"name": "Description (Descending)",
						"value": "-description"
					},
					{
						"name": "Type",
						"value": "type"
					},
					{
						"name": "Type (Descending)",
						"value": "-type"
					},
					{
						"name": "User Order",
						"value": "user_order"
					},
					{
						"name": "User Order (Descending)",
						"value": "-user_order"
					}
				],
				"default": []
			},
			{
				"displayName": "Type",
				"name": "type",
				"type": "multiOptions",
				"options": [
					{
						"name": "Custom",
						"value": "custom"
					},
					{
						"name": "Discord",
						"value": "discord"
					},
					{
						"name": "Downloadables",
						"value": "downloadables"
					},
					{
						"name": "Feature Flag",
						"value": "feature_flag"
					},
					{
						"name": "Github Repository",
						"value": "github_repository"
					},
					{
						"name": "License Keys",
						"value": "license_keys"
					},
					{
						"name": "Meter Credit",
						"value": "meter_credit"
					},
					{
						"name": "Slack Shared Channel",
						"value": "slack_shared_channel"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Custom Create",
				"value": "customCreate"
			},
			{
				"name": "Discord Create",
				"value": "discordCreate"
			},
			{
				"name": "Git Hub Repository Create",
				"value": "gitHubRepositoryCreate"
			},
			{
				"name": "Downloadables Create",
				"value": "downloadablesCreate"
			},
			{
				"name": "License Keys Create",
				"value": "licenseKeysCreate"
			},
			{
				"name": "Meter Credit Create",
				"value": "meterCreditCreate"
			},
			{
				"name": "Feature Flag Create",
				"value": "featureFlagCreate"
			},
			{
				"name": "Slack Shared Channel Create",
				"value": "slackSharedChannelCreate"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Description",
		"name": "description",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "properties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Note",
						"name": "note",
						"type": "string",
						"default": ""
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"customCreate"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "propertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"customCreate"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "discordCreateProperties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Guild Token",
						"name": "guildToken",
						"type": "string",
						"default": "",
						"typeOptions": {
							"password": true
						},
						"required": true
					},
					{
						"displayName": "Role ID",
						"name": "roleId",
						"type": "string",
						"default": "",
						"required": true
					},
					{
						"displayName": "Kick Member",
						"name": "kickMember",
						"type": "boolean",
						"default": false
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"discordCreate"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "discordCreatePropertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"discordCreate"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "gitHubRepositoryCreateProperties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Repository Owner",
						"name": "repositoryOwner",
						"type": "string",
						"default": "",
						"required": true
					},
					{
						"displayName": "Repository Name",
						"name": "repositoryName",
						"type": "string",
						"default": "",
						"required": true
					},
					{
						"displayName": "Permission",
						"name": "permission",
						"type": "options",
						"options": [
							{
								"name": "Admin",
								"value": "admin"
							},
							{
								"name": "Maintain",
								"value": "maintain"
							},
							{
								"name": "Pull",
								"value": "pull"
							},
							{
								"name": "Push",
								"value": "push"
							},
							{
								"name": "Triage",
								"value": "triage"
							}
						],
						"default": "",
						"required": true
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"gitHubRepositoryCreate"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "gitHubRepositoryCreatePropertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"gitHubRepositoryCreate"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "downloadablesCreateProperties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Archived",
						"name": "archived",
						"type": "fixedCollection",
						"typeOptions": {
							"multipleValues": true
						},
						"placeholder": "Add Entry",
						"default": {},
						"options": [
							{
								"displayName": "Entry",
								"name": "entries",
								"values": [
									{
										"displayName": "Key",
										"name": "key",
										"type": "string",
										"default": "",
										"required": true,
										"description": "Must be a UUID"
									},
									{
										"displayName": "Value",
										"name": "value",
										"type": "boolean",
										"default": false
									}
								]
							}
						]
					},
					{
						"displayName": "Files",
						"name": "files",
						"type": "multiOptions",
						"typeOptions": {
							"loadOptionsMethod": "fileChoices"
						},
						"default": [],
						"required": true,
						"description": "Choose from the list, or specify IDs using an expression"
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"downloadablesCreate"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "downloadablesCreatePropertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"downloadablesCreate"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "licenseKeysCreateProperties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Prefix",
						"name": "prefix",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Expires",
						"name": "expires",
						"type": "fixedCollection",
						"typeOptions": {
							"multipleValues": false
						},
						"placeholder": "Add Expires",
						"default": {},
						"options": [
							{
								"displayName": "Expires",
								"name": "values",
								"values": [
									{
										"displayName": "Ttl",
										"name": "ttl",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"required": true
									},
									{
										"displayName": "Timeframe",
										"name": "timeframe",
										"type": "options",
										"options": [
											{
												"name": "Day",
												"value": "day"
											},
											{
												"name": "Month",
												"value": "month"
											},
											{
												"name": "Year",
												"value": "year"
											}
										],
										"default": "",
										"required": true
									}
								]
							}
						]
					},
					{
						"displayName": "Activations",
						"name": "activations",
						"type": "fixedCollection",
						"typeOptions": {
							"multipleValues": false
						},
						"placeholder": "Add Activations",
						"default": {},
						"options": [
							{
								"displayName": "Activations",
								"name": "values",
								"values": [
									{
										"displayName": "Limit",
										"name": "limit",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"required": true
									},
									{
										"displayName": "Enable Customer Admin",
										"name": "enableCustomerAdmin",
										"type": "boolean",
										"default": false
									}
								]
							}
						]
					},
					{
						"displayName": "Additional Fields",
						"name": "additionalFields",
						"type": "collection",
						"placeholder": "Add Field",
						"default": {},
						"options": [
							{
								"displayName": "Limit Usage",
								"name": "limitUsage",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								}
							}
						]
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"licenseKeysCreate"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "licenseKeysCreatePropertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"licenseKeysCreate"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "meterCreditCreateProperties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Units",
						"name": "units",
						"type": "number",
						"default": 0,
						"typeOptions": {
							"numberPrecision": 0
						},
						"required": true
					},
					{
						"displayName": "Rollover",
						"name": "rollover",
						"type": "boolean",
						"default": false
					},
					{
						"displayName": "Meter ID",
						"name": "meterId",
						"type": "resourceLocator",
						"default": {
							"mode": "list",
							"value": ""
						},
						"modes": [
							{
								"displayName": "From List",
								"name": "list",
								"type": "list",
								"typeOptions": {
									"searchListMethod": "searchMeter",
									"searchable": true
								}
							},
							{
								"displayName": "By ID",
								"name": "id",
								"type": "string",
								"validation": [
									{
										"type": "regex",
										"properties": {
											"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
											"errorMessage": "Not a UUID"
										}
									}
								]
							},
							{
								"displayName": "By URL",
								"name": "url",
								"type": "string",
								"validation": [
									{
										"type": "regex",
										"properties": {
											"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
											"errorMessage": "No ID in this URL"
										}
									}
								],
								"extractValue": {
									"type": "regex",
									"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
								}
							}
						],
						"required": true
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"meterCreditCreate"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "meterCreditCreatePropertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"meterCreditCreate"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "slackSharedChannelCreateProperties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Slack Integration ID",
						"name": "slackIntegrationId",
						"type": "string",
						"default": "",
						"required": true,
						"description": "Must be a UUID"
					},
					{
						"displayName": "Channel Name Template",
						"name": "channelNameTemplate",
						"type": "string",
						"default": "",
						"required": true
					},
					{
						"displayName": "Private",
						"name": "private",
						"type": "boolean",
						"default": true
					},
					{
						"displayName": "Welcome Message",
						"name": "welcomeMessage",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Archive On Revoke",
						"name": "archiveOnRevoke",
						"type": "boolean",
						"default": true
					},
					{
						"displayName": "Team Invitees",
						"name": "teamInvitees",
						"type": "string",
						"default": "",
						"description": "Comma-separated values"
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"slackSharedChannelCreate"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "slackSharedChannelCreatePropertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"slackSharedChannelCreate"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Visibility",
				"name": "visibility",
				"type": "options",
				"options": [
					{
						"name": "Draft",
						"value": "draft"
					},
					{
						"name": "Private",
						"value": "private"
					},
					{
						"name": "Public",
						"value": "public"
					}
				],
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Benefit ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchBenefit",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"get",
					"update",
					"delete",
					"files",
					"grants"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Custom Update",
				"value": "customUpdate"
			},
			{
				"name": "Discord Update",
				"value": "discordUpdate"
			},
			{
				"name": "Git Hub Repository Update",
				"value": "gitHubRepositoryUpdate"
			},
			{
				"name": "Downloadables Update",
				"value": "downloadablesUpdate"
			},
			{
				"name": "License Keys Update",
				"value": "licenseKeysUpdate"
			},
			{
				"name": "Meter Credit Update",
				"value": "meterCreditUpdate"
			},
			{
				"name": "Feature Flag Update",
				"value": "featureFlagUpdate"
			},
			{
				"name": "Slack Shared Channel Update",
				"value": "slackSharedChannelUpdate"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Description",
				"name": "description",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Properties",
				"name": "properties",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Properties",
				"default": {},
				"options": [
					{
						"displayName": "Properties",
						"name": "values",
						"values": [
							{
								"displayName": "Note",
								"name": "note",
								"type": "string",
								"default": "",
								"required": true
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"customUpdate"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "propertiesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"customUpdate"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "discordUpdateProperties",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Properties",
				"default": {},
				"options": [
					{
						"displayName": "Properties",
						"name": "values",
						"values": [
							{
								"displayName": "Guild Token",
								"name": "guildToken",
								"type": "string",
								"default": "",
								"typeOptions": {
									"password": true
								},
								"required": true
							},
							{
								"displayName": "Role ID",
								"name": "roleId",
								"type": "string",
								"default": "",
								"required": true
							},
							{
								"displayName": "Kick Member",
								"name": "kickMember",
								"type": "boolean",
								"default": false
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"discordUpdate"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "discordUpdatePropertiesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"discordUpdate"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "gitHubRepositoryUpdateProperties",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Properties",
				"default": {},
				"options": [
					{
						"displayName": "Properties",
						"name": "values",
						"values": [
							{
								"displayName": "Repository Owner",
								"name": "repositoryOwner",
								"type": "string",
								"default": "",
								"required": true
							},
							{
								"displayName": "Repository Name",
								"name": "repositoryName",
								"type": "string",
								"default": "",
								"required": true
							},
							{
								"displayName": "Permission",
								"name": "permission",
								"type": "options",
								"options": [
									{
										"name": "Admin",
										"value": "admin"
									},
									{
										"name": "Maintain",
										"value": "maintain"
									},
									{
										"name": "Pull",
										"value": "pull"
									},
									{
										"name": "Push",
										"value": "push"
									},
									{
										"name": "Triage",
										"value": "triage"
									}
								],
								"default": "",
								"required": true
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"gitHubRepositoryUpdate"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "gitHubRepositoryUpdatePropertiesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"gitHubRepositoryUpdate"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "downloadablesUpdateProperties",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Properties",
				"default": {},
				"options": [
					{
						"displayName": "Properties",
						"name": "values",
						"values": [
							{
								"displayName": "Archived",
								"name": "archived",
								"type": "fixedCollection",
								"typeOptions": {
									"multipleValues": true
								},
								"placeholder": "Add Entry",
								"default": {},
								"options": [
									{
										"displayName": "Entry",
										"name": "entries",
										"values": [
											{
												"displayName": "Key",
												"name": "key",
												"type": "string",
												"default": "",
												"required": true,
												"description": "Must be a UUID"
											},
											{
												"displayName": "Value",
												"name": "value",
												"type": "boolean",
												"default": false
											}
										]
									}
								]
							},
							{
								"displayName": "Files",
								"name": "files",
								"type": "multiOptions",
								"typeOptions": {
									"loadOptionsMethod": "fileChoices"
								},
								"default": [],
								"required": true,
								"description": "Choose from the list, or specify IDs using an expression"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"downloadablesUpdate"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "downloadablesUpdatePropertiesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"downloadablesUpdate"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "licenseKeysUpdateProperties",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Properties",
				"default": {},
				"options": [
					{
						"displayName": "Properties",
						"name": "values",
						"values": [
							{
								"displayName": "Prefix",
								"name": "prefix",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Expires",
								"name": "expires",
								"type": "fixedCollection",
								"typeOptions": {
									"multipleValues": false
								},
								"placeholder": "Add Expires",
								"default": {},
								"options": [
									{
										"displayName": "Expires",
										"name": "values",
										"values": [
											{
												"displayName": "Ttl",
												"name": "ttl",
												"type": "number",
												"default": 0,
												"typeOptions": {
													"numberPrecision": 0
												},
												"required": true
											},
											{
												"displayName": "Timeframe",
												"name": "timeframe",
												"type": "options",
												"options": [
													{
														"name": "Day",
														"value": "day"
													},
													{
														"name": "Month",
														"value": "month"
													},
													{
														"name": "Year",
														"value": "year"
													}
												],
												"default": "",
												"required": true
											}
										]
									}
								]
							},
							{
								"displayName": "Activations",
								"name": "activations",
								"type": "fixedCollection",
								"typeOptions": {
									"multipleValues": false
								},
								"placeholder": "Add Activations",
								"default": {},
								"options": [
									{
										"displayName": "Activations",
										"name": "values",
										"values": [
											{
												"displayName": "Limit",
												"name": "limit",
												"type": "number",
												"default": 0,
												"typeOptions": {
													"numberPrecision": 0
												},
												"required": true
											},
											{
												"displayName": "Enable Customer Admin",
												"name": "enableCustomerAdmin",
												"type": "boolean",
												"default": false
											}
										]
									}
								]
							},
							{
								"displayName": "Additional Fields",
								"name": "additionalFields",
								"type": "collection",
								"placeholder": "Add Field",
								"default": {},
								"options": [
									{
										"displayName": "Limit Usage",
										"name": "limitUsage",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										}
									}
								]
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"licenseKeysUpdate"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "licenseKeysUpdatePropertiesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"licenseKeysUpdate"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "meterCreditUpdateProperties",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Properties",
				"default": {},
				"options": [
					{
						"displayName": "Properties",
						"name": "values",
						"values": [
							{
								"displayName": "Units",
								"name": "units",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"required": true
							},
							{
								"displayName": "Rollover",
								"name": "rollover",
								"type": "boolean",
								"default": false
							},
							{
								"displayName": "Meter ID",
								"name": "meterId",
								"type": "resourceLocator",
								"default": {
									"mode": "list",
									"value": ""
								},
								"modes": [
									{
										"displayName": "From List",
										"name": "list",
										"type": "list",
										"typeOptions": {
											"searchListMethod": "searchMeter",
											"searchable": true
										}
									},
									{
										"displayName": "By ID",
										"name": "id",
										"type": "string",
										"validation": [
											{
												"type": "regex",
												"properties": {
													"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
													"errorMessage": "Not a UUID"
												}
											}
										]
									},
									{
										"displayName": "By URL",
										"name": "url",
										"type": "string",
										"validation": [
											{
												"type": "regex",
												"properties": {
													"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
													"errorMessage": "No ID in this URL"
												}
											}
										],
										"extractValue": {
											"type": "regex",
											"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
										}
									}
								],
								"required": true
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"meterCreditUpdate"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "meterCreditUpdatePropertiesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"meterCreditUpdate"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "slackSharedChannelUpdateProperties",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Properties",
				"default": {},
				"options": [
					{
						"displayName": "Properties",
						"name": "values",
						"values": [
							{
								"displayName": "Slack Integration ID",
								"name": "slackIntegrationId",
								"type": "string",
								"default": "",
								"required": true,
								"description": "Must be a UUID"
							},
							{
								"displayName": "Channel Name Template",
								"name": "channelNameTemplate",
								"type": "string",
								"default": "",
								"required": true
							},
							{
								"displayName": "Private",
								"name": "private",
								"type": "boolean",
								"default": true
							},
							{
								"displayName": "Welcome Message",
								"name": "welcomeMessage",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Archive On Revoke",
								"name": "archiveOnRevoke",
								"type": "boolean",
								"default": true
							},
							{
								"displayName": "Team Invitees",
								"name": "teamInvitees",
								"type": "string",
								"default": "",
								"description": "Comma-separated values"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"slackSharedChannelUpdate"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "slackSharedChannelUpdatePropertiesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"slackSharedChannelUpdate"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Visibility",
				"name": "visibility",
				"type": "options",
				"options": [
					{
						"name": "Draft",
						"value": "draft"
					},
					{
						"name": "Private",
						"value": "private"
					},
					{
						"name": "Public",
						"value": "public"
					}
				],
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"customUpdate",
							"licenseKeysUpdate",
							"meterCreditUpdate",
							"featureFlagUpdate"
						]
					}
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Is Granted",
				"name": "isGranted",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Member ID",
				"name": "memberId",
				"type": "string",
				"default": "",
				"description": "Comma-separated UUIDs"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"benefit"
				],
				"operation": [
					"grants"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Is Granted",
				"name": "isGranted",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Granted At",
						"value": "granted_at"
					},
					{
						"name": "Granted At (Descending)",
						"value": "-granted_at"
					},
					{
						"name": "Revoked At",
						"value": "revoked_at"
					},
					{
						"name": "Revoked At (Descending)",
						"value": "-revoked_at"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"benefitGrant"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"metric"
				],
				"operation": [
					"listDashboards"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"export"
				]
			}
		}
	},
	{
		"displayName": "URL",
		"name": "url",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a URL",
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Format",
		"name": "format",
		"type": "options",
		"options": [
			{
				"name": "Discord",
				"value": "discord"
			},
			{
				"name": "Raw",
				"value": "raw"
			},
			{
				"name": "Slack",
				"value": "slack"
			}
		],
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Events",
		"name": "events",
		"type": "multiOptions",
		"typeOptions": {
			"loadOptionsMethod": "eventsOptions"
		},
		"default": [],
		"required": true,
		"description": "Choose from the list, or specify a value using an expression",
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Api Version",
				"name": "apiVersion",
				"type": "options",
				"options": [
					{
						"name": "2026-04",
						"value": "2026-04"
					},
					{
						"name": "2026-10",
						"value": "2026-10"
					},
					{
						"name": "2027-01",
						"value": "2027-01"
					}
				],
				"default": ""
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Choose from the list, or specify an ID using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Webhook ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchWebhookEndpoint",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"get",
					"update",
					"delete",
					"resetSecret"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Api Version",
				"name": "apiVersion",
				"type": "options",
				"options": [
					{
						"name": "2026-04",
						"value": "2026-04"
					},
					{
						"name": "2026-10",
						"value": "2026-10"
					},
					{
						"name": "2027-01",
						"value": "2027-01"
					}
				],
				"default": ""
			},
			{
				"displayName": "Enabled",
				"name": "enabled",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Events",
				"name": "events",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "eventsOptions"
				},
				"default": [],
				"description": "Choose from the list, or specify a value using an expression"
			},
			{
				"displayName": "Format",
				"name": "format",
				"type": "options",
				"options": [
					{
						"name": "Discord",
						"value": "discord"
					},
					{
						"name": "Raw",
						"value": "raw"
					},
					{
						"name": "Slack",
						"value": "slack"
					}
				],
				"default": ""
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "URL",
				"name": "url",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "End Timestamp",
				"name": "endTimestamp",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Endpoint ID",
				"name": "endpointId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "webhookEndpointChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Event Type",
				"name": "eventType",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "eventsOptions"
				},
				"default": [],
				"description": "Choose from the list, or specify a value using an expression"
			},
			{
				"displayName": "Http Code Class",
				"name": "httpCodeClass",
				"type": "options",
				"options": [
					{
						"name": "2xx",
						"value": "2xx"
					},
					{
						"name": "3xx",
						"value": "3xx"
					},
					{
						"name": "4xx",
						"value": "4xx"
					},
					{
						"name": "5xx",
						"value": "5xx"
					}
				],
				"default": ""
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Start Timestamp",
				"name": "startTimestamp",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Succeeded",
				"name": "succeeded",
				"type": "boolean",
				"default": false
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"listDeliveries"
				]
			}
		}
	},
	{
		"displayName": "Webhook ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"webhook"
				],
				"operation": [
					"redeliver"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Benefit ID",
				"name": "benefitId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "benefitChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "ID",
				"name": "id",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Is Archived",
				"name": "isArchived",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Is Recurring",
				"name": "isRecurring",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Name",
						"value": "name"
					},
					{
						"name": "Name (Descending)",
						"value": "-name"
					},
					{
						"name": "Price Amount",
						"value": "price_amount"
					},
					{
						"name": "Price Amount (Descending)",
						"value": "-price_amount"
					},
					{
						"name": "Price Amount Type",
						"value": "price_amount_type"
					},
					{
						"name": "Price Amount Type (Descending)",
						"value": "-price_amount_type"
					}
				],
				"default": []
			},
			{
				"displayName": "Visibility",
				"name": "visibility",
				"type": "multiOptions",
				"options": [
					{
						"name": "Draft",
						"value": "draft"
					},
					{
						"name": "Private",
						"value": "private"
					},
					{
						"name": "Public",
						"value": "public"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"product"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Recurring",
				"value": "recurring"
			},
			{
				"name": "One Time",
				"value": "oneTime"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"product"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Prices",
		"name": "prices",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": true
		},
		"placeholder": "Add Price",
		"default": {},
		"options": [
			{
				"displayName": "Price",
				"name": "price",
				"values": [
					{
						"displayName": "Amount Type",
						"name": "amountType",
						"type": "options",
						"options": [
							{
								"name": "Custom",
								"value": "custom"
							},
							{
								"name": "Fixed",
								"value": "fixed"
							},
							{
								"name": "Metered Tiers",
								"value": "metered_tiers"
							},
							{
								"name": "Metered Unit",
								"value": "metered_unit"
							},
							{
								"name": "Seat Based",
								"value": "seat_based"
							},
							{
								"name": "Unit Based",
								"value": "unit_based"
							}
						],
						"default": "",
						"required": true
					},
					{
						"displayName": "Price Currency",
						"name": "priceCurrency",
						"type": "options",
						"typeOptions": {
							"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
						},
						"default": "usd",
						"description": "Choose from the list, or specify a value using an expression",
						"displayOptions": {
							"show": {
								"amountType": [
									"custom",
									"fixed",
									"metered_unit",
									"seat_based"
								]
							}
						}
					},
					{
						"displayName": "Minimum Amount",
						"name": "minimumAmount",
						"type": "number",
						"default": 50,
						"typeOptions": {
							"numberPrecision": 0
						},
						"displayOptions": {
							"show": {
								"amountType": [
									"custom"
								]
							}
						}
					},
					{
						"displayName": "Price Amount",
						"name": "priceAmount",
						"type": "number",
						"default": 0,
						"typeOptions": {
							"numberPrecision": 0
						},
						"required": true,
						"displayOptions": {
							"show": {
								"amountType": [
									"fixed"
								]
							}
						}
					},
					{
						"displayName": "Meter ID",
						"name": "meterId",
						"type": "resourceLocator",
						"default": {
							"mode": "list",
							"value": ""
						},
						"modes": [
							{
								"displayName": "From List",
								"name": "list",
								"type": "list",
								"typeOptions": {
									"searchListMethod": "searchMeter",
									"searchable": true
								}
							},
							{
								"displayName": "By ID",
								"name": "id",
								"type": "string",
								"validation": [
									{
										"type": "regex",
										"properties": {
											"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
											"errorMessage": "Not a UUID"
										}
									}
								]
							},
							{
								"displayName": "By URL",
								"name": "url",
								"type": "string",
								"validation": [
									{
										"type": "regex",
										"properties": {
											"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
											"errorMessage": "No ID in this URL"
										}
									}
								],
								"extractValue": {
									"type": "regex",
									"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
								}
							}
						],
						"required": true,
						"displayOptions": {
							"show": {
								"amountType": [
									"metered_tiers",
									"metered_unit"
								]
							}
						}
					},
					{
						"displayName": "Tiers",
						"name": "tiers",
						"type": "fixedCollection",
						"typeOptions": {
							"multipleValues": false
						},
						"placeholder": "Add Tiers",
						"default": {},
						"options": [
							{
								"displayName": "Tiers",
								"name": "values",
								"values": [
									{
										"displayName": "Type",
										"name": "type",
										"type": "options",
										"options": [
											{
												"name": "Graduated",
												"value": "graduated"
											},
											{
												"name": "Volume",
												"value": "volume"
											}
										],
										"default": "",
										"required": true
									},
									{
										"displayName": "Tiers",
										"name": "tiers",
										"type": "json",
										"default": "",
										"required": true,
										"description": "JSON; checked before sending"
									}
								]
							}
						],
						"required": true,
						"displayOptions": {
							"show": {
								"amountType": [
									"metered_tiers",
									"unit_based"
								]
							}
						}
					},
					{
						"displayName": "Unit Amount",
						"name": "unitAmount",
						"type": "number",
						"default": 0,
						"required": true,
						"displayOptions": {
							"show": {
								"amountType": [
									"metered_unit"
								]
							}
						}
					},
					{
						"displayName": "Seat Tiers",
						"name": "seatTiers",
						"type": "fixedCollection",
						"typeOptions": {
							"multipleValues": false
						},
						"placeholder": "Add Seat Tiers",
						"default": {},
						"options": [
							{
								"displayName": "Seat Tiers",
								"name": "values",
								"values": [
									{
										"displayName": "Seat Tier Type",
										"name": "seatTierType",
										"type": "options",
										"options": [
											{
												"name": "Graduated",
												"value": "graduated"
											},
											{
												"name": "Volume",
												"value": "volume"
											}
										],
										"default": "volume"
									},
									{
										"displayName": "Tiers",
										"name": "tiers",
										"type": "json",
										"default": "",
										"required": true,
										"description": "JSON; checked before sending"
									}
								]
							}
						],
						"required": true,
						"displayOptions": {
							"show": {
								"amountType": [
									"seat_based"
								]
							}
						}
					},
					{
						"displayName": "Unit Label",
						"name": "unitLabel",
						"type": "json",
						"default": "",
						"description": "JSON; checked before sending",
						"displayOptions": {
							"show": {
								"amountType": [
									"unit_based"
								]
							}
						}
					},
					{
						"displayName": "Additional Fields",
						"name": "additionalFields",
						"type": "collection",
						"placeholder": "Add Field",
						"default": {},
						"options": [
							{
								"displayName": "Maximum Amount",
								"name": "maximumAmount",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								}
							},
							{
								"displayName": "Preset Amount",
								"name": "presetAmount",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								}
							},
							{
								"displayName": "Tax Behavior",
								"name": "taxBehavior",
								"type": "options",
								"options": [
									{
										"name": "Exclusive",
										"value": "exclusive"
									},
									{
										"name": "Inclusive",
										"value": "inclusive"
									},
									{
										"name": "Location",
										"value": "location"
									}
								],
								"default": ""
							}
						],
						"displayOptions": {
							"show": {
								"amountType": [
									"custom"
								]
							}
						}
					},
					{
						"displayName": "Additional Fields",
						"name": "additionalFields",
						"type": "collection",
						"placeholder": "Add Field",
						"default": {},
						"options": [
							{
								"displayName": "Tax Behavior",
								"name": "taxBehavior",
								"type": "options",
								"options": [
									{
										"name": "Exclusive",
										"value": "exclusive"
									},
									{
										"name": "Inclusive",
										"value": "inclusive"
									},
									{
										"name": "Location",
										"value": "location"
									}
								],
								"default": ""
							}
						],
						"displayOptions": {
							"show": {
								"amountType": [
									"fixed",
									"seat_based"
								]
							}
						}
					},
					{
						"displayName": "Additional Fields",
						"name": "additionalFields",
						"type": "collection",
						"placeholder": "Add Field",
						"default": {},
						"options": [
							{
								"displayName": "Cap Amount",
								"name": "capAmount",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								}
							},
							{
								"displayName": "Price Currency",
								"name": "meteredTiersPriceCurrency",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
								},
								"default": "",
								"description": "Choose from the list, or specify a value using an expression"
							},
							{
								"displayName": "Tax Behavior",
								"name": "taxBehavior",
								"type": "options",
								"options": [
									{
										"name": "Exclusive",
										"value": "exclusive"
									},
									{
										"name": "Inclusive",
										"value": "inclusive"
									},
									{
										"name": "Location",
										"value": "location"
									}
								],
								"default": ""
							}
						],
						"displayOptions": {
							"show": {
								"amountType": [
									"metered_tiers"
								]
							}
						}
					},
					{
						"displayName": "Additional Fields",
						"name": "additionalFields",
						"type": "collection",
						"placeholder": "Add Field",
						"default": {},
						"options": [
							{
								"displayName": "Cap Amount",
								"name": "capAmount",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								}
							},
							{
								"displayName": "Tax Behavior",
								"name": "taxBehavior",
								"type": "options",
								"options": [
									{
										"name": "Exclusive",
										"value": "exclusive"
									},
									{
										"name": "Inclusive",
										"value": "inclusive"
									},
									{
										"name": "Location",
										"value": "location"
									}
								],
								"default": ""
							}
						],
						"displayOptions": {
							"show": {
								"amountType": [
									"metered_unit"
								]
							}
						}
					},
					{
						"displayName": "Additional Fields",
						"name": "additionalFields",
						"type": "collection",
						"placeholder": "Add Field",
						"default": {},
						"options": [
							{
								"displayName": "Minimum Units",
								"name": "minimumUnits",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								}
							},
							{
								"displayName": "Price Currency",
								"name": "meteredTiersPriceCurrency",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
								},
								"default": "",
								"description": "Choose from the list, or specify a value using an expression"
							},
							{
								"displayName": "Tax Behavior",
								"name": "taxBehavior",
								"type": "options",
								"options": [
									{
										"name": "Exclusive",
										"value": "exclusive"
									},
									{
										"name": "Inclusive",
										"value": "inclusive"
									},
									{
										"name": "Location",
										"value": "location"
									}
								],
								"default": ""
							}
						],
						"displayOptions": {
							"show": {
								"amountType": [
									"unit_based"
								]
							}
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"product"
				],
				"operation": [
					"create"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Prices",
		"name": "pricesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"product"
				],
				"operation": [
					"create"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Recurring Interval",
		"name": "recurringInterval",
		"type": "options",
		"options": [
			{
				"name": "Day",
				"value": "day"
			},
			{
				"name": "Month",
				"value": "month"
			},
			{
				"name": "Week",
				"value": "week"
			},
			{
				"name": "Year",
				"value": "year"
			}
		],
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"product"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"recurring"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Attached Custom Fields",
				"name": "attachedCustomFields",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Attached Custom Field",
				"default": {},
				"options": [
					{
						"displayName": "Attached Custom Field",
						"name": "attachedCustomField",
						"values": [
							{
								"displayName": "Custom Field ID",
								"name": "customFieldId",
								"type": "resourceLocator",
								"default": {
									"mode": "list",
									"value": ""
								},
								"modes": [
									{
										"displayName": "From List",
										"name": "list",
										"type": "list",
										"typeOptions": {
											"searchListMethod": "searchCustomField",
											"searchable": true
										}
									},
									{
										"displayName": "By ID",
										"name": "id",
										"type": "string",
										"validation": [
											{
												"type": "regex",
												"properties": {
													"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
													"errorMessage": "Not a UUID"
												}
											}
										]
									}
								],
								"required": true
							},
							{
								"displayName": "Required",
								"name": "required",
								"type": "boolean",
								"default": false
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Attached Custom Fields",
				"name": "attachedCustomFieldsJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Description",
				"name": "description",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Medias",
				"name": "medias",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "fileChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Meter Interval",
				"name": "meterInterval",
				"type": "options",
				"options": [
					{
						"name": "Day",
						"value": "day"
					},
					{
						"name": "Month",
						"value": "month"
					},
					{
						"name": "Week",
						"value": "week"
					},
					{
						"name": "Year",
						"value": "year"
					}
				],
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"recurring"
						]
					}
				}
			},
			{
				"displayName": "Meter Interval Count",
				"name": "meterIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"recurring"
						]
					}
				}
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Recurring Interval Count",
				"name": "recurringIntervalCount",
				"type": "number",
				"default": 1,
				"typeOptions": {
					"numberPrecision": 0
				},
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"recurring"
						]
					}
				}
			},
			{
				"displayName": "Trial Interval",
				"name": "trialInterval",
				"type": "options",
				"options": [
					{
						"name": "Day",
						"value": "day"
					},
					{
						"name": "Month",
						"value": "month"
					},
					{
						"name": "Week",
						"value": "week"
					},
					{
						"name": "Year",
						"value": "year"
					}
				],
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"recurring"
						]
					}
				}
			},
			{
				"displayName": "Trial Interval Count",
				"name": "trialIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"recurring"
						]
					}
				}
			},
			{
				"displayName": "Visibility",
				"name": "visibility",
				"type": "options",
				"options": [
					{
						"name": "Draft",
						"value": "draft"
					},
					{
						"name": "Private",
						"value": "private"
					},
					{
						"name": "Public",
						"value": "public"
					}
				],
				"default": "public"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"product"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Product ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchProduct",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"product"
				],
				"operation": [
					"get",
					"update",
					"delete",
					"updateBenefits"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Attached Custom Fields",
				"name": "attachedCustomFields",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Attached Custom Field",
				"default": {},
				"options": [
					{
						"displayName": "Attached Custom Field",
						"name": "attachedCustomField",
						"values": [
							{
								"displayName": "Custom Field ID",
								"name": "customFieldId",
								"type": "resourceLocator",
								"default": {
									"mode": "list",
									"value": ""
								},
								"modes": [
									{
										"displayName": "From List",
										"name": "list",
										"type": "list",
										"typeOptions": {
											"searchListMethod": "searchCustomField",
											"searchable": true
										}
									},
									{
										"displayName": "By ID",
										"name": "id",
										"type": "string",
										"validation": [
											{
												"type": "regex",
												"properties": {
													"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
													"errorMessage": "Not a UUID"
												}
											}
										]
									}
								],
								"required": true
							},
							{
								"displayName": "Required",
								"name": "required",
								"type": "boolean",
								"default": false
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Attached Custom Fields",
				"name": "attachedCustomFieldsJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Description",
				"name": "description",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Is Archived",
				"name": "isArchived",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Medias",
				"name": "medias",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "fileChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Prices",
				"name": "prices",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Price",
				"default": {},
				"options": [
					{
						"displayName": "Price",
						"name": "price",
						"values": [
							{
								"displayName": "Amount Type",
								"name": "amountType",
								"type": "options",
								"options": [
									{
										"name": "Existing Product Price",
										"value": "existingProductPrice"
									},
									{
										"name": "Custom",
										"value": "custom"
									},
									{
										"name": "Fixed",
										"value": "fixed"
									},
									{
										"name": "Metered Tiers",
										"value": "metered_tiers"
									},
									{
										"name": "Metered Unit",
										"value": "metered_unit"
									},
									{
										"name": "Seat Based",
										"value": "seat_based"
									},
									{
										"name": "Unit Based",
										"value": "unit_based"
									}
								],
								"default": "",
								"required": true
							},
							{
								"displayName": "ID",
								"name": "id",
								"type": "string",
								"default": "",
								"required": true,
								"description": "Must be a UUID",
								"displayOptions": {
									"show": {
										"amountType": [
											"existingProductPrice"
										]
									}
								}
							},
							{
								"displayName": "Price Currency",
								"name": "priceCurrency",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
								},
								"default": "usd",
								"description": "Choose from the list, or specify a value using an expression",
								"displayOptions": {
									"show": {
										"amountType": [
											"custom",
											"fixed",
											"metered_unit",
											"seat_based"
										]
									}
								}
							},
							{
								"displayName": "Minimum Amount",
								"name": "minimumAmount",
								"type": "number",
								"default": 50,
								"typeOptions": {
									"numberPrecision": 0
								},
								"displayOptions": {
									"show": {
										"amountType": [
											"custom"
										]
									}
								}
							},
							{
								"displayName": "Price Amount",
								"name": "priceAmount",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"required": true,
								"displayOptions": {
									"show": {
										"amountType": [
											"fixed"
										]
									}
								}
							},
							{
								"displayName": "Meter ID",
								"name": "meterId",
								"type": "resourceLocator",
								"default": {
									"mode": "list",
									"value": ""
								},
								"modes": [
									{
										"displayName": "From List",
										"name": "list",
										"type": "list",
										"typeOptions": {
											"searchListMethod": "searchMeter",
											"searchable": true
										}
									},
									{
										"displayName": "By ID",
										"name": "id",
										"type": "string",
										"validation": [
											{
												"type": "regex",
												"properties": {
													"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
													"errorMessage": "Not a UUID"
												}
											}
										]
									},
									{
										"displayName": "By URL",
										"name": "url",
										"type": "string",
										"validation": [
											{
												"type": "regex",
												"properties": {
													"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
													"errorMessage": "No ID in this URL"
												}
											}
										],
										"extractValue": {
											"type": "regex",
											"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
										}
									}
								],
								"required": true,
								"displayOptions": {
									"show": {
										"amountType": [
											"metered_tiers",
											"metered_unit"
										]
									}
								}
							},
							{
								"displayName": "Tiers",
								"name": "tiers",
								"type": "fixedCollection",
								"typeOptions": {
									"multipleValues": false
								},
								"placeholder": "Add Tiers",
								"default": {},
								"options": [
									{
										"displayName": "Tiers",
										"name": "values",
										"values": [
											{
												"displayName": "Type",
												"name": "type",
												"type": "options",
												"options": [
													{
														"name": "Graduated",
														"value": "graduated"
													},
													{
														"name": "Volume",
														"value": "volume"
													}
												],
												"default": "",
												"required": true
											},
											{
												"displayName": "Tiers",
												"name": "tiers",
												"type": "json",
												"default": "",
												"required": true,
												"description": "JSON; checked before sending"
											}
										]
									}
								],
								"required": true,
								"displayOptions": {
									"show": {
										"amountType": [
											"metered_tiers",
											"unit_based"
										]
									}
								}
							},
							{
								"displayName": "Unit Amount",
								"name": "unitAmount",
								"type": "number",
								"default": 0,
								"required": true,
								"displayOptions": {
									"show": {
										"amountType": [
											"metered_unit"
										]
									}
								}
							},
							{
								"displayName": "Seat Tiers",
								"name": "seatTiers",
								"type": "fixedCollection",
								"typeOptions": {
									"multipleValues": false
								},
								"placeholder": "Add Seat Tiers",
								"default": {},
								"options": [
									{
										"displayName": "Seat Tiers",
										"name": "values",
										"values": [
											{
												"displayName": "Seat Tier Type",
												"name": "seatTierType",
												"type": "options",
												"options": [
													{
														"name": "Graduated",
														"value": "graduated"
													},
													{
														"name": "Volume",
														"value": "volume"
													}
												],
												"default": "volume"
											},
											{
												"displayName": "Tiers",
												"name": "tiers",
												"type": "json",
												"default": "",
												"required": true,
												"description": "JSON; checked before sending"
											}
										]
									}
								],
								"required": true,
								"displayOptions": {
									"show": {
										"amountType": [
											"seat_based"
										]
									}
								}
							},
							{
								"displayName": "Unit Label",
								"name": "unitLabel",
								"type": "json",
								"default": "",
								"description": "JSON; checked before sending",
								"displayOptions": {
									"show": {
										"amountType": [
											"unit_based"
										]
									}
								}
							},
							{
								"displayName": "Additional Fields",
								"name": "additionalFields",
								"type": "collection",
								"placeholder": "Add Field",
								"default": {},
								"options": [
									{
										"displayName": "Maximum Amount",
										"name": "maximumAmount",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										}
									},
									{
										"displayName": "Preset Amount",
										"name": "presetAmount",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										}
									},
									{
										"displayName": "Tax Behavior",
										"name": "taxBehavior",
										"type": "options",
										"options": [
											{
												"name": "Exclusive",
												"value": "exclusive"
											},
											{
												"name": "Inclusive",
												"value": "inclusive"
											},
											{
												"name": "Location",
												"value": "location"
											}
										],
										"default": ""
									}
								],
								"displayOptions": {
									"show": {
										"amountType": [
											"custom"
										]
									}
								}
							},
							{
								"displayName": "Additional Fields",
								"name": "additionalFields",
								"type": "collection",
								"placeholder": "Add Field",
								"default": {},
								"options": [
									{
										"displayName": "Tax Behavior",
										"name": "taxBehavior",
										"type": "options",
										"options": [
											{
												"name": "Exclusive",
												"value": "exclusive"
											},
											{
												"name": "Inclusive",
												"value": "inclusive"
											},
											{
												"name": "Location",
												"value": "location"
											}
										],
										"default": ""
									}
								],
								"displayOptions": {
									"show": {
										"amountType": [
											"fixed",
											"seat_based"
										]
									}
								}
							},
							{
								"displayName": "Additional Fields",
								"name": "additionalFields",
								"type": "collection",
								"placeholder": "Add Field",
								"default": {},
								"options": [
									{
										"displayName": "Cap Amount",
										"name": "capAmount",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										}
									},
									{
										"displayName": "Price Currency",
										"name": "meteredTiersPriceCurrency",
										"type": "options",
										"typeOptions": {
											"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
										},
										"default": "",
										"description": "Choose from the list, or specify a value using an expression"
									},
									{
										"displayName": "Tax Behavior",
										"name": "taxBehavior",
										"type": "options",
										"options": [
											{
												"name": "Exclusive",
												"value": "exclusive"
											},
											{
												"name": "Inclusive",
												"value": "inclusive"
											},
											{
												"name": "Location",
												"value": "location"
											}
										],
										"default": ""
									}
								],
								"displayOptions": {
									"show": {
										"amountType": [
											"metered_tiers"
										]
									}
								}
							},
							{
								"displayName": "Additional Fields",
								"name": "additionalFields",
								"type": "collection",
								"placeholder": "Add Field",
								"default": {},
								"options": [
									{
										"displayName": "Cap Amount",
										"name": "capAmount",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										}
									},
									{
										"displayName": "Tax Behavior",
										"name": "taxBehavior",
										"type": "options",
										"options": [
											{
												"name": "Exclusive",
												"value": "exclusive"
											},
											{
												"name": "Inclusive",
												"value": "inclusive"
											},
											{
												"name": "Location",
												"value": "location"
											}
										],
										"default": ""
									}
								],
								"displayOptions": {
									"show": {
										"amountType": [
											"metered_unit"
										]
									}
								}
							},
							{
								"displayName": "Additional Fields",
								"name": "additionalFields",
								"type": "collection",
								"placeholder": "Add Field",
								"default": {},
								"options": [
									{
										"displayName": "Minimum Units",
										"name": "minimumUnits",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										}
									},
									{
										"displayName": "Price Currency",
										"name": "meteredTiersPriceCurrency",
										"type": "options",
										"typeOptions": {
											"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
										},
										"default": "",
										"description": "Choose from the list, or specify a value using an expression"
									},
									{
										"displayName": "Tax Behavior",
										"name": "taxBehavior",
										"type": "options",
										"options": [
											{
												"name": "Exclusive",
												"value": "exclusive"
											},
											{
												"name": "Inclusive",
												"value": "inclusive"
											},
											{
												"name": "Location",
												"value": "location"
											}
										],
										"default": ""
									}
								],
								"displayOptions": {
									"show": {
										"amountType": [
											"unit_based"
										]
									}
								}
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Prices",
				"name": "pricesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Recurring Interval",
				"name": "recurringInterval",
				"type": "options",
				"options": [
					{
						"name": "Day",
						"value": "day"
					},
					{
						"name": "Month",
						"value": "month"
					},
					{
						"name": "Week",
						"value": "week"
					},
					{
						"name": "Year",
						"value": "year"
					}
				],
				"default": ""
			},
			{
				"displayName": "Recurring Interval Count",
				"name": "recurringIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Trial Interval",
				"name": "trialInterval",
				"type": "options",
				"options": [
					{
						"name": "Day",
						"value": "day"
					},
					{
						"name": "Month",
						"value": "month"
					},
					{
						"name": "Week",
						"value": "week"
					},
					{
						"name": "Year",
						"value": "year"
					}
				],
				"default": ""
			},
			{
				"displayName": "Trial Interval Count",
				"name": "trialIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Visibility",
				"name": "visibility",
				"type": "options",
				"options": [
					{
						"name": "Draft",
						"value": "draft"
					},
					{
						"name": "Private",
						"value": "private"
					},
					{
						"name": "Public",
						"value": "public"
					}
				],
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"product"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Benefits",
		"name": "benefits",
		"type": "multiOptions",
		"typeOptions": {
			"loadOptionsMethod": "benefitChoices"
		},
		"default": [],
		"required": true,
		"description": "Choose from the list, or specify IDs using an expression",
		"displayOptions": {
			"show": {
				"resource": [
					"product"
				],
				"operation": [
					"updateBenefits"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Checkout ID",
				"name": "checkoutId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "checkoutChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Created After",
				"name": "createdAfter",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Created Before",
				"name": "createdBefore",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Discount ID",
				"name": "discountId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "discountChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Product Billing Type",
				"name": "productBillingType",
				"type": "multiOptions",
				"options": [
					{
						"name": "One Time",
						"value": "one_time"
					},
					{
						"name": "Recurring",
						"value": "recurring"
					}
				],
				"default": []
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Amount",
						"value": "amount"
					},
					{
						"name": "Amount (Descending)",
						"value": "-amount"
					},
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Customer",
						"value": "customer"
					},
					{
						"name": "Customer (Descending)",
						"value": "-customer"
					},
					{
						"name": "Discount",
						"value": "discount"
					},
					{
						"name": "Discount (Descending)",
						"value": "-discount"
					},
					{
						"name": "Invoice Number",
						"value": "invoice_number"
					},
					{
						"name": "Invoice Number (Descending)",
						"value": "-invoice_number"
					},
					{
						"name": "Net Amount",
						"value": "net_amount"
					},
					{
						"name": "Net Amount (Descending)",
						"value": "-net_amount"
					},
					{
						"name": "Product",
						"value": "product"
					},
					{
						"name": "Product (Descending)",
						"value": "-product"
					},
					{
						"name": "Status",
						"value": "status"
					},
					{
						"name": "Status (Descending)",
						"value": "-status"
					},
					{
						"name": "Subscription",
						"value": "subscription"
					},
					{
						"name": "Subscription (Descending)",
						"value": "-subscription"
					}
				],
				"default": []
			},
			{
				"displayName": "Status",
				"name": "status",
				"type": "multiOptions",
				"options": [
					{
						"name": "Draft",
						"value": "draft"
					},
					{
						"name": "Paid",
						"value": "paid"
					},
					{
						"name": "Partially Refunded",
						"value": "partially_refunded"
					},
					{
						"name": "Pending",
						"value": "pending"
					},
					{
						"name": "Refunded",
						"value": "refunded"
					},
					{
						"name": "Void",
						"value": "void"
					}
				],
				"default": []
			},
			{
				"displayName": "Subscription ID",
				"name": "subscriptionId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "subscriptionChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"order"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Customer ID",
		"name": "customerId",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchCustomer",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			},
			{
				"displayName": "By External ID",
				"name": "externalId",
				"type": "string",
				"placeholder": "e.g. user_42"
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"order"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Amount",
				"name": "amount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Currency",
				"name": "currency",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Custom Field Data",
				"name": "customFieldData",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Description",
				"name": "description",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"order"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Columns",
				"name": "columns",
				"type": "multiOptions",
				"options": [
					{
						"name": "Billing Country",
						"value": "billing_country"
					},
					{
						"name": "Billing Name",
						"value": "billing_name"
					},
					{
						"name": "Billing Reason",
						"value": "billing_reason"
					},
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Currency",
						"value": "currency"
					},
					{
						"name": "Customer Name",
						"value": "customer_name"
					},
					{
						"name": "Discount Amount",
						"value": "discount_amount"
					},
					{
						"name": "Email",
						"value": "email"
					},
					{
						"name": "Invoice Number",
						"value": "invoice_number"
					},
					{
						"name": "Net Amount",
						"value": "net_amount"
					},
					{
						"name": "Product",
						"value": "product"
					},
					{
						"name": "Refunded Amount",
						"value": "refunded_amount"
					},
					{
						"name": "Status",
						"value": "status"
					},
					{
						"name": "Subtotal Amount",
						"value": "subtotal_amount"
					},
					{
						"name": "Tax Amount",
						"value": "tax_amount"
					},
					{
						"name": "Total Amount",
						"value": "total_amount"
					}
				],
				"default": []
			},
			{
				"displayName": "Created After",
				"name": "createdAfter",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Created Before",
				"name": "createdBefore",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Status",
				"name": "status",
				"type": "multiOptions",
				"options": [
					{
						"name": "Draft",
						"value": "draft"
					},
					{
						"name": "Paid",
						"value": "paid"
					},
					{
						"name": "Partially Refunded",
						"value": "partially_refunded"
					},
					{
						"name": "Pending",
						"value": "pending"
					},
					{
						"name": "Refunded",
						"value": "refunded"
					},
					{
						"name": "Void",
						"value": "void"
					}
				],
				"default": []
			},
			{
				"displayName": "Timezone",
				"name": "timezone",
				"type": "string",
				"default": "UTC"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"order"
				],
				"operation": [
					"export"
				]
			}
		}
	},
	{
		"displayName": "Order ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchOrder",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"order"
				],
				"operation": [
					"get",
					"update",
					"finalize",
					"invoice",
					"generateInvoice",
					"receipt"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Billing Address",
				"name": "billingAddress",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Billing Address",
				"default": {},
				"options": [
					{
						"displayName": "Billing Address",
						"name": "values",
						"values": [
							{
								"displayName": "Line1",
								"name": "line1",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Line2",
								"name": "line2",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Country",
								"name": "country",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "countryOptions"
								},
								"default": "",
								"required": true,
								"description": "Choose from the list, or specify a value using an expression"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Billing Address",
				"name": "billingAddressJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Billing Name",
				"name": "billingName",
				"type": "string",
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"order",
					"portalOrder"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Payment Method ID",
				"name": "paymentMethodId",
				"type": "string",
				"default": "",
				"description": "Must be a UUID"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"order"
				],
				"operation": [
					"finalize"
				]
			}
		}
	},
	{
		"displayName": "Download PDF",
		"name": "download",
		"type": "boolean",
		"default": true,
		"description": "Whether to download the PDF as a binary file, not only its link",
		"displayOptions": {
			"show": {
				"resource": [
					"order",
					"portalOrder"
				],
				"operation": [
					"invoice",
					"receipt"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "ID",
				"name": "id",
				"type": "string",
				"default": "",
				"description": "Comma-separated UUIDs"
			},
			{
				"displayName": "Order ID",
				"name": "orderId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "orderChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Amount",
						"value": "amount"
					},
					{
						"name": "Amount (Descending)",
						"value": "-amount"
					},
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					}
				],
				"default": []
			},
			{
				"displayName": "Subscription ID",
				"name": "subscriptionId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "subscriptionChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Succeeded",
				"name": "succeeded",
				"type": "boolean",
				"default": false
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"refund"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Order ID",
		"name": "orderId",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchOrder",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"refund"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Reason",
		"name": "reason",
		"type": "options",
		"options": [
			{
				"name": "Customer Request",
				"value": "customer_request"
			},
			{
				"name": "Duplicate",
				"value": "duplicate"
			},
			{
				"name": "Fraudulent",
				"value": "fraudulent"
			},
			{
				"name": "Other",
				"value": "other"
			},
			{
				"name": "Satisfaction Guarantee",
				"value": "satisfaction_guarantee"
			},
			{
				"name": "Service Disruption",
				"value": "service_disruption"
			}
		],
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"refund"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Amount",
		"name": "amount",
		"type": "number",
		"default": 0,
		"typeOptions": {
			"numberPrecision": 0
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"refund"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Comment",
				"name": "comment",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Revoke Benefits",
				"name": "revokeBenefits",
				"type": "boolean",
				"default": false
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"refund"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Order ID",
				"name": "orderId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "orderChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Amount",
						"value": "amount"
					},
					{
						"name": "Amount (Descending)",
						"value": "-amount"
					},
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					}
				],
				"default": []
			},
			{
				"displayName": "Status",
				"name": "status",
				"type": "multiOptions",
				"options": [
					{
						"name": "Early Warning",
						"value": "early_warning"
					},
					{
						"name": "Lost",
						"value": "lost"
					},
					{
						"name": "Needs Response",
						"value": "needs_response"
					},
					{
						"name": "Prevented",
						"value": "prevented"
					},
					{
						"name": "Under Review",
						"value": "under_review"
					},
					{
						"name": "Won",
						"value": "won"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"dispute"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Dispute ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"dispute"
				],
				"operation": [
					"get",
					"accept"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Expires At",
						"value": "expires_at"
					},
					{
						"name": "Expires At (Descending)",
						"value": "-expires_at"
					},
					{
						"name": "Status",
						"value": "status"
					},
					{
						"name": "Status (Descending)",
						"value": "-status"
					}
				],
				"default": []
			},
			{
				"displayName": "Status",
				"name": "status",
				"type": "multiOptions",
				"options": [
					{
						"name": "Confirmed",
						"value": "confirmed"
					},
					{
						"name": "Expired",
						"value": "expired"
					},
					{
						"name": "Failed",
						"value": "failed"
					},
					{
						"name": "Open",
						"value": "open"
					},
					{
						"name": "Succeeded",
						"value": "succeeded"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"checkout"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Products",
		"name": "products",
		"type": "multiOptions",
		"typeOptions": {
			"loadOptionsMethod": "productChoices"
		},
		"default": [],
		"required": true,
		"description": "Choose from the list, or specify IDs using an expression",
		"displayOptions": {
			"show": {
				"resource": [
					"checkout"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Allow Discount Codes",
				"name": "allowDiscountCodes",
				"type": "boolean",
				"default": true
			},
			{
				"displayName": "Allow Trial",
				"name": "allowTrial",
				"type": "boolean",
				"default": true
			},
			{
				"displayName": "Amount",
				"name": "amount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Currency",
				"name": "currency",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
				},
				"default": "",
				"description": "Choose from the list, or specify a value using an expression"
			},
			{
				"displayName": "Custom Field Data",
				"name": "customFieldData",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Customer Billing Address",
				"name": "customerBillingAddress",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Customer Billing Address",
				"default": {},
				"options": [
					{
						"displayName": "Customer Billing Address",
						"name": "values",
						"values": [
							{
								"displayName": "Line1",
								"name": "line1",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Line2",
								"name": "line2",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Country",
								"name": "country",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "countryOptions"
								},
								"default": "",
								"required": true,
								"description": "Choose from the list, or specify a value using an expression"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Customer Billing Address",
				"name": "customerBillingAddressJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Customer Billing Name",
				"name": "customerBillingName",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Customer Email",
				"name": "customerEmail",
				"type": "string",
				"default": "",
				"description": "Must be an email address"
			},
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchCustomer",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					},
					{
						"displayName": "By External ID",
						"name": "externalId",
						"type": "string",
						"placeholder": "e.g. user_42"
					}
				]
			},
			{
				"displayName": "Customer IP Address",
				"name": "customerIpAddress",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Customer Metadata",
				"name": "customerMetadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Customer Name",
				"name": "customerName",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Customer Tax ID",
				"name": "customerTaxId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Discount ID",
				"name": "discountId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchDiscount",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				]
			},
			{
				"displayName": "Embed Origin",
				"name": "embedOrigin",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Is Business Customer",
				"name": "isBusinessCustomer",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Max Seats",
				"name": "maxSeats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Max Units",
				"name": "maxUnits",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Min Seats",
				"name": "minSeats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Min Units",
				"name": "minUnits",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Prices",
				"name": "prices",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending"
			},
			{
				"displayName": "Require Billing Address",
				"name": "requireBillingAddress",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Return URL",
				"name": "returnUrl",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Seats",
				"name": "seats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Subscription ID",
				"name": "subscriptionId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchSubscription",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				]
			},
			{
				"displayName": "Success URL",
				"name": "successUrl",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Trial Interval",
				"name": "trialInterval",
				"type": "options",
				"options": [
					{
						"name": "Day",
						"value": "day"
					},
					{
						"name": "Month",
						"value": "month"
					},
					{
						"name": "Week",
						"value": "week"
					},
					{
						"name": "Year",
						"value": "year"
					}
				],
				"default": ""
			},
			{
				"displayName": "Trial Interval Count",
				"name": "trialIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"checkout"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Checkout ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchCheckout",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"checkout"
				],
				"operation": [
					"get",
					"update"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Allow Discount Codes",
				"name": "allowDiscountCodes",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Allow Trial",
				"name": "allowTrial",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Amount",
				"name": "amount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Currency",
				"name": "currency",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
				},
				"default": "",
				"description": "Choose from the list, or specify a value using an expression"
			},
			{
				"displayName": "Custom Field Data",
				"name": "customFieldData",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Customer Billing Address",
				"name": "customerBillingAddress",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Customer Billing Address",
				"default": {},
				"options": [
					{
						"displayName": "Customer Billing Address",
						"name": "values",
						"values": [
							{
								"displayName": "Line1",
								"name": "line1",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Line2",
								"name": "line2",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Country",
								"name": "country",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "countryOptions"
								},
								"default": "",
								"required": true,
								"description": "Choose from the list, or specify a value using an expression"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Customer Billing Address",
				"name": "customerBillingAddressJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Customer Billing Name",
				"name": "customerBillingName",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Customer Email",
				"name": "customerEmail",
				"type": "string",
				"default": "",
				"description": "Must be an email address"
			},
			{
				"displayName": "Customer IP Address",
				"name": "customerIpAddress",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Customer Metadata",
				"name": "customerMetadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Customer Name",
				"name": "customerName",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Customer Tax ID",
				"name": "customerTaxId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Discount ID",
				"name": "discountId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchDiscount",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				]
			},
			{
				"displayName": "Embed Origin",
				"name": "embedOrigin",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Is Business Customer",
				"name": "isBusinessCustomer",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchProduct",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				]
			},
			{
				"displayName": "Product Price ID",
				"name": "productPriceId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchPrice",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				],
				"description": "Deprecated by Polar"
			},
			{
				"displayName": "Require Billing Address",
				"name": "requireBillingAddress",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Return URL",
				"name": "returnUrl",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Seats",
				"name": "seats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Success URL",
				"name": "successUrl",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Trial Interval",
				"name": "trialInterval",
				"type": "options",
				"options": [
					{
						"name": "Day",
						"value": "day"
					},
					{
						"name": "Month",
						"value": "month"
					},
					{
						"name": "Week",
						"value": "week"
					},
					{
						"name": "Year",
						"value": "year"
					}
				],
				"default": ""
			},
			{
				"displayName": "Trial Interval Count",
				"name": "trialIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"checkout"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Amount",
				"name": "amount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Custom Field Data",
				"name": "customFieldData",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Customer Billing Address",
				"name": "customerBillingAddress",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Customer Billing Address",
				"default": {},
				"options": [
					{
						"displayName": "Customer Billing Address",
						"name": "values",
						"values": [
							{
								"displayName": "Line1",
								"name": "line1",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Line2",
								"name": "line2",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Country",
								"name": "country",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "countryOptions"
								},
								"default": "",
								"required": true,
								"description": "Choose from the list, or specify a value using an expression"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Customer Billing Address",
				"name": "customerBillingAddressJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Customer Billing Name",
				"name": "customerBillingName",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Customer Email",
				"name": "customerEmail",
				"type": "string",
				"default": "",
				"description": "Must be an email address"
			},
			{
				"displayName": "Customer Name",
				"name": "customerName",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Customer Tax ID",
				"name": "customerTaxId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Discount Code",
				"name": "discountCode",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Is Business Customer",
				"name": "isBusinessCustomer",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Payment Method Type",
				"name": "paymentMethodType",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchProduct",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				]
			},
			{
				"displayName": "Product Price ID",
				"name": "productPriceId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchPrice",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				],
				"description": "Deprecated by Polar"
			},
			{
				"displayName": "Seats",
				"name": "seats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"checkout"
				],
				"operation": [
					"clientUpdate"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Amount",
				"name": "amount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Confirmation Token ID",
				"name": "confirmationTokenId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Custom Field Data",
				"name": "customFieldData",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Customer Billing Address",
				"name": "customerBillingAddress",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Customer Billing Address",
				"default": {},
				"options": [
					{
						"displayName": "Customer Billing Address",
						"name": "values",
						"values": [
							{
								"displayName": "Line1",
								"name": "line1",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Line2",
								"name": "line2",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Country",
								"name": "country",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "countryOptions"
								},
								"default": "",
								"required": true,
								"description": "Choose from the list, or specify a value using an expression"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Customer Billing Address",
				"name": "customerBillingAddressJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Customer Billing Name",
				"name": "customerBillingName",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Customer Email",
				"name": "customerEmail",
				"type": "string",
				"default": "",
				"description": "Must be an email address"
			},
			{
				"displayName": "Customer Name",
				"name": "customerName",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Customer Tax ID",
				"name": "customerTaxId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Discount Code",
				"name": "discountCode",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Is Business Customer",
				"name": "isBusinessCustomer",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Payment Method Type",
				"name": "paymentMethodType",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchProduct",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				]
			},
			{
				"displayName": "Product Price ID",
				"name": "productPriceId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchPrice",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				],
				"description": "Deprecated by Polar"
			},
			{
				"displayName": "Seats",
				"name": "seats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"checkout"
				],
				"operation": [
					"clientConfirm"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Ids",
				"name": "ids",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "fileChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Downloadable File Create",
				"value": "downloadableFileCreate"
			},
			{
				"name": "Product Media File Create",
				"value": "productMediaFileCreate"
			},
			{
				"name": "Organization Avatar File Create",
				"value": "organizationAvatarFileCreate"
			},
			{
				"name": "Support Case Attachment File Create",
				"value": "supportCaseAttachmentFileCreate"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Mime Type",
		"name": "mimeType",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Size",
		"name": "size",
		"type": "number",
		"default": 0,
		"typeOptions": {
			"numberPrecision": 0
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Upload",
		"name": "upload",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Upload",
		"default": {},
		"options": [
			{
				"displayName": "Upload",
				"name": "values",
				"values": [
					{
						"displayName": "Parts",
						"name": "parts",
						"type": "fixedCollection",
						"typeOptions": {
							"multipleValues": true
						},
						"placeholder": "Add Part",
						"default": {},
						"options": [
							{
								"displayName": "Part",
								"name": "part",
								"values": [
									{
										"displayName": "Number",
										"name": "number",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"required": true
									},
									{
										"displayName": "Chunk Start",
										"name": "chunkStart",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"required": true
									},
									{
										"displayName": "Chunk End",
										"name": "chunkEnd",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"required": true
									},
									{
										"displayName": "Checksum Sha256 Base64",
										"name": "checksumSha256Base64",
										"type": "string",
										"default": ""
									}
								]
							}
						],
						"required": true
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"create"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Upload",
		"name": "uploadJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"create"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Checksum Sha256 Base64",
				"name": "checksumSha256Base64",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Version",
				"name": "version",
				"type": "string",
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "File ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchFile",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"uploaded",
					"update",
					"delete"
				]
			}
		}
	},
	{
		"displayName": "ID",
		"name": "bodyId",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"uploaded"
				]
			}
		}
	},
	{
		"displayName": "Path",
		"name": "path",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"uploaded"
				]
			}
		}
	},
	{
		"displayName": "Parts",
		"name": "parts",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": true
		},
		"placeholder": "Add Part",
		"default": {},
		"options": [
			{
				"displayName": "Part",
				"name": "part",
				"values": [
					{
						"displayName": "Number",
						"name": "number",
						"type": "number",
						"default": 0,
						"typeOptions": {
							"numberPrecision": 0
						},
						"required": true
					},
					{
						"displayName": "Checksum Etag",
						"name": "checksumEtag",
						"type": "string",
						"default": "",
						"required": true
					},
					{
						"displayName": "Checksum Sha256 Base64",
						"name": "checksumSha256Base64",
						"type": "string",
						"default": "",
						"required": true
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"uploaded"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Parts",
		"name": "partsJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"uploaded"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Version",
				"name": "version",
				"type": "string",
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"file"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Start Date",
		"name": "startDate",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a date (YYYY-MM-DD)",
		"displayOptions": {
			"show": {
				"resource": [
					"metric"
				],
				"operation": [
					"get",
					"export"
				]
			}
		}
	},
	{
		"displayName": "End Date",
		"name": "endDate",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a date (YYYY-MM-DD)",
		"displayOptions": {
			"show": {
				"resource": [
					"metric"
				],
				"operation": [
					"get",
					"export"
				]
			}
		}
	},
	{
		"displayName": "Interval",
		"name": "interval",
		"type": "options",
		"options": [
			{
				"name": "Day",
				"value": "day"
			},
			{
				"name": "Hour",
				"value": "hour"
			},
			{
				"name": "Month",
				"value": "month"
			},
			{
				"name": "Week",
				"value": "week"
			},
			{
				"name": "Year",
				"value": "year"
			}
		],
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"metric"
				],
				"operation": [
					"get",
					"export"
				]
			}
		}
	},
	{
		"displayName": "Interval",
		"name": "interval",
		"type": "options",
		"options": [
			{
				"name": "Day",
				"value": "day"
			},
			{
				"name": "Hour",
				"value": "hour"
			},
			{
				"name": "Month",
				"value": "month"
			},
			{
				"name": "Week",
				"value": "week"
			},
			{
				"name": "Year",
				"value": "year"
			}
		],
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"quantities"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Billing Type",
				"name": "billingType",
				"type": "multiOptions",
				"options": [
					{
						"name": "One Time",
						"value": "one_time"
					},
					{
						"name": "Recurring",
						"value": "recurring"
					}
				],
				"default": []
			},
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Metrics",
				"name": "metrics",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Timezone",
				"name": "timezone",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "timezoneOptions"
				},
				"default": "UTC",
				"description": "Choose from the list, or specify a value using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"metric"
				],
				"operation": [
					"get",
					"export"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Metrics",
				"name": "metrics",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Choose from the list, or specify an ID using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"metric"
				],
				"operation": [
					"createDashboard"
				]
			}
		}
	},
	{
		"displayName": "Metric ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"metric"
				],
				"operation": [
					"getDashboard",
					"updateDashboard",
					"deleteDashboard"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Metrics",
				"name": "metrics",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"metric"
				],
				"operation": [
					"updateDashboard"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Benefit ID",
				"name": "benefitId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "benefitChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Status",
				"name": "status",
				"type": "multiOptions",
				"options": [
					{
						"name": "Disabled",
						"value": "disabled"
					},
					{
						"name": "Granted",
						"value": "granted"
					},
					{
						"name": "Revoked",
						"value": "revoked"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "License Key ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchLicenseKey",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey"
				],
				"operation": [
					"get",
					"update",
					"getActivation",
					"rotate"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Expires At",
				"name": "expiresAt",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Limit Activations",
				"name": "limitActivations",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Limit Usage",
				"name": "limitUsage",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Status",
				"name": "status",
				"type": "options",
				"options": [
					{
						"name": "Disabled",
						"value": "disabled"
					},
					{
						"name": "Granted",
						"value": "granted"
					},
					{
						"name": "Revoked",
						"value": "revoked"
					}
				],
				"default": ""
			},
			{
				"displayName": "Usage",
				"name": "usage",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Activation ID",
		"name": "activationId",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey"
				],
				"operation": [
					"getActivation",
					"deactivate"
				]
			}
		}
	},
	{
		"displayName": "Activation ID",
		"name": "activationId",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"portalLicenseKey"
				],
				"operation": [
					"deactivate"
				]
			}
		}
	},
	{
		"displayName": "Key",
		"name": "key",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey",
					"portalLicenseKey"
				],
				"operation": [
					"validate",
					"activate",
					"deactivate"
				]
			}
		}
	},
	{
		"displayName": "Organization",
		"name": "organizationId",
		"type": "options",
		"typeOptions": {
			"loadOptionsMethod": "getOrganizations"
		},
		"default": "",
		"required": true,
		"description": "Choose from the list, or specify an ID using an expression",
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey",
					"portalLicenseKey"
				],
				"operation": [
					"validate",
					"activate",
					"deactivate"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Activation ID",
				"name": "activationId",
				"type": "string",
				"default": "",
				"description": "Must be a UUID"
			},
			{
				"displayName": "Benefit ID",
				"name": "benefitId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchBenefit",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				]
			},
			{
				"displayName": "Conditions",
				"name": "conditions",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchCustomer",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					},
					{
						"displayName": "By External ID",
						"name": "externalId",
						"type": "string",
						"placeholder": "e.g. user_42"
					}
				]
			},
			{
				"displayName": "Increment Usage",
				"name": "incrementUsage",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey",
					"portalLicenseKey"
				],
				"operation": [
					"validate"
				]
			}
		}
	},
	{
		"displayName": "Label",
		"name": "label",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey",
					"portalLicenseKey"
				],
				"operation": [
					"activate"
				]
			}
		}
	},
	{
		"displayName": "Label",
		"name": "label",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"eventType"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Conditions",
				"name": "conditions",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Meta",
				"name": "meta",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey",
					"portalLicenseKey"
				],
				"operation": [
					"activate"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Allow Discount Codes",
						"value": "allow_discount_codes"
					},
					{
						"name": "Allow Discount Codes (Descending)",
						"value": "-allow_discount_codes"
					},
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Label",
						"value": "label"
					},
					{
						"name": "Label (Descending)",
						"value": "-label"
					},
					{
						"name": "Success URL",
						"value": "success_url"
					},
					{
						"name": "Success URL (Descending)",
						"value": "-success_url"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"checkoutLink"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "One Price",
				"value": "productPrice"
			},
			{
				"name": "One Product",
				"value": "product"
			},
			{
				"name": "Several Products",
				"value": "products"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"checkoutLink"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Product Price ID",
		"name": "productPriceId",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchPrice",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"checkoutLink"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"productPrice"
				]
			}
		}
	},
	{
		"displayName": "Product ID",
		"name": "productId",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchProduct",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"checkoutLink"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"product"
				]
			}
		}
	},
	{
		"displayName": "Products",
		"name": "products",
		"type": "multiOptions",
		"typeOptions": {
			"loadOptionsMethod": "productChoices"
		},
		"default": [],
		"required": true,
		"description": "Choose from the list, or specify IDs using an expression",
		"displayOptions": {
			"show": {
				"resource": [
					"checkoutLink"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"products"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Allow Discount Codes",
				"name": "allowDiscountCodes",
				"type": "boolean",
				"default": true
			},
			{
				"displayName": "Discount ID",
				"name": "discountId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchDiscount",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				]
			},
			{
				"displayName": "Label",
				"name": "label",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Require Billing Address",
				"name": "requireBillingAddress",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Return URL",
				"name": "returnUrl",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Seats",
				"name": "seats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Success URL",
				"name": "successUrl",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Trial Interval",
				"name": "trialInterval",
				"type": "options",
				"options": [
					{
						"name": "Day",
						"value": "day"
					},
					{
						"name": "Month",
						"value": "month"
					},
					{
						"name": "Week",
						"value": "week"
					},
					{
						"name": "Year",
						"value": "year"
					}
				],
				"default": ""
			},
			{
				"displayName": "Trial Interval Count",
				"name": "trialIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"checkoutLink"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Checkout Link ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchCheckoutLink",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"checkoutLink"
				],
				"operation": [
					"get",
					"update",
					"delete"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Allow Discount Codes",
				"name": "allowDiscountCodes",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Discount ID",
				"name": "discountId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchDiscount",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				]
			},
			{
				"displayName": "Label",
				"name": "label",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Products",
				"name": "products",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Require Billing Address",
				"name": "requireBillingAddress",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Return URL",
				"name": "returnUrl",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Seats",
				"name": "seats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Success URL",
				"name": "successUrl",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			},
			{
				"displayName": "Trial Interval",
				"name": "trialInterval",
				"type": "options",
				"options": [
					{
						"name": "Day",
						"value": "day"
					},
					{
						"name": "Month",
						"value": "month"
					},
					{
						"name": "Week",
						"value": "week"
					},
					{
						"name": "Year",
						"value": "year"
					}
				],
				"default": ""
			},
			{
				"displayName": "Trial Interval Count",
				"name": "trialIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"checkoutLink"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Name",
						"value": "name"
					},
					{
						"name": "Name (Descending)",
						"value": "-name"
					},
					{
						"name": "Slug",
						"value": "slug"
					},
					{
						"name": "Slug (Descending)",
						"value": "-slug"
					},
					{
						"name": "Type",
						"value": "type"
					},
					{
						"name": "Type (Descending)",
						"value": "-type"
					}
				],
				"default": []
			},
			{
				"displayName": "Type",
				"name": "type",
				"type": "multiOptions",
				"options": [
					{
						"name": "Checkbox",
						"value": "checkbox"
					},
					{
						"name": "Date",
						"value": "date"
					},
					{
						"name": "Number",
						"value": "number"
					},
					{
						"name": "Select",
						"value": "select"
					},
					{
						"name": "Text",
						"value": "text"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Text",
				"value": "text"
			},
			{
				"name": "Number",
				"value": "number"
			},
			{
				"name": "Date",
				"value": "date"
			},
			{
				"name": "Checkbox",
				"value": "checkbox"
			},
			{
				"name": "Select",
				"value": "select"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"create",
					"update"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "properties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Form Label",
						"name": "formLabel",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Form Help Text",
						"name": "formHelpText",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Form Placeholder",
						"name": "formPlaceholder",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Additional Fields",
						"name": "additionalFields",
						"type": "collection",
						"placeholder": "Add Field",
						"default": {},
						"options": [
							{
								"displayName": "Max Length",
								"name": "maxLength",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								}
							},
							{
								"displayName": "Min Length",
								"name": "minLength",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								}
							},
							{
								"displayName": "Textarea",
								"name": "textarea",
								"type": "boolean",
								"default": false
							}
						]
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"text"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "propertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"text"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "numberProperties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Form Label",
						"name": "formLabel",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Form Help Text",
						"name": "formHelpText",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Form Placeholder",
						"name": "formPlaceholder",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Additional Fields",
						"name": "additionalFields",
						"type": "collection",
						"placeholder": "Add Field",
						"default": {},
						"options": [
							{
								"displayName": "Ge",
								"name": "ge",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								}
							},
							{
								"displayName": "Le",
								"name": "le",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								}
							}
						]
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"number",
					"date"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "numberPropertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"number",
					"date"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "checkboxProperties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Form Label",
						"name": "formLabel",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Form Help Text",
						"name": "formHelpText",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Form Placeholder",
						"name": "formPlaceholder",
						"type": "string",
						"default": ""
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"checkbox"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "checkboxPropertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"checkbox"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "selectProperties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Form Label",
						"name": "formLabel",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Form Help Text",
						"name": "formHelpText",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Form Placeholder",
						"name": "formPlaceholder",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Options",
						"name": "options",
						"type": "fixedCollection",
						"typeOptions": {
							"multipleValues": true
						},
						"placeholder": "Add Option",
						"default": {},
						"options": [
							{
								"displayName": "Option",
								"name": "option",
								"values": [
									{
										"displayName": "Value",
										"name": "value",
										"type": "string",
										"default": "",
										"required": true
									},
									{
										"displayName": "Label",
										"name": "label",
										"type": "string",
										"default": "",
										"required": true
									}
								]
							}
						],
						"required": true
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"select"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "selectPropertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"select"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Choose from the list, or specify an ID using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Custom Field ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchCustomField",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"get",
					"update",
					"delete"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Properties",
				"name": "properties",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Properties",
				"default": {},
				"options": [
					{
						"displayName": "Properties",
						"name": "values",
						"values": [
							{
								"displayName": "Form Label",
								"name": "formLabel",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Form Help Text",
								"name": "formHelpText",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Form Placeholder",
								"name": "formPlaceholder",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Additional Fields",
								"name": "additionalFields",
								"type": "collection",
								"placeholder": "Add Field",
								"default": {},
								"options": [
									{
										"displayName": "Max Length",
										"name": "maxLength",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										}
									},
									{
										"displayName": "Min Length",
										"name": "minLength",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										}
									},
									{
										"displayName": "Textarea",
										"name": "textarea",
										"type": "boolean",
										"default": false
									}
								]
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"text"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "propertiesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"text"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "numberProperties",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Properties",
				"default": {},
				"options": [
					{
						"displayName": "Properties",
						"name": "values",
						"values": [
							{
								"displayName": "Form Label",
								"name": "formLabel",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Form Help Text",
								"name": "formHelpText",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Form Placeholder",
								"name": "formPlaceholder",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Additional Fields",
								"name": "additionalFields",
								"type": "collection",
								"placeholder": "Add Field",
								"default": {},
								"options": [
									{
										"displayName": "Ge",
										"name": "ge",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										}
									},
									{
										"displayName": "Le",
										"name": "le",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										}
									}
								]
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"number",
							"date"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "numberPropertiesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"number",
							"date"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "checkboxProperties",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Properties",
				"default": {},
				"options": [
					{
						"displayName": "Properties",
						"name": "values",
						"values": [
							{
								"displayName": "Form Label",
								"name": "formLabel",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Form Help Text",
								"name": "formHelpText",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Form Placeholder",
								"name": "formPlaceholder",
								"type": "string",
								"default": ""
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"checkbox"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "checkboxPropertiesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"checkbox"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "selectProperties",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Properties",
				"default": {},
				"options": [
					{
						"displayName": "Properties",
						"name": "values",
						"values": [
							{
								"displayName": "Form Label",
								"name": "formLabel",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Form Help Text",
								"name": "formHelpText",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Form Placeholder",
								"name": "formPlaceholder",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Options",
								"name": "options",
								"type": "fixedCollection",
								"typeOptions": {
									"multipleValues": true
								},
								"placeholder": "Add Option",
								"default": {},
								"options": [
									{
										"displayName": "Option",
										"name": "option",
										"values": [
											{
												"displayName": "Value",
												"name": "value",
												"type": "string",
												"default": "",
												"required": true
											},
											{
												"displayName": "Label",
												"name": "label",
												"type": "string",
												"default": "",
												"required": true
											}
										]
									}
								],
								"required": true
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"select"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Properties",
				"name": "selectPropertiesJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"select"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Slug",
				"name": "slug",
				"type": "string",
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customField"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Code",
						"value": "code"
					},
					{
						"name": "Code (Descending)",
						"value": "-code"
					},
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Ends At",
						"value": "ends_at"
					},
					{
						"name": "Ends At (Descending)",
						"value": "-ends_at"
					},
					{
						"name": "Name",
						"value": "name"
					},
					{
						"name": "Name (Descending)",
						"value": "-name"
					},
					{
						"name": "Redemptions Count",
						"value": "redemptions_count"
					},
					{
						"name": "Redemptions Count (Descending)",
						"value": "-redemptions_count"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"discount"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Fixed Create",
				"value": "fixedCreate"
			},
			{
				"name": "Percentage Create",
				"value": "percentageCreate"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"discount"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Duration",
		"name": "duration",
		"type": "options",
		"options": [
			{
				"name": "Forever",
				"value": "forever"
			},
			{
				"name": "Once",
				"value": "once"
			},
			{
				"name": "Repeating",
				"value": "repeating"
			}
		],
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"discount"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Basis Points",
		"name": "basisPoints",
		"type": "number",
		"default": 0,
		"typeOptions": {
			"numberPrecision": 0
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"discount"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"percentageCreate"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Amount",
				"name": "amount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Deprecated by Polar",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"fixedCreate"
						]
					}
				}
			},
			{
				"displayName": "Amounts",
				"name": "amounts",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
								},
								"default": "",
								"required": true,
								"description": "Choose from the list, or specify a value using an expression"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"required": true
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"fixedCreate"
						],
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Amounts",
				"name": "amountsJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"fixedCreate"
						],
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Code",
				"name": "code",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Currency",
				"name": "currency",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
				},
				"default": "usd",
				"description": "Deprecated by Polar, Choose from the list, or specify a value using an expression",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"fixedCreate"
						]
					}
				}
			},
			{
				"displayName": "Duration In Months",
				"name": "durationInMonths",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Ends At",
				"name": "endsAt",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Max Redemptions",
				"name": "maxRedemptions",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Max Redemptions Per Customer",
				"name": "maxRedemptionsPerCustomer",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Products",
				"name": "products",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Starts At",
				"name": "startsAt",
				"type": "dateTime",
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"discount"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Discount ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchDiscount",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"discount"
				],
				"operation": [
					"get",
					"update",
					"delete"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Amount",
				"name": "amount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Deprecated by Polar"
			},
			{
				"displayName": "Amounts",
				"name": "amounts",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
								},
								"default": "",
								"required": true,
								"description": "Choose from the list, or specify a value using an expression"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"required": true
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Amounts",
				"name": "amountsJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Basis Points",
				"name": "basisPoints",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Code",
				"name": "code",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Currency",
				"name": "currency",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
				},
				"default": "",
				"description": "Deprecated by Polar, Choose from the list, or specify a value using an expression"
			},
			{
				"displayName": "Duration",
				"name": "duration",
				"type": "options",
				"options": [
					{
						"name": "Forever",
						"value": "forever"
					},
					{
						"name": "Once",
						"value": "once"
					},
					{
						"name": "Repeating",
						"value": "repeating"
					}
				],
				"default": ""
			},
			{
				"displayName": "Duration In Months",
				"name": "durationInMonths",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Ends At",
				"name": "endsAt",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Max Redemptions",
				"name": "maxRedemptions",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Max Redemptions Per Customer",
				"name": "maxRedemptionsPerCustomer",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Products",
				"name": "products",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Starts At",
				"name": "startsAt",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "Type",
				"name": "type",
				"type": "options",
				"options": [
					{
						"name": "Fixed",
						"value": "fixed"
					},
					{
						"name": "Percentage",
						"value": "percentage"
					}
				],
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"discount"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Active",
				"name": "active",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Email",
						"value": "email"
					},
					{
						"name": "Email (Descending)",
						"value": "-email"
					},
					{
						"name": "Name",
						"value": "name"
					},
					{
						"name": "Name (Descending)",
						"value": "-name"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Individual",
				"value": "individualCreate"
			},
			{
				"name": "Team",
				"value": "teamCreate"
			}
		],
		"default": "individualCreate",
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Email",
		"name": "email",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be an email address",
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"create"
				],
				"bodyVariant": [
					"individualCreate"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Billing Address",
				"name": "billingAddress",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Billing Address",
				"default": {},
				"options": [
					{
						"displayName": "Billing Address",
						"name": "values",
						"values": [
							{
								"displayName": "Line1",
								"name": "line1",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Line2",
								"name": "line2",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Country",
								"name": "country",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "countryOptions"
								},
								"default": "",
								"required": true,
								"description": "Choose from the list, or specify a value using an expression"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Billing Address",
				"name": "billingAddressJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Email",
				"name": "bodyEmail",
				"type": "string",
				"default": "",
				"description": "Must be an email address",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"teamCreate"
						]
					}
				}
			},
			{
				"displayName": "External ID",
				"name": "externalId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Owner",
				"name": "owner",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Owner",
				"default": {},
				"options": [
					{
						"displayName": "Owner",
						"name": "values",
						"values": [
							{
								"displayName": "Email",
								"name": "email",
								"type": "string",
								"default": "",
								"required": true,
								"description": "Must be an email address"
							},
							{
								"displayName": "Name",
								"name": "name",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "External ID",
								"name": "externalId",
								"type": "string",
								"default": ""
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Owner",
				"name": "ownerJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Tax ID",
				"name": "taxId",
				"type": "string",
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Customer ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchCustomer",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			},
			{
				"displayName": "By External ID",
				"name": "externalId",
				"type": "string",
				"placeholder": "e.g. user_42"
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"get",
					"update",
					"delete",
					"getState",
					"listPaymentMethods"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Billing Address",
				"name": "billingAddress",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Billing Address",
				"default": {},
				"options": [
					{
						"displayName": "Billing Address",
						"name": "values",
						"values": [
							{
								"displayName": "Line1",
								"name": "line1",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Line2",
								"name": "line2",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Country",
								"name": "country",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "countryOptions"
								},
								"default": "",
								"required": true,
								"description": "Choose from the list, or specify a value using an expression"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Billing Address",
				"name": "billingAddressJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"description": "Must be an email address"
			},
			{
				"displayName": "External ID",
				"name": "externalId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Tax ID",
				"name": "taxId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Type",
				"name": "type",
				"type": "options",
				"options": [
					{
						"name": "Individual",
						"value": "individual"
					},
					{
						"name": "Team",
						"value": "team"
					}
				],
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Anonymize",
				"name": "anonymize",
				"type": "boolean",
				"default": false
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"delete",
					"deleteExternal"
				]
			}
		}
	},
	{
		"displayName": "External ID",
		"name": "externalId",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"getExternal",
					"updateExternal",
					"deleteExternal",
					"getStateExternal",
					"listPaymentMethodsExternal"
				]
			}
		}
	},
	{
		"displayName": "External ID",
		"name": "externalId",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"listExternal",
					"createExternal",
					"getExternal",
					"updateExternal",
					"deleteExternal"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Billing Address",
				"name": "billingAddress",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Billing Address",
				"default": {},
				"options": [
					{
						"displayName": "Billing Address",
						"name": "values",
						"values": [
							{
								"displayName": "Line1",
								"name": "line1",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Line2",
								"name": "line2",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Country",
								"name": "country",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "countryOptions"
								},
								"default": "",
								"required": true,
								"description": "Choose from the list, or specify a value using an expression"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Billing Address",
				"name": "billingAddressJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"description": "Must be an email address"
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Tax ID",
				"name": "taxId",
				"type": "string",
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"updateExternal"
				]
			}
		}
	},
	{
		"displayName": "Customer Member ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"getAll",
					"create",
					"get",
					"update",
					"delete"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Role",
				"name": "role",
				"type": "options",
				"options": [
					{
						"name": "Billing Manager",
						"value": "billing_manager"
					},
					{
						"name": "Member",
						"value": "member"
					},
					{
						"name": "Owner",
						"value": "owner"
					}
				],
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"getAll",
					"listExternal"
				]
			}
		}
	},
	{
		"displayName": "Email",
		"name": "email",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be an email address",
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"create",
					"createExternal"
				]
			}
		}
	},
	{
		"displayName": "Email",
		"name": "email",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be an email address",
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"requestEmailUpdate"
				]
			}
		}
	},
	{
		"displayName": "Email",
		"name": "email",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be an email address",
		"displayOptions": {
			"show": {
				"resource": [
					"portalMember"
				],
				"operation": [
					"addMember"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "External ID",
				"name": "externalId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Role",
				"name": "role",
				"type": "options",
				"options": [
					{
						"name": "Billing Manager",
						"value": "billing_manager"
					},
					{
						"name": "Member",
						"value": "member"
					}
				],
				"default": "member"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "External ID",
				"name": "bodyExternalId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Role",
				"name": "role",
				"type": "options",
				"options": [
					{
						"name": "Billing Manager",
						"value": "billing_manager"
					},
					{
						"name": "Member",
						"value": "member"
					}
				],
				"default": "member"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"createExternal"
				]
			}
		}
	},
	{
		"displayName": "Member ID",
		"name": "memberId",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"get",
					"update",
					"delete"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"description": "Must be an email address"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Role",
				"name": "role",
				"type": "options",
				"options": [
					{
						"name": "Billing Manager",
						"value": "billing_manager"
					},
					{
						"name": "Member",
						"value": "member"
					},
					{
						"name": "Owner",
						"value": "owner"
					}
				],
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"update",
					"updateExternal"
				]
			}
		}
	},
	{
		"displayName": "Member External ID",
		"name": "memberExternalId",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember"
				],
				"operation": [
					"getExternal",
					"updateExternal",
					"deleteExternal"
				]
			}
		}
	},
	{
		"displayName": "Act As Customer",
		"name": "portalAuth",
		"type": "options",
		"options": [
			{
				"name": "Session Token",
				"value": "sessionToken",
				"description": "A customer or member session token you already have"
			},
			{
				"name": "Customer ID (Mint Session)",
				"value": "customerId",
				"description": "Mint a session with the credential from a customer ID"
			},
			{
				"name": "External Customer ID (Mint Session)",
				"value": "externalCustomerId",
				"description": "Mint a session with the credential from your own customer ID"
			}
		],
		"default": "sessionToken",
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant",
					"portalCustomerMeter",
					"portalSeat",
					"portalSession",
					"portalDownloadable",
					"portalMember",
					"portalOrder",
					"portalSubscription",
					"portalWallet"
				]
			}
		}
	},
	{
		"displayName": "Act As Customer",
		"name": "portalAuth",
		"type": "options",
		"options": [
			{
				"name": "Session Token",
				"value": "sessionToken",
				"description": "A customer or member session token you already have"
			},
			{
				"name": "Customer ID (Mint Session)",
				"value": "customerId",
				"description": "Mint a session with the credential from a customer ID"
			},
			{
				"name": "External Customer ID (Mint Session)",
				"value": "externalCustomerId",
				"description": "Mint a session with the credential from your own customer ID"
			}
		],
		"default": "sessionToken",
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"get",
					"update",
					"listPaymentMethods",
					"addPaymentMethod",
					"confirmPaymentMethod",
					"deletePaymentMethod",
					"requestEmailUpdate"
				]
			}
		}
	},
	{
		"displayName": "Act As Customer",
		"name": "portalAuth",
		"type": "options",
		"options": [
			{
				"name": "Session Token",
				"value": "sessionToken",
				"description": "A customer or member session token you already have"
			},
			{
				"name": "Customer ID (Mint Session)",
				"value": "customerId",
				"description": "Mint a session with the credential from a customer ID"
			},
			{
				"name": "External Customer ID (Mint Session)",
				"value": "externalCustomerId",
				"description": "Mint a session with the credential from your own customer ID"
			}
		],
		"default": "sessionToken",
		"displayOptions": {
			"show": {
				"resource": [
					"portalLicenseKey"
				],
				"operation": [
					"getAll",
					"get",
					"rotate"
				]
			}
		}
	},
	{
		"displayName": "Session Token",
		"name": "sessionToken",
		"type": "string",
		"typeOptions": {
			"password": true
		},
		"required": true,
		"default": "",
		"description": "Customer or member session token, e.g. from Customer Session → Create",
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant",
					"portalCustomerMeter",
					"portalSeat",
					"portalSession",
					"portalDownloadable",
					"portalMember",
					"portalOrder",
					"portalSubscription",
					"portalWallet"
				],
				"portalAuth": [
					"sessionToken"
				]
			}
		}
	},
	{
		"displayName": "Session Token",
		"name": "sessionToken",
		"type": "string",
		"typeOptions": {
			"password": true
		},
		"required": true,
		"default": "",
		"description": "Customer or member session token, e.g. from Customer Session → Create",
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"get",
					"update",
					"listPaymentMethods",
					"addPaymentMethod",
					"confirmPaymentMethod",
					"deletePaymentMethod",
					"requestEmailUpdate"
				],
				"portalAuth": [
					"sessionToken"
				]
			}
		}
	},
	{
		"displayName": "Session Token",
		"name": "sessionToken",
		"type": "string",
		"typeOptions": {
			"password": true
		},
		"required": true,
		"default": "",
		"description": "Customer or member session token, e.g. from Customer Session → Create",
		"displayOptions": {
			"show": {
				"resource": [
					"portalLicenseKey"
				],
				"operation": [
					"getAll",
					"get",
					"rotate"
				],
				"portalAuth": [
					"sessionToken"
				]
			}
		}
	},
	{
		"displayName": "Customer ID",
		"name": "portalCustomerId",
		"type": "string",
		"required": true,
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant",
					"portalCustomerMeter",
					"portalSeat",
					"portalSession",
					"portalDownloadable",
					"portalMember",
					"portalOrder",
					"portalSubscription",
					"portalWallet"
				],
				"portalAuth": [
					"customerId"
				]
			}
		}
	},
	{
		"displayName": "Customer ID",
		"name": "portalCustomerId",
		"type": "string",
		"required": true,
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"get",
					"update",
					"listPaymentMethods",
					"addPaymentMethod",
					"confirmPaymentMethod",
					"deletePaymentMethod",
					"requestEmailUpdate"
				],
				"portalAuth": [
					"customerId"
				]
			}
		}
	},
	{
		"displayName": "Customer ID",
		"name": "portalCustomerId",
		"type": "string",
		"required": true,
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"portalLicenseKey"
				],
				"operation": [
					"getAll",
					"get",
					"rotate"
				],
				"portalAuth": [
					"customerId"
				]
			}
		}
	},
	{
		"displayName": "External Customer ID",
		"name": "portalExternalCustomerId",
		"type": "string",
		"required": true,
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant",
					"portalCustomerMeter",
					"portalSeat",
					"portalSession",
					"portalDownloadable",
					"portalMember",
					"portalOrder",
					"portalSubscription",
					"portalWallet"
				],
				"portalAuth": [
					"externalCustomerId"
				]
			}
		}
	},
	{
		"displayName": "External Customer ID",
		"name": "portalExternalCustomerId",
		"type": "string",
		"required": true,
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"get",
					"update",
					"listPaymentMethods",
					"addPaymentMethod",
					"confirmPaymentMethod",
					"deletePaymentMethod",
					"requestEmailUpdate"
				],
				"portalAuth": [
					"externalCustomerId"
				]
			}
		}
	},
	{
		"displayName": "External Customer ID",
		"name": "portalExternalCustomerId",
		"type": "string",
		"required": true,
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"portalLicenseKey"
				],
				"operation": [
					"getAll",
					"get",
					"rotate"
				],
				"portalAuth": [
					"externalCustomerId"
				]
			}
		}
	},
	{
		"displayName": "Member ID",
		"name": "portalMemberId",
		"type": "string",
		"default": "",
		"description": "For team customers: act as this member (member session)",
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant",
					"portalCustomerMeter",
					"portalSeat",
					"portalSession",
					"portalDownloadable",
					"portalMember",
					"portalOrder",
					"portalSubscription",
					"portalWallet"
				],
				"portalAuth": [
					"customerId",
					"externalCustomerId"
				]
			}
		}
	},
	{
		"displayName": "Member ID",
		"name": "portalMemberId",
		"type": "string",
		"default": "",
		"description": "For team customers: act as this member (member session)",
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"get",
					"update",
					"listPaymentMethods",
					"addPaymentMethod",
					"confirmPaymentMethod",
					"deletePaymentMethod",
					"requestEmailUpdate"
				],
				"portalAuth": [
					"customerId",
					"externalCustomerId"
				]
			}
		}
	},
	{
		"displayName": "Member ID",
		"name": "portalMemberId",
		"type": "string",
		"default": "",
		"description": "For team customers: act as this member (member session)",
		"displayOptions": {
			"show": {
				"resource": [
					"portalLicenseKey"
				],
				"operation": [
					"getAll",
					"get",
					"rotate"
				],
				"portalAuth": [
					"customerId",
					"externalCustomerId"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Benefit ID",
				"name": "benefitId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "benefitChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Checkout ID",
				"name": "checkoutId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "checkoutChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Member ID",
				"name": "memberId",
				"type": "string",
				"default": "",
				"description": "Comma-separated UUIDs"
			},
			{
				"displayName": "Order ID",
				"name": "orderId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "orderChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Granted At",
						"value": "granted_at"
					},
					{
						"name": "Granted At (Descending)",
						"value": "-granted_at"
					},
					{
						"name": "Organization",
						"value": "organization"
					},
					{
						"name": "Organization (Descending)",
						"value": "-organization"
					},
					{
						"name": "Product Benefit",
						"value": "product_benefit"
					},
					{
						"name": "Product Benefit (Descending)",
						"value": "-product_benefit"
					},
					{
						"name": "Type",
						"value": "type"
					},
					{
						"name": "Type (Descending)",
						"value": "-type"
					}
				],
				"default": []
			},
			{
				"displayName": "Subscription ID",
				"name": "subscriptionId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "subscriptionChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Type",
				"name": "type",
				"type": "multiOptions",
				"options": [
					{
						"name": "Custom",
						"value": "custom"
					},
					{
						"name": "Discord",
						"value": "discord"
					},
					{
						"name": "Downloadables",
						"value": "downloadables"
					},
					{
						"name": "Feature Flag",
						"value": "feature_flag"
					},
					{
						"name": "Github Repository",
						"value": "github_repository"
					},
					{
						"name": "License Keys",
						"value": "license_keys"
					},
					{
						"name": "Meter Credit",
						"value": "meter_credit"
					},
					{
						"name": "Slack Shared Channel",
						"value": "slack_shared_channel"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Benefit Grant ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant"
				],
				"operation": [
					"get",
					"update"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Discord Update",
				"value": "discordUpdate"
			},
			{
				"name": "Git Hub Repository Update",
				"value": "gitHubRepositoryUpdate"
			},
			{
				"name": "Downloadables Update",
				"value": "downloadablesUpdate"
			},
			{
				"name": "License Keys Update",
				"value": "licenseKeysUpdate"
			},
			{
				"name": "Custom Update",
				"value": "customUpdate"
			},
			{
				"name": "Meter Credit Update",
				"value": "meterCreditUpdate"
			},
			{
				"name": "Feature Flag Update",
				"value": "featureFlagUpdate"
			},
			{
				"name": "Slack Shared Channel Update",
				"value": "slackSharedChannelUpdate"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "properties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Account ID",
						"name": "accountId",
						"type": "string",
						"default": "",
						"required": true
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"discordUpdate",
					"gitHubRepositoryUpdate"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "propertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"discordUpdate",
					"gitHubRepositoryUpdate"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "slackSharedChannelUpdateProperties",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Properties",
		"default": {},
		"options": [
			{
				"displayName": "Properties",
				"name": "values",
				"values": [
					{
						"displayName": "Invited Email",
						"name": "invitedEmail",
						"type": "string",
						"default": "",
						"required": true,
						"description": "Must be an email address"
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"slackSharedChannelUpdate"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Properties",
		"name": "slackSharedChannelUpdatePropertiesJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"portalBenefitGrant"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"slackSharedChannelUpdate"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Billing Address",
				"name": "billingAddress",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Billing Address",
				"default": {},
				"options": [
					{
						"displayName": "Billing Address",
						"name": "values",
						"values": [
							{
								"displayName": "Line1",
								"name": "line1",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Line2",
								"name": "line2",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Country",
								"name": "country",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "countryOptions"
								},
								"default": "",
								"required": true,
								"description": "Choose from the list, or specify a value using an expression"
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Billing Address",
				"name": "billingAddressJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Billing Name",
				"name": "billingName",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Default Payment Method ID",
				"name": "defaultPaymentMethodId",
				"type": "string",
				"default": "",
				"description": "Must be a UUID"
			},
			{
				"displayName": "Tax ID",
				"name": "taxId",
				"type": "string",
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Confirmation Token ID",
		"name": "confirmationTokenId",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"addPaymentMethod"
				]
			}
		}
	},
	{
		"displayName": "Set Default",
		"name": "setDefault",
		"type": "boolean",
		"default": false,
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"addPaymentMethod",
					"confirmPaymentMethod"
				]
			}
		}
	},
	{
		"displayName": "Return URL",
		"name": "returnUrl",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"addPaymentMethod"
				]
			}
		}
	},
	{
		"displayName": "Setup Intent ID",
		"name": "setupIntentId",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"confirmPaymentMethod"
				]
			}
		}
	},
	{
		"displayName": "Customer ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomer"
				],
				"operation": [
					"deletePaymentMethod"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Meter ID",
				"name": "meterId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "meterChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Balance",
						"value": "balance"
					},
					{
						"name": "Balance (Descending)",
						"value": "-balance"
					},
					{
						"name": "Consumed Units",
						"value": "consumed_units"
					},
					{
						"name": "Consumed Units (Descending)",
						"value": "-consumed_units"
					},
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Credited Units",
						"value": "credited_units"
					},
					{
						"name": "Credited Units (Descending)",
						"value": "-credited_units"
					},
					{
						"name": "Meter ID",
						"value": "meter_id"
					},
					{
						"name": "Meter ID (Descending)",
						"value": "-meter_id"
					},
					{
						"name": "Meter Name",
						"value": "meter_name"
					},
					{
						"name": "Meter Name (Descending)",
						"value": "-meter_name"
					},
					{
						"name": "Modified At",
						"value": "modified_at"
					},
					{
						"name": "Modified At (Descending)",
						"value": "-modified_at"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomerMeter"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Meter ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"portalCustomerMeter"
				],
				"operation": [
					"get"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Order ID",
				"name": "orderId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchOrder",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				]
			},
			{
				"displayName": "Subscription ID",
				"name": "subscriptionId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchSubscription",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				]
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalSeat",
					"customerSeat"
				],
				"operation": [
					"listSeats"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Checkout ID",
				"name": "checkoutId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchCheckout",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				]
			},
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchCustomer",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					},
					{
						"displayName": "By External ID",
						"name": "externalId",
						"type": "string",
						"placeholder": "e.g. user_42"
					}
				]
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"description": "Must be an email address"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "External Member ID",
				"name": "externalMemberId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Immediate Claim",
				"name": "immediateClaim",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Member ID",
				"name": "memberId",
				"type": "string",
				"default": "",
				"description": "Must be a UUID"
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Order ID",
				"name": "orderId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchOrder",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				]
			},
			{
				"displayName": "Subscription ID",
				"name": "subscriptionId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchSubscription",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				]
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalSeat"
				],
				"operation": [
					"assignSeat"
				]
			}
		}
	},
	{
		"displayName": "Seat ID",
		"name": "seatId",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"portalSeat",
					"customerSeat"
				],
				"operation": [
					"revokeSeat",
					"resendInvitation"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Benefit ID",
				"name": "benefitId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "benefitChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalDownloadable"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Benefit ID",
				"name": "benefitId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchBenefit",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				]
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalLicenseKey"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "License Key ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"portalLicenseKey"
				],
				"operation": [
					"get",
					"rotate"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Role",
				"name": "role",
				"type": "options",
				"options": [
					{
						"name": "Billing Manager",
						"value": "billing_manager"
					},
					{
						"name": "Member",
						"value": "member"
					},
					{
						"name": "Owner",
						"value": "owner"
					}
				],
				"default": "member"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalMember"
				],
				"operation": [
					"addMember"
				]
			}
		}
	},
	{
		"displayName": "Member ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"portalMember"
				],
				"operation": [
					"updateMember",
					"removeMember"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Role",
				"name": "role",
				"type": "options",
				"options": [
					{
						"name": "Billing Manager",
						"value": "billing_manager"
					},
					{
						"name": "Member",
						"value": "member"
					},
					{
						"name": "Owner",
						"value": "owner"
					}
				],
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalMember"
				],
				"operation": [
					"updateMember"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Product Billing Type",
				"name": "productBillingType",
				"type": "multiOptions",
				"options": [
					{
						"name": "One Time",
						"value": "one_time"
					},
					{
						"name": "Recurring",
						"value": "recurring"
					}
				],
				"default": []
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Amount",
						"value": "amount"
					},
					{
						"name": "Amount (Descending)",
						"value": "-amount"
					},
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Net Amount",
						"value": "net_amount"
					},
					{
						"name": "Net Amount (Descending)",
						"value": "-net_amount"
					},
					{
						"name": "Product",
						"value": "product"
					},
					{
						"name": "Product (Descending)",
						"value": "-product"
					},
					{
						"name": "Subscription",
						"value": "subscription"
					},
					{
						"name": "Subscription (Descending)",
						"value": "-subscription"
					}
				],
				"default": []
			},
			{
				"displayName": "Subscription ID",
				"name": "subscriptionId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "subscriptionChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalOrder"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Order ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"portalOrder"
				],
				"operation": [
					"get",
					"update",
					"invoice",
					"generateInvoice",
					"receipt",
					"getPaymentStatus",
					"confirmRetryPayment"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Confirmation Token ID",
				"name": "confirmationTokenId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Payment Method ID",
				"name": "paymentMethodId",
				"type": "string",
				"default": "",
				"description": "Must be a UUID"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalOrder"
				],
				"operation": [
					"confirmRetryPayment"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Active",
				"name": "active",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Amount",
						"value": "amount"
					},
					{
						"name": "Amount (Descending)",
						"value": "-amount"
					},
					{
						"name": "Organization",
						"value": "organization"
					},
					{
						"name": "Organization (Descending)",
						"value": "-organization"
					},
					{
						"name": "Product",
						"value": "product"
					},
					{
						"name": "Product (Descending)",
						"value": "-product"
					},
					{
						"name": "Started At",
						"value": "started_at"
					},
					{
						"name": "Started At (Descending)",
						"value": "-started_at"
					},
					{
						"name": "Status",
						"value": "status"
					},
					{
						"name": "Status (Descending)",
						"value": "-status"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalSubscription"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Subscription ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"portalSubscription"
				],
				"operation": [
					"get",
					"update",
					"cancel"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Update Product",
				"value": "updateProduct"
			},
			{
				"name": "Update Seats",
				"value": "updateSeats"
			},
			{
				"name": "Update Units",
				"value": "updateUnits"
			},
			{
				"name": "Cancel",
				"value": "cancel"
			},
			{
				"name": "Pause",
				"value": "pause"
			},
			{
				"name": "Resume",
				"value": "resume"
			},
			{
				"name": "Update Clear",
				"value": "updateClear"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"portalSubscription"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Product ID",
		"name": "productId",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchProduct",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"portalSubscription"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"updateProduct"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Cancel At Period End",
				"name": "cancelAtPeriodEnd",
				"type": "boolean",
				"default": false,
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"cancel"
						]
					}
				}
			},
			{
				"displayName": "Cancellation Comment",
				"name": "cancellationComment",
				"type": "string",
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"cancel"
						]
					}
				}
			},
			{
				"displayName": "Cancellation Reason",
				"name": "cancellationReason",
				"type": "options",
				"options": [
					{
						"name": "Customer Service",
						"value": "customer_service"
					},
					{
						"name": "Low Quality",
						"value": "low_quality"
					},
					{
						"name": "Missing Features",
						"value": "missing_features"
					},
					{
						"name": "Other",
						"value": "other"
					},
					{
						"name": "Switched Service",
						"value": "switched_service"
					},
					{
						"name": "Too Complex",
						"value": "too_complex"
					},
					{
						"name": "Too Expensive",
						"value": "too_expensive"
					},
					{
						"name": "Unused",
						"value": "unused"
					}
				],
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"cancel"
						]
					}
				}
			},
			{
				"displayName": "Resumes At",
				"name": "resumesAt",
				"type": "dateTime",
				"default": "",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"pause"
						]
					}
				}
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalSubscription"
				],
				"operation": [
					"update"
				],
				"bodyVariant": [
					"cancel",
					"pause"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Balance",
						"value": "balance"
					},
					{
						"name": "Balance (Descending)",
						"value": "-balance"
					},
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"portalWallet"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Wallet ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"portalWallet"
				],
				"operation": [
					"get"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchCustomer",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					},
					{
						"displayName": "By External ID",
						"name": "externalId",
						"type": "string",
						"placeholder": "e.g. user_42"
					}
				]
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"description": "Must be an email address"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "External Member ID",
				"name": "externalMemberId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Immediate Claim",
				"name": "immediateClaim",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Member ID",
				"name": "memberId",
				"type": "string",
				"default": "",
				"description": "Must be a UUID"
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Order ID",
				"name": "orderId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchOrder",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				]
			},
			{
				"displayName": "Subscription ID",
				"name": "subscriptionId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchSubscription",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				]
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customerSeat"
				],
				"operation": [
					"assignSeat"
				]
			}
		}
	},
	{
		"displayName": "Invitation Token",
		"name": "invitationToken",
		"type": "string",
		"default": "",
		"typeOptions": {
			"password": true
		},
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customerSeat"
				],
				"operation": [
					"getClaimInfo",
					"claimSeat"
				]
			}
		}
	},
	{
		"displayName": "Action",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "IDCreate",
				"value": "iDCreate"
			},
			{
				"name": "External IDCreate",
				"value": "externalIDCreate"
			}
		],
		"default": "",
		"displayOptions": {
			"show": {
				"resource": [
					"customerSession"
				]
			}
		}
	},
	{
		"displayName": "Customer ID",
		"name": "customerId",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchCustomer",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			},
			{
				"displayName": "By External ID",
				"name": "externalId",
				"type": "string",
				"placeholder": "e.g. user_42"
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customerSession"
				],
				"bodyVariant": [
					"iDCreate"
				]
			}
		}
	},
	{
		"displayName": "External Customer ID",
		"name": "externalCustomerId",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"customerSession"
				],
				"bodyVariant": [
					"externalIDCreate"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "External Member ID",
				"name": "externalMemberId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Member ID",
				"name": "memberId",
				"type": "string",
				"default": "",
				"description": "Must be a UUID"
			},
			{
				"displayName": "Return URL",
				"name": "returnUrl",
				"type": "string",
				"default": "",
				"description": "Must be a URL"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customerSession"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Depth",
				"name": "depth",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "End Timestamp",
				"name": "endTimestamp",
				"type": "dateTime",
				"default": ""
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Filter",
				"name": "filter",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Meter ID",
				"name": "meterId",
				"type": "resourceLocator",
				"default": {
					"mode": "list",
					"value": ""
				},
				"modes": [
					{
						"displayName": "From List",
						"name": "list",
						"type": "list",
						"typeOptions": {
							"searchListMethod": "searchMeter",
							"searchable": true
						}
					},
					{
						"displayName": "By ID",
						"name": "id",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
									"errorMessage": "Not a UUID"
								}
							}
						]
					},
					{
						"displayName": "By URL",
						"name": "url",
						"type": "string",
						"validation": [
							{
								"type": "regex",
								"properties": {
									"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
						}
					}
				]
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Parent ID",
				"name": "parentId",
				"type": "string",
				"default": "",
				"description": "Must be a UUID"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Timestamp",
						"value": "timestamp"
					},
					{
						"name": "Timestamp (Descending)",
						"value": "-timestamp"
					}
				],
				"default": []
			},
			{
				"displayName": "Source",
				"name": "source",
				"type": "multiOptions",
				"options": [
					{
						"name": "System",
						"value": "system"
					},
					{
						"name": "User",
						"value": "user"
					}
				],
				"default": []
			},
			{
				"displayName": "Start Timestamp",
				"name": "startTimestamp",
				"type": "dateTime",
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"event"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "First Seen",
						"value": "first_seen"
					},
					{
						"name": "First Seen (Descending)",
						"value": "-first_seen"
					},
					{
						"name": "Last Seen",
						"value": "last_seen"
					},
					{
						"name": "Last Seen (Descending)",
						"value": "-last_seen"
					},
					{
						"name": "Name",
						"value": "name"
					},
					{
						"name": "Name (Descending)",
						"value": "-name"
					},
					{
						"name": "Occurrences",
						"value": "occurrences"
					},
					{
						"name": "Occurrences (Descending)",
						"value": "-occurrences"
					}
				],
				"default": []
			},
			{
				"displayName": "Source",
				"name": "source",
				"type": "multiOptions",
				"options": [
					{
						"name": "System",
						"value": "system"
					},
					{
						"name": "User",
						"value": "user"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"event"
				],
				"operation": [
					"listNames"
				]
			}
		}
	},
	{
		"displayName": "Event ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"event"
				],
				"operation": [
					"get"
				]
			}
		}
	},
	{
		"displayName": "Events",
		"name": "events",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": true
		},
		"placeholder": "Add Event",
		"default": {},
		"options": [
			{
				"displayName": "Event",
				"name": "event",
				"values": [
					{
						"displayName": "Type",
						"name": "type",
						"type": "options",
						"options": [
							{
								"name": "Customer",
								"value": "customer"
							},
							{
								"name": "External Customer",
								"value": "externalCustomer"
							}
						],
						"default": "",
						"required": true
					},
					{
						"displayName": "Timestamp",
						"name": "timestamp",
						"type": "dateTime",
						"default": ""
					},
					{
						"displayName": "Name",
						"name": "name",
						"type": "string",
						"default": "",
						"required": true
					},
					{
						"displayName": "Organization",
						"name": "organizationId",
						"type": "options",
						"typeOptions": {
							"loadOptionsMethod": "getOrganizations"
						},
						"default": "",
						"description": "Choose from the list, or specify an ID using an expression"
					},
					{
						"displayName": "External ID",
						"name": "externalId",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Parent ID",
						"name": "parentId",
						"type": "string",
						"default": ""
					},
					{
						"displayName": "Metadata",
						"name": "metadata",
						"type": "fixedCollection",
						"typeOptions": {
							"multipleValues": true
						},
						"placeholder": "Add Entry",
						"default": {},
						"options": [
							{
								"displayName": "Entry",
								"name": "entries",
								"values": [
									{
										"displayName": "Key",
										"name": "key",
										"type": "string",
										"default": ""
									},
									{
										"displayName": "Value",
										"name": "value",
										"type": "string",
										"default": ""
									}
								]
							}
						]
					},
					{
						"displayName": "Customer ID",
						"name": "customerId",
						"type": "resourceLocator",
						"default": {
							"mode": "list",
							"value": ""
						},
						"modes": [
							{
								"displayName": "From List",
								"name": "list",
								"type": "list",
								"typeOptions": {
									"searchListMethod": "searchCustomer",
									"searchable": true
								}
							},
							{
								"displayName": "By ID",
								"name": "id",
								"type": "string",
								"validation": [
									{
										"type": "regex",
										"properties": {
											"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
											"errorMessage": "Not a UUID"
										}
									}
								]
							},
							{
								"displayName": "By URL",
								"name": "url",
								"type": "string",
								"validation": [
									{
										"type": "regex",
										"properties": {
											"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
											"errorMessage": "No ID in this URL"
										}
									}
								],
								"extractValue": {
									"type": "regex",
									"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
								}
							}
						],
						"required": true,
						"displayOptions": {
							"show": {
								"type": [
									"customer"
								]
							}
						}
					},
					{
						"displayName": "Member ID",
						"name": "memberId",
						"type": "string",
						"default": "",
						"description": "Must be a UUID",
						"displayOptions": {
							"show": {
								"type": [
									"customer"
								]
							}
						}
					},
					{
						"displayName": "External Customer ID",
						"name": "externalCustomerId",
						"type": "string",
						"default": "",
						"required": true,
						"displayOptions": {
							"show": {
								"type": [
									"externalCustomer"
								]
							}
						}
					},
					{
						"displayName": "External Member ID",
						"name": "externalMemberId",
						"type": "string",
						"default": "",
						"displayOptions": {
							"show": {
								"type": [
									"externalCustomer"
								]
							}
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"event"
				],
				"operation": [
					"ingest"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Events",
		"name": "eventsJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"event"
				],
				"operation": [
					"ingest"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Parent ID",
				"name": "parentId",
				"type": "string",
				"default": "",
				"description": "Must be a UUID"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Root Events",
				"name": "rootEvents",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "First Seen",
						"value": "first_seen"
					},
					{
						"name": "First Seen (Descending)",
						"value": "-first_seen"
					},
					{
						"name": "Label",
						"value": "label"
					},
					{
						"name": "Label (Descending)",
						"value": "-label"
					},
					{
						"name": "Last Seen",
						"value": "last_seen"
					},
					{
						"name": "Last Seen (Descending)",
						"value": "-last_seen"
					},
					{
						"name": "Name",
						"value": "name"
					},
					{
						"name": "Name (Descending)",
						"value": "-name"
					},
					{
						"name": "Occurrences",
						"value": "occurrences"
					},
					{
						"name": "Occurrences (Descending)",
						"value": "-occurrences"
					}
				],
				"default": []
			},
			{
				"displayName": "Source",
				"name": "source",
				"type": "options",
				"options": [
					{
						"name": "System",
						"value": "system"
					},
					{
						"name": "User",
						"value": "user"
					}
				],
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"eventType"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Event Type ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"eventType"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Label Property Selector",
				"name": "labelPropertySelector",
				"type": "string",
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"eventType"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Is Archived",
				"name": "isArchived",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Name",
						"value": "name"
					},
					{
						"name": "Name (Descending)",
						"value": "-name"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Filter",
		"name": "filter",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Filter",
				"name": "values",
				"values": [
					{
						"displayName": "Conjunction",
						"name": "conjunction",
						"type": "options",
						"options": [
							{
								"name": "And",
								"value": "and"
							},
							{
								"name": "Or",
								"value": "or"
							}
						],
						"default": "",
						"required": true
					},
					{
						"displayName": "Clauses",
						"name": "clauses",
						"type": "fixedCollection",
						"typeOptions": {
							"multipleValues": true
						},
						"placeholder": "Add Clause",
						"default": {},
						"options": [
							{
								"displayName": "Clause",
								"name": "clause",
								"values": [
									{
										"displayName": "Property",
										"name": "property",
										"type": "string",
										"default": "",
										"required": true
									},
									{
										"displayName": "Operator",
										"name": "operator",
										"type": "options",
										"options": [
											{
												"name": "Eq",
												"value": "eq"
											},
											{
												"name": "Gt",
												"value": "gt"
											},
											{
												"name": "Gte",
												"value": "gte"
											},
											{
												"name": "Like",
												"value": "like"
											},
											{
												"name": "Lt",
												"value": "lt"
											},
											{
												"name": "Lte",
												"value": "lte"
											},
											{
												"name": "Ne",
												"value": "ne"
											},
											{
												"name": "Not Like",
												"value": "not_like"
											}
										],
										"default": "",
										"required": true
									},
									{
										"displayName": "Value",
										"name": "value",
										"type": "string",
										"default": "",
										"required": true
									}
								]
							}
						],
						"required": true
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"create"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Filter",
		"name": "filterJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"create"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Aggregation",
		"name": "aggregation",
		"type": "fixedCollection",
		"typeOptions": {
			"multipleValues": false
		},
		"placeholder": "Add Aggregation",
		"default": {},
		"options": [
			{
				"displayName": "Aggregation",
				"name": "values",
				"values": [
					{
						"displayName": "Func",
						"name": "func",
						"type": "options",
						"options": [
							{
								"name": "Avg",
								"value": "avg"
							},
							{
								"name": "Count",
								"value": "count"
							},
							{
								"name": "Max",
								"value": "max"
							},
							{
								"name": "Min",
								"value": "min"
							},
							{
								"name": "Sum",
								"value": "sum"
							},
							{
								"name": "Unique",
								"value": "unique"
							}
						],
						"default": "",
						"required": true
					},
					{
						"displayName": "Property",
						"name": "property",
						"type": "string",
						"default": "",
						"required": true,
						"displayOptions": {
							"show": {
								"func": [
									"avg",
									"max",
									"min",
									"sum",
									"unique"
								]
							}
						}
					}
				]
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"create"
				],
				"inputMode": [
					"fields"
				]
			}
		}
	},
	{
		"displayName": "Aggregation",
		"name": "aggregationJson",
		"type": "json",
		"default": "",
		"required": true,
		"description": "JSON; checked before sending",
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"create"
				],
				"inputMode": [
					"json"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Custom Label",
				"name": "customLabel",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Custom Multiplier",
				"name": "customMultiplier",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Unit",
				"name": "unit",
				"type": "options",
				"options": [
					{
						"name": "Custom",
						"value": "custom"
					},
					{
						"name": "Scalar",
						"value": "scalar"
					},
					{
						"name": "Token",
						"value": "token"
					}
				],
				"default": "scalar"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"create"
				]
			}
		}
	},
	{
		"displayName": "Meter ID",
		"name": "id",
		"type": "resourceLocator",
		"default": {
			"mode": "list",
			"value": ""
		},
		"modes": [
			{
				"displayName": "From List",
				"name": "list",
				"type": "list",
				"typeOptions": {
					"searchListMethod": "searchMeter",
					"searchable": true
				}
			},
			{
				"displayName": "By ID",
				"name": "id",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$",
							"errorMessage": "Not a UUID"
						}
					}
				]
			},
			{
				"displayName": "By URL",
				"name": "url",
				"type": "string",
				"validation": [
					{
						"type": "regex",
						"properties": {
							"regex": "^https?://.*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"get",
					"update",
					"quantities"
				]
			}
		}
	},
	{
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Aggregation",
				"name": "aggregation",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Aggregation",
				"default": {},
				"options": [
					{
						"displayName": "Aggregation",
						"name": "values",
						"values": [
							{
								"displayName": "Func",
								"name": "func",
								"type": "options",
								"options": [
									{
										"name": "Avg",
										"value": "avg"
									},
									{
										"name": "Count",
										"value": "count"
									},
									{
										"name": "Max",
										"value": "max"
									},
									{
										"name": "Min",
										"value": "min"
									},
									{
										"name": "Sum",
										"value": "sum"
									},
									{
										"name": "Unique",
										"value": "unique"
									}
								],
								"default": "",
								"required": true
							},
							{
								"displayName": "Property",
								"name": "property",
								"type": "string",
								"default": "",
								"required": true,
								"displayOptions": {
									"show": {
										"func": [
											"avg",
											"max",
											"min",
											"sum",
											"unique"
										]
									}
								}
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Aggregation",
				"name": "aggregationJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Custom Label",
				"name": "customLabel",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Custom Multiplier",
				"name": "customMultiplier",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				}
			},
			{
				"displayName": "Filter",
				"name": "filter",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": false
				},
				"placeholder": "Add Filter",
				"default": {},
				"options": [
					{
						"displayName": "Filter",
						"name": "values",
						"values": [
							{
								"displayName": "Conjunction",
								"name": "conjunction",
								"type": "options",
								"options": [
									{
										"name": "And",
										"value": "and"
									},
									{
										"name": "Or",
										"value": "or"
									}
								],
								"default": "",
								"required": true
							},
							{
								"displayName": "Clauses",
								"name": "clauses",
								"type": "fixedCollection",
								"typeOptions": {
									"multipleValues": true
								},
								"placeholder": "Add Clause",
								"default": {},
								"options": [
									{
										"displayName": "Clause",
										"name": "clause",
										"values": [
											{
												"displayName": "Property",
												"name": "property",
												"type": "string",
												"default": "",
												"required": true
											},
											{
												"displayName": "Operator",
												"name": "operator",
												"type": "options",
												"options": [
													{
														"name": "Eq",
														"value": "eq"
													},
													{
														"name": "Gt",
														"value": "gt"
													},
													{
														"name": "Gte",
														"value": "gte"
													},
													{
														"name": "Like",
														"value": "like"
													},
													{
														"name": "Lt",
														"value": "lt"
													},
													{
														"name": "Lte",
														"value": "lte"
													},
													{
														"name": "Ne",
														"value": "ne"
													},
													{
														"name": "Not Like",
														"value": "not_like"
													}
												],
												"default": "",
												"required": true
											},
											{
												"displayName": "Value",
												"name": "value",
												"type": "string",
												"default": "",
												"required": true
											}
										]
									}
								],
								"required": true
							}
						]
					}
				],
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Filter",
				"name": "filterJson",
				"type": "json",
				"default": "",
				"description": "JSON; checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Is Archived",
				"name": "isArchived",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Unit",
				"name": "unit",
				"type": "options",
				"options": [
					{
						"name": "Custom",
						"value": "custom"
					},
					{
						"name": "Scalar",
						"value": "scalar"
					},
					{
						"name": "Token",
						"value": "token"
					}
				],
				"default": ""
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"update"
				]
			}
		}
	},
	{
		"displayName": "Start Timestamp",
		"name": "startTimestamp",
		"type": "dateTime",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"quantities"
				]
			}
		}
	},
	{
		"displayName": "End Timestamp",
		"name": "endTimestamp",
		"type": "dateTime",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"quantities"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Customer Aggregation Function",
				"name": "customerAggregationFunction",
				"type": "options",
				"options": [
					{
						"name": "Avg",
						"value": "avg"
					},
					{
						"name": "Count",
						"value": "count"
					},
					{
						"name": "Max",
						"value": "max"
					},
					{
						"name": "Min",
						"value": "min"
					},
					{
						"name": "Sum",
						"value": "sum"
					},
					{
						"name": "Unique",
						"value": "unique"
					}
				],
				"default": ""
			},
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Metadata",
				"name": "metadata",
				"type": "fixedCollection",
				"typeOptions": {
					"multipleValues": true
				},
				"placeholder": "Add Entry",
				"default": {},
				"options": [
					{
						"displayName": "Entry",
						"name": "entries",
						"values": [
							{
								"displayName": "Key",
								"name": "key",
								"type": "string",
								"default": ""
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": ""
							}
						]
					}
				]
			},
			{
				"displayName": "Timezone",
				"name": "timezone",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "timezoneOptions"
				},
				"default": "UTC",
				"description": "Choose from the list, or specify a value using an expression"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"meter"
				],
				"operation": [
					"quantities"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Meter ID",
				"name": "meterId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "meterChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Balance",
						"value": "balance"
					},
					{
						"name": "Balance (Descending)",
						"value": "-balance"
					},
					{
						"name": "Consumed Units",
						"value": "consumed_units"
					},
					{
						"name": "Consumed Units (Descending)",
						"value": "-consumed_units"
					},
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Credited Units",
						"value": "credited_units"
					},
					{
						"name": "Credited Units (Descending)",
						"value": "-credited_units"
					},
					{
						"name": "Customer ID",
						"value": "customer_id"
					},
					{
						"name": "Customer ID (Descending)",
						"value": "-customer_id"
					},
					{
						"name": "Customer Name",
						"value": "customer_name"
					},
					{
						"name": "Customer Name (Descending)",
						"value": "-customer_name"
					},
					{
						"name": "Meter ID",
						"value": "meter_id"
					},
					{
						"name": "Meter ID (Descending)",
						"value": "-meter_id"
					},
					{
						"name": "Meter Name",
						"value": "meter_name"
					},
					{
						"name": "Meter Name (Descending)",
						"value": "-meter_name"
					},
					{
						"name": "Modified At",
						"value": "modified_at"
					},
					{
						"name": "Modified At (Descending)",
						"value": "-modified_at"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"customerMeter"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Customer Meter ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"customerMeter"
				],
				"operation": [
					"get"
				]
			}
		}
	},
	{
		"displayName": "Filters",
		"name": "filters",
		"type": "collection",
		"placeholder": "Add Filter",
		"default": {},
		"options": [
			{
				"displayName": "Checkout ID",
				"name": "checkoutId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "checkoutChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Customer Email",
				"name": "customerEmail",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Method",
				"name": "method",
				"type": "string",
				"default": "",
				"description": "Comma-separated values"
			},
			{
				"displayName": "Order ID",
				"name": "orderId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "orderChoices"
				},
				"default": [],
				"description": "Choose from the list, or specify IDs using an expression"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Choose from the list, or specify an ID using an expression"
			},
			{
				"displayName": "Sort By",
				"name": "sort",
				"type": "multiOptions",
				"options": [
					{
						"name": "Amount",
						"value": "amount"
					},
					{
						"name": "Amount (Descending)",
						"value": "-amount"
					},
					{
						"name": "Created At",
						"value": "created_at"
					},
					{
						"name": "Created At (Descending)",
						"value": "-created_at"
					},
					{
						"name": "Method",
						"value": "method"
					},
					{
						"name": "Method (Descending)",
						"value": "-method"
					},
					{
						"name": "Status",
						"value": "status"
					},
					{
						"name": "Status (Descending)",
						"value": "-status"
					}
				],
				"default": []
			},
			{
				"displayName": "Status",
				"name": "status",
				"type": "multiOptions",
				"options": [
					{
						"name": "Failed",
						"value": "failed"
					},
					{
						"name": "Pending",
						"value": "pending"
					},
					{
						"name": "Succeeded",
						"value": "succeeded"
					}
				],
				"default": []
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"payment"
				],
				"operation": [
					"getAll"
				]
			}
		}
	},
	{
		"displayName": "Payment ID",
		"name": "id",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Must be a UUID",
		"displayOptions": {
			"show": {
				"resource": [
					"payment"
				],
				"operation": [
					"get"
				]
			}
		}
	}
];
