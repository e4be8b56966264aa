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
		"default": "accessToken",
		"description": "How the node signs in to Polar: with an access token or with OAuth2"
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
				"description": "Create an organization"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get an organization",
				"description": "Get an organization"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many organizations",
				"description": "Get many organizations"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update an organization",
				"description": "Update an organization"
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
				"description": "Create a product"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a product that was never sold",
				"description": "Delete a product that was never sold"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a product",
				"description": "Get a product"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many products",
				"description": "Get many products"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a product",
				"description": "Update a product"
			},
			{
				"name": "Update Benefits",
				"value": "updateBenefits",
				"action": "Replace the benefits granted by a product",
				"description": "Replace the benefits granted by a product"
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
				"description": "Create a subscription"
			},
			{
				"name": "Export",
				"value": "export",
				"action": "Download all subscriptions as CSV",
				"description": "Download all subscriptions as CSV"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a subscription",
				"description": "Get a subscription"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many subscriptions",
				"description": "Get many subscriptions"
			},
			{
				"name": "Revoke",
				"value": "revoke",
				"action": "End a subscription immediately",
				"description": "End a subscription immediately"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Change, cancel, pause, resume or revoke a subscription",
				"description": "Change, cancel, pause, resume or revoke a subscription"
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
				"description": "Create an order"
			},
			{
				"name": "Export",
				"value": "export",
				"action": "Download all orders as CSV",
				"description": "Download all orders as CSV"
			},
			{
				"name": "Finalize",
				"value": "finalize",
				"action": "Finalize a draft order so it can be paid",
				"description": "Finalize a draft order so it can be paid"
			},
			{
				"name": "Generate Invoice",
				"value": "generateInvoice",
				"action": "Generate the invoice of an order",
				"description": "Generate the invoice of an order"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get an order",
				"description": "Get an order"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many orders",
				"description": "Get many orders"
			},
			{
				"name": "Invoice",
				"value": "invoice",
				"action": "Get the invoice URL of an order",
				"description": "Get the invoice URL of an order"
			},
			{
				"name": "Receipt",
				"value": "receipt",
				"action": "Get the receipt of an order",
				"description": "Get the receipt of an order"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update an order",
				"description": "Update an order"
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
				"description": "Create a refund"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many refunds",
				"description": "Get many refunds"
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
				"description": "Accept a dispute"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a dispute",
				"description": "Get a dispute"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many disputes",
				"description": "Get many disputes"
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
				"description": "Confirm a checkout session by its client secret"
			},
			{
				"name": "Client Get",
				"value": "clientGet",
				"action": "Get a checkout session by its client secret",
				"description": "Get a checkout session by its client secret"
			},
			{
				"name": "Client Update",
				"value": "clientUpdate",
				"action": "Update a checkout session by its client secret",
				"description": "Update a checkout session by its client secret"
			},
			{
				"name": "Create",
				"value": "create",
				"action": "Create a checkout session",
				"description": "Create a checkout session"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a checkout session",
				"description": "Get a checkout session"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many checkout sessions",
				"description": "Get many checkout sessions"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a checkout session",
				"description": "Update a checkout session"
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
				"description": "Create a checkout link"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a checkout link",
				"description": "Delete a checkout link"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a checkout link",
				"description": "Get a checkout link"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many checkout links",
				"description": "Get many checkout links"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a checkout link",
				"description": "Update a checkout link"
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
				"description": "Create a customer"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a customer",
				"description": "Delete a customer"
			},
			{
				"name": "Delete External",
				"value": "deleteExternal",
				"action": "Delete a customer by external ID",
				"description": "Delete a customer by external ID"
			},
			{
				"name": "Export",
				"value": "export",
				"action": "Download all customers as CSV",
				"description": "Download all customers as CSV"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a customer",
				"description": "Get a customer"
			},
			{
				"name": "Get External",
				"value": "getExternal",
				"action": "Get a customer by external ID",
				"description": "Get a customer by external ID"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many customers",
				"description": "Get many customers"
			},
			{
				"name": "Get State",
				"value": "getState",
				"action": "Get a customer with active subscriptions, benefits and meters",
				"description": "Get a customer with active subscriptions, benefits and meters"
			},
			{
				"name": "Get State External",
				"value": "getStateExternal",
				"action": "Get a customer state by external ID",
				"description": "Get a customer state by external ID"
			},
			{
				"name": "List Payment Methods",
				"value": "listPaymentMethods",
				"action": "List the saved payment methods of a customer",
				"description": "List the saved payment methods of a customer"
			},
			{
				"name": "List Payment Methods External",
				"value": "listPaymentMethodsExternal",
				"action": "List the saved payment methods of a customer by external ID",
				"description": "List the saved payment methods of a customer by external ID"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a customer",
				"description": "Update a customer"
			},
			{
				"name": "Update External",
				"value": "updateExternal",
				"action": "Update a customer by external ID",
				"description": "Update a customer by external ID"
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
				"description": "Create a member of a customer"
			},
			{
				"name": "Create External",
				"value": "createExternal",
				"action": "Add a member to a customer found by external ID",
				"description": "Add a member to a customer found by external ID"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a member of a customer",
				"description": "Delete a member of a customer"
			},
			{
				"name": "Delete External",
				"value": "deleteExternal",
				"action": "Remove a member by the external IDs of customer and member",
				"description": "Remove a member by the external IDs of customer and member"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a member of a customer",
				"description": "Get a member of a customer"
			},
			{
				"name": "Get External",
				"value": "getExternal",
				"action": "Get a member by the external IDs of customer and member",
				"description": "Get a member by the external IDs of customer and member"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many members of a customer",
				"description": "Get many members of a customer"
			},
			{
				"name": "Get Many External",
				"value": "listExternal",
				"action": "Get many members of a customer found by external ID",
				"description": "Get many members of a customer found by external ID"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a member of a customer",
				"description": "Update a member of a customer"
			},
			{
				"name": "Update External",
				"value": "updateExternal",
				"action": "Update a member by the external IDs of customer and member",
				"description": "Update a member by the external IDs of customer and member"
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
				"description": "Assign a seat to a customer by email or ID"
			},
			{
				"name": "Claim Seat",
				"value": "claimSeat",
				"action": "Claim a seat with an invitation token",
				"description": "Claim a seat with an invitation token"
			},
			{
				"name": "Get Claim Info",
				"value": "getClaimInfo",
				"action": "Get what a seat invitation grants",
				"description": "Get what a seat invitation grants"
			},
			{
				"name": "List Seats",
				"value": "listSeats",
				"action": "List the seats of a subscription or order",
				"description": "List the seats of a subscription or order"
			},
			{
				"name": "Resend Invitation",
				"value": "resendInvitation",
				"action": "Resend the invitation email of a seat",
				"description": "Resend the invitation email of a seat"
			},
			{
				"name": "Revoke Seat",
				"value": "revokeSeat",
				"action": "Revoke a seat",
				"description": "Revoke a seat"
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
				"description": "Mint a customer or member session token for the customer portal"
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
				"description": "Get a customer meter"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many customer meters",
				"description": "Get many customer meters"
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
				"description": "Create a benefit"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a benefit",
				"description": "Delete a benefit"
			},
			{
				"name": "Files",
				"value": "files",
				"action": "List the files of a downloadable benefit",
				"description": "List the files of a downloadable benefit"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a benefit",
				"description": "Get a benefit"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many benefits",
				"description": "Get many benefits"
			},
			{
				"name": "Grants",
				"value": "grants",
				"action": "List who was granted a benefit",
				"description": "List who was granted a benefit"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a benefit",
				"description": "Update a benefit"
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
				"action": "Get many benefit grants",
				"description": "Get many benefit grants"
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
				"description": "Activate a license key for one instance"
			},
			{
				"name": "Deactivate",
				"value": "deactivate",
				"action": "Deactivate one activation of a license key",
				"description": "Deactivate one activation of a license key"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a license key",
				"description": "Get a license key"
			},
			{
				"name": "Get Activation",
				"value": "getActivation",
				"action": "Get one activation of a license key",
				"description": "Get one activation of a license key"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many license keys",
				"description": "Get many license keys"
			},
			{
				"name": "Rotate",
				"value": "rotate",
				"action": "Replace the key string of a license key",
				"description": "Replace the key string of a license key"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a license key",
				"description": "Update a license key"
			},
			{
				"name": "Validate",
				"value": "validate",
				"action": "Check that a license key is valid",
				"description": "Check that a license key is valid"
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
				"description": "Create a discount"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a discount",
				"description": "Delete a discount"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a discount",
				"description": "Get a discount"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many discounts",
				"description": "Get many discounts"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a discount",
				"description": "Update a discount"
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
				"description": "Create a custom field"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a custom field",
				"description": "Delete a custom field"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a custom field",
				"description": "Get a custom field"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many custom fields",
				"description": "Get many custom fields"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a custom field",
				"description": "Update a custom field"
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
				"description": "Start a file upload and get presigned upload URLs"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a file",
				"description": "Delete a file"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many files",
				"description": "Get many files"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a file",
				"description": "Update a file"
			},
			{
				"name": "Uploaded",
				"value": "uploaded",
				"action": "Complete a file upload after its parts were sent",
				"description": "Complete a file upload after its parts were sent"
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
				"description": "Create a meter"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a meter",
				"description": "Get a meter"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many meters",
				"description": "Get many meters"
			},
			{
				"name": "Quantities",
				"value": "quantities",
				"action": "Get the quantities of a meter over a period",
				"description": "Get the quantities of a meter over a period"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a meter",
				"description": "Update a meter"
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
				"description": "Get an event"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many events",
				"description": "Get many events"
			},
			{
				"name": "Ingest",
				"value": "ingest",
				"action": "Send usage events for metered billing",
				"description": "Send usage events for metered billing"
			},
			{
				"name": "List Names",
				"value": "listNames",
				"action": "List the names of ingested events",
				"description": "List the names of ingested events"
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
				"action": "Get many event types",
				"description": "Get many event types"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update an event type",
				"description": "Update an event type"
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
				"description": "Create a metrics dashboard"
			},
			{
				"name": "Delete Dashboard",
				"value": "deleteDashboard",
				"action": "Delete a metrics dashboard",
				"description": "Delete a metrics dashboard"
			},
			{
				"name": "Export",
				"value": "export",
				"action": "Download metrics as CSV",
				"description": "Download metrics as CSV"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get metrics over a period",
				"description": "Get metrics over a period"
			},
			{
				"name": "Get Dashboard",
				"value": "getDashboard",
				"action": "Get a metrics dashboard",
				"description": "Get a metrics dashboard"
			},
			{
				"name": "Limits",
				"value": "limits",
				"action": "Get the period and interval limits of metrics",
				"description": "Get the period and interval limits of metrics"
			},
			{
				"name": "List Dashboards",
				"value": "listDashboards",
				"action": "List metrics dashboards",
				"description": "List metrics dashboards"
			},
			{
				"name": "Update Dashboard",
				"value": "updateDashboard",
				"action": "Update a metrics dashboard",
				"description": "Update a metrics dashboard"
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
				"description": "Get a payment"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many payments",
				"description": "Get many payments"
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
				"description": "Register a URL that receives webhook events"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete a webhook endpoint",
				"description": "Delete a webhook endpoint"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a webhook endpoint by ID",
				"description": "Get a webhook endpoint by ID"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many webhook endpoints",
				"description": "Get many webhook endpoints"
			},
			{
				"name": "List Deliveries",
				"value": "listDeliveries",
				"action": "List delivery attempts of webhook events",
				"description": "List delivery attempts of webhook events"
			},
			{
				"name": "Redeliver",
				"value": "redeliver",
				"action": "Send a past webhook event again",
				"description": "Send a past webhook event again"
			},
			{
				"name": "Reset Secret",
				"value": "resetSecret",
				"action": "Issue a new signing secret for a webhook endpoint",
				"description": "Issue a new signing secret for a webhook endpoint"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Change the URL, events or state of a webhook endpoint",
				"description": "Change the URL, events or state of a webhook endpoint"
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
				"description": "Start an OAuth2 authorization"
			},
			{
				"name": "Introspect Token",
				"value": "introspectToken",
				"action": "Describe an access or refresh token",
				"description": "Describe an access or refresh token"
			},
			{
				"name": "Request Token",
				"value": "requestToken",
				"action": "Exchange a code or refresh token for an access token",
				"description": "Exchange a code or refresh token for an access token"
			},
			{
				"name": "Revoke Token",
				"value": "revokeToken",
				"action": "Revoke an access or refresh token",
				"description": "Revoke an access or refresh token"
			},
			{
				"name": "Userinfo",
				"value": "userinfo",
				"action": "Get the user behind an OAuth2 token",
				"description": "Get the user behind an OAuth2 token"
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
				"description": "Register an OAuth2 client application"
			},
			{
				"name": "Delete",
				"value": "delete",
				"action": "Delete an OAuth2 client application",
				"description": "Delete an OAuth2 client application"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get an OAuth2 client application",
				"description": "Get an OAuth2 client application"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update an OAuth2 client application",
				"description": "Update an OAuth2 client application"
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
				"description": "Get a benefit grant of the signed-in customer"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many benefit grants of the signed-in customer",
				"description": "Get many benefit grants of the signed-in customer"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a benefit grant of the signed-in customer",
				"description": "Update a benefit grant of the signed-in customer"
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
				"description": "Add a payment method for the signed-in customer"
			},
			{
				"name": "Check Email Update",
				"value": "checkEmailUpdate",
				"action": "Check an email-change token",
				"description": "Check an email-change token"
			},
			{
				"name": "Confirm Payment Method",
				"value": "confirmPaymentMethod",
				"action": "Confirm a payment method that needed extra steps",
				"description": "Confirm a payment method that needed extra steps"
			},
			{
				"name": "Delete Payment Method",
				"value": "deletePaymentMethod",
				"action": "Delete a saved payment method of the signed-in customer",
				"description": "Delete a saved payment method of the signed-in customer"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get the signed-in customer",
				"description": "Get the signed-in customer"
			},
			{
				"name": "List Payment Methods",
				"value": "listPaymentMethods",
				"action": "List the saved payment methods of the signed-in customer",
				"description": "List the saved payment methods of the signed-in customer"
			},
			{
				"name": "Request Email Update",
				"value": "requestEmailUpdate",
				"action": "Send a verification email to change the customer email",
				"description": "Send a verification email to change the customer email"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update the signed-in customer",
				"description": "Update the signed-in customer"
			},
			{
				"name": "Verify Email Update",
				"value": "verifyEmailUpdate",
				"action": "Confirm an email change with its token",
				"description": "Confirm an email change with its token"
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
				"description": "Get a meter balance of the signed-in customer"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many meters of the signed-in customer",
				"description": "Get many meters of the signed-in customer"
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
				"description": "Get the customer or member behind the session token"
			},
			{
				"name": "Introspect",
				"value": "introspect",
				"action": "Describe the current customer session token",
				"description": "Describe the current customer session token"
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
				"action": "Get many downloadables of the signed-in customer",
				"description": "Get many downloadables of the signed-in customer"
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
				"action": "Activate a license key from an app",
				"description": "Activate a license key from an app"
			},
			{
				"name": "Deactivate",
				"value": "deactivate",
				"action": "Deactivate a license key activation from an app",
				"description": "Deactivate a license key activation from an app"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a license key of the signed-in customer",
				"description": "Get a license key of the signed-in customer"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "List license keys of the signed-in customer",
				"description": "List license keys of the signed-in customer"
			},
			{
				"name": "Rotate",
				"value": "rotate",
				"action": "Replace the key string of a license key of the signed-in customer",
				"description": "Replace the key string of a license key of the signed-in customer"
			},
			{
				"name": "Validate",
				"value": "validate",
				"action": "Check a license key from an app",
				"description": "Check a license key from an app"
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
				"description": "Add a member to the signed-in team customer"
			},
			{
				"name": "List Members",
				"value": "listMembers",
				"action": "List the members of the signed-in team customer",
				"description": "List the members of the signed-in team customer"
			},
			{
				"name": "Remove Member",
				"value": "removeMember",
				"action": "Remove a member from the signed-in team customer",
				"description": "Remove a member from the signed-in team customer"
			},
			{
				"name": "Update Member",
				"value": "updateMember",
				"action": "Change the role of a team member",
				"description": "Change the role of a team member"
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
				"description": "Confirm a retried payment of an order"
			},
			{
				"name": "Generate Invoice",
				"value": "generateInvoice",
				"action": "Generate the invoice of an order of the signed-in customer",
				"description": "Generate the invoice of an order of the signed-in customer"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get an order of the signed-in customer",
				"description": "Get an order of the signed-in customer"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many orders of the signed-in customer",
				"description": "Get many orders of the signed-in customer"
			},
			{
				"name": "Get Payment Status",
				"value": "getPaymentStatus",
				"action": "Get the payment status of an order",
				"description": "Get the payment status of an order"
			},
			{
				"name": "Invoice",
				"value": "invoice",
				"action": "Get the invoice URL of an order of the signed-in customer",
				"description": "Get the invoice URL of an order of the signed-in customer"
			},
			{
				"name": "Receipt",
				"value": "receipt",
				"action": "Get the receipt of an order of the signed-in customer",
				"description": "Get the receipt of an order of the signed-in customer"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update an order of the signed-in customer",
				"description": "Update an order of the signed-in customer"
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
				"action": "Get the public profile of an organization by its slug",
				"description": "Get the public profile of an organization by its slug"
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
				"description": "Assign a seat of the signed-in customer"
			},
			{
				"name": "List Claimed Subscriptions",
				"value": "listClaimedSubscriptions",
				"action": "List subscriptions the signed-in member claimed a seat of",
				"description": "List subscriptions the signed-in member claimed a seat of"
			},
			{
				"name": "List Seats",
				"value": "listSeats",
				"action": "List the seats of a subscription of the signed-in customer",
				"description": "List the seats of a subscription of the signed-in customer"
			},
			{
				"name": "Resend Invitation",
				"value": "resendInvitation",
				"action": "Resend a seat invitation of the signed-in customer",
				"description": "Resend a seat invitation of the signed-in customer"
			},
			{
				"name": "Revoke Seat",
				"value": "revokeSeat",
				"action": "Revoke a seat of the signed-in customer",
				"description": "Revoke a seat of the signed-in customer"
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
				"description": "Cancel a subscription at the end of its period"
			},
			{
				"name": "Get",
				"value": "get",
				"action": "Get a subscription of the signed-in customer",
				"description": "Get a subscription of the signed-in customer"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many subscriptions of the signed-in customer",
				"description": "Get many subscriptions of the signed-in customer"
			},
			{
				"name": "Update",
				"value": "update",
				"action": "Update a subscription of the signed-in customer",
				"description": "Update a subscription of the signed-in customer"
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
				"description": "Get a wallet of the signed-in customer"
			},
			{
				"name": "Get Many",
				"value": "getAll",
				"action": "Get many wallets of the signed-in customer",
				"description": "Get many wallets of the signed-in customer"
			}
		],
		"default": "getAll"
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
					"portalCustomer",
					"portalLicenseKey",
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
				"operation": [
					"get",
					"update",
					"listPaymentMethods",
					"addPaymentMethod",
					"confirmPaymentMethod",
					"deletePaymentMethod",
					"requestEmailUpdate",
					"getAll",
					"rotate",
					"listSeats",
					"assignSeat",
					"revokeSeat",
					"resendInvitation",
					"listClaimedSubscriptions",
					"introspect",
					"getAuthenticatedUser",
					"listMembers",
					"addMember",
					"updateMember",
					"removeMember",
					"invoice",
					"generateInvoice",
					"receipt",
					"getPaymentStatus",
					"confirmRetryPayment",
					"cancel"
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
					"portalCustomer",
					"portalLicenseKey",
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
				"operation": [
					"get",
					"update",
					"listPaymentMethods",
					"addPaymentMethod",
					"confirmPaymentMethod",
					"deletePaymentMethod",
					"requestEmailUpdate",
					"getAll",
					"rotate",
					"listSeats",
					"assignSeat",
					"revokeSeat",
					"resendInvitation",
					"listClaimedSubscriptions",
					"introspect",
					"getAuthenticatedUser",
					"listMembers",
					"addMember",
					"updateMember",
					"removeMember",
					"invoice",
					"generateInvoice",
					"receipt",
					"getPaymentStatus",
					"confirmRetryPayment",
					"cancel"
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
					"portalCustomer",
					"portalLicenseKey",
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
				"operation": [
					"get",
					"update",
					"listPaymentMethods",
					"addPaymentMethod",
					"confirmPaymentMethod",
					"deletePaymentMethod",
					"requestEmailUpdate",
					"getAll",
					"rotate",
					"listSeats",
					"assignSeat",
					"revokeSeat",
					"resendInvitation",
					"listClaimedSubscriptions",
					"introspect",
					"getAuthenticatedUser",
					"listMembers",
					"addMember",
					"updateMember",
					"removeMember",
					"invoice",
					"generateInvoice",
					"receipt",
					"getPaymentStatus",
					"confirmRetryPayment",
					"cancel"
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
					"portalCustomer",
					"portalLicenseKey",
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
				"operation": [
					"get",
					"update",
					"listPaymentMethods",
					"addPaymentMethod",
					"confirmPaymentMethod",
					"deletePaymentMethod",
					"requestEmailUpdate",
					"getAll",
					"rotate",
					"listSeats",
					"assignSeat",
					"revokeSeat",
					"resendInvitation",
					"listClaimedSubscriptions",
					"introspect",
					"getAuthenticatedUser",
					"listMembers",
					"addMember",
					"updateMember",
					"removeMember",
					"invoice",
					"generateInvoice",
					"receipt",
					"getPaymentStatus",
					"confirmRetryPayment",
					"cancel"
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
					"portalCustomer",
					"portalLicenseKey",
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
				"operation": [
					"get",
					"update",
					"listPaymentMethods",
					"addPaymentMethod",
					"confirmPaymentMethod",
					"deletePaymentMethod",
					"requestEmailUpdate",
					"getAll",
					"rotate",
					"listSeats",
					"assignSeat",
					"revokeSeat",
					"resendInvitation",
					"listClaimedSubscriptions",
					"introspect",
					"getAuthenticatedUser",
					"listMembers",
					"addMember",
					"updateMember",
					"removeMember",
					"invoice",
					"generateInvoice",
					"receipt",
					"getPaymentStatus",
					"confirmRetryPayment",
					"cancel"
				],
				"portalAuth": [
					"customerId",
					"externalCustomerId"
				]
			}
		}
	},
	{
		"displayName": "Customer By",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Customer ID",
				"value": "customer"
			},
			{
				"name": "External Customer ID",
				"value": "externalCustomer"
			}
		],
		"default": "",
		"description": "Find the customer by Polar's ID or by your own (external) ID",
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
		"displayName": "Change",
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
		"description": "What to change; each choice shows its own fields",
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
		"displayName": "Grant Type",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Authorization Code",
				"value": "authorizationCodeTokenRequest"
			},
			{
				"name": "Refresh Token",
				"value": "refreshTokenRequest"
			},
			{
				"name": "Web Session Token",
				"value": "webTokenRequest"
			}
		],
		"default": "",
		"description": "What is exchanged for a token",
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
		"displayName": "Benefit Type",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Custom",
				"value": "customCreate"
			},
			{
				"name": "Discord Role",
				"value": "discordCreate"
			},
			{
				"name": "GitHub Repository Access",
				"value": "gitHubRepositoryCreate"
			},
			{
				"name": "File Downloads",
				"value": "downloadablesCreate"
			},
			{
				"name": "License Keys",
				"value": "licenseKeysCreate"
			},
			{
				"name": "Meter Credits",
				"value": "meterCreditCreate"
			},
			{
				"name": "Feature Flag",
				"value": "featureFlagCreate"
			},
			{
				"name": "Slack Shared Channel",
				"value": "slackSharedChannelCreate"
			}
		],
		"default": "",
		"description": "What the customer gets; each type shows its own settings",
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
		"displayName": "Benefit Type",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Custom",
				"value": "customUpdate"
			},
			{
				"name": "Discord Role",
				"value": "discordUpdate"
			},
			{
				"name": "GitHub Repository Access",
				"value": "gitHubRepositoryUpdate"
			},
			{
				"name": "File Downloads",
				"value": "downloadablesUpdate"
			},
			{
				"name": "License Keys",
				"value": "licenseKeysUpdate"
			},
			{
				"name": "Meter Credits",
				"value": "meterCreditUpdate"
			},
			{
				"name": "Feature Flag",
				"value": "featureFlagUpdate"
			},
			{
				"name": "Slack Shared Channel",
				"value": "slackSharedChannelUpdate"
			}
		],
		"default": "",
		"description": "The type of the benefit being changed; each type shows its own settings",
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
		"displayName": "Billing Type",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Recurring (Subscription)",
				"value": "recurring"
			},
			{
				"name": "One-Time Purchase",
				"value": "oneTime"
			}
		],
		"default": "",
		"description": "A subscription billed every interval, or a one-time purchase",
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
		"displayName": "Use For",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Downloadable (Benefit File)",
				"value": "downloadableFileCreate"
			},
			{
				"name": "Product Media",
				"value": "productMediaFileCreate"
			},
			{
				"name": "Organization Avatar",
				"value": "organizationAvatarFileCreate"
			},
			{
				"name": "Support Case Attachment",
				"value": "supportCaseAttachmentFileCreate"
			}
		],
		"default": "",
		"description": "What the file is for",
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
		"displayName": "Link To",
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
		"description": "What the link sells: one price, one product, or a choice of products",
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
		"displayName": "Field Type",
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
				"name": "Dropdown (Select)",
				"value": "select"
			}
		],
		"default": "",
		"description": "What kind of answer the field takes",
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
		"displayName": "Field Type",
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
				"name": "Dropdown (Select)",
				"value": "select"
			}
		],
		"default": "",
		"description": "The type of the field being changed",
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
		"displayName": "Discount Type",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Fixed Amount Off",
				"value": "fixedCreate"
			},
			{
				"name": "Percentage Off",
				"value": "percentageCreate"
			}
		],
		"default": "",
		"description": "A fixed amount off, or a percentage off",
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
		"displayName": "Customer Type",
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
		"description": "One person, or a team whose members share the purchase",
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
		"displayName": "Benefit Type",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Discord Role",
				"value": "discordUpdate"
			},
			{
				"name": "GitHub Repository Access",
				"value": "gitHubRepositoryUpdate"
			},
			{
				"name": "File Downloads",
				"value": "downloadablesUpdate"
			},
			{
				"name": "License Keys",
				"value": "licenseKeysUpdate"
			},
			{
				"name": "Custom",
				"value": "customUpdate"
			},
			{
				"name": "Meter Credits",
				"value": "meterCreditUpdate"
			},
			{
				"name": "Feature Flag",
				"value": "featureFlagUpdate"
			},
			{
				"name": "Slack Shared Channel",
				"value": "slackSharedChannelUpdate"
			}
		],
		"default": "",
		"description": "The type of the benefit grant being changed",
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
		"displayName": "Change",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Change Product",
				"value": "updateProduct"
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
				"name": "Cancel or Uncancel at Period End",
				"value": "cancel"
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
		"description": "What to change; each choice shows its own fields",
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
		"displayName": "Customer By",
		"name": "bodyVariant",
		"type": "options",
		"noDataExpression": true,
		"required": true,
		"options": [
			{
				"name": "Customer ID",
				"value": "iDCreate"
			},
			{
				"name": "External Customer ID",
				"value": "externalIDCreate"
			}
		],
		"default": "",
		"description": "Find the customer by Polar's ID or by your own (external) ID",
		"displayOptions": {
			"show": {
				"resource": [
					"customerSession"
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
					"organization",
					"subscription",
					"benefit",
					"webhook",
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
					"customer",
					"customerMember",
					"portalBenefitGrant",
					"portalCustomer",
					"portalCustomerMeter",
					"portalSeat",
					"portalLicenseKey",
					"portalMember",
					"portalOrder",
					"portalSubscription",
					"portalWallet",
					"event",
					"eventType",
					"meter",
					"customerMeter",
					"payment",
					"benefitGrant",
					"portalDownloadable"
				],
				"operation": [
					"getAll",
					"files",
					"grants",
					"listDeliveries",
					"listPaymentMethods",
					"listPaymentMethodsExternal",
					"listExternal",
					"listClaimedSubscriptions",
					"listMembers",
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
					"benefit",
					"webhook",
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
					"customer",
					"customerMember",
					"portalBenefitGrant",
					"portalCustomer",
					"portalCustomerMeter",
					"portalSeat",
					"portalLicenseKey",
					"portalMember",
					"portalOrder",
					"portalSubscription",
					"portalWallet",
					"event",
					"eventType",
					"meter",
					"customerMeter",
					"payment",
					"benefitGrant",
					"portalDownloadable"
				],
				"operation": [
					"getAll",
					"files",
					"grants",
					"listDeliveries",
					"listPaymentMethods",
					"listPaymentMethodsExternal",
					"listExternal",
					"listClaimedSubscriptions",
					"listMembers",
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
					"refund",
					"dispute",
					"checkout",
					"file",
					"licenseKey",
					"checkoutLink",
					"customField",
					"discount",
					"customer",
					"event",
					"meter",
					"benefitGrant",
					"customerMeter",
					"payment"
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
					"benefit",
					"webhook",
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
					"customer",
					"customerMember",
					"portalBenefitGrant",
					"portalCustomer",
					"portalCustomerMeter",
					"portalSeat",
					"portalLicenseKey",
					"portalMember",
					"portalOrder",
					"portalSubscription",
					"portalWallet",
					"event",
					"eventType",
					"meter",
					"customerMeter",
					"payment",
					"benefitGrant",
					"portalDownloadable"
				],
				"operation": [
					"getAll",
					"files",
					"grants",
					"listDeliveries",
					"listPaymentMethods",
					"listPaymentMethodsExternal",
					"listExternal",
					"listClaimedSubscriptions",
					"listMembers",
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
				"value": "fields"
			},
			{
				"name": "JSON",
				"value": "json"
			}
		],
		"default": "fields",
		"description": "JSON takes each nested input as JSON (checked before sending), for expressions, AI agents and lists of any length",
		"displayOptions": {
			"show": {
				"resource": [
					"organization",
					"benefit",
					"product",
					"checkout",
					"customField",
					"discount",
					"customer",
					"portalBenefitGrant",
					"portalCustomer",
					"portalOrder",
					"event",
					"meter"
				],
				"operation": [
					"create",
					"update",
					"clientUpdate",
					"clientConfirm",
					"updateExternal",
					"ingest"
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
				"value": "fields"
			},
			{
				"name": "JSON",
				"value": "json"
			}
		],
		"default": "fields",
		"description": "JSON takes each nested input as JSON (checked before sending), for expressions, AI agents and lists of any length",
		"displayOptions": {
			"show": {
				"resource": [
					"order"
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
				"value": "fields"
			},
			{
				"name": "JSON",
				"value": "json"
			}
		],
		"default": "fields",
		"description": "JSON takes each nested input as JSON (checked before sending), for expressions, AI agents and lists of any length",
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
		"displayName": "Name",
		"name": "name",
		"type": "string",
		"default": "",
		"required": true,
		"description": "At least 3 characters",
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
		"displayName": "Slug",
		"name": "slug",
		"type": "string",
		"default": "",
		"required": true,
		"description": "3 to 64 characters",
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
				"placeholder": "e.g. https://example.com"
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
				"description": "JSON, checked before sending"
			},
			{
				"displayName": "Customer Portal Settings",
				"name": "customerPortalSettings",
				"type": "json",
				"default": "",
				"description": "JSON, e.g. {\"usage\":{\"show\":true},\"subscription\":{\"update_seats\":true,\"update_plan\":true}}"
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
						"name": "Added on Top of the Price",
						"value": "exclusive"
					},
					{
						"name": "By Customer Location",
						"value": "location"
					},
					{
						"name": "Included in the Price",
						"value": "inclusive"
					}
				],
				"default": "location"
			},
			{
				"displayName": "Details",
				"name": "details",
				"type": "json",
				"default": "",
				"description": "JSON, e.g. {\"about\":\"text\"}"
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"placeholder": "name@email.com"
			},
			{
				"displayName": "Feature Settings",
				"name": "featureSettings",
				"type": "json",
				"default": "",
				"description": "JSON, e.g. {\"member_model_enabled\":true}"
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
								"displayName": "Legal Entity Type",
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
								"required": true,
								"description": "Whether the organization is a person or a company"
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
				"description": "JSON, checked before sending",
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
										"name": "GitHub",
										"value": "github"
									},
									{
										"name": "Instagram",
										"value": "instagram"
									},
									{
										"name": "LinkedIn",
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
										"name": "TikTok",
										"value": "tiktok"
									},
									{
										"name": "X (Twitter)",
										"value": "x"
									},
									{
										"name": "YouTube",
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
								"placeholder": "e.g. https://example.com"
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
				"description": "JSON, e.g. [{\"platform\":\"x\",\"url\":\"https://example.com\"}]",
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
				"description": "JSON, checked before sending"
			},
			{
				"displayName": "Website",
				"name": "website",
				"type": "string",
				"default": "",
				"placeholder": "e.g. https://example.com"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
				"placeholder": "e.g. https://example.com"
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
				"description": "JSON, checked before sending"
			},
			{
				"displayName": "Customer Portal Settings",
				"name": "customerPortalSettings",
				"type": "json",
				"default": "",
				"description": "JSON, e.g. {\"usage\":{\"show\":true},\"subscription\":{\"update_seats\":true,\"update_plan\":true}}"
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
						"name": "Added on Top of the Price",
						"value": "exclusive"
					},
					{
						"name": "By Customer Location",
						"value": "location"
					},
					{
						"name": "Included in the Price",
						"value": "inclusive"
					}
				],
				"default": ""
			},
			{
				"displayName": "Details",
				"name": "details",
				"type": "json",
				"default": "",
				"description": "JSON, e.g. {\"about\":\"text\"}"
			},
			{
				"displayName": "Dispute Settings",
				"name": "disputeSettings",
				"type": "json",
				"default": "",
				"description": "JSON, e.g. {\"auto_accept_below_amount\":1900}"
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"placeholder": "name@email.com"
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
				"description": "JSON, e.g. {\"member_model_enabled\":true}"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": "",
				"description": "At least 3 characters"
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
										"name": "GitHub",
										"value": "github"
									},
									{
										"name": "Instagram",
										"value": "instagram"
									},
									{
										"name": "LinkedIn",
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
										"name": "TikTok",
										"value": "tiktok"
									},
									{
										"name": "X (Twitter)",
										"value": "x"
									},
									{
										"name": "YouTube",
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
								"placeholder": "e.g. https://example.com"
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
				"description": "JSON, e.g. [{\"platform\":\"x\",\"url\":\"https://example.com\"}]",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "SSO Enforced",
				"name": "ssoEnforced",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Subscription Settings",
				"name": "subscriptionSettings",
				"type": "json",
				"default": "",
				"description": "JSON, checked before sending"
			},
			{
				"displayName": "Website",
				"name": "website",
				"type": "string",
				"default": "",
				"placeholder": "e.g. https://example.com"
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
				"description": "Deprecated by Polar. Whether to return only live subscriptions (trialing, active, past due), or only ended ones."
			},
			{
				"displayName": "Cancel At Period End",
				"name": "cancelAtPeriodEnd",
				"type": "boolean",
				"default": false,
				"description": "Whether to return only subscriptions set to cancel at the end of their period, or only those that are not"
			},
			{
				"displayName": "Canceled At After",
				"name": "canceledAtAfter",
				"type": "dateTime",
				"default": "",
				"description": "Only subscriptions canceled at or after this time"
			},
			{
				"displayName": "Canceled At Before",
				"name": "canceledAtBefore",
				"type": "dateTime",
				"default": "",
				"description": "Only subscriptions canceled before this time"
			},
			{
				"displayName": "Cancellation Reason",
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
				"default": [],
				"description": "Only subscriptions canceled for one of these reasons"
			},
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Only subscriptions of these customers"
			},
			{
				"displayName": "Discount ID",
				"name": "discountId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "discountChoices"
				},
				"default": [],
				"description": "Only subscriptions with one of these discounts"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Only subscriptions of the customers with these external IDs. Comma-separated values."
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Only subscriptions whose metadata has all of these key/value pairs"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Only subscriptions of these organizations; needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Only subscriptions to these products"
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
				"default": [],
				"description": "The first sorts; the next break ties"
			},
			{
				"displayName": "Started After",
				"name": "startedAfter",
				"type": "dateTime",
				"default": "",
				"description": "Only subscriptions that started at or after this time"
			},
			{
				"displayName": "Started Before",
				"name": "startedBefore",
				"type": "dateTime",
				"default": "",
				"description": "Only subscriptions that started before this time"
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
				"default": [],
				"description": "Only subscriptions in one of these states"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
		"description": "The Polar customer",
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
		"description": "The customer's ID in your own system (its external ID)",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
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
				"description": "Needed only with a personal or OAuth2 token"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
		"displayName": "Seats",
		"name": "seats",
		"type": "number",
		"default": 0,
		"typeOptions": {
			"numberPrecision": 0
		},
		"required": true,
		"description": "The new number of seats",
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
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
		"description": "The new number of units",
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
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
		"description": "New end of the current period, when the next renewal happens; earlier or later, but in the future",
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
		"description": "Whether to cancel when the current period ends (on), or undo a pending cancellation (off)",
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
		"description": "Whether to pause when the current period ends (on), or undo a pending pause (off)",
		"displayOptions": {
			"show": {
				"resource": [
					"subscription"
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
				"displayName": "Cancellation Comment",
				"name": "customerCancellationComment",
				"type": "string",
				"default": "",
				"description": "The customer's own words about why they cancel",
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
				"displayName": "Cancellation Reason",
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
				"description": "Why the customer cancels, as reported in Polar's churn metrics",
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				],
				"description": "A discount for the coming periods; it applies from the next billing period",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "New key/value data; it replaces all of the subscription's metadata",
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
						}
					}
				],
				"description": "Move the subscription to this product",
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
						"name": "Apply From the Next Period",
						"value": "next_period"
					},
					{
						"name": "Invoice the Difference Now",
						"value": "invoice"
					},
					{
						"name": "Prorate on the Next Invoice",
						"value": "prorate"
					},
					{
						"name": "Restart the Billing Period Now",
						"value": "reset"
					}
				],
				"default": "",
				"description": "How the price change is billed; empty uses the organization's setting",
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
				"description": "When the paused subscription starts again by itself, after the current period; empty keeps it paused until resumed",
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
				"description": "Start or extend a free trial until this date and time, or write now to end the trial at once",
				"placeholder": "e.g. 2026-12-31T12:00:00Z or now",
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
		"displayName": "Redirect URIs",
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
				"displayName": "Client URI",
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
				"displayName": "Logo URI",
				"name": "logoUri",
				"type": "string",
				"default": "",
				"placeholder": "e.g. https://example.com"
			},
			{
				"displayName": "Policy URI",
				"name": "policyUri",
				"type": "string",
				"default": "",
				"placeholder": "e.g. https://example.com"
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
				"displayName": "TOS URI",
				"name": "tosUri",
				"type": "string",
				"default": "",
				"placeholder": "e.g. https://example.com"
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
					"oauth2Client",
					"oauth2"
				],
				"operation": [
					"get",
					"update",
					"delete",
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
					"oauth2",
					"checkout"
				],
				"operation": [
					"requestToken",
					"revokeToken",
					"introspectToken",
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
		"displayName": "Redirect URI",
		"name": "redirectUri",
		"type": "string",
		"default": "",
		"required": true,
		"placeholder": "e.g. https://example.com",
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
					"oauth2",
					"portalCustomer"
				],
				"operation": [
					"revokeToken",
					"introspectToken",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
						"name": "GitHub Repository",
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
		"displayName": "Description",
		"name": "description",
		"type": "string",
		"default": "",
		"required": true,
		"description": "What the customer sees, e.g. on the checkout page (3 to 42 characters)",
		"placeholder": "e.g. Lifetime license key",
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
						"default": "",
						"description": "Private text shown only to customers who have the benefit, e.g. how to claim it; Markdown allowed"
					}
				]
			}
		],
		"required": true,
		"description": "Settings of this type of benefit",
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
		"description": "JSON, checked before sending",
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
						"displayName": "Discord Server Token",
						"name": "guildToken",
						"type": "string",
						"default": "",
						"typeOptions": {
							"password": true
						},
						"required": true,
						"description": "Token of your Discord server, from connecting Polar to it in the dashboard"
					},
					{
						"displayName": "Discord Role ID",
						"name": "roleId",
						"type": "string",
						"default": "",
						"required": true,
						"description": "The Discord role members get",
						"placeholder": "e.g. 1098765432109876543"
					},
					{
						"displayName": "Kick Member on Revoke",
						"name": "kickMember",
						"type": "boolean",
						"default": false,
						"description": "Whether to remove the member from the server when the benefit is revoked"
					}
				]
			}
		],
		"required": true,
		"description": "Settings of this type of benefit",
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
		"description": "JSON, e.g. {\"guild_token\":\"text\",\"role_id\":\"text\",\"kick_member\":true}",
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
						"required": true,
						"description": "The GitHub user or organization that owns the repository",
						"placeholder": "e.g. my-org"
					},
					{
						"displayName": "Repository Name",
						"name": "repositoryName",
						"type": "string",
						"default": "",
						"required": true,
						"description": "The repository customers are invited to",
						"placeholder": "e.g. pro-templates"
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
						"required": true,
						"description": "What invited customers may do in the repository, from read-only (Pull) to Admin"
					}
				]
			}
		],
		"required": true,
		"description": "Settings of this type of benefit",
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
		"description": "JSON, e.g. {\"repository_owner\":\"text\",\"repository_name\":\"text\",\"permission\":\"pull\"}",
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
										"displayName": "File ID",
										"name": "key",
										"type": "string",
										"default": "",
										"required": true,
										"description": "A file of the benefit"
									},
									{
										"displayName": "Archived",
										"name": "value",
										"type": "boolean",
										"default": false,
										"description": "Whether the file is hidden from new customers"
									}
								]
							}
						],
						"description": "Files hidden from new customers, by file ID; customers who have them keep them"
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
						"description": "The files customers can download: IDs of files uploaded for downloads (File → Upload)"
					}
				]
			}
		],
		"required": true,
		"description": "Settings of this type of benefit",
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
		"description": "JSON, e.g. {\"files\":[\"FILE\"]}",
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
						"default": "",
						"description": "Text every key starts with, so customers recognize it",
						"placeholder": "e.g. MYAPP"
					},
					{
						"displayName": "Expiry",
						"name": "expires",
						"type": "fixedCollection",
						"typeOptions": {
							"multipleValues": false
						},
						"placeholder": "Add Expiry",
						"default": {},
						"options": [
							{
								"displayName": "Expiry",
								"name": "values",
								"values": [
									{
										"displayName": "Expires After",
										"name": "ttl",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"required": true,
										"description": "Number of days, months or years a key stays valid"
									},
									{
										"displayName": "Expiry Unit",
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
										"required": true,
										"description": "Unit of Expires After"
									}
								]
							}
						],
						"description": "How long a key stays valid after it is granted; empty means it never expires"
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
										"displayName": "Activation Limit",
										"name": "limit",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"required": true,
										"description": "Most activations one key can have at a time"
									},
									{
										"displayName": "Self-Service",
										"name": "enableCustomerAdmin",
										"type": "boolean",
										"default": false,
										"description": "Whether customers can remove activations themselves in the customer portal"
									}
								]
							}
						],
						"description": "Limit how many devices or installs a key can be activated on; empty means no activation needed"
					},
					{
						"displayName": "Additional Fields",
						"name": "additionalFields",
						"type": "collection",
						"placeholder": "Add Field",
						"default": {},
						"options": [
							{
								"displayName": "Usage Limit",
								"name": "limitUsage",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"description": "Most uses a key allows, counted by License Key → Validate with Increment Usage By; empty means no limit"
							}
						]
					}
				]
			}
		],
		"required": true,
		"description": "Settings of this type of benefit",
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
		"description": "JSON, e.g. {\"prefix\":\"text\"}",
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
						"displayName": "Credited Units",
						"name": "units",
						"type": "number",
						"default": 0,
						"typeOptions": {
							"numberPrecision": 0
						},
						"required": true,
						"description": "Units credited each billing period"
					},
					{
						"displayName": "Rollover",
						"name": "rollover",
						"type": "boolean",
						"default": false,
						"description": "Whether unused credits carry over to the next period"
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
											"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
											"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
											"errorMessage": "No ID in this URL"
										}
									}
								],
								"extractValue": {
									"type": "regex",
									"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
								}
							}
						],
						"required": true,
						"description": "The meter the credits count against"
					}
				]
			}
		],
		"required": true,
		"description": "Settings of this type of benefit",
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
		"description": "JSON, e.g. {\"units\":1,\"rollover\":true,\"meter_id\":\"METER_ID\"}",
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
						"description": "The Slack workspace connected to Polar that holds the channels"
					},
					{
						"displayName": "Channel Name Template",
						"name": "channelNameTemplate",
						"type": "string",
						"default": "",
						"required": true,
						"description": "Name of each customer's channel, with placeholders such as {customer_name}, {metadata.KEY} or {customer_email_local}",
						"placeholder": "e.g. support-{customer_name}"
					},
					{
						"displayName": "Private",
						"name": "private",
						"type": "boolean",
						"default": true,
						"description": "Whether the channels are private"
					},
					{
						"displayName": "Welcome Message",
						"name": "welcomeMessage",
						"type": "string",
						"default": "",
						"description": "Message posted in each new channel; Markdown allowed"
					},
					{
						"displayName": "Archive on Revoke",
						"name": "archiveOnRevoke",
						"type": "boolean",
						"default": true,
						"description": "Whether to archive the channel once the benefit is revoked"
					},
					{
						"displayName": "Team Invitees",
						"name": "teamInvitees",
						"type": "string",
						"default": "",
						"description": "Slack user IDs of your team to invite to every channel. Comma-separated values."
					}
				]
			}
		],
		"required": true,
		"description": "Settings of this type of benefit",
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
		"description": "JSON, e.g. {\"slack_integration_id\":\"SLACK_INTEGRATION_ID\",\"channel_name_template\":\"text\"}",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Needed only with a personal or OAuth2 token"
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
				"description": "Public lists it on product pages; Private grants it without listing it; Draft keeps it unused"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
				"default": "",
				"description": "3 to 42 characters"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
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
				"description": "JSON, checked before sending",
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
								"displayName": "Discord Server Token",
								"name": "guildToken",
								"type": "string",
								"default": "",
								"typeOptions": {
									"password": true
								},
								"required": true,
								"description": "Token of your Discord server, from connecting Polar to it in the dashboard"
							},
							{
								"displayName": "Discord Role ID",
								"name": "roleId",
								"type": "string",
								"default": "",
								"required": true,
								"description": "The Discord role members get",
								"placeholder": "e.g. 1098765432109876543"
							},
							{
								"displayName": "Kick Member on Revoke",
								"name": "kickMember",
								"type": "boolean",
								"default": false,
								"description": "Whether to remove the member from the server when the benefit is revoked"
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
				"description": "JSON, e.g. {\"guild_token\":\"text\",\"role_id\":\"text\",\"kick_member\":true}",
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
								"required": true,
								"description": "The GitHub user or organization that owns the repository",
								"placeholder": "e.g. my-org"
							},
							{
								"displayName": "Repository Name",
								"name": "repositoryName",
								"type": "string",
								"default": "",
								"required": true,
								"description": "The repository customers are invited to",
								"placeholder": "e.g. pro-templates"
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
								"required": true,
								"description": "What invited customers may do in the repository, from read-only (Pull) to Admin"
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
				"description": "JSON, e.g. {\"repository_owner\":\"text\",\"repository_name\":\"text\",\"permission\":\"pull\"}",
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
												"displayName": "File ID",
												"name": "key",
												"type": "string",
												"default": "",
												"required": true,
												"description": "A file of the benefit"
											},
											{
												"displayName": "Archived",
												"name": "value",
												"type": "boolean",
												"default": false,
												"description": "Whether the file is hidden from new customers"
											}
										]
									}
								],
								"description": "Files hidden from new customers, by file ID; customers who have them keep them"
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
								"description": "The files customers can download: IDs of files uploaded for downloads (File → Upload)"
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
				"description": "JSON, e.g. {\"files\":[\"FILE\"]}",
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
								"default": "",
								"description": "Text every key starts with, so customers recognize it",
								"placeholder": "e.g. MYAPP"
							},
							{
								"displayName": "Expiry",
								"name": "expires",
								"type": "fixedCollection",
								"typeOptions": {
									"multipleValues": false
								},
								"placeholder": "Add Expiry",
								"default": {},
								"options": [
									{
										"displayName": "Expiry",
										"name": "values",
										"values": [
											{
												"displayName": "Expires After",
												"name": "ttl",
												"type": "number",
												"default": 0,
												"typeOptions": {
													"numberPrecision": 0
												},
												"required": true,
												"description": "Number of days, months or years a key stays valid"
											},
											{
												"displayName": "Expiry Unit",
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
												"required": true,
												"description": "Unit of Expires After"
											}
										]
									}
								],
								"description": "How long a key stays valid after it is granted; empty means it never expires"
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
												"displayName": "Activation Limit",
												"name": "limit",
												"type": "number",
												"default": 0,
												"typeOptions": {
													"numberPrecision": 0
												},
												"required": true,
												"description": "Most activations one key can have at a time"
											},
											{
												"displayName": "Self-Service",
												"name": "enableCustomerAdmin",
												"type": "boolean",
												"default": false,
												"description": "Whether customers can remove activations themselves in the customer portal"
											}
										]
									}
								],
								"description": "Limit how many devices or installs a key can be activated on; empty means no activation needed"
							},
							{
								"displayName": "Additional Fields",
								"name": "additionalFields",
								"type": "collection",
								"placeholder": "Add Field",
								"default": {},
								"options": [
									{
										"displayName": "Usage Limit",
										"name": "limitUsage",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"description": "Most uses a key allows, counted by License Key → Validate with Increment Usage By; empty means no limit"
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
				"description": "JSON, e.g. {\"prefix\":\"text\"}",
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
								"displayName": "Credited Units",
								"name": "units",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"required": true,
								"description": "Units credited each billing period"
							},
							{
								"displayName": "Rollover",
								"name": "rollover",
								"type": "boolean",
								"default": false,
								"description": "Whether unused credits carry over to the next period"
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
													"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
													"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
													"errorMessage": "No ID in this URL"
												}
											}
										],
										"extractValue": {
											"type": "regex",
											"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
										}
									}
								],
								"required": true,
								"description": "The meter the credits count against"
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
				"description": "JSON, e.g. {\"units\":1,\"rollover\":true,\"meter_id\":\"METER_ID\"}",
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
								"description": "The Slack workspace connected to Polar that holds the channels"
							},
							{
								"displayName": "Channel Name Template",
								"name": "channelNameTemplate",
								"type": "string",
								"default": "",
								"required": true,
								"description": "Name of each customer's channel, with placeholders such as {customer_name}, {metadata.KEY} or {customer_email_local}",
								"placeholder": "e.g. support-{customer_name}"
							},
							{
								"displayName": "Private",
								"name": "private",
								"type": "boolean",
								"default": true,
								"description": "Whether the channels are private"
							},
							{
								"displayName": "Welcome Message",
								"name": "welcomeMessage",
								"type": "string",
								"default": "",
								"description": "Message posted in each new channel; Markdown allowed"
							},
							{
								"displayName": "Archive on Revoke",
								"name": "archiveOnRevoke",
								"type": "boolean",
								"default": true,
								"description": "Whether to archive the channel once the benefit is revoked"
							},
							{
								"displayName": "Team Invitees",
								"name": "teamInvitees",
								"type": "string",
								"default": "",
								"description": "Slack user IDs of your team to invite to every channel. Comma-separated values."
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
				"description": "JSON, e.g. {\"slack_integration_id\":\"SLACK_INTEGRATION_ID\",\"channel_name_template\":\"text\"}",
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
				"description": "Public lists it on product pages; Private grants it without listing it; Draft keeps it unused",
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
				"description": "The Polar customer"
			},
			{
				"displayName": "Granted",
				"name": "isGranted",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Member ID",
				"name": "memberId",
				"type": "string",
				"default": "",
				"description": "For a team customer: the member it is for. Comma-separated IDs."
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
				"description": "The Polar customer"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "The customer's ID in your own system (its external ID). Comma-separated values."
			},
			{
				"displayName": "Granted",
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
				"description": "Needed only with a personal or OAuth2 token"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
				"description": "Needed only with a personal or OAuth2 token"
			}
		],
		"displayOptions": {
			"show": {
				"resource": [
					"webhook",
					"metric"
				],
				"operation": [
					"getAll",
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
				"description": "Needed only with a personal or OAuth2 token"
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
		"description": "The https address that receives the events; Polar delivers only to public URLs",
		"placeholder": "e.g. https://example.com/webhooks/polar",
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
				"name": "Raw JSON",
				"value": "raw"
			},
			{
				"name": "Slack",
				"value": "slack"
			}
		],
		"default": "",
		"required": true,
		"description": "Raw JSON for your own code or n8n; Discord or Slack for a chat channel's webhook URL",
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
		"description": "The events Polar sends to this URL",
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
				"displayName": "API Version",
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
				"default": "",
				"description": "The API version whose shapes the event payloads follow; pick the one your workflow was built for"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": "",
				"description": "Your name for the endpoint, shown in Polar's dashboard",
				"placeholder": "e.g. CRM sync"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Needed only with a personal or OAuth2 token"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
				"displayName": "API Version",
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
						"name": "Raw JSON",
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
				"placeholder": "e.g. https://example.com"
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
				"displayName": "HTTP Code Class",
				"name": "httpCodeClass",
				"type": "options",
				"options": [
					{
						"name": "2xx (Success)",
						"value": "2xx"
					},
					{
						"name": "3xx (Redirect)",
						"value": "3xx"
					},
					{
						"name": "4xx (Client Error)",
						"value": "4xx"
					},
					{
						"name": "5xx (Server Error)",
						"value": "5xx"
					}
				],
				"default": ""
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"displayName": "Archived",
				"name": "isArchived",
				"type": "boolean",
				"default": false
			},
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
			},
			{
				"displayName": "Recurring",
				"name": "isRecurring",
				"type": "boolean",
				"default": false
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
				"default": [],
				"description": "Public is listed on your storefront; Private is sold only through your links and checkouts; Draft is hidden"
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
		"displayName": "Name",
		"name": "name",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Product name shown to customers (3 to 64 characters)",
		"placeholder": "e.g. Pro Plan",
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
						"displayName": "Price Type",
						"name": "amountType",
						"type": "options",
						"options": [
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
								"name": "Pay What You Want",
								"value": "custom"
							},
							{
								"name": "Per Unit",
								"value": "unit_based"
							},
							{
								"name": "Seat-Based",
								"value": "seat_based"
							}
						],
						"default": "",
						"required": true,
						"description": "How this price charges: a fixed amount, what the customer chooses, per seat, per unit, or by metered usage"
					},
					{
						"displayName": "Currency",
						"name": "priceCurrency",
						"type": "options",
						"typeOptions": {
							"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
						},
						"default": "usd",
						"description": "Currency of the price; empty means USD",
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
						"description": "Least the customer may pay, in cents (1900 = 19.00); 0 lets them pay nothing",
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
						"description": "The price in cents (1900 = 19.00); 0 makes it free",
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
											"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
											"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
											"errorMessage": "No ID in this URL"
										}
									}
								],
								"extractValue": {
									"type": "regex",
									"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
								}
							}
						],
						"required": true,
						"description": "The meter whose usage is billed",
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
												"name": "Graduated (Each Tier Priced Apart)",
												"value": "graduated"
											},
											{
												"name": "Volume (One Tier for All Units)",
												"value": "volume"
											}
										],
										"default": "",
										"required": true,
										"description": "Volume prices every unit at the tier the total falls in; Graduated prices each tier's units at that tier's rate"
									},
									{
										"displayName": "Tiers",
										"name": "tiers",
										"type": "json",
										"default": "",
										"required": true,
										"description": "The tiers, from the fewest units up; only the last may have no upper bound. JSON, e.g. [{\"unit_amount\":1}]."
									}
								]
							}
						],
						"required": true,
						"description": "How much each unit costs, depending on how many are bought or used in the period",
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
						"displayName": "Unit Price",
						"name": "unitAmount",
						"type": "number",
						"default": 0,
						"required": true,
						"description": "Price of one unit of the meter, in cents; decimals allowed (0.5 = half a cent per unit)",
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
												"name": "Graduated (Each Tier Priced Apart)",
												"value": "graduated"
											},
											{
												"name": "Volume (One Tier for All Units)",
												"value": "volume"
											}
										],
										"default": "volume",
										"description": "Volume prices every seat at the tier the total falls in; Graduated prices each tier's seats at that tier's rate"
									},
									{
										"displayName": "Tiers",
										"name": "tiers",
										"type": "json",
										"default": "",
										"required": true,
										"description": "The tiers, from the fewest seats up; only the last may have no maximum. JSON, e.g. [{\"min_seats\":1,\"price_per_seat\":1900}]."
									}
								]
							}
						],
						"required": true,
						"description": "The seat tiers: how much each seat costs depending on how many are bought",
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
						"description": "What a unit is called at checkout and on invoices, per language, singular and plural. JSON, e.g. {\"en\":{\"=1\":\"device\",\"other\":\"devices\"}}.",
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
								},
								"description": "Most the customer may pay, in cents (1900 = 19.00); empty means no maximum"
							},
							{
								"displayName": "Suggested Amount",
								"name": "presetAmount",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"description": "Amount filled in for the customer at checkout, in cents (1900 = 19.00)"
							},
							{
								"displayName": "Tax Behavior",
								"name": "taxBehavior",
								"type": "options",
								"options": [
									{
										"name": "Added on Top of the Price",
										"value": "exclusive"
									},
									{
										"name": "By Customer Location",
										"value": "location"
									},
									{
										"name": "Included in the Price",
										"value": "inclusive"
									}
								],
								"default": "",
								"description": "Empty uses the organization's default"
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
										"name": "Added on Top of the Price",
										"value": "exclusive"
									},
									{
										"name": "By Customer Location",
										"value": "location"
									},
									{
										"name": "Included in the Price",
										"value": "inclusive"
									}
								],
								"default": "",
								"description": "Empty uses the organization's default"
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
								"displayName": "Currency",
								"name": "meteredTiersPriceCurrency",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
								},
								"default": "",
								"description": "Currency of the price; empty means USD"
							},
							{
								"displayName": "Maximum Charge",
								"name": "capAmount",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"description": "Most a customer is charged for this usage in one period, in cents (1900 = 19.00); empty means no cap"
							},
							{
								"displayName": "Tax Behavior",
								"name": "taxBehavior",
								"type": "options",
								"options": [
									{
										"name": "Added on Top of the Price",
										"value": "exclusive"
									},
									{
										"name": "By Customer Location",
										"value": "location"
									},
									{
										"name": "Included in the Price",
										"value": "inclusive"
									}
								],
								"default": "",
								"description": "Empty uses the organization's default"
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
								"displayName": "Maximum Charge",
								"name": "capAmount",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"description": "Most a customer is charged for this usage in one period, in cents (1900 = 19.00); empty means no cap"
							},
							{
								"displayName": "Tax Behavior",
								"name": "taxBehavior",
								"type": "options",
								"options": [
									{
										"name": "Added on Top of the Price",
										"value": "exclusive"
									},
									{
										"name": "By Customer Location",
										"value": "location"
									},
									{
										"name": "Included in the Price",
										"value": "inclusive"
									}
								],
								"default": "",
								"description": "Empty uses the organization's default"
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
								"displayName": "Currency",
								"name": "meteredTiersPriceCurrency",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
								},
								"default": "",
								"description": "Currency of the price; empty means USD"
							},
							{
								"displayName": "Minimum Units",
								"name": "minimumUnits",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"description": "Fewest units the customer can buy; empty means 1"
							},
							{
								"displayName": "Tax Behavior",
								"name": "taxBehavior",
								"type": "options",
								"options": [
									{
										"name": "Added on Top of the Price",
										"value": "exclusive"
									},
									{
										"name": "By Customer Location",
										"value": "location"
									},
									{
										"name": "Included in the Price",
										"value": "inclusive"
									}
								],
								"default": "",
								"description": "Empty uses the organization's default"
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
		"description": "What the product costs: usually one price; a fixed price may be combined with a seat-based one, plus any metered prices",
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
		"description": "JSON, e.g. [{\"amount_type\":\"fixed\",\"price_amount\":1900}]",
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
		"displayName": "Billing Interval",
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
		"description": "How often the customer is billed",
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
				"displayName": "Billing Interval Count",
				"name": "recurringIntervalCount",
				"type": "number",
				"default": 1,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Bill every this many intervals, e.g. 3 with Month for quarterly; empty means 1",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"recurring"
						]
					}
				}
			},
			{
				"displayName": "Custom Fields",
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
													"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
													"errorMessage": "Not a UUID"
												}
											}
										]
									}
								],
								"required": true,
								"description": "The custom field to ask for at checkout"
							},
							{
								"displayName": "Required",
								"name": "required",
								"type": "boolean",
								"default": false,
								"description": "Whether the customer must fill it in"
							}
						]
					}
				],
				"description": "Extra questions asked at checkout, from your custom fields",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Custom Fields",
				"name": "attachedCustomFieldsJson",
				"type": "json",
				"default": "",
				"description": "JSON, e.g. [{\"custom_field_id\":\"CUSTOM_FIELD_ID\",\"required\":true}]",
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
				"default": "",
				"description": "Longer text shown on the checkout page; Markdown allowed"
			},
			{
				"displayName": "Media",
				"name": "medias",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "fileChoices"
				},
				"default": [],
				"description": "Images shown on the checkout page: IDs of files uploaded for product media (File → Upload)"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Meter Billing Interval",
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
				"description": "Bill metered usage more often than the subscription itself, e.g. monthly on a yearly plan; must divide the billing interval",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"recurring"
						]
					}
				}
			},
			{
				"displayName": "Meter Billing Interval Count",
				"name": "meterIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Bill metered usage every this many meter intervals; empty means 1",
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
				"description": "Needed only with a personal or OAuth2 token"
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
				"description": "Unit of the free trial's length",
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
				"description": "Length of the free trial, e.g. 14 with Day",
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
				"default": "public",
				"description": "Public is listed on your storefront; Private is sold only through your links and checkouts; Draft is hidden"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
				"displayName": "Archived",
				"name": "isArchived",
				"type": "boolean",
				"default": false,
				"description": "Whether to archive it (no new sales; existing subscriptions go on) or bring it back"
			},
			{
				"displayName": "Billing Interval",
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
				"description": "Only for an older product that has no billing interval yet; once set, it stays"
			},
			{
				"displayName": "Billing Interval Count",
				"name": "recurringIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Bill every this many intervals; like Billing Interval, it stays once set"
			},
			{
				"displayName": "Custom Fields",
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
													"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
													"errorMessage": "Not a UUID"
												}
											}
										]
									}
								],
								"required": true,
								"description": "The custom field to ask for at checkout"
							},
							{
								"displayName": "Required",
								"name": "required",
								"type": "boolean",
								"default": false,
								"description": "Whether the customer must fill it in"
							}
						]
					}
				],
				"description": "The complete new list of checkout questions; the old list is replaced",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"fields"
						]
					}
				}
			},
			{
				"displayName": "Custom Fields",
				"name": "attachedCustomFieldsJson",
				"type": "json",
				"default": "",
				"description": "JSON, e.g. [{\"custom_field_id\":\"CUSTOM_FIELD_ID\",\"required\":true}]",
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
				"default": "",
				"description": "New text shown on the checkout page; Markdown allowed"
			},
			{
				"displayName": "Media",
				"name": "medias",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "fileChoices"
				},
				"default": [],
				"description": "The complete new list of images (file IDs); the old list is replaced"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": "",
				"description": "New product name (3 to 64 characters)",
				"placeholder": "e.g. Pro Plan"
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
								"displayName": "Price Type",
								"name": "amountType",
								"type": "options",
								"options": [
									{
										"name": "Fixed",
										"value": "fixed"
									},
									{
										"name": "Keep an Existing Price",
										"value": "existingProductPrice"
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
										"name": "Pay What You Want",
										"value": "custom"
									},
									{
										"name": "Per Unit",
										"value": "unit_based"
									},
									{
										"name": "Seat-Based",
										"value": "seat_based"
									}
								],
								"default": "",
								"required": true,
								"description": "Keep a price the product has, or add a new one of this type"
							},
							{
								"displayName": "ID",
								"name": "id",
								"type": "string",
								"default": "",
								"required": true,
								"description": "A price the product already has, to keep it; prices left out of the list are archived",
								"displayOptions": {
									"show": {
										"amountType": [
											"existingProductPrice"
										]
									}
								}
							},
							{
								"displayName": "Currency",
								"name": "priceCurrency",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
								},
								"default": "usd",
								"description": "Currency of the price; empty means USD",
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
								"description": "Least the customer may pay, in cents (1900 = 19.00); 0 lets them pay nothing",
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
								"description": "The price in cents (1900 = 19.00); 0 makes it free",
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
													"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
													"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
													"errorMessage": "No ID in this URL"
												}
											}
										],
										"extractValue": {
											"type": "regex",
											"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
										}
									}
								],
								"required": true,
								"description": "The meter whose usage is billed",
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
														"name": "Graduated (Each Tier Priced Apart)",
														"value": "graduated"
													},
													{
														"name": "Volume (One Tier for All Units)",
														"value": "volume"
													}
												],
												"default": "",
												"required": true,
												"description": "Volume prices every unit at the tier the total falls in; Graduated prices each tier's units at that tier's rate"
											},
											{
												"displayName": "Tiers",
												"name": "tiers",
												"type": "json",
												"default": "",
												"required": true,
												"description": "The tiers, from the fewest units up; only the last may have no upper bound. JSON, e.g. [{\"unit_amount\":1}]."
											}
										]
									}
								],
								"required": true,
								"description": "How much each unit costs, depending on how many are bought or used in the period",
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
								"displayName": "Unit Price",
								"name": "unitAmount",
								"type": "number",
								"default": 0,
								"required": true,
								"description": "Price of one unit of the meter, in cents; decimals allowed (0.5 = half a cent per unit)",
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
														"name": "Graduated (Each Tier Priced Apart)",
														"value": "graduated"
													},
													{
														"name": "Volume (One Tier for All Units)",
														"value": "volume"
													}
												],
												"default": "volume",
												"description": "Volume prices every seat at the tier the total falls in; Graduated prices each tier's seats at that tier's rate"
											},
											{
												"displayName": "Tiers",
												"name": "tiers",
												"type": "json",
												"default": "",
												"required": true,
												"description": "The tiers, from the fewest seats up; only the last may have no maximum. JSON, e.g. [{\"min_seats\":1,\"price_per_seat\":1900}]."
											}
										]
									}
								],
								"required": true,
								"description": "The seat tiers: how much each seat costs depending on how many are bought",
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
								"description": "What a unit is called at checkout and on invoices, per language, singular and plural. JSON, e.g. {\"en\":{\"=1\":\"device\",\"other\":\"devices\"}}.",
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
										},
										"description": "Most the customer may pay, in cents (1900 = 19.00); empty means no maximum"
									},
									{
										"displayName": "Suggested Amount",
										"name": "presetAmount",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"description": "Amount filled in for the customer at checkout, in cents (1900 = 19.00)"
									},
									{
										"displayName": "Tax Behavior",
										"name": "taxBehavior",
										"type": "options",
										"options": [
											{
												"name": "Added on Top of the Price",
												"value": "exclusive"
											},
											{
												"name": "By Customer Location",
												"value": "location"
											},
											{
												"name": "Included in the Price",
												"value": "inclusive"
											}
										],
										"default": "",
										"description": "Empty uses the organization's default"
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
												"name": "Added on Top of the Price",
												"value": "exclusive"
											},
											{
												"name": "By Customer Location",
												"value": "location"
											},
											{
												"name": "Included in the Price",
												"value": "inclusive"
											}
										],
										"default": "",
										"description": "Empty uses the organization's default"
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
										"displayName": "Currency",
										"name": "meteredTiersPriceCurrency",
										"type": "options",
										"typeOptions": {
											"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
										},
										"default": "",
										"description": "Currency of the price; empty means USD"
									},
									{
										"displayName": "Maximum Charge",
										"name": "capAmount",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"description": "Most a customer is charged for this usage in one period, in cents (1900 = 19.00); empty means no cap"
									},
									{
										"displayName": "Tax Behavior",
										"name": "taxBehavior",
										"type": "options",
										"options": [
											{
												"name": "Added on Top of the Price",
												"value": "exclusive"
											},
											{
												"name": "By Customer Location",
												"value": "location"
											},
											{
												"name": "Included in the Price",
												"value": "inclusive"
											}
										],
										"default": "",
										"description": "Empty uses the organization's default"
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
										"displayName": "Maximum Charge",
										"name": "capAmount",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"description": "Most a customer is charged for this usage in one period, in cents (1900 = 19.00); empty means no cap"
									},
									{
										"displayName": "Tax Behavior",
										"name": "taxBehavior",
										"type": "options",
										"options": [
											{
												"name": "Added on Top of the Price",
												"value": "exclusive"
											},
											{
												"name": "By Customer Location",
												"value": "location"
											},
											{
												"name": "Included in the Price",
												"value": "inclusive"
											}
										],
										"default": "",
										"description": "Empty uses the organization's default"
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
										"displayName": "Currency",
										"name": "meteredTiersPriceCurrency",
										"type": "options",
										"typeOptions": {
											"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
										},
										"default": "",
										"description": "Currency of the price; empty means USD"
									},
									{
										"displayName": "Minimum Units",
										"name": "minimumUnits",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"description": "Fewest units the customer can buy; empty means 1"
									},
									{
										"displayName": "Tax Behavior",
										"name": "taxBehavior",
										"type": "options",
										"options": [
											{
												"name": "Added on Top of the Price",
												"value": "exclusive"
											},
											{
												"name": "By Customer Location",
												"value": "location"
											},
											{
												"name": "Included in the Price",
												"value": "inclusive"
											}
										],
										"default": "",
										"description": "Empty uses the organization's default"
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
				"description": "The complete new list of prices: keep a price by its ID, add new ones; prices left out are archived",
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
				"description": "JSON, e.g. [{\"id\":\"ID\"}]",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
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
				"description": "Unit of the free trial's length"
			},
			{
				"displayName": "Trial Interval Count",
				"name": "trialIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Length of the free trial, e.g. 14 with Day"
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
				"description": "Public is listed on your storefront; Private is sold only through your links and checkouts; Draft is hidden"
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
		"description": "Every benefit the product grants from now on; benefits left out are revoked from its customers",
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
				"description": "Only orders from these checkouts"
			},
			{
				"displayName": "Created After",
				"name": "createdAfter",
				"type": "dateTime",
				"default": "",
				"description": "Only those created at or after this time"
			},
			{
				"displayName": "Created Before",
				"name": "createdBefore",
				"type": "dateTime",
				"default": "",
				"description": "Only those created before this time"
			},
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "Only orders of these customers"
			},
			{
				"displayName": "Discount ID",
				"name": "discountId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "discountChoices"
				},
				"default": [],
				"description": "Only orders with one of these discounts"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Only orders of the customers with these external IDs. Comma-separated values."
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Only orders whose metadata has all of these key/value pairs"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Only orders of these organizations; needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Product Billing Type",
				"name": "productBillingType",
				"type": "multiOptions",
				"options": [
					{
						"name": "One-Time",
						"value": "one_time"
					},
					{
						"name": "Recurring",
						"value": "recurring"
					}
				],
				"default": [],
				"description": "Only orders of one-time purchases, or only of subscriptions"
			},
			{
				"displayName": "Product ID",
				"name": "productId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Only orders of these products"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
				"default": [],
				"description": "Only orders in one of these states"
			},
			{
				"displayName": "Subscription ID",
				"name": "subscriptionId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "subscriptionChoices"
				},
				"default": [],
				"description": "Only orders of these subscriptions (their first payment and renewals)"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
		"description": "The Polar customer",
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
				},
				"description": "In cents (1900 = 19.00)"
			},
			{
				"displayName": "Currency",
				"name": "currency",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Custom Field Values",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				]
			},
			{
				"displayName": "Description",
				"name": "description",
				"type": "string",
				"default": "",
				"description": "Up to 500 characters"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Units bought, for a per-unit price"
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
				"default": "",
				"description": "Only those created at or after this time"
			},
			{
				"displayName": "Created Before",
				"name": "createdBefore",
				"type": "dateTime",
				"default": "",
				"description": "Only those created before this time"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Needed only with a personal or OAuth2 token"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
		"displayOptions": {
			"show": {
				"resource": [
					"order"
				],
				"operation": [
					"get",
					"update",
					"finalize",
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
								"displayName": "Address Line 1",
								"name": "line1",
								"type": "string",
								"default": "",
								"description": "Street and number",
								"placeholder": "e.g. 1 Main Street"
							},
							{
								"displayName": "Address Line 2",
								"name": "line2",
								"type": "string",
								"default": "",
								"description": "Apartment, suite or floor"
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": "",
								"description": "Postal or ZIP code",
								"placeholder": "e.g. 94105"
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": "",
								"description": "City or town",
								"placeholder": "e.g. San Francisco"
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": "",
								"description": "State or province; needed for the US and Canada",
								"placeholder": "e.g. CA"
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
								"description": "It decides which taxes apply"
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
				"description": "JSON, e.g. {\"country\":\"US\"}",
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
				"default": ""
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"description": "The order whose invoice you want; Polar must have built it first (Order → Generate Invoice)",
		"displayOptions": {
			"show": {
				"resource": [
					"order"
				],
				"operation": [
					"invoice"
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
				"description": "The Polar customer"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "The customer's ID in your own system (its external ID). Comma-separated values."
			},
			{
				"displayName": "ID",
				"name": "id",
				"type": "string",
				"default": "",
				"description": "Comma-separated IDs"
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
				"description": "Needed only with a personal or OAuth2 token"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"description": "The order to refund",
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
		"description": "Why you refund, as Polar records it",
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
		"description": "How much to give back, in cents (1900 = 19.00); at most what is left to refund on the order",
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
				"default": "",
				"description": "A note for your records; the customer does not see it"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Revoke Benefits",
				"name": "revokeBenefits",
				"type": "boolean",
				"default": false,
				"description": "Whether the customer also loses the benefits the order granted"
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
				"description": "Needed only with a personal or OAuth2 token"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
				"description": "The Polar customer"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "The customer's ID in your own system (its external ID). Comma-separated values."
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Needed only with a personal or OAuth2 token"
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
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
		"description": "Products the customer can choose from; the first is selected to start with",
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
				"default": true,
				"description": "Whether the customer can enter a discount code"
			},
			{
				"displayName": "Allow Trial",
				"name": "allowTrial",
				"type": "boolean",
				"default": true,
				"description": "Whether the product's free trial applies to this checkout"
			},
			{
				"displayName": "Amount",
				"name": "amount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "What the customer pays when the price lets them choose, in cents (1900 = 19.00)"
			},
			{
				"displayName": "Business Customer",
				"name": "isBusinessCustomer",
				"type": "boolean",
				"default": false,
				"description": "Whether the customer buys as a business, so the form asks for a billing name and tax ID"
			},
			{
				"displayName": "Currency",
				"name": "currency",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
				},
				"default": "",
				"description": "Currency the customer pays in; empty lets Polar pick one from their location"
			},
			{
				"displayName": "Custom Field Values",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Answers to the product's custom fields, filled in ahead, keyed by each field's slug"
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
								"displayName": "Address Line 1",
								"name": "line1",
								"type": "string",
								"default": "",
								"description": "Street and number",
								"placeholder": "e.g. 1 Main Street"
							},
							{
								"displayName": "Address Line 2",
								"name": "line2",
								"type": "string",
								"default": "",
								"description": "Apartment, suite or floor"
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": "",
								"description": "Postal or ZIP code",
								"placeholder": "e.g. 94105"
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": "",
								"description": "City or town",
								"placeholder": "e.g. San Francisco"
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": "",
								"description": "State or province; needed for the US and Canada",
								"placeholder": "e.g. CA"
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
								"description": "It decides which taxes apply"
							}
						]
					}
				],
				"description": "Billing address filled in for the customer",
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
				"description": "JSON, e.g. {\"country\":\"US\"}",
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
				"default": "",
				"description": "Name on invoices, filled in for the customer, e.g. a company name"
			},
			{
				"displayName": "Customer Email",
				"name": "customerEmail",
				"type": "string",
				"default": "",
				"description": "Email filled in for the customer",
				"placeholder": "name@email.com"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
						}
					},
					{
						"displayName": "By External ID",
						"name": "externalId",
						"type": "string",
						"placeholder": "e.g. user_42"
					}
				],
				"description": "An existing customer who is checking out"
			},
			{
				"displayName": "Customer IP Address",
				"name": "customerIpAddress",
				"type": "string",
				"default": "",
				"description": "The customer's IP address, to work out their country and tax",
				"placeholder": "e.g. 203.0.113.7"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data, copied onto the customer when the checkout succeeds"
			},
			{
				"displayName": "Customer Name",
				"name": "customerName",
				"type": "string",
				"default": "",
				"description": "Name filled in for the customer"
			},
			{
				"displayName": "Customer Tax ID",
				"name": "customerTaxId",
				"type": "string",
				"default": "",
				"description": "Tax ID filled in for a business customer, e.g. an EU VAT number",
				"placeholder": "e.g. FR12345678901"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				],
				"description": "A discount applied from the start"
			},
			{
				"displayName": "Embed Origin",
				"name": "embedOrigin",
				"type": "string",
				"default": "",
				"description": "Origin of your page when the checkout is embedded in it",
				"placeholder": "e.g. https://example.com"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Your own ID for the customer; the customer Polar creates gets it as external ID",
				"placeholder": "e.g. user_42"
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": "",
				"description": "Language of the customer's pages and emails",
				"placeholder": "e.g. en or fr-FR"
			},
			{
				"displayName": "Max Seats",
				"name": "maxSeats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Most seats the customer can choose, for a seat-based price"
			},
			{
				"displayName": "Max Units",
				"name": "maxUnits",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Most units the customer can choose, for a per-unit price"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data, kept on the checkout and copied to the order and subscription it creates"
			},
			{
				"displayName": "Min Seats",
				"name": "minSeats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Fewest seats the customer can choose, for a seat-based price"
			},
			{
				"displayName": "Min Units",
				"name": "minUnits",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Fewest units the customer can choose, for a per-unit price"
			},
			{
				"displayName": "Prices",
				"name": "prices",
				"type": "json",
				"default": "",
				"description": "Prices made for this checkout only, per product ID, used instead of the product's own prices. JSON, e.g. {\"ID\":[{\"amount_type\":\"fixed\",\"price_amount\":1900}]}."
			},
			{
				"displayName": "Require Billing Address",
				"name": "requireBillingAddress",
				"type": "boolean",
				"default": false,
				"description": "Whether the customer must give a full billing address"
			},
			{
				"displayName": "Return URL",
				"name": "returnUrl",
				"type": "string",
				"default": "",
				"description": "Where the page's back link leads, e.g. your pricing page",
				"placeholder": "e.g. https://example.com"
			},
			{
				"displayName": "Seats",
				"name": "seats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Seats bought, for a seat-based price"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
						}
					}
				],
				"description": "A subscription of this customer that the checkout replaces, e.g. to move from a free plan to a paid one"
			},
			{
				"displayName": "Success URL",
				"name": "successUrl",
				"type": "string",
				"default": "",
				"description": "Where the customer lands after paying; {CHECKOUT_ID} in it becomes the checkout's ID",
				"placeholder": "e.g. https://example.com"
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
				"description": "Unit of the free trial's length"
			},
			{
				"displayName": "Trial Interval Count",
				"name": "trialIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Length of the free trial, e.g. 14 with Day"
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Units bought, for a per-unit price"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
				"default": false,
				"description": "Whether the customer can enter a discount code"
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
				},
				"description": "In cents (1900 = 19.00)"
			},
			{
				"displayName": "Business Customer",
				"name": "isBusinessCustomer",
				"type": "boolean",
				"default": false
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
				"displayName": "Custom Field Values",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
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
								"displayName": "Address Line 1",
								"name": "line1",
								"type": "string",
								"default": "",
								"description": "Street and number",
								"placeholder": "e.g. 1 Main Street"
							},
							{
								"displayName": "Address Line 2",
								"name": "line2",
								"type": "string",
								"default": "",
								"description": "Apartment, suite or floor"
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": "",
								"description": "Postal or ZIP code",
								"placeholder": "e.g. 94105"
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": "",
								"description": "City or town",
								"placeholder": "e.g. San Francisco"
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": "",
								"description": "State or province; needed for the US and Canada",
								"placeholder": "e.g. CA"
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
								"description": "It decides which taxes apply"
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
				"description": "JSON, e.g. {\"country\":\"US\"}",
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
				"placeholder": "name@email.com"
			},
			{
				"displayName": "Customer IP Address",
				"name": "customerIpAddress",
				"type": "string",
				"default": "",
				"description": "An IPv4 or IPv6 address",
				"placeholder": "e.g. 203.0.113.7"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Up to 50 entries, keys of up to 40 characters"
			},
			{
				"displayName": "Customer Name",
				"name": "customerName",
				"type": "string",
				"default": "",
				"description": "Up to 256 characters"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				],
				"description": "A discount applied from the start"
			},
			{
				"displayName": "Embed Origin",
				"name": "embedOrigin",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": "",
				"description": "Language of the customer's pages and emails",
				"placeholder": "e.g. en or fr-FR"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
				"default": false,
				"description": "Whether the customer must give a full billing address"
			},
			{
				"displayName": "Return URL",
				"name": "returnUrl",
				"type": "string",
				"default": "",
				"description": "Where the page's back link leads, e.g. your pricing page",
				"placeholder": "e.g. https://example.com"
			},
			{
				"displayName": "Seats",
				"name": "seats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Seats bought, for a seat-based price"
			},
			{
				"displayName": "Success URL",
				"name": "successUrl",
				"type": "string",
				"default": "",
				"description": "Where the customer lands after paying; {CHECKOUT_ID} in it becomes the checkout's ID",
				"placeholder": "e.g. https://example.com"
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
				"description": "Unit of the free trial's length"
			},
			{
				"displayName": "Trial Interval Count",
				"name": "trialIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Length of the free trial, e.g. 14 with Day"
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Units bought, for a per-unit price"
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
				},
				"description": "In cents (1900 = 19.00)"
			},
			{
				"displayName": "Business Customer",
				"name": "isBusinessCustomer",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Custom Field Values",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
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
								"displayName": "Address Line 1",
								"name": "line1",
								"type": "string",
								"default": "",
								"description": "Street and number",
								"placeholder": "e.g. 1 Main Street"
							},
							{
								"displayName": "Address Line 2",
								"name": "line2",
								"type": "string",
								"default": "",
								"description": "Apartment, suite or floor"
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": "",
								"description": "Postal or ZIP code",
								"placeholder": "e.g. 94105"
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": "",
								"description": "City or town",
								"placeholder": "e.g. San Francisco"
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": "",
								"description": "State or province; needed for the US and Canada",
								"placeholder": "e.g. CA"
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
								"description": "It decides which taxes apply"
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
				"description": "JSON, e.g. {\"country\":\"US\"}",
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
				"placeholder": "name@email.com"
			},
			{
				"displayName": "Customer Name",
				"name": "customerName",
				"type": "string",
				"default": "",
				"description": "Up to 256 characters"
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
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": "",
				"description": "Language of the customer's pages and emails",
				"placeholder": "e.g. en or fr-FR"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
				},
				"description": "Seats bought, for a seat-based price"
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Units bought, for a per-unit price"
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
				},
				"description": "In cents (1900 = 19.00)"
			},
			{
				"displayName": "Business Customer",
				"name": "isBusinessCustomer",
				"type": "boolean",
				"default": false
			},
			{
				"displayName": "Confirmation Token ID",
				"name": "confirmationTokenId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Custom Field Values",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
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
								"displayName": "Address Line 1",
								"name": "line1",
								"type": "string",
								"default": "",
								"description": "Street and number",
								"placeholder": "e.g. 1 Main Street"
							},
							{
								"displayName": "Address Line 2",
								"name": "line2",
								"type": "string",
								"default": "",
								"description": "Apartment, suite or floor"
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": "",
								"description": "Postal or ZIP code",
								"placeholder": "e.g. 94105"
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": "",
								"description": "City or town",
								"placeholder": "e.g. San Francisco"
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": "",
								"description": "State or province; needed for the US and Canada",
								"placeholder": "e.g. CA"
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
								"description": "It decides which taxes apply"
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
				"description": "JSON, e.g. {\"country\":\"US\"}",
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
				"placeholder": "name@email.com"
			},
			{
				"displayName": "Customer Name",
				"name": "customerName",
				"type": "string",
				"default": "",
				"description": "Up to 256 characters"
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
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": "",
				"description": "Language of the customer's pages and emails",
				"placeholder": "e.g. en or fr-FR"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
				},
				"description": "Seats bought, for a seat-based price"
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Units bought, for a per-unit price"
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
				"displayName": "IDs",
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
				"description": "Needed only with a personal or OAuth2 token"
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
		"displayName": "Name",
		"name": "name",
		"type": "string",
		"default": "",
		"required": true,
		"displayOptions": {
			"show": {
				"resource": [
					"file",
					"metric"
				],
				"operation": [
					"create",
					"createDashboard"
				]
			}
		}
	},
	{
		"displayName": "MIME Type",
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
										"displayName": "Checksum SHA-256 Base64",
										"name": "checksumSha256Base64",
										"type": "string",
										"default": ""
									}
								]
							}
						],
						"required": true,
						"description": "Up to 10000 items"
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
		"description": "JSON, e.g. {\"parts\":[{\"number\":1,\"chunk_start\":1,\"chunk_end\":1}]}",
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
				"displayName": "Checksum SHA-256 Base64",
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
				"description": "Needed only with a personal or OAuth2 token"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
						"displayName": "Checksum SHA-256 Base64",
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
		"description": "JSON, e.g. [{\"number\":1,\"checksum_etag\":\"text\",\"checksum_sha256_base64\":\"text\"}]",
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
		"placeholder": "e.g. 2026-12-31",
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
		"placeholder": "e.g. 2026-12-31",
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
						"name": "One-Time",
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
				"description": "The Polar customer"
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
				"description": "Needed only with a personal or OAuth2 token"
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
				"description": "Up to 10 items. Comma-separated values."
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Needed only with a personal or OAuth2 token"
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
				"description": "Up to 10 items. Comma-separated values."
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
				"description": "Needed only with a personal or OAuth2 token"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
				},
				"description": "At least 1"
			},
			{
				"displayName": "Limit Usage",
				"name": "limitUsage",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "At least 1"
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
		"description": "The activation: one per device or install the key was activated on",
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey",
					"portalLicenseKey"
				],
				"operation": [
					"getActivation",
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
		"description": "The license key as the customer entered it",
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
		"description": "The organization that issued the key",
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey",
					"portalLicenseKey"
				],
				"operation": [
					"validate",
					"activate"
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
				"description": "Check the key for this activation (device or install) only"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				],
				"description": "Accept the key only if it comes from this benefit"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Key/value pairs that must match the ones given when the key was activated, e.g. a hardware ID"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
						}
					},
					{
						"displayName": "By External ID",
						"name": "externalId",
						"type": "string",
						"placeholder": "e.g. user_42"
					}
				],
				"description": "Accept the key only if it belongs to this customer"
			},
			{
				"displayName": "Increment Usage By",
				"name": "incrementUsage",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Add this much to the key's usage count while checking it (for keys with a usage limit)"
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
		"description": "Name of this activation, e.g. the device or install it is for",
		"placeholder": "e.g. Jane's MacBook",
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
		"displayName": "Additional Fields",
		"name": "additionalFields",
		"type": "collection",
		"placeholder": "Add Field",
		"default": {},
		"options": [
			{
				"displayName": "Activation Metadata",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data stored with the activation"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Key/value pairs the activation is bound to, e.g. a hardware ID; later checks must give the same"
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
		"displayName": "Organization",
		"name": "organizationId",
		"type": "options",
		"typeOptions": {
			"loadOptionsMethod": "getOrganizations"
		},
		"default": "",
		"required": true,
		"description": "Needed only with a personal or OAuth2 token",
		"displayOptions": {
			"show": {
				"resource": [
					"licenseKey",
					"portalLicenseKey"
				],
				"operation": [
					"deactivate"
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
				"description": "Needed only with a personal or OAuth2 token"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"description": "The one price the link sells",
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"description": "The product the link sells, at the prices it has when a customer opens the link",
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
		"description": "The products the customer can choose from on the link's page",
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
				"default": true,
				"description": "Whether the customer can enter a discount code"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				],
				"description": "A discount applied to every checkout the link opens"
			},
			{
				"displayName": "Label",
				"name": "label",
				"type": "string",
				"default": "",
				"description": "Your name for the link, shown only in your dashboard",
				"placeholder": "e.g. Newsletter offer"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data, copied to every checkout the link opens"
			},
			{
				"displayName": "Require Billing Address",
				"name": "requireBillingAddress",
				"type": "boolean",
				"default": false,
				"description": "Whether the customer must give a full billing address"
			},
			{
				"displayName": "Return URL",
				"name": "returnUrl",
				"type": "string",
				"default": "",
				"description": "Where the page's back link leads, e.g. your pricing page",
				"placeholder": "e.g. https://example.com"
			},
			{
				"displayName": "Seats",
				"name": "seats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Seats bought, for a seat-based price"
			},
			{
				"displayName": "Success URL",
				"name": "successUrl",
				"type": "string",
				"default": "",
				"description": "Where the customer lands after paying; {CHECKOUT_ID} in it becomes the checkout's ID",
				"placeholder": "e.g. https://example.com"
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
				"description": "Unit of the free trial's length"
			},
			{
				"displayName": "Trial Interval Count",
				"name": "trialIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Length of the free trial, e.g. 14 with Day"
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Units bought, for a per-unit price"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
				"default": false,
				"description": "Whether the customer can enter a discount code"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
									"errorMessage": "Not a UUID"
								}
							}
						]
					}
				],
				"description": "A discount applied from the start"
			},
			{
				"displayName": "Label",
				"name": "label",
				"type": "string",
				"default": "",
				"description": "Your name for it, shown in Polar's dashboard"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Products",
				"name": "products",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "The products it is for"
			},
			{
				"displayName": "Require Billing Address",
				"name": "requireBillingAddress",
				"type": "boolean",
				"default": false,
				"description": "Whether the customer must give a full billing address"
			},
			{
				"displayName": "Return URL",
				"name": "returnUrl",
				"type": "string",
				"default": "",
				"description": "Where the page's back link leads, e.g. your pricing page",
				"placeholder": "e.g. https://example.com"
			},
			{
				"displayName": "Seats",
				"name": "seats",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Seats bought, for a seat-based price"
			},
			{
				"displayName": "Success URL",
				"name": "successUrl",
				"type": "string",
				"default": "",
				"description": "Where the customer lands after paying; {CHECKOUT_ID} in it becomes the checkout's ID",
				"placeholder": "e.g. https://example.com"
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
				"description": "Unit of the free trial's length"
			},
			{
				"displayName": "Trial Interval Count",
				"name": "trialIntervalCount",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Length of the free trial, e.g. 14 with Day"
			},
			{
				"displayName": "Units",
				"name": "units",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "Units bought, for a per-unit price"
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
				"description": "Needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
		"displayName": "Slug",
		"name": "slug",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Key of the answer in checkout and order data; lowercase letters, digits, - and _ only",
		"placeholder": "e.g. company_size",
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
		"displayName": "Name",
		"name": "name",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Name of the field in your dashboard",
		"placeholder": "e.g. Company size",
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
						"default": "",
						"description": "Label shown above the field at checkout",
						"placeholder": "e.g. How big is your team?"
					},
					{
						"displayName": "Form Help Text",
						"name": "formHelpText",
						"type": "string",
						"default": "",
						"description": "Help shown under the field at checkout; Markdown allowed"
					},
					{
						"displayName": "Form Placeholder",
						"name": "formPlaceholder",
						"type": "string",
						"default": "",
						"description": "Example shown inside the empty field at checkout"
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
								},
								"description": "Most characters an answer may have"
							},
							{
								"displayName": "Min Length",
								"name": "minLength",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"description": "Fewest characters an answer may have"
							},
							{
								"displayName": "Multi-Line Text",
								"name": "textarea",
								"type": "boolean",
								"default": false,
								"description": "Whether to show a multi-line box instead of a single line"
							}
						]
					}
				]
			}
		],
		"required": true,
		"description": "How the field looks and what it accepts",
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
		"description": "JSON, e.g. {\"form_label\":\"text\"}",
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
						"default": "",
						"description": "Label shown above the field at checkout",
						"placeholder": "e.g. How big is your team?"
					},
					{
						"displayName": "Form Help Text",
						"name": "formHelpText",
						"type": "string",
						"default": "",
						"description": "Help shown under the field at checkout; Markdown allowed"
					},
					{
						"displayName": "Form Placeholder",
						"name": "formPlaceholder",
						"type": "string",
						"default": "",
						"description": "Example shown inside the empty field at checkout"
					},
					{
						"displayName": "Additional Fields",
						"name": "additionalFields",
						"type": "collection",
						"placeholder": "Add Field",
						"default": {},
						"options": [
							{
								"displayName": "Maximum",
								"name": "le",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"description": "Largest value accepted; for a date, a Unix timestamp in seconds"
							},
							{
								"displayName": "Minimum",
								"name": "ge",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"description": "Smallest value accepted; for a date, a Unix timestamp in seconds"
							}
						]
					}
				]
			}
		],
		"required": true,
		"description": "How the field looks and what it accepts",
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
		"description": "JSON, e.g. {\"form_label\":\"text\"}",
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
						"default": "",
						"description": "Label shown above the field at checkout",
						"placeholder": "e.g. How big is your team?"
					},
					{
						"displayName": "Form Help Text",
						"name": "formHelpText",
						"type": "string",
						"default": "",
						"description": "Help shown under the field at checkout; Markdown allowed"
					},
					{
						"displayName": "Form Placeholder",
						"name": "formPlaceholder",
						"type": "string",
						"default": "",
						"description": "Example shown inside the empty field at checkout"
					}
				]
			}
		],
		"required": true,
		"description": "How the field looks and what it accepts",
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
		"description": "JSON, e.g. {\"form_label\":\"text\"}",
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
						"default": "",
						"description": "Label shown above the field at checkout",
						"placeholder": "e.g. How big is your team?"
					},
					{
						"displayName": "Form Help Text",
						"name": "formHelpText",
						"type": "string",
						"default": "",
						"description": "Help shown under the field at checkout; Markdown allowed"
					},
					{
						"displayName": "Form Placeholder",
						"name": "formPlaceholder",
						"type": "string",
						"default": "",
						"description": "Example shown inside the empty field at checkout"
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
										"required": true,
										"description": "What is stored when this choice is picked",
										"placeholder": "e.g. 11-50"
									},
									{
										"displayName": "Label",
										"name": "label",
										"type": "string",
										"default": "",
										"required": true,
										"description": "What the customer sees",
										"placeholder": "e.g. 11 to 50 people"
									}
								]
							}
						],
						"required": true,
						"description": "The choices, one row each"
					}
				]
			}
		],
		"required": true,
		"description": "How the field looks and what it accepts",
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
		"description": "JSON, e.g. {\"options\":[{\"value\":\"text\",\"label\":\"text\"}]}",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Needed only with a personal or OAuth2 token"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
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
								"default": "",
								"description": "Label shown above the field at checkout",
								"placeholder": "e.g. How big is your team?"
							},
							{
								"displayName": "Form Help Text",
								"name": "formHelpText",
								"type": "string",
								"default": "",
								"description": "Help shown under the field at checkout; Markdown allowed"
							},
							{
								"displayName": "Form Placeholder",
								"name": "formPlaceholder",
								"type": "string",
								"default": "",
								"description": "Example shown inside the empty field at checkout"
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
										},
										"description": "Most characters an answer may have"
									},
									{
										"displayName": "Min Length",
										"name": "minLength",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"description": "Fewest characters an answer may have"
									},
									{
										"displayName": "Multi-Line Text",
										"name": "textarea",
										"type": "boolean",
										"default": false,
										"description": "Whether to show a multi-line box instead of a single line"
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
				"description": "JSON, e.g. {\"form_label\":\"text\"}",
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
								"default": "",
								"description": "Label shown above the field at checkout",
								"placeholder": "e.g. How big is your team?"
							},
							{
								"displayName": "Form Help Text",
								"name": "formHelpText",
								"type": "string",
								"default": "",
								"description": "Help shown under the field at checkout; Markdown allowed"
							},
							{
								"displayName": "Form Placeholder",
								"name": "formPlaceholder",
								"type": "string",
								"default": "",
								"description": "Example shown inside the empty field at checkout"
							},
							{
								"displayName": "Additional Fields",
								"name": "additionalFields",
								"type": "collection",
								"placeholder": "Add Field",
								"default": {},
								"options": [
									{
										"displayName": "Maximum",
										"name": "le",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"description": "Largest value accepted; for a date, a Unix timestamp in seconds"
									},
									{
										"displayName": "Minimum",
										"name": "ge",
										"type": "number",
										"default": 0,
										"typeOptions": {
											"numberPrecision": 0
										},
										"description": "Smallest value accepted; for a date, a Unix timestamp in seconds"
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
				"description": "JSON, e.g. {\"form_label\":\"text\"}",
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
								"default": "",
								"description": "Label shown above the field at checkout",
								"placeholder": "e.g. How big is your team?"
							},
							{
								"displayName": "Form Help Text",
								"name": "formHelpText",
								"type": "string",
								"default": "",
								"description": "Help shown under the field at checkout; Markdown allowed"
							},
							{
								"displayName": "Form Placeholder",
								"name": "formPlaceholder",
								"type": "string",
								"default": "",
								"description": "Example shown inside the empty field at checkout"
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
				"description": "JSON, e.g. {\"form_label\":\"text\"}",
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
								"default": "",
								"description": "Label shown above the field at checkout",
								"placeholder": "e.g. How big is your team?"
							},
							{
								"displayName": "Form Help Text",
								"name": "formHelpText",
								"type": "string",
								"default": "",
								"description": "Help shown under the field at checkout; Markdown allowed"
							},
							{
								"displayName": "Form Placeholder",
								"name": "formPlaceholder",
								"type": "string",
								"default": "",
								"description": "Example shown inside the empty field at checkout"
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
												"required": true,
												"description": "What is stored when this choice is picked",
												"placeholder": "e.g. 11-50"
											},
											{
												"displayName": "Label",
												"name": "label",
												"type": "string",
												"default": "",
												"required": true,
												"description": "What the customer sees",
												"placeholder": "e.g. 11 to 50 people"
											}
										]
									}
								],
								"required": true,
								"description": "The choices, one row each"
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
				"description": "JSON, e.g. {\"options\":[{\"value\":\"text\",\"label\":\"text\"}]}",
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
				"default": "",
				"description": "Lowercase letters, digits, - and _ only"
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
				"description": "Needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
		"displayName": "Name",
		"name": "name",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Name shown to the customer at checkout and on invoices",
		"placeholder": "e.g. Launch week",
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
		"description": "For subscriptions: only the first payment (Once), every payment (Forever), or for a number of months (Repeating)",
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
		"displayName": "Percentage (Basis Points)",
		"name": "basisPoints",
		"type": "number",
		"default": 0,
		"typeOptions": {
			"numberPrecision": 0
		},
		"required": true,
		"description": "Share taken off, in basis points (1000 = 10 %, 10000 = 100 %)",
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
				"description": "Deprecated by Polar. Amount off, in cents (1900 = 19.00), in the currency below; Amounts per Currency is the newer way.",
				"displayOptions": {
					"show": {
						"/bodyVariant": [
							"fixedCreate"
						]
					}
				}
			},
			{
				"displayName": "Amounts per Currency",
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
								"displayName": "Currency",
								"name": "key",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
								},
								"default": "",
								"required": true,
								"description": "One row per currency"
							},
							{
								"displayName": "Amount Off",
								"name": "value",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"required": true,
								"description": "Amount off in this currency, in cents (1900 = 19.00)"
							}
						]
					}
				],
				"description": "Amount off for each currency, in cents (1900 = 19.00)",
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
				"displayName": "Amounts per Currency",
				"name": "amountsJson",
				"type": "json",
				"default": "",
				"description": "JSON, e.g. {\"usd\":1900}",
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
				"default": "",
				"description": "Code customers type at checkout; empty makes a discount you apply yourself (checkouts, links, subscriptions)",
				"placeholder": "e.g. LAUNCH20"
			},
			{
				"displayName": "Currency",
				"name": "currency",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
				},
				"default": "usd",
				"description": "Deprecated by Polar. Currency of Amount; empty means USD.",
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
				},
				"description": "With Repeating: how many months of payments get the discount"
			},
			{
				"displayName": "Ends At",
				"name": "endsAt",
				"type": "dateTime",
				"default": "",
				"description": "Until when the code can be used; empty means no end"
			},
			{
				"displayName": "Max Redemptions",
				"name": "maxRedemptions",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "How many times it can be used in all; empty means no limit"
			},
			{
				"displayName": "Max Redemptions Per Customer",
				"name": "maxRedemptionsPerCustomer",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "How many times one customer can use it; empty means no limit"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Products",
				"name": "products",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "Only these products get the discount; empty means all"
			},
			{
				"displayName": "Starts At",
				"name": "startsAt",
				"type": "dateTime",
				"default": "",
				"description": "From when the code can be used; empty means now"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
							"errorMessage": "Not a UUID"
						}
					}
				]
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
				"description": "Deprecated by Polar. In cents (1900 = 19.00)."
			},
			{
				"displayName": "Amounts per Currency",
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
								"displayName": "Currency",
								"name": "key",
								"type": "options",
								"typeOptions": {
									"loadOptionsMethod": "defaultPresentmentCurrencyOptions"
								},
								"default": "",
								"required": true,
								"description": "One row per currency"
							},
							{
								"displayName": "Amount Off",
								"name": "value",
								"type": "number",
								"default": 0,
								"typeOptions": {
									"numberPrecision": 0
								},
								"required": true,
								"description": "Amount off in this currency, in cents (1900 = 19.00)"
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
				"displayName": "Amounts per Currency",
				"name": "amountsJson",
				"type": "json",
				"default": "",
				"description": "JSON, e.g. {\"usd\":1900}",
				"displayOptions": {
					"show": {
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
				"default": "",
				"description": "Deprecated by Polar"
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
				},
				"description": "From 1 to 999"
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
				},
				"description": "At least 1"
			},
			{
				"displayName": "Max Redemptions Per Customer",
				"name": "maxRedemptionsPerCustomer",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "At least 1"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Percentage (Basis Points)",
				"name": "basisPoints",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "In basis points (1000 = 10 %)"
			},
			{
				"displayName": "Products",
				"name": "products",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "productChoices"
				},
				"default": [],
				"description": "The products it is for"
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
				"default": false,
				"description": "Whether to return only customers with a live subscription (trialing, active or past due), or only those without"
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"description": "Only the customer with exactly this email address",
				"placeholder": "name@email.com"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Only customers whose metadata has all of these key/value pairs"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Only customers of these organizations; needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": "",
				"description": "Text searched in names, emails and external IDs",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
		"displayName": "Email",
		"name": "email",
		"type": "string",
		"default": "",
		"required": true,
		"description": "The customer's email address; no two customers of an organization share one. A team may leave it empty if it has an owner.",
		"placeholder": "name@email.com",
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
								"displayName": "Address Line 1",
								"name": "line1",
								"type": "string",
								"default": "",
								"description": "Street and number",
								"placeholder": "e.g. 1 Main Street"
							},
							{
								"displayName": "Address Line 2",
								"name": "line2",
								"type": "string",
								"default": "",
								"description": "Apartment, suite or floor"
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": "",
								"description": "Postal or ZIP code",
								"placeholder": "e.g. 94105"
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": "",
								"description": "City or town",
								"placeholder": "e.g. San Francisco"
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": "",
								"description": "State or province; needed for the US and Canada",
								"placeholder": "e.g. CA"
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
								"description": "It decides which taxes apply"
							}
						]
					}
				],
				"description": "Address printed on invoices; its country decides the tax",
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
				"description": "JSON, e.g. {\"country\":\"US\"}",
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
				"description": "The customer's email address; no two customers of an organization share one. A team may leave it empty if it has an owner.",
				"placeholder": "name@email.com",
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
				"default": "",
				"description": "Your own ID for the customer, e.g. the user ID in your app. Unique, and fixed once set.",
				"placeholder": "e.g. user_42"
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": "",
				"description": "Language of the customer's pages and emails",
				"placeholder": "e.g. en or fr-FR"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data about the customer, e.g. your plan name or CRM ID (up to 50 pairs)"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": "",
				"description": "Full name of the person, or the team's name",
				"placeholder": "e.g. Jane Doe"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Needed only with a personal or OAuth2 token"
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
								"description": "Email address of the owner",
								"placeholder": "name@email.com"
							},
							{
								"displayName": "Name",
								"name": "name",
								"type": "string",
								"default": "",
								"description": "Full name of the owner",
								"placeholder": "e.g. Jane Doe"
							},
							{
								"displayName": "External ID",
								"name": "externalId",
								"type": "string",
								"default": "",
								"description": "The owner's ID in your own system",
								"placeholder": "e.g. user_42"
							}
						]
					}
				],
				"description": "The member who manages the customer; empty uses the customer's own email and name for it",
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
				"description": "JSON, e.g. {\"email\":\"name@email.com\"}",
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
				"default": "",
				"description": "Tax ID of a business customer, e.g. an EU VAT number",
				"placeholder": "e.g. FR12345678901"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
		"description": "Pick it from the list, or give its ID",
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
								"displayName": "Address Line 1",
								"name": "line1",
								"type": "string",
								"default": "",
								"description": "Street and number",
								"placeholder": "e.g. 1 Main Street"
							},
							{
								"displayName": "Address Line 2",
								"name": "line2",
								"type": "string",
								"default": "",
								"description": "Apartment, suite or floor"
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": "",
								"description": "Postal or ZIP code",
								"placeholder": "e.g. 94105"
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": "",
								"description": "City or town",
								"placeholder": "e.g. San Francisco"
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": "",
								"description": "State or province; needed for the US and Canada",
								"placeholder": "e.g. CA"
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
								"description": "It decides which taxes apply"
							}
						]
					}
				],
				"description": "New address printed on invoices; its country decides the tax",
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
				"description": "JSON, e.g. {\"country\":\"US\"}",
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
				"description": "New email address; no two customers of an organization share one",
				"placeholder": "name@email.com"
			},
			{
				"displayName": "External ID",
				"name": "externalId",
				"type": "string",
				"default": "",
				"description": "Your own ID for the customer; only if it has none yet (it is fixed once set)",
				"placeholder": "e.g. user_42"
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": "",
				"description": "Language of the customer's pages and emails",
				"placeholder": "e.g. en or fr-FR"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "New key/value data; it replaces all of the customer's metadata"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": "",
				"description": "New full name, or team name",
				"placeholder": "e.g. Jane Doe"
			},
			{
				"displayName": "Tax ID",
				"name": "taxId",
				"type": "string",
				"default": "",
				"description": "New tax ID of a business customer, e.g. an EU VAT number",
				"placeholder": "e.g. FR12345678901"
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
				"default": "",
				"description": "Turn an individual into a team customer (a team cannot go back)"
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
		"description": "Your own unique ID for it, e.g. the user ID in your app",
		"displayOptions": {
			"show": {
				"resource": [
					"customer",
					"customerMember"
				],
				"operation": [
					"getExternal",
					"updateExternal",
					"deleteExternal",
					"listPaymentMethodsExternal",
					"listExternal",
					"createExternal"
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
								"displayName": "Address Line 1",
								"name": "line1",
								"type": "string",
								"default": "",
								"description": "Street and number",
								"placeholder": "e.g. 1 Main Street"
							},
							{
								"displayName": "Address Line 2",
								"name": "line2",
								"type": "string",
								"default": "",
								"description": "Apartment, suite or floor"
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": "",
								"description": "Postal or ZIP code",
								"placeholder": "e.g. 94105"
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": "",
								"description": "City or town",
								"placeholder": "e.g. San Francisco"
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": "",
								"description": "State or province; needed for the US and Canada",
								"placeholder": "e.g. CA"
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
								"description": "It decides which taxes apply"
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
				"description": "JSON, e.g. {\"country\":\"US\"}",
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
				"placeholder": "name@email.com"
			},
			{
				"displayName": "Locale",
				"name": "locale",
				"type": "string",
				"default": "",
				"description": "Language of the customer's pages and emails",
				"placeholder": "e.g. en or fr-FR"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": "",
				"description": "Up to 256 characters"
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
		"displayName": "External ID",
		"name": "externalId",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Your own ID of the customer (its external ID)",
		"placeholder": "e.g. user_42",
		"displayOptions": {
			"show": {
				"resource": [
					"customer"
				],
				"operation": [
					"getStateExternal"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
		"placeholder": "name@email.com",
		"displayOptions": {
			"show": {
				"resource": [
					"customerMember",
					"portalCustomer",
					"portalMember"
				],
				"operation": [
					"create",
					"createExternal",
					"requestEmailUpdate",
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
				"default": "",
				"description": "Your own unique ID for it, e.g. the user ID in your app"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": "",
				"description": "Up to 256 characters"
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
				"default": "",
				"description": "Your own unique ID for it, e.g. the user ID in your app"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": "",
				"description": "Up to 256 characters"
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
		"description": "For a team customer: the member it is for",
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
				"placeholder": "name@email.com"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": "",
				"description": "Up to 256 characters"
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
				"description": "For a team customer: the member it is for. Comma-separated IDs."
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
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
						"name": "GitHub Repository",
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
		"description": "JSON, e.g. {\"account_id\":\"text\"}",
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
						"placeholder": "name@email.com"
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
		"description": "JSON, e.g. {\"invited_email\":\"name@email.com\"}",
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
								"displayName": "Address Line 1",
								"name": "line1",
								"type": "string",
								"default": "",
								"description": "Street and number",
								"placeholder": "e.g. 1 Main Street"
							},
							{
								"displayName": "Address Line 2",
								"name": "line2",
								"type": "string",
								"default": "",
								"description": "Apartment, suite or floor"
							},
							{
								"displayName": "Postal Code",
								"name": "postalCode",
								"type": "string",
								"default": "",
								"description": "Postal or ZIP code",
								"placeholder": "e.g. 94105"
							},
							{
								"displayName": "City",
								"name": "city",
								"type": "string",
								"default": "",
								"description": "City or town",
								"placeholder": "e.g. San Francisco"
							},
							{
								"displayName": "State",
								"name": "state",
								"type": "string",
								"default": "",
								"description": "State or province; needed for the US and Canada",
								"placeholder": "e.g. CA"
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
								"description": "It decides which taxes apply"
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
				"description": "JSON, e.g. {\"country\":\"US\"}",
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
		"description": "Where the page's back link leads, e.g. your pricing page",
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
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
						}
					},
					{
						"displayName": "By External ID",
						"name": "externalId",
						"type": "string",
						"placeholder": "e.g. user_42"
					}
				],
				"description": "The Polar customer"
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"placeholder": "name@email.com"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "The customer's ID in your own system (its external ID)"
			},
			{
				"displayName": "External Member ID",
				"name": "externalMemberId",
				"type": "string",
				"default": "",
				"description": "For a team customer: the member's ID in your own system"
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
				"description": "For a team customer: the member it is for"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
				"default": "",
				"description": "Up to 256 characters"
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
						"name": "One-Time",
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
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
				"default": ""
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
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
		"displayName": "Seats",
		"name": "seats",
		"type": "number",
		"default": 0,
		"typeOptions": {
			"numberPrecision": 0
		},
		"required": true,
		"description": "Seats bought, for a seat-based price",
		"displayOptions": {
			"show": {
				"resource": [
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
		"description": "Units bought, for a per-unit price",
		"displayOptions": {
			"show": {
				"resource": [
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
		"displayName": "Pause At Period End",
		"name": "pauseAtPeriodEnd",
		"type": "boolean",
		"default": false,
		"displayOptions": {
			"show": {
				"resource": [
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
						}
					},
					{
						"displayName": "By External ID",
						"name": "externalId",
						"type": "string",
						"placeholder": "e.g. user_42"
					}
				],
				"description": "The Polar customer"
			},
			{
				"displayName": "Email",
				"name": "email",
				"type": "string",
				"default": "",
				"placeholder": "name@email.com"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "The customer's ID in your own system (its external ID)"
			},
			{
				"displayName": "External Member ID",
				"name": "externalMemberId",
				"type": "string",
				"default": "",
				"description": "For a team customer: the member's ID in your own system"
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
				"description": "For a team customer: the member it is for"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
		"description": "The customer who gets into the customer portal",
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
		"description": "Your own ID of the customer who gets into the customer portal",
		"placeholder": "e.g. user_42",
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
				"default": "",
				"description": "For a team customer: your own ID of the member who signs in",
				"placeholder": "e.g. user_42"
			},
			{
				"displayName": "Member ID",
				"name": "memberId",
				"type": "string",
				"default": "",
				"description": "For a team customer: the member who signs in; empty signs in the owner"
			},
			{
				"displayName": "Return URL",
				"name": "returnUrl",
				"type": "string",
				"default": "",
				"description": "Where the portal's back link leads, e.g. your app",
				"placeholder": "e.g. https://example.com/account"
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
				"description": "The Polar customer"
			},
			{
				"displayName": "Depth",
				"name": "depth",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "From 0 to 5"
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
				"description": "The customer's ID in your own system (its external ID). Comma-separated values."
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
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
									"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
									"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
									"errorMessage": "No ID in this URL"
								}
							}
						],
						"extractValue": {
							"type": "regex",
							"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
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
				"description": "Needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Parent ID",
				"name": "parentId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
				"description": "The Polar customer"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "The customer's ID in your own system (its external ID). Comma-separated values."
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
						"displayName": "Customer By",
						"name": "type",
						"type": "options",
						"options": [
							{
								"name": "Customer ID",
								"value": "customer"
							},
							{
								"name": "External Customer ID",
								"value": "externalCustomer"
							}
						],
						"default": "",
						"required": true,
						"description": "Find the customer by Polar's ID or by your own (external) ID"
					},
					{
						"displayName": "Timestamp",
						"name": "timestamp",
						"type": "dateTime",
						"default": "",
						"description": "When it happened; empty means now"
					},
					{
						"displayName": "Name",
						"name": "name",
						"type": "string",
						"default": "",
						"required": true,
						"description": "Name of the event, which meters filter on",
						"placeholder": "e.g. api_call"
					},
					{
						"displayName": "Organization",
						"name": "organizationId",
						"type": "options",
						"typeOptions": {
							"loadOptionsMethod": "getOrganizations"
						},
						"default": "",
						"description": "Needed only with a personal or OAuth2 token"
					},
					{
						"displayName": "External ID",
						"name": "externalId",
						"type": "string",
						"default": "",
						"description": "Your own unique ID of the event; Polar ignores an event whose ID it already has",
						"placeholder": "e.g. req_8f2c"
					},
					{
						"displayName": "Parent ID",
						"name": "parentId",
						"type": "string",
						"default": "",
						"description": "ID of an earlier event this one belongs to, to group related events"
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
										"default": "",
										"description": "Up to 40 characters"
									},
									{
										"displayName": "Value",
										"name": "value",
										"type": "string",
										"default": "",
										"description": "Text, a number, or true/false"
									}
								]
							}
						],
						"description": "Key/value data of the event, e.g. tokens: 1200; meters can filter on it and add it up"
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
											"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
											"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
											"errorMessage": "No ID in this URL"
										}
									}
								],
								"extractValue": {
									"type": "regex",
									"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
								}
							}
						],
						"required": true,
						"description": "The Polar customer",
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
						"description": "For a team customer: the member it is for",
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
						"description": "The customer's ID in your own system (its external ID)",
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
						"description": "For a team customer: the member's ID in your own system",
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
		"description": "The usage events to record",
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
		"description": "JSON, e.g. [{\"name\":\"text\",\"customer_id\":\"CUSTOMER_ID\"}]",
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
				"description": "The Polar customer"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "The customer's ID in your own system (its external ID). Comma-separated values."
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Parent ID",
				"name": "parentId",
				"type": "string",
				"default": ""
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
		"displayName": "Label",
		"name": "label",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Your name for it, shown in Polar's dashboard",
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
				"default": "",
				"description": "Up to 256 characters"
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
				"displayName": "Archived",
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Query",
				"name": "query",
				"type": "string",
				"default": "",
				"description": "Text to search for",
				"placeholder": "e.g. jane"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
		"displayName": "Name",
		"name": "name",
		"type": "string",
		"default": "",
		"required": true,
		"description": "Name of the meter, shown to customers on invoices and in the portal (at least 3 characters)",
		"placeholder": "e.g. API calls",
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
						"displayName": "Match",
						"name": "conjunction",
						"type": "options",
						"options": [
							{
								"name": "All Clauses (And)",
								"value": "and"
							},
							{
								"name": "Any Clause (Or)",
								"value": "or"
							}
						],
						"default": "",
						"required": true,
						"description": "Whether an event must meet all the conditions, or any one of them"
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
										"required": true,
										"description": "The event field to test: name, or metadata.KEY for one of your metadata keys",
										"placeholder": "e.g. name"
									},
									{
										"displayName": "Operator",
										"name": "operator",
										"type": "options",
										"options": [
											{
												"name": "Contains",
												"value": "like"
											},
											{
												"name": "Does Not Contain",
												"value": "not_like"
											},
											{
												"name": "Does Not Equal",
												"value": "ne"
											},
											{
												"name": "Equals",
												"value": "eq"
											},
											{
												"name": "Greater Than",
												"value": "gt"
											},
											{
												"name": "Greater Than or Equal",
												"value": "gte"
											},
											{
												"name": "Less Than",
												"value": "lt"
											},
											{
												"name": "Less Than or Equal",
												"value": "lte"
											}
										],
										"default": "",
										"required": true,
										"description": "How the field is compared with the value"
									},
									{
										"displayName": "Value",
										"name": "value",
										"type": "string",
										"default": "",
										"required": true,
										"description": "The value to compare with: text, a whole number, or true/false",
										"placeholder": "e.g. api_call"
									}
								]
							}
						],
						"required": true,
						"description": "The conditions, one row each"
					}
				]
			}
		],
		"required": true,
		"description": "Which events the meter counts: the conditions an ingested event must meet",
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
		"description": "JSON, e.g. {\"conjunction\":\"and\",\"clauses\":[{\"property\":\"text\",\"operator\":\"eq\",\"value\":\"text\"}]}",
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
						"displayName": "Function",
						"name": "func",
						"type": "options",
						"options": [
							{
								"name": "Average",
								"value": "avg"
							},
							{
								"name": "Count Events",
								"value": "count"
							},
							{
								"name": "Count Unique Values",
								"value": "unique"
							},
							{
								"name": "Maximum",
								"value": "max"
							},
							{
								"name": "Minimum",
								"value": "min"
							},
							{
								"name": "Sum",
								"value": "sum"
							}
						],
						"default": "",
						"required": true,
						"description": "What is computed over the matching events: their count, or a sum, maximum, minimum or average of a field"
					},
					{
						"displayName": "Property",
						"name": "property",
						"type": "string",
						"default": "",
						"required": true,
						"description": "The event field the function reads, usually metadata.KEY",
						"placeholder": "e.g. metadata.tokens",
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
		"description": "How the matching events become one quantity per period",
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
		"description": "JSON, e.g. {\"func\":\"count\"}",
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
				"default": "",
				"description": "With the Custom unit: what one unit is called",
				"placeholder": "e.g. request"
			},
			{
				"displayName": "Custom Multiplier",
				"name": "customMultiplier",
				"type": "number",
				"default": 0,
				"typeOptions": {
					"numberPrecision": 0
				},
				"description": "With the Custom unit: show quantities per this many units, e.g. 1000 to price per 1000 requests"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "options",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": "",
				"description": "Needed only with a personal or OAuth2 token"
			},
			{
				"displayName": "Unit",
				"name": "unit",
				"type": "options",
				"options": [
					{
						"name": "AI Tokens",
						"value": "token"
					},
					{
						"name": "Custom",
						"value": "custom"
					},
					{
						"name": "Number",
						"value": "scalar"
					}
				],
				"default": "scalar",
				"description": "What the quantity counts: a plain number, AI tokens, or your own unit (Custom)"
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
							"regex": "\\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\s*",
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
							"regex": "https?://.*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}.*",
							"errorMessage": "No ID in this URL"
						}
					}
				],
				"extractValue": {
					"type": "regex",
					"regex": "([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})"
				}
			}
		],
		"required": true,
		"description": "Pick it from the list, or give its ID",
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
								"displayName": "Function",
								"name": "func",
								"type": "options",
								"options": [
									{
										"name": "Average",
										"value": "avg"
									},
									{
										"name": "Count Events",
										"value": "count"
									},
									{
										"name": "Count Unique Values",
										"value": "unique"
									},
									{
										"name": "Maximum",
										"value": "max"
									},
									{
										"name": "Minimum",
										"value": "min"
									},
									{
										"name": "Sum",
										"value": "sum"
									}
								],
								"default": "",
								"required": true,
								"description": "What is computed over the matching events: their count, or a sum, maximum, minimum or average of a field"
							},
							{
								"displayName": "Property",
								"name": "property",
								"type": "string",
								"default": "",
								"required": true,
								"description": "The event field the function reads, usually metadata.KEY",
								"placeholder": "e.g. metadata.tokens",
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
				"description": "JSON, checked before sending",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
						]
					}
				}
			},
			{
				"displayName": "Archived",
				"name": "isArchived",
				"type": "boolean",
				"default": false
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
				},
				"description": "At least 1"
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
								"displayName": "Match",
								"name": "conjunction",
								"type": "options",
								"options": [
									{
										"name": "All Clauses (And)",
										"value": "and"
									},
									{
										"name": "Any Clause (Or)",
										"value": "or"
									}
								],
								"default": "",
								"required": true,
								"description": "Whether an event must meet all the conditions, or any one of them"
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
												"required": true,
												"description": "The event field to test: name, or metadata.KEY for one of your metadata keys",
												"placeholder": "e.g. name"
											},
											{
												"displayName": "Operator",
												"name": "operator",
												"type": "options",
												"options": [
													{
														"name": "Contains",
														"value": "like"
													},
													{
														"name": "Does Not Contain",
														"value": "not_like"
													},
													{
														"name": "Does Not Equal",
														"value": "ne"
													},
													{
														"name": "Equals",
														"value": "eq"
													},
													{
														"name": "Greater Than",
														"value": "gt"
													},
													{
														"name": "Greater Than or Equal",
														"value": "gte"
													},
													{
														"name": "Less Than",
														"value": "lt"
													},
													{
														"name": "Less Than or Equal",
														"value": "lte"
													}
												],
												"default": "",
												"required": true,
												"description": "How the field is compared with the value"
											},
											{
												"displayName": "Value",
												"name": "value",
												"type": "string",
												"default": "",
												"required": true,
												"description": "The value to compare with: text, a whole number, or true/false",
												"placeholder": "e.g. api_call"
											}
										]
									}
								],
								"required": true,
								"description": "The conditions, one row each"
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
				"description": "JSON, e.g. {\"conjunction\":\"and\",\"clauses\":[{\"property\":\"text\",\"operator\":\"eq\",\"value\":\"text\"}]}",
				"displayOptions": {
					"show": {
						"/inputMode": [
							"json"
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
			},
			{
				"displayName": "Name",
				"name": "name",
				"type": "string",
				"default": "",
				"description": "At least 3 characters"
			},
			{
				"displayName": "Unit",
				"name": "unit",
				"type": "options",
				"options": [
					{
						"name": "AI Tokens",
						"value": "token"
					},
					{
						"name": "Custom",
						"value": "custom"
					},
					{
						"name": "Number",
						"value": "scalar"
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
						"name": "Average",
						"value": "avg"
					},
					{
						"name": "Count",
						"value": "count"
					},
					{
						"name": "Maximum",
						"value": "max"
					},
					{
						"name": "Minimum",
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
				"description": "The Polar customer"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "The customer's ID in your own system (its external ID). Comma-separated values."
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
								"default": "",
								"description": "Up to 40 characters"
							},
							{
								"displayName": "Value",
								"name": "value",
								"type": "string",
								"default": "",
								"description": "Text, a number, or true/false"
							}
						]
					}
				],
				"description": "Your own key/value data (up to 50 pairs)"
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
				"description": "Only meters of these customers"
			},
			{
				"displayName": "External Customer ID",
				"name": "externalCustomerId",
				"type": "string",
				"default": "",
				"description": "Only meters of the customers with these external IDs. Comma-separated values."
			},
			{
				"displayName": "Meter ID",
				"name": "meterId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "meterChoices"
				},
				"default": [],
				"description": "Only these meters"
			},
			{
				"displayName": "Organization",
				"name": "organizationId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "getOrganizations"
				},
				"default": [],
				"description": "Only meters of these organizations; needed only with a personal or OAuth2 token"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
				"description": "Comma-separated values",
				"placeholder": "name@email.com"
			},
			{
				"displayName": "Customer ID",
				"name": "customerId",
				"type": "multiOptions",
				"typeOptions": {
					"loadOptionsMethod": "customerChoices"
				},
				"default": [],
				"description": "The Polar customer"
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
				"description": "Needed only with a personal or OAuth2 token"
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
				"default": [],
				"description": "The first sorts; the next break ties"
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
