// GENERATED FILE — do not edit. Produced by tools/generate from the Polar OpenAPI document (API version 2026-10) and tools/generate/supplement/2026-10.json (from @polar-sh/sdk 1.0.1).
// Rebuild with: npm run generate
import type { PolarOperation } from '../types';

/** Every Polar API operation, keyed "resource:operation" (the node's parameter values). */
export const operations: Record<string, PolarOperation> = {
	"organization:getAll": {
		"id": "organizations:list",
		"method": "GET",
		"path": "/v1/organizations/",
		"auth": "token",
		"scopes": [
			"organizations:read",
			"organizations:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "slug",
				"param": "slug",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"slug",
			"-slug",
			"name",
			"-name",
			"next_review_threshold",
			"-next_review_threshold",
			"days_in_status",
			"-days_in_status"
		],
		"simplify": [
			"id",
			"name",
			"slug",
			"created_at"
		]
	},
	"organization:create": {
		"id": "organizations:create",
		"method": "POST",
		"path": "/v1/organizations/",
		"auth": "token",
		"scopes": [
			"organizations:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "slug",
				"param": "slug",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "avatar_url",
				"param": "avatarUrl",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "legal_entity",
				"param": "legalEntity",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"anyOf": [
								{
									"$ref": "OrganizationIndividualLegalEntitySchema"
								},
								{
									"$ref": "OrganizationCompanyLegalEntitySchema"
								}
							],
							"discriminator": {
								"propertyName": "type",
								"mapping": {
									"company": "OrganizationCompanyLegalEntitySchema",
									"individual": "OrganizationIndividualLegalEntitySchema"
								}
							}
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "website",
				"param": "website",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "socials",
				"param": "socials",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"type": "array",
							"items": {
								"$ref": "OrganizationSocialLink"
							}
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "details",
				"param": "details",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "OrganizationDetails"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "country",
				"param": "country",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "countryOptions"
			},
			{
				"api": "feature_settings",
				"param": "featureSettings",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "OrganizationFeatureSettingsUpdate"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "subscription_settings",
				"param": "subscriptionSettings",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "OrganizationSubscriptionSettings"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "customer_email_settings",
				"param": "customerEmailSettings",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "OrganizationCustomerEmailSettings"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "customer_portal_settings",
				"param": "customerPortalSettings",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "OrganizationCustomerPortalSettings"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "default_presentment_currency",
				"param": "defaultPresentmentCurrency",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "defaultPresentmentCurrencyOptions"
			},
			{
				"api": "default_tax_behavior",
				"param": "defaultTaxBehavior",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"location",
					"inclusive",
					"exclusive"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "OrganizationCreate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"organization:get": {
		"id": "organizations:get",
		"method": "GET",
		"path": "/v1/organizations/{id}",
		"auth": "token",
		"scopes": [
			"organizations:read",
			"organizations:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "organization",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"name",
			"slug",
			"created_at"
		]
	},
	"organization:update": {
		"id": "organizations:update",
		"method": "PATCH",
		"path": "/v1/organizations/{id}",
		"auth": "token",
		"scopes": [
			"organizations:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "organization",
				"format": "uuid4"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "avatar_url",
				"param": "avatarUrl",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "website",
				"param": "website",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "socials",
				"param": "socials",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"type": "array",
							"items": {
								"$ref": "OrganizationSocialLink"
							}
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "details",
				"param": "details",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "OrganizationDetails"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "country",
				"param": "country",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "countryOptions"
			},
			{
				"api": "feature_settings",
				"param": "featureSettings",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "OrganizationFeatureSettingsUpdate"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "subscription_settings",
				"param": "subscriptionSettings",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "OrganizationSubscriptionSettings"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "customer_email_settings",
				"param": "customerEmailSettings",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "OrganizationCustomerEmailSettings"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "customer_portal_settings",
				"param": "customerPortalSettings",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "OrganizationCustomerPortalSettings"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "dispute_settings",
				"param": "disputeSettings",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "OrganizationDisputeSettingsUpdate"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "embed_hosts",
				"param": "embedHosts",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "string"
			},
			{
				"api": "default_presentment_currency",
				"param": "defaultPresentmentCurrency",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "defaultPresentmentCurrencyOptions"
			},
			{
				"api": "default_tax_behavior",
				"param": "defaultTaxBehavior",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"location",
					"inclusive",
					"exclusive"
				]
			},
			{
				"api": "sso_enforced",
				"param": "ssoEnforced",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "OrganizationUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"subscription:getAll": {
		"id": "subscriptions:list",
		"method": "GET",
		"path": "/v1/subscriptions/",
		"auth": "token",
		"scopes": [
			"subscriptions:read",
			"subscriptions:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "discount_id",
				"param": "discountId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "active",
				"param": "active",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters",
				"deprecated": true
			},
			{
				"api": "status",
				"param": "status",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"incomplete",
					"incomplete_expired",
					"trialing",
					"active",
					"past_due",
					"canceled",
					"unpaid",
					"paused"
				],
				"oneOrMany": true
			},
			{
				"api": "cancel_at_period_end",
				"param": "cancelAtPeriodEnd",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "customer_cancellation_reason",
				"param": "customerCancellationReason",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"customer_service",
					"low_quality",
					"missing_features",
					"switched_service",
					"too_complex",
					"too_expensive",
					"unused",
					"other"
				],
				"oneOrMany": true
			},
			{
				"api": "canceled_at_after",
				"param": "canceledAtAfter",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "canceled_at_before",
				"param": "canceledAtBefore",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "started_after",
				"param": "startedAfter",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "started_before",
				"param": "startedBefore",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "query",
				"kind": "keyValue",
				"required": false,
				"slot": "filters",
				"deepObject": true
			}
		],
		"sort": [
			"customer",
			"-customer",
			"status",
			"-status",
			"started_at",
			"-started_at",
			"current_period_end",
			"-current_period_end",
			"ended_at",
			"-ended_at",
			"ends_at",
			"-ends_at",
			"amount",
			"-amount",
			"product",
			"-product",
			"discount",
			"-discount"
		],
		"simplify": [
			"id",
			"status",
			"amount",
			"currency",
			"recurring_interval",
			"current_period_end",
			"cancel_at_period_end",
			"customer_id",
			"product_id",
			"discount_id",
			"metadata",
			"created_at"
		]
	},
	"subscription:create": {
		"id": "subscriptions:create",
		"method": "POST",
		"path": "/v1/subscriptions/",
		"auth": "token",
		"scopes": [
			"subscriptions:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "product",
				"format": "uuid4"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "customer",
				"format": "uuid4",
				"variants": [
					"customer"
				]
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"variants": [
					"externalCustomer"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"anyOf": [
					{
						"$ref": "SubscriptionCreateCustomer"
					},
					{
						"$ref": "SubscriptionCreateExternalCustomer"
					}
				]
			},
			"variants": [
				{
					"value": "customer",
					"schema": {
						"$ref": "SubscriptionCreateCustomer"
					}
				},
				{
					"value": "externalCustomer",
					"schema": {
						"$ref": "SubscriptionCreateExternalCustomer"
					}
				}
			]
		}
	},
	"subscription:export": {
		"id": "subscriptions:export",
		"method": "GET",
		"path": "/v1/subscriptions/export",
		"auth": "token",
		"scopes": [
			"subscriptions:read",
			"subscriptions:write"
		],
		"pagination": "none",
		"response": "csv",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"incomplete",
					"incomplete_expired",
					"trialing",
					"active",
					"past_due",
					"canceled",
					"unpaid",
					"paused"
				],
				"oneOrMany": true
			},
			{
				"api": "cancel_at_period_end",
				"param": "cancelAtPeriodEnd",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "started_after",
				"param": "startedAfter",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "started_before",
				"param": "startedBefore",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "timezone",
				"param": "timezone",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "columns",
				"param": "columns",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"email",
					"started_at",
					"product",
					"amount",
					"currency",
					"status",
					"recurring_interval",
					"customer_name",
					"billing_name",
					"billing_country",
					"net_amount",
					"discount",
					"seats",
					"current_period_start",
					"current_period_end",
					"cancel_at_period_end",
					"canceled_at",
					"ends_at",
					"ended_at",
					"cancellation_reason",
					"trial_start",
					"trial_end"
				],
				"oneOrMany": true
			}
		]
	},
	"subscription:get": {
		"id": "subscriptions:get",
		"method": "GET",
		"path": "/v1/subscriptions/{id}",
		"auth": "token",
		"scopes": [
			"subscriptions:read",
			"subscriptions:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "subscription",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"status",
			"amount",
			"currency",
			"recurring_interval",
			"current_period_end",
			"cancel_at_period_end",
			"customer_id",
			"product_id",
			"discount_id",
			"metadata",
			"created_at"
		]
	},
	"subscription:update": {
		"id": "subscriptions:update",
		"method": "PATCH",
		"path": "/v1/subscriptions/{id}",
		"auth": "token",
		"scopes": [
			"subscriptions:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "subscription",
				"format": "uuid4"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"updateBase"
				]
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "product",
				"format": "uuid4",
				"variants": [
					"updateBase"
				]
			},
			{
				"api": "proration_behavior",
				"param": "prorationBehavior",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"invoice",
					"prorate",
					"next_period",
					"reset"
				],
				"variants": [
					"updateBase",
					"updateSeats",
					"updateUnits"
				]
			},
			{
				"api": "discount_id",
				"param": "discountId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "discount",
				"format": "uuid4",
				"variants": [
					"updateBase"
				]
			},
			{
				"api": "trial_end",
				"param": "trialEnd",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"updateBase"
				],
				"schema": {
					"anyOf": [
						{
							"type": "string",
							"format": "date-time"
						},
						{
							"type": "string",
							"const": "now"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "seats",
				"param": "seats",
				"in": "body",
				"kind": "number",
				"required": true,
				"slot": "top",
				"integer": true,
				"variants": [
					"updateSeats"
				]
			},
			{
				"api": "units",
				"param": "units",
				"in": "body",
				"kind": "number",
				"required": true,
				"slot": "top",
				"integer": true,
				"variants": [
					"updateUnits"
				]
			},
			{
				"api": "current_billing_period_end",
				"param": "currentBillingPeriodEnd",
				"in": "body",
				"kind": "dateTime",
				"required": true,
				"slot": "top",
				"variants": [
					"updateBillingPeriod"
				]
			},
			{
				"api": "customer_cancellation_reason",
				"param": "customerCancellationReason",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"customer_service",
					"low_quality",
					"missing_features",
					"switched_service",
					"too_complex",
					"too_expensive",
					"unused",
					"other"
				],
				"variants": [
					"cancel",
					"revoke"
				]
			},
			{
				"api": "customer_cancellation_comment",
				"param": "customerCancellationComment",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"cancel",
					"revoke"
				]
			},
			{
				"api": "cancel_at_period_end",
				"param": "cancelAtPeriodEnd",
				"in": "body",
				"kind": "boolean",
				"required": true,
				"slot": "top",
				"variants": [
					"cancel"
				]
			},
			{
				"api": "revoke",
				"param": "revoke",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": true,
				"variants": [
					"revoke"
				]
			},
			{
				"api": "pause_at_period_end",
				"param": "pauseAtPeriodEnd",
				"in": "body",
				"kind": "boolean",
				"required": true,
				"slot": "top",
				"variants": [
					"pause"
				]
			},
			{
				"api": "resumes_at",
				"param": "resumesAt",
				"in": "body",
				"kind": "dateTime",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"pause"
				]
			},
			{
				"api": "resume",
				"param": "resume",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": true,
				"variants": [
					"resume"
				]
			},
			{
				"api": "pending_update",
				"param": "pendingUpdate",
				"in": "body",
				"kind": "json",
				"required": true,
				"slot": "top",
				"variants": [
					"updateClear"
				],
				"schema": {
					"type": "null"
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "SubscriptionUpdate"
			},
			"variants": [
				{
					"value": "updateBase",
					"schema": {
						"$ref": "SubscriptionUpdateBase"
					}
				},
				{
					"value": "updateSeats",
					"schema": {
						"$ref": "SubscriptionUpdateSeats"
					}
				},
				{
					"value": "updateUnits",
					"schema": {
						"$ref": "SubscriptionUpdateUnits"
					}
				},
				{
					"value": "updateBillingPeriod",
					"schema": {
						"$ref": "SubscriptionUpdateBillingPeriod"
					}
				},
				{
					"value": "cancel",
					"schema": {
						"$ref": "SubscriptionCancel"
					}
				},
				{
					"value": "revoke",
					"schema": {
						"$ref": "SubscriptionRevoke"
					}
				},
				{
					"value": "pause",
					"schema": {
						"$ref": "SubscriptionPause"
					}
				},
				{
					"value": "resume",
					"schema": {
						"$ref": "SubscriptionResume"
					}
				},
				{
					"value": "updateClear",
					"schema": {
						"$ref": "SubscriptionUpdateClear"
					}
				}
			]
		}
	},
	"subscription:revoke": {
		"id": "subscriptions:revoke",
		"method": "DELETE",
		"path": "/v1/subscriptions/{id}",
		"auth": "token",
		"scopes": [
			"subscriptions:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "subscription",
				"format": "uuid4"
			}
		]
	},
	"oauth2Client:create": {
		"id": "oauth2:clients:oauth2:create_client",
		"method": "POST",
		"path": "/v1/oauth2/register",
		"auth": "token",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "redirect_uris",
				"param": "redirectUris",
				"in": "body",
				"kind": "list",
				"required": true,
				"slot": "top",
				"itemFormat": "uri"
			},
			{
				"api": "token_endpoint_auth_method",
				"param": "tokenEndpointAuthMethod",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"client_secret_basic",
					"client_secret_post",
					"none"
				]
			},
			{
				"api": "grant_types",
				"param": "grantTypes",
				"in": "body",
				"kind": "multiOptions",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"authorization_code",
					"refresh_token"
				]
			},
			{
				"api": "response_types",
				"param": "responseTypes",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "string"
			},
			{
				"api": "scope",
				"param": "scope",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "client_name",
				"param": "clientName",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "client_uri",
				"param": "clientUri",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "logo_uri",
				"param": "logoUri",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "tos_uri",
				"param": "tosUri",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "policy_uri",
				"param": "policyUri",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "default_sub_type",
				"param": "defaultSubType",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"user",
					"organization"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "OAuth2ClientConfiguration"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"oauth2Client:get": {
		"id": "oauth2:clients:oauth2:get_client",
		"method": "GET",
		"path": "/v1/oauth2/register/{client_id}",
		"auth": "token",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "client_id",
				"param": "clientId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		]
	},
	"oauth2Client:update": {
		"id": "oauth2:clients:oauth2:update_client",
		"method": "PUT",
		"path": "/v1/oauth2/register/{client_id}",
		"auth": "token",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "client_id",
				"param": "clientId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "redirect_uris",
				"param": "redirectUris",
				"in": "body",
				"kind": "list",
				"required": true,
				"slot": "top",
				"itemFormat": "uri"
			},
			{
				"api": "token_endpoint_auth_method",
				"param": "tokenEndpointAuthMethod",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"client_secret_basic",
					"client_secret_post",
					"none"
				]
			},
			{
				"api": "grant_types",
				"param": "grantTypes",
				"in": "body",
				"kind": "multiOptions",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"authorization_code",
					"refresh_token"
				]
			},
			{
				"api": "response_types",
				"param": "responseTypes",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "string"
			},
			{
				"api": "scope",
				"param": "scope",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "client_name",
				"param": "clientName",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "client_uri",
				"param": "clientUri",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "logo_uri",
				"param": "logoUri",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "tos_uri",
				"param": "tosUri",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "policy_uri",
				"param": "policyUri",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "default_sub_type",
				"param": "defaultSubType",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"user",
					"organization"
				]
			},
			{
				"api": "client_id",
				"param": "bodyClientId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "OAuth2ClientConfigurationUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"oauth2Client:delete": {
		"id": "oauth2:clients:oauth2:delete_client",
		"method": "DELETE",
		"path": "/v1/oauth2/register/{client_id}",
		"auth": "token",
		"scopes": [],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "client_id",
				"param": "clientId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		]
	},
	"oauth2:authorize": {
		"id": "oauth2:authorize",
		"method": "GET",
		"path": "/v1/oauth2/authorize",
		"auth": "token",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": []
	},
	"oauth2:requestToken": {
		"id": "oauth2:request_token",
		"method": "POST",
		"path": "/v1/oauth2/token",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "grant_type",
				"param": "grantType",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "authorization_code",
				"variants": [
					"authorizationCodeTokenRequest"
				]
			},
			{
				"api": "client_id",
				"param": "clientId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "client_secret",
				"param": "clientSecret",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "code",
				"param": "code",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"variants": [
					"authorizationCodeTokenRequest"
				]
			},
			{
				"api": "redirect_uri",
				"param": "redirectUri",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uri",
				"variants": [
					"authorizationCodeTokenRequest"
				]
			},
			{
				"api": "grant_type",
				"param": "bodyGrantType",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "refresh_token",
				"variants": [
					"refreshTokenRequest"
				]
			},
			{
				"api": "refresh_token",
				"param": "refreshToken",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"variants": [
					"refreshTokenRequest"
				]
			},
			{
				"api": "grant_type",
				"param": "bodyGrantTypeWebTokenRequest",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "web",
				"variants": [
					"webTokenRequest"
				]
			},
			{
				"api": "session_token",
				"param": "bodySessionToken",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"variants": [
					"webTokenRequest"
				]
			},
			{
				"api": "sub_type",
				"param": "subType",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"user",
					"organization"
				],
				"variants": [
					"webTokenRequest"
				]
			},
			{
				"api": "sub",
				"param": "sub",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4",
				"variants": [
					"webTokenRequest"
				]
			},
			{
				"api": "scope",
				"param": "scope",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"webTokenRequest"
				]
			}
		],
		"body": {
			"contentType": "application/x-www-form-urlencoded",
			"schema": {
				"anyOf": [
					{
						"$ref": "AuthorizationCodeTokenRequest"
					},
					{
						"$ref": "RefreshTokenRequest"
					},
					{
						"$ref": "WebTokenRequest"
					}
				]
			},
			"variants": [
				{
					"value": "authorizationCodeTokenRequest",
					"schema": {
						"$ref": "AuthorizationCodeTokenRequest"
					}
				},
				{
					"value": "refreshTokenRequest",
					"schema": {
						"$ref": "RefreshTokenRequest"
					}
				},
				{
					"value": "webTokenRequest",
					"schema": {
						"$ref": "WebTokenRequest"
					}
				}
			]
		}
	},
	"oauth2:revokeToken": {
		"id": "oauth2:revoke_token",
		"method": "POST",
		"path": "/v1/oauth2/revoke",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "token",
				"param": "token",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "token_type_hint",
				"param": "tokenTypeHint",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"access_token",
					"refresh_token"
				]
			},
			{
				"api": "client_id",
				"param": "clientId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "client_secret",
				"param": "clientSecret",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		],
		"body": {
			"contentType": "application/x-www-form-urlencoded",
			"schema": {
				"$ref": "RevokeTokenRequest"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"oauth2:introspectToken": {
		"id": "oauth2:introspect_token",
		"method": "POST",
		"path": "/v1/oauth2/introspect",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "token",
				"param": "token",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "token_type_hint",
				"param": "tokenTypeHint",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"access_token",
					"refresh_token"
				]
			},
			{
				"api": "client_id",
				"param": "clientId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "client_secret",
				"param": "clientSecret",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		],
		"body": {
			"contentType": "application/x-www-form-urlencoded",
			"schema": {
				"$ref": "IntrospectTokenRequest"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"oauth2:userinfo": {
		"id": "oauth2:userinfo",
		"method": "GET",
		"path": "/v1/oauth2/userinfo",
		"auth": "token",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": []
	},
	"benefit:getAll": {
		"id": "benefits:list",
		"method": "GET",
		"path": "/v1/benefits/",
		"auth": "token",
		"scopes": [
			"benefits:read",
			"benefits:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "type",
				"param": "type",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"custom",
					"discord",
					"github_repository",
					"downloadables",
					"license_keys",
					"meter_credit",
					"feature_flag",
					"slack_shared_channel"
				],
				"oneOrMany": true
			},
			{
				"api": "id",
				"param": "id",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "exclude_id",
				"param": "excludeId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "query",
				"kind": "keyValue",
				"required": false,
				"slot": "filters",
				"deepObject": true
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"description",
			"-description",
			"type",
			"-type",
			"user_order",
			"-user_order"
		],
		"simplify": [
			"id",
			"type",
			"description",
			"organization_id",
			"metadata",
			"created_at"
		]
	},
	"benefit:create": {
		"id": "benefits:create",
		"method": "POST",
		"path": "/v1/benefits/",
		"auth": "token",
		"scopes": [
			"benefits:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "type",
				"param": "type",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "custom",
				"variants": [
					"customCreate"
				]
			},
			{
				"api": "description",
				"param": "description",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "visibility",
				"param": "visibility",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"draft",
					"private",
					"public"
				]
			},
			{
				"api": "properties",
				"param": "properties",
				"in": "body",
				"kind": "json",
				"required": true,
				"slot": "top"
			},
			{
				"api": "type",
				"param": "bodyType",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "discord",
				"variants": [
					"discordCreate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeGitHubRepositoryCreate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "github_repository",
				"variants": [
					"gitHubRepositoryCreate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeDownloadablesCreate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "downloadables",
				"variants": [
					"downloadablesCreate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeLicenseKeysCreate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "license_keys",
				"variants": [
					"licenseKeysCreate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeMeterCreditCreate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "meter_credit",
				"variants": [
					"meterCreditCreate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeFeatureFlagCreate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "feature_flag",
				"variants": [
					"featureFlagCreate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeSlackSharedChannelCreate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "slack_shared_channel",
				"variants": [
					"slackSharedChannelCreate"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "BenefitCreate"
			},
			"variants": [
				{
					"value": "customCreate",
					"schema": {
						"$ref": "BenefitCustomCreate"
					}
				},
				{
					"value": "discordCreate",
					"schema": {
						"$ref": "BenefitDiscordCreate"
					}
				},
				{
					"value": "gitHubRepositoryCreate",
					"schema": {
						"$ref": "BenefitGitHubRepositoryCreate"
					}
				},
				{
					"value": "downloadablesCreate",
					"schema": {
						"$ref": "BenefitDownloadablesCreate"
					}
				},
				{
					"value": "licenseKeysCreate",
					"schema": {
						"$ref": "BenefitLicenseKeysCreate"
					}
				},
				{
					"value": "meterCreditCreate",
					"schema": {
						"$ref": "BenefitMeterCreditCreate"
					}
				},
				{
					"value": "featureFlagCreate",
					"schema": {
						"$ref": "BenefitFeatureFlagCreate"
					}
				},
				{
					"value": "slackSharedChannelCreate",
					"schema": {
						"$ref": "BenefitSlackSharedChannelCreate"
					}
				}
			]
		}
	},
	"benefit:get": {
		"id": "benefits:get",
		"method": "GET",
		"path": "/v1/benefits/{id}",
		"auth": "token",
		"scopes": [
			"benefits:read",
			"benefits:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "benefit",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"type",
			"description",
			"organization_id",
			"metadata",
			"created_at"
		]
	},
	"benefit:update": {
		"id": "benefits:update",
		"method": "PATCH",
		"path": "/v1/benefits/{id}",
		"auth": "token",
		"scopes": [
			"benefits:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "benefit",
				"format": "uuid4"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "description",
				"param": "description",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "visibility",
				"param": "visibility",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"draft",
					"private",
					"public"
				],
				"variants": [
					"customUpdate",
					"licenseKeysUpdate",
					"meterCreditUpdate",
					"featureFlagUpdate"
				]
			},
			{
				"api": "type",
				"param": "type",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "custom",
				"variants": [
					"customUpdate"
				]
			},
			{
				"api": "properties",
				"param": "properties",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "type",
				"param": "bodyType",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "discord",
				"variants": [
					"discordUpdate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeGitHubRepositoryUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "github_repository",
				"variants": [
					"gitHubRepositoryUpdate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeDownloadablesUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "downloadables",
				"variants": [
					"downloadablesUpdate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeLicenseKeysUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "license_keys",
				"variants": [
					"licenseKeysUpdate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeMeterCreditUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "meter_credit",
				"variants": [
					"meterCreditUpdate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeFeatureFlagUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "feature_flag",
				"variants": [
					"featureFlagUpdate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeSlackSharedChannelUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "slack_shared_channel",
				"variants": [
					"slackSharedChannelUpdate"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"anyOf": [
					{
						"$ref": "BenefitCustomUpdate"
					},
					{
						"$ref": "BenefitDiscordUpdate"
					},
					{
						"$ref": "BenefitGitHubRepositoryUpdate"
					},
					{
						"$ref": "BenefitDownloadablesUpdate"
					},
					{
						"$ref": "BenefitLicenseKeysUpdate"
					},
					{
						"$ref": "BenefitMeterCreditUpdate"
					},
					{
						"$ref": "BenefitFeatureFlagUpdate"
					},
					{
						"$ref": "BenefitSlackSharedChannelUpdate"
					}
				]
			},
			"variants": [
				{
					"value": "customUpdate",
					"schema": {
						"$ref": "BenefitCustomUpdate"
					}
				},
				{
					"value": "discordUpdate",
					"schema": {
						"$ref": "BenefitDiscordUpdate"
					}
				},
				{
					"value": "gitHubRepositoryUpdate",
					"schema": {
						"$ref": "BenefitGitHubRepositoryUpdate"
					}
				},
				{
					"value": "downloadablesUpdate",
					"schema": {
						"$ref": "BenefitDownloadablesUpdate"
					}
				},
				{
					"value": "licenseKeysUpdate",
					"schema": {
						"$ref": "BenefitLicenseKeysUpdate"
					}
				},
				{
					"value": "meterCreditUpdate",
					"schema": {
						"$ref": "BenefitMeterCreditUpdate"
					}
				},
				{
					"value": "featureFlagUpdate",
					"schema": {
						"$ref": "BenefitFeatureFlagUpdate"
					}
				},
				{
					"value": "slackSharedChannelUpdate",
					"schema": {
						"$ref": "BenefitSlackSharedChannelUpdate"
					}
				}
			]
		}
	},
	"benefit:delete": {
		"id": "benefits:delete",
		"method": "DELETE",
		"path": "/v1/benefits/{id}",
		"auth": "token",
		"scopes": [
			"benefits:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "benefit",
				"format": "uuid4"
			}
		]
	},
	"benefit:files": {
		"id": "benefits:files",
		"method": "GET",
		"path": "/v1/benefits/{id}/files",
		"auth": "token",
		"scopes": [
			"benefits:read",
			"benefits:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "benefit",
				"format": "uuid4"
			}
		]
	},
	"benefit:grants": {
		"id": "benefits:grants",
		"method": "GET",
		"path": "/v1/benefits/{id}/grants",
		"auth": "token",
		"scopes": [
			"benefits:read",
			"benefits:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "benefit",
				"format": "uuid4"
			},
			{
				"api": "is_granted",
				"param": "isGranted",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "member_id",
				"param": "memberId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			}
		]
	},
	"benefitGrant:getAll": {
		"id": "benefit-grants:list",
		"method": "GET",
		"path": "/v1/benefit-grants/",
		"auth": "token",
		"scopes": [
			"benefits:read",
			"benefits:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "is_granted",
				"param": "isGranted",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"granted_at",
			"-granted_at",
			"revoked_at",
			"-revoked_at"
		],
		"simplify": [
			"id",
			"is_granted",
			"is_revoked",
			"granted_at",
			"revoked_at",
			"customer_id",
			"benefit_id",
			"subscription_id",
			"order_id"
		]
	},
	"webhook:getAll": {
		"id": "webhooks:list_webhook_endpoints",
		"method": "GET",
		"path": "/v1/webhooks/endpoints",
		"auth": "token",
		"scopes": [
			"webhooks:read",
			"webhooks:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			}
		],
		"simplify": [
			"id",
			"url",
			"events",
			"enabled",
			"format",
			"created_at"
		]
	},
	"webhook:create": {
		"id": "webhooks:create_webhook_endpoint",
		"method": "POST",
		"path": "/v1/webhooks/endpoints",
		"auth": "token",
		"scopes": [
			"webhooks:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "url",
				"param": "url",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uri"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "format",
				"param": "format",
				"in": "body",
				"kind": "options",
				"required": true,
				"slot": "top",
				"options": [
					"raw",
					"discord",
					"slack"
				]
			},
			{
				"api": "events",
				"param": "events",
				"in": "body",
				"kind": "multiOptions",
				"required": true,
				"slot": "top",
				"optionsRef": "eventsOptions"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "api_version",
				"param": "apiVersion",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"2026-04",
					"2026-10",
					"2027-01"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "WebhookEndpointCreate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"webhook:get": {
		"id": "webhooks:get_webhook_endpoint",
		"method": "GET",
		"path": "/v1/webhooks/endpoints/{id}",
		"auth": "token",
		"scopes": [
			"webhooks:read",
			"webhooks:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "webhookEndpoint",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"url",
			"events",
			"enabled",
			"format",
			"created_at"
		]
	},
	"webhook:update": {
		"id": "webhooks:update_webhook_endpoint",
		"method": "PATCH",
		"path": "/v1/webhooks/endpoints/{id}",
		"auth": "token",
		"scopes": [
			"webhooks:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "webhookEndpoint",
				"format": "uuid4"
			},
			{
				"api": "url",
				"param": "url",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "format",
				"param": "format",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"raw",
					"discord",
					"slack"
				]
			},
			{
				"api": "events",
				"param": "events",
				"in": "body",
				"kind": "multiOptions",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "eventsOptions"
			},
			{
				"api": "enabled",
				"param": "enabled",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "api_version",
				"param": "apiVersion",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"2026-04",
					"2026-10",
					"2027-01"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "WebhookEndpointUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"webhook:delete": {
		"id": "webhooks:delete_webhook_endpoint",
		"method": "DELETE",
		"path": "/v1/webhooks/endpoints/{id}",
		"auth": "token",
		"scopes": [
			"webhooks:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "webhookEndpoint",
				"format": "uuid4"
			}
		]
	},
	"webhook:resetSecret": {
		"id": "webhooks:reset_webhook_endpoint_secret",
		"method": "PATCH",
		"path": "/v1/webhooks/endpoints/{id}/secret",
		"auth": "token",
		"scopes": [
			"webhooks:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "webhookEndpoint",
				"format": "uuid4"
			}
		]
	},
	"webhook:listDeliveries": {
		"id": "webhooks:list_webhook_deliveries",
		"method": "GET",
		"path": "/v1/webhooks/deliveries",
		"auth": "token",
		"scopes": [
			"webhooks:read",
			"webhooks:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "endpoint_id",
				"param": "endpointId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "start_timestamp",
				"param": "startTimestamp",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "end_timestamp",
				"param": "endTimestamp",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "succeeded",
				"param": "succeeded",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "http_code_class",
				"param": "httpCodeClass",
				"in": "query",
				"kind": "options",
				"required": false,
				"slot": "filters",
				"options": [
					"2xx",
					"3xx",
					"4xx",
					"5xx"
				]
			},
			{
				"api": "event_type",
				"param": "eventType",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"optionsRef": "eventsOptions",
				"oneOrMany": true
			}
		]
	},
	"webhook:redeliver": {
		"id": "webhooks:redeliver_webhook_event",
		"method": "POST",
		"path": "/v1/webhooks/events/{id}/redeliver",
		"auth": "token",
		"scopes": [
			"webhooks:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"product:getAll": {
		"id": "products:list",
		"method": "GET",
		"path": "/v1/products/",
		"auth": "token",
		"scopes": [
			"products:read",
			"products:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "is_archived",
				"param": "isArchived",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "is_recurring",
				"param": "isRecurring",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "benefit_id",
				"param": "benefitId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "visibility",
				"param": "visibility",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"draft",
					"private",
					"public"
				]
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "query",
				"kind": "keyValue",
				"required": false,
				"slot": "filters",
				"deepObject": true
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"name",
			"-name",
			"price_amount_type",
			"-price_amount_type",
			"price_amount",
			"-price_amount"
		],
		"simplify": [
			"id",
			"name",
			"description",
			"is_recurring",
			"recurring_interval",
			"is_archived",
			"visibility",
			"prices",
			"organization_id",
			"metadata",
			"created_at"
		]
	},
	"product:create": {
		"id": "products:create",
		"method": "POST",
		"path": "/v1/products/",
		"auth": "token",
		"scopes": [
			"products:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "description",
				"param": "description",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "visibility",
				"param": "visibility",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"draft",
					"private",
					"public"
				]
			},
			{
				"api": "prices",
				"param": "prices",
				"in": "body",
				"kind": "json",
				"required": true,
				"slot": "top",
				"schema": {
					"type": "array",
					"minItems": 1,
					"items": {
						"$ref": "ProductPriceCreate"
					}
				}
			},
			{
				"api": "medias",
				"param": "medias",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "uuid4"
			},
			{
				"api": "attached_custom_fields",
				"param": "attachedCustomFields",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "array",
					"items": {
						"$ref": "AttachedCustomFieldCreate"
					}
				}
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "trial_interval",
				"param": "trialInterval",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"day",
					"week",
					"month",
					"year"
				],
				"variants": [
					"recurring"
				]
			},
			{
				"api": "trial_interval_count",
				"param": "trialIntervalCount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true,
				"variants": [
					"recurring"
				]
			},
			{
				"api": "recurring_interval",
				"param": "recurringInterval",
				"in": "body",
				"kind": "options",
				"required": true,
				"slot": "top",
				"options": [
					"day",
					"week",
					"month",
					"year"
				],
				"variants": [
					"recurring"
				]
			},
			{
				"api": "recurring_interval_count",
				"param": "recurringIntervalCount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true,
				"variants": [
					"recurring"
				]
			},
			{
				"api": "meter_interval",
				"param": "meterInterval",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"day",
					"week",
					"month",
					"year"
				],
				"variants": [
					"recurring"
				]
			},
			{
				"api": "meter_interval_count",
				"param": "meterIntervalCount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true,
				"variants": [
					"recurring"
				]
			},
			{
				"api": "recurring_interval",
				"param": "bodyRecurringInterval",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"oneTime"
				],
				"schema": {
					"type": "null"
				}
			},
			{
				"api": "recurring_interval_count",
				"param": "bodyRecurringIntervalCount",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"oneTime"
				],
				"schema": {
					"type": "null"
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "ProductCreate"
			},
			"variants": [
				{
					"value": "recurring",
					"schema": {
						"$ref": "ProductCreateRecurring"
					}
				},
				{
					"value": "oneTime",
					"schema": {
						"$ref": "ProductCreateOneTime"
					}
				}
			]
		}
	},
	"product:get": {
		"id": "products:get",
		"method": "GET",
		"path": "/v1/products/{id}",
		"auth": "token",
		"scopes": [
			"products:read",
			"products:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "product",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"name",
			"description",
			"is_recurring",
			"recurring_interval",
			"is_archived",
			"visibility",
			"prices",
			"organization_id",
			"metadata",
			"created_at"
		]
	},
	"product:update": {
		"id": "products:update",
		"method": "PATCH",
		"path": "/v1/products/{id}",
		"auth": "token",
		"scopes": [
			"products:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "product",
				"format": "uuid4"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "trial_interval",
				"param": "trialInterval",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"day",
					"week",
					"month",
					"year"
				]
			},
			{
				"api": "trial_interval_count",
				"param": "trialIntervalCount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "description",
				"param": "description",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "recurring_interval",
				"param": "recurringInterval",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"day",
					"week",
					"month",
					"year"
				]
			},
			{
				"api": "recurring_interval_count",
				"param": "recurringIntervalCount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "is_archived",
				"param": "isArchived",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "visibility",
				"param": "visibility",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"draft",
					"private",
					"public"
				]
			},
			{
				"api": "prices",
				"param": "prices",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"type": "array",
							"items": {
								"anyOf": [
									{
										"$ref": "ExistingProductPrice"
									},
									{
										"$ref": "ProductPriceCreate"
									}
								]
							}
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "medias",
				"param": "medias",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "uuid4"
			},
			{
				"api": "attached_custom_fields",
				"param": "attachedCustomFields",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"type": "array",
							"items": {
								"$ref": "AttachedCustomFieldCreate"
							}
						},
						{
							"type": "null"
						}
					]
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "ProductUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"product:delete": {
		"id": "products:delete",
		"method": "DELETE",
		"path": "/v1/products/{id}",
		"auth": "token",
		"scopes": [
			"products:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "product",
				"format": "uuid4"
			}
		]
	},
	"product:updateBenefits": {
		"id": "products:update_benefits",
		"method": "POST",
		"path": "/v1/products/{id}/benefits",
		"auth": "token",
		"scopes": [
			"products:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "product",
				"format": "uuid4"
			},
			{
				"api": "benefits",
				"param": "benefits",
				"in": "body",
				"kind": "list",
				"required": true,
				"slot": "top",
				"itemFormat": "uuid4"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "ProductBenefitsUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"order:getAll": {
		"id": "orders:list",
		"method": "GET",
		"path": "/v1/orders/",
		"auth": "token",
		"scopes": [
			"orders:read"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_billing_type",
				"param": "productBillingType",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"one_time",
					"recurring"
				],
				"oneOrMany": true
			},
			{
				"api": "discount_id",
				"param": "discountId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "checkout_id",
				"param": "checkoutId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"draft",
					"pending",
					"paid",
					"refunded",
					"partially_refunded",
					"void"
				],
				"oneOrMany": true
			},
			{
				"api": "created_after",
				"param": "createdAfter",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "created_before",
				"param": "createdBefore",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "query",
				"kind": "keyValue",
				"required": false,
				"slot": "filters",
				"deepObject": true
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"status",
			"-status",
			"invoice_number",
			"-invoice_number",
			"amount",
			"-amount",
			"net_amount",
			"-net_amount",
			"customer",
			"-customer",
			"product",
			"-product",
			"discount",
			"-discount",
			"subscription",
			"-subscription"
		],
		"simplify": [
			"id",
			"status",
			"paid",
			"total_amount",
			"net_amount",
			"tax_amount",
			"currency",
			"billing_reason",
			"customer_id",
			"product_id",
			"subscription_id",
			"checkout_id",
			"metadata",
			"created_at"
		]
	},
	"order:create": {
		"id": "orders:create",
		"method": "POST",
		"path": "/v1/orders/",
		"auth": "token",
		"scopes": [
			"orders:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "custom_field_data",
				"param": "customFieldData",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string"
							},
							{
								"type": "integer"
							},
							{
								"type": "boolean"
							},
							{
								"type": "string",
								"format": "date-time"
							},
							{
								"type": "null"
							}
						]
					}
				}
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "customer",
				"format": "uuid4"
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "product",
				"format": "uuid4"
			},
			{
				"api": "currency",
				"param": "currency",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "amount",
				"param": "amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "description",
				"param": "description",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "units",
				"param": "units",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "OrderCreate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"order:export": {
		"id": "orders:export",
		"method": "GET",
		"path": "/v1/orders/export",
		"auth": "token",
		"scopes": [
			"orders:read"
		],
		"pagination": "none",
		"response": "csv",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"draft",
					"pending",
					"paid",
					"refunded",
					"partially_refunded",
					"void"
				],
				"oneOrMany": true
			},
			{
				"api": "created_after",
				"param": "createdAfter",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "created_before",
				"param": "createdBefore",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "timezone",
				"param": "timezone",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "columns",
				"param": "columns",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"email",
					"created_at",
					"product",
					"net_amount",
					"currency",
					"status",
					"invoice_number",
					"customer_name",
					"billing_name",
					"billing_country",
					"subtotal_amount",
					"discount_amount",
					"tax_amount",
					"total_amount",
					"refunded_amount",
					"billing_reason"
				],
				"oneOrMany": true
			}
		]
	},
	"order:get": {
		"id": "orders:get",
		"method": "GET",
		"path": "/v1/orders/{id}",
		"auth": "token",
		"scopes": [
			"orders:read"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "order",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"status",
			"paid",
			"total_amount",
			"net_amount",
			"tax_amount",
			"currency",
			"billing_reason",
			"customer_id",
			"product_id",
			"subscription_id",
			"checkout_id",
			"metadata",
			"created_at"
		]
	},
	"order:update": {
		"id": "orders:update",
		"method": "PATCH",
		"path": "/v1/orders/{id}",
		"auth": "token",
		"scopes": [
			"orders:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "order",
				"format": "uuid4"
			},
			{
				"api": "billing_name",
				"param": "billingName",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "AddressInput"
						},
						{
							"type": "null"
						}
					]
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "OrderUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"order:finalize": {
		"id": "orders:finalize",
		"method": "POST",
		"path": "/v1/orders/{id}/finalize",
		"auth": "token",
		"scopes": [
			"orders:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "order",
				"format": "uuid4"
			},
			{
				"api": "payment_method_id",
				"param": "paymentMethodId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "OrderFinalize"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"order:invoice": {
		"id": "orders:invoice",
		"method": "GET",
		"path": "/v1/orders/{id}/invoice",
		"auth": "token",
		"scopes": [
			"orders:read"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "order",
				"format": "uuid4"
			}
		],
		"download": "invoice"
	},
	"order:generateInvoice": {
		"id": "orders:generate_invoice",
		"method": "POST",
		"path": "/v1/orders/{id}/invoice",
		"auth": "token",
		"scopes": [
			"orders:read"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "order",
				"format": "uuid4"
			}
		]
	},
	"order:receipt": {
		"id": "orders:receipt",
		"method": "GET",
		"path": "/v1/orders/{id}/receipt",
		"auth": "token",
		"scopes": [
			"orders:read"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "order",
				"format": "uuid4"
			}
		],
		"download": "receipt"
	},
	"refund:getAll": {
		"id": "refunds:list",
		"method": "GET",
		"path": "/v1/refunds/",
		"auth": "token",
		"scopes": [
			"refunds:read",
			"refunds:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "order_id",
				"param": "orderId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "succeeded",
				"param": "succeeded",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"amount",
			"-amount"
		],
		"simplify": [
			"id",
			"status",
			"reason",
			"amount",
			"tax_amount",
			"currency",
			"order_id",
			"subscription_id",
			"customer_id",
			"created_at"
		]
	},
	"refund:create": {
		"id": "refunds:create",
		"method": "POST",
		"path": "/v1/refunds/",
		"auth": "token",
		"scopes": [
			"refunds:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "order_id",
				"param": "orderId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "order",
				"format": "uuid4"
			},
			{
				"api": "reason",
				"param": "reason",
				"in": "body",
				"kind": "options",
				"required": true,
				"slot": "top",
				"options": [
					"duplicate",
					"fraudulent",
					"customer_request",
					"service_disruption",
					"satisfaction_guarantee",
					"other"
				]
			},
			{
				"api": "amount",
				"param": "amount",
				"in": "body",
				"kind": "number",
				"required": true,
				"slot": "top",
				"integer": true
			},
			{
				"api": "comment",
				"param": "comment",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "revoke_benefits",
				"param": "revokeBenefits",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "RefundCreate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"dispute:getAll": {
		"id": "disputes:list",
		"method": "GET",
		"path": "/v1/disputes/",
		"auth": "token",
		"scopes": [
			"disputes:read",
			"disputes:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "order_id",
				"param": "orderId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"prevented",
					"early_warning",
					"needs_response",
					"under_review",
					"lost",
					"won"
				],
				"oneOrMany": true
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"amount",
			"-amount"
		],
		"simplify": [
			"id",
			"status",
			"resolved",
			"amount",
			"currency",
			"order_id",
			"payment_id",
			"created_at"
		]
	},
	"dispute:get": {
		"id": "disputes:get",
		"method": "GET",
		"path": "/v1/disputes/{id}",
		"auth": "token",
		"scopes": [
			"disputes:read",
			"disputes:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"status",
			"resolved",
			"amount",
			"currency",
			"order_id",
			"payment_id",
			"created_at"
		]
	},
	"dispute:accept": {
		"id": "disputes:accept",
		"method": "POST",
		"path": "/v1/disputes/{id}/accept",
		"auth": "token",
		"scopes": [
			"disputes:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"checkout:getAll": {
		"id": "checkouts:list",
		"method": "GET",
		"path": "/v1/checkouts/",
		"auth": "token",
		"scopes": [
			"checkouts:read",
			"checkouts:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"open",
					"expired",
					"confirmed",
					"succeeded",
					"failed"
				],
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"expires_at",
			"-expires_at",
			"status",
			"-status"
		],
		"simplify": [
			"id",
			"status",
			"url",
			"expires_at",
			"amount",
			"currency",
			"product_id",
			"customer_id",
			"customer_email",
			"metadata",
			"created_at"
		]
	},
	"checkout:create": {
		"id": "checkouts:create",
		"method": "POST",
		"path": "/v1/checkouts/",
		"auth": "token",
		"scopes": [
			"checkouts:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "trial_interval",
				"param": "trialInterval",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"day",
					"week",
					"month",
					"year"
				]
			},
			{
				"api": "trial_interval_count",
				"param": "trialIntervalCount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "custom_field_data",
				"param": "customFieldData",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string"
							},
							{
								"type": "integer"
							},
							{
								"type": "boolean"
							},
							{
								"type": "string",
								"format": "date-time"
							},
							{
								"type": "null"
							}
						]
					}
				}
			},
			{
				"api": "discount_id",
				"param": "discountId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "discount",
				"format": "uuid4"
			},
			{
				"api": "allow_discount_codes",
				"param": "allowDiscountCodes",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "require_billing_address",
				"param": "requireBillingAddress",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "amount",
				"param": "amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "seats",
				"param": "seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "min_seats",
				"param": "minSeats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "max_seats",
				"param": "maxSeats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "allow_trial",
				"param": "allowTrial",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "customer",
				"format": "uuid4"
			},
			{
				"api": "is_business_customer",
				"param": "isBusinessCustomer",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_name",
				"param": "customerName",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_email",
				"param": "customerEmail",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "customer_ip_address",
				"param": "customerIpAddress",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "ipvanyaddress"
			},
			{
				"api": "customer_billing_name",
				"param": "customerBillingName",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_billing_address",
				"param": "customerBillingAddress",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "AddressInput"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "customer_tax_id",
				"param": "customerTaxId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_metadata",
				"param": "customerMetadata",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"maxProperties": 50,
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string",
								"minLength": 1,
								"maxLength": 500
							},
							{
								"type": "integer"
							},
							{
								"type": "number"
							},
							{
								"type": "boolean"
							}
						]
					},
					"propertyNames": {
						"minLength": 1,
						"maxLength": 40
					}
				}
			},
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "subscription",
				"format": "uuid4"
			},
			{
				"api": "success_url",
				"param": "successUrl",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "embed_origin",
				"param": "embedOrigin",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "currency",
				"param": "currency",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "defaultPresentmentCurrencyOptions"
			},
			{
				"api": "products",
				"param": "products",
				"in": "body",
				"kind": "list",
				"required": true,
				"slot": "top",
				"itemFormat": "uuid4"
			},
			{
				"api": "prices",
				"param": "prices",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"type": "object",
							"additionalProperties": {
								"type": "array",
								"minItems": 1,
								"items": {
									"$ref": "ProductPriceCreate"
								}
							},
							"propertyNames": {
								"format": "uuid4"
							}
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "units",
				"param": "units",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "min_units",
				"param": "minUnits",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "max_units",
				"param": "maxUnits",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CheckoutCreate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"checkout:get": {
		"id": "checkouts:get",
		"method": "GET",
		"path": "/v1/checkouts/{id}",
		"auth": "token",
		"scopes": [
			"checkouts:read",
			"checkouts:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "checkout",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"status",
			"url",
			"expires_at",
			"amount",
			"currency",
			"product_id",
			"customer_id",
			"customer_email",
			"metadata",
			"created_at"
		]
	},
	"checkout:update": {
		"id": "checkouts:update",
		"method": "PATCH",
		"path": "/v1/checkouts/{id}",
		"auth": "token",
		"scopes": [
			"checkouts:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "checkout",
				"format": "uuid4"
			},
			{
				"api": "custom_field_data",
				"param": "customFieldData",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string"
							},
							{
								"type": "integer"
							},
							{
								"type": "boolean"
							},
							{
								"type": "string",
								"format": "date-time"
							},
							{
								"type": "null"
							}
						]
					}
				}
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "product",
				"format": "uuid4"
			},
			{
				"api": "product_price_id",
				"param": "productPriceId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "price",
				"deprecated": true,
				"format": "uuid4"
			},
			{
				"api": "amount",
				"param": "amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "seats",
				"param": "seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "is_business_customer",
				"param": "isBusinessCustomer",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_name",
				"param": "customerName",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_email",
				"param": "customerEmail",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "customer_billing_name",
				"param": "customerBillingName",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_billing_address",
				"param": "customerBillingAddress",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "AddressInput"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "customer_tax_id",
				"param": "customerTaxId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "trial_interval",
				"param": "trialInterval",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"day",
					"week",
					"month",
					"year"
				]
			},
			{
				"api": "trial_interval_count",
				"param": "trialIntervalCount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "currency",
				"param": "currency",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "defaultPresentmentCurrencyOptions"
			},
			{
				"api": "discount_id",
				"param": "discountId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "discount",
				"format": "uuid4"
			},
			{
				"api": "allow_discount_codes",
				"param": "allowDiscountCodes",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "require_billing_address",
				"param": "requireBillingAddress",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "allow_trial",
				"param": "allowTrial",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_ip_address",
				"param": "customerIpAddress",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "ipvanyaddress"
			},
			{
				"api": "customer_metadata",
				"param": "customerMetadata",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"type": "object",
							"maxProperties": 50,
							"additionalProperties": {
								"anyOf": [
									{
										"type": "string",
										"minLength": 1,
										"maxLength": 500
									},
									{
										"type": "integer"
									},
									{
										"type": "number"
									},
									{
										"type": "boolean"
									}
								]
							},
							"propertyNames": {
								"minLength": 1,
								"maxLength": 40
							}
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "success_url",
				"param": "successUrl",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "embed_origin",
				"param": "embedOrigin",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "units",
				"param": "units",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CheckoutUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"checkout:clientGet": {
		"id": "checkouts:client_get",
		"method": "GET",
		"path": "/v1/checkouts/client/{client_secret}",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "client_secret",
				"param": "clientSecret",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		]
	},
	"checkout:clientUpdate": {
		"id": "checkouts:client_update",
		"method": "PATCH",
		"path": "/v1/checkouts/client/{client_secret}",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "client_secret",
				"param": "clientSecret",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "custom_field_data",
				"param": "customFieldData",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string"
							},
							{
								"type": "integer"
							},
							{
								"type": "boolean"
							},
							{
								"type": "string",
								"format": "date-time"
							},
							{
								"type": "null"
							}
						]
					}
				}
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "product",
				"format": "uuid4"
			},
			{
				"api": "product_price_id",
				"param": "productPriceId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "price",
				"deprecated": true,
				"format": "uuid4"
			},
			{
				"api": "amount",
				"param": "amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "seats",
				"param": "seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "is_business_customer",
				"param": "isBusinessCustomer",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_name",
				"param": "customerName",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_email",
				"param": "customerEmail",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "customer_billing_name",
				"param": "customerBillingName",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_billing_address",
				"param": "customerBillingAddress",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "AddressInput"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "customer_tax_id",
				"param": "customerTaxId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "payment_method_type",
				"param": "paymentMethodType",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "discount_code",
				"param": "discountCode",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "allow_trial",
				"param": "allowTrial",
				"in": "body",
				"kind": "fixed",
				"required": false,
				"slot": "additionalFields",
				"fixed": false
			},
			{
				"api": "units",
				"param": "units",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CheckoutUpdatePublic"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"checkout:clientConfirm": {
		"id": "checkouts:client_confirm",
		"method": "POST",
		"path": "/v1/checkouts/client/{client_secret}/confirm",
		"auth": "token",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "client_secret",
				"param": "clientSecret",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "custom_field_data",
				"param": "customFieldData",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string"
							},
							{
								"type": "integer"
							},
							{
								"type": "boolean"
							},
							{
								"type": "string",
								"format": "date-time"
							},
							{
								"type": "null"
							}
						]
					}
				}
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "product",
				"format": "uuid4"
			},
			{
				"api": "product_price_id",
				"param": "productPriceId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "price",
				"deprecated": true,
				"format": "uuid4"
			},
			{
				"api": "amount",
				"param": "amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "seats",
				"param": "seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "is_business_customer",
				"param": "isBusinessCustomer",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_name",
				"param": "customerName",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_email",
				"param": "customerEmail",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "customer_billing_name",
				"param": "customerBillingName",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_billing_address",
				"param": "customerBillingAddress",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "AddressInput"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "customer_tax_id",
				"param": "customerTaxId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "payment_method_type",
				"param": "paymentMethodType",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "discount_code",
				"param": "discountCode",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "allow_trial",
				"param": "allowTrial",
				"in": "body",
				"kind": "fixed",
				"required": false,
				"slot": "additionalFields",
				"fixed": false
			},
			{
				"api": "confirmation_token_id",
				"param": "confirmationTokenId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "units",
				"param": "units",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CheckoutConfirmStripe"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"file:getAll": {
		"id": "files:list",
		"method": "GET",
		"path": "/v1/files/",
		"auth": "token",
		"scopes": [
			"files:read",
			"files:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "ids",
				"param": "ids",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			}
		],
		"simplify": [
			"id",
			"name",
			"mime_type",
			"size",
			"service",
			"is_uploaded",
			"public_url",
			"created_at"
		]
	},
	"file:create": {
		"id": "files:create",
		"method": "POST",
		"path": "/v1/files/",
		"auth": "token",
		"scopes": [
			"files:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "mime_type",
				"param": "mimeType",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "size",
				"param": "size",
				"in": "body",
				"kind": "number",
				"required": true,
				"slot": "top",
				"integer": true
			},
			{
				"api": "checksum_sha256_base64",
				"param": "checksumSha256Base64",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "upload",
				"param": "upload",
				"in": "body",
				"kind": "json",
				"required": true,
				"slot": "top",
				"schema": {
					"$ref": "S3FileCreateMultipart"
				}
			},
			{
				"api": "service",
				"param": "service",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "downloadable",
				"variants": [
					"downloadableFileCreate"
				]
			},
			{
				"api": "version",
				"param": "version",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "service",
				"param": "bodyService",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "product_media",
				"variants": [
					"productMediaFileCreate"
				]
			},
			{
				"api": "service",
				"param": "bodyServiceOrganizationAvatarFileCreate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "organization_avatar",
				"variants": [
					"organizationAvatarFileCreate"
				]
			},
			{
				"api": "service",
				"param": "bodyServiceSupportCaseAttachmentFileCreate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "support_case_attachment",
				"variants": [
					"supportCaseAttachmentFileCreate"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "FileCreate"
			},
			"variants": [
				{
					"value": "downloadableFileCreate",
					"schema": {
						"$ref": "DownloadableFileCreate"
					}
				},
				{
					"value": "productMediaFileCreate",
					"schema": {
						"$ref": "ProductMediaFileCreate"
					}
				},
				{
					"value": "organizationAvatarFileCreate",
					"schema": {
						"$ref": "OrganizationAvatarFileCreate"
					}
				},
				{
					"value": "supportCaseAttachmentFileCreate",
					"schema": {
						"$ref": "SupportCaseAttachmentFileCreate"
					}
				}
			]
		}
	},
	"file:uploaded": {
		"id": "files:uploaded",
		"method": "POST",
		"path": "/v1/files/{id}/uploaded",
		"auth": "token",
		"scopes": [
			"files:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "file",
				"format": "uuid4"
			},
			{
				"api": "id",
				"param": "bodyId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "path",
				"param": "path",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "parts",
				"param": "parts",
				"in": "body",
				"kind": "json",
				"required": true,
				"slot": "top",
				"schema": {
					"type": "array",
					"items": {
						"$ref": "S3FileUploadCompletedPart"
					}
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "FileUploadCompleted"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"file:update": {
		"id": "files:update",
		"method": "PATCH",
		"path": "/v1/files/{id}",
		"auth": "token",
		"scopes": [
			"files:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "file",
				"format": "uuid4"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "version",
				"param": "version",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "FilePatch"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"file:delete": {
		"id": "files:delete",
		"method": "DELETE",
		"path": "/v1/files/{id}",
		"auth": "token",
		"scopes": [
			"files:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "file",
				"format": "uuid4"
			}
		]
	},
	"metric:get": {
		"id": "metrics:get",
		"method": "GET",
		"path": "/v1/metrics/",
		"auth": "token",
		"scopes": [
			"metrics:read"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "start_date",
				"param": "startDate",
				"in": "query",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "date"
			},
			{
				"api": "end_date",
				"param": "endDate",
				"in": "query",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "date"
			},
			{
				"api": "timezone",
				"param": "timezone",
				"in": "query",
				"kind": "options",
				"required": false,
				"slot": "filters",
				"optionsRef": "timezoneOptions"
			},
			{
				"api": "interval",
				"param": "interval",
				"in": "query",
				"kind": "options",
				"required": true,
				"slot": "top",
				"options": [
					"year",
					"month",
					"week",
					"day",
					"hour"
				]
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "billing_type",
				"param": "billingType",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"one_time",
					"recurring"
				],
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "metrics",
				"param": "metrics",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string"
			}
		]
	},
	"metric:export": {
		"id": "metrics:export",
		"method": "GET",
		"path": "/v1/metrics/export",
		"auth": "token",
		"scopes": [
			"metrics:read"
		],
		"pagination": "none",
		"response": "csv",
		"fields": [
			{
				"api": "start_date",
				"param": "startDate",
				"in": "query",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "date"
			},
			{
				"api": "end_date",
				"param": "endDate",
				"in": "query",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "date"
			},
			{
				"api": "timezone",
				"param": "timezone",
				"in": "query",
				"kind": "options",
				"required": false,
				"slot": "filters",
				"optionsRef": "timezoneOptions"
			},
			{
				"api": "interval",
				"param": "interval",
				"in": "query",
				"kind": "options",
				"required": true,
				"slot": "top",
				"options": [
					"year",
					"month",
					"week",
					"day",
					"hour"
				]
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "billing_type",
				"param": "billingType",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"one_time",
					"recurring"
				],
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "metrics",
				"param": "metrics",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string"
			}
		]
	},
	"metric:limits": {
		"id": "metrics:limits",
		"method": "GET",
		"path": "/v1/metrics/limits",
		"auth": "token",
		"scopes": [
			"metrics:read"
		],
		"pagination": "none",
		"response": "json",
		"fields": []
	},
	"metric:listDashboards": {
		"id": "metrics:list_dashboards",
		"method": "GET",
		"path": "/v1/metrics/dashboards",
		"auth": "token",
		"scopes": [
			"metrics:read"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			}
		]
	},
	"metric:createDashboard": {
		"id": "metrics:create_dashboard",
		"method": "POST",
		"path": "/v1/metrics/dashboards",
		"auth": "token",
		"scopes": [
			"metrics:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "metrics",
				"param": "metrics",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "string"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "MetricDashboardCreate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"metric:getDashboard": {
		"id": "metrics:get_dashboard",
		"method": "GET",
		"path": "/v1/metrics/dashboards/{id}",
		"auth": "token",
		"scopes": [
			"metrics:read"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"metric:updateDashboard": {
		"id": "metrics:update_dashboard",
		"method": "PATCH",
		"path": "/v1/metrics/dashboards/{id}",
		"auth": "token",
		"scopes": [
			"metrics:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "metrics",
				"param": "metrics",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "string"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "MetricDashboardUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"metric:deleteDashboard": {
		"id": "metrics:delete_dashboard",
		"method": "DELETE",
		"path": "/v1/metrics/dashboards/{id}",
		"auth": "token",
		"scopes": [
			"metrics:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"licenseKey:getAll": {
		"id": "license_keys:list",
		"method": "GET",
		"path": "/v1/license-keys/",
		"auth": "token",
		"scopes": [
			"license_keys:read",
			"license_keys:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "benefit_id",
				"param": "benefitId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"granted",
					"revoked",
					"disabled"
				],
				"oneOrMany": true
			}
		],
		"simplify": [
			"id",
			"display_key",
			"status",
			"usage",
			"limit_usage",
			"limit_activations",
			"validations",
			"expires_at",
			"customer_id",
			"benefit_id",
			"created_at"
		]
	},
	"licenseKey:get": {
		"id": "license_keys:get",
		"method": "GET",
		"path": "/v1/license-keys/{id}",
		"auth": "token",
		"scopes": [
			"license_keys:read",
			"license_keys:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "licenseKey",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"display_key",
			"status",
			"usage",
			"limit_usage",
			"limit_activations",
			"validations",
			"expires_at",
			"customer_id",
			"benefit_id",
			"created_at"
		]
	},
	"licenseKey:update": {
		"id": "license_keys:update",
		"method": "PATCH",
		"path": "/v1/license-keys/{id}",
		"auth": "token",
		"scopes": [
			"license_keys:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "licenseKey",
				"format": "uuid4"
			},
			{
				"api": "status",
				"param": "status",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"granted",
					"revoked",
					"disabled"
				]
			},
			{
				"api": "usage",
				"param": "usage",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "limit_activations",
				"param": "limitActivations",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "limit_usage",
				"param": "limitUsage",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "expires_at",
				"param": "expiresAt",
				"in": "body",
				"kind": "dateTime",
				"required": false,
				"slot": "additionalFields"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "LicenseKeyUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"licenseKey:getActivation": {
		"id": "license_keys:get_activation",
		"method": "GET",
		"path": "/v1/license-keys/{id}/activations/{activation_id}",
		"auth": "token",
		"scopes": [
			"license_keys:read",
			"license_keys:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "licenseKey",
				"format": "uuid4"
			},
			{
				"api": "activation_id",
				"param": "activationId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"licenseKey:validate": {
		"id": "license_keys:validate",
		"method": "POST",
		"path": "/v1/license-keys/validate",
		"auth": "token",
		"scopes": [
			"license_keys:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "key",
				"param": "key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "activation_id",
				"param": "activationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "benefit_id",
				"param": "benefitId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "benefit",
				"format": "uuid4"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "customer",
				"format": "uuid4"
			},
			{
				"api": "increment_usage",
				"param": "incrementUsage",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "conditions",
				"param": "conditions",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"maxProperties": 50,
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string",
								"minLength": 1,
								"maxLength": 500
							},
							{
								"type": "integer"
							},
							{
								"type": "number"
							},
							{
								"type": "boolean"
							}
						]
					},
					"propertyNames": {
						"minLength": 1,
						"maxLength": 40
					}
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "LicenseKeyValidate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"licenseKey:activate": {
		"id": "license_keys:activate",
		"method": "POST",
		"path": "/v1/license-keys/activate",
		"auth": "token",
		"scopes": [
			"license_keys:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "key",
				"param": "key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "label",
				"param": "label",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "conditions",
				"param": "conditions",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"maxProperties": 50,
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string",
								"minLength": 1,
								"maxLength": 500
							},
							{
								"type": "integer"
							},
							{
								"type": "number"
							},
							{
								"type": "boolean"
							}
						]
					},
					"propertyNames": {
						"minLength": 1,
						"maxLength": 40
					}
				}
			},
			{
				"api": "meta",
				"param": "meta",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"maxProperties": 50,
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string",
								"minLength": 1,
								"maxLength": 500
							},
							{
								"type": "integer"
							},
							{
								"type": "number"
							},
							{
								"type": "boolean"
							}
						]
					},
					"propertyNames": {
						"minLength": 1,
						"maxLength": 40
					}
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "LicenseKeyActivate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"licenseKey:deactivate": {
		"id": "license_keys:deactivate",
		"method": "POST",
		"path": "/v1/license-keys/deactivate",
		"auth": "token",
		"scopes": [
			"license_keys:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "key",
				"param": "key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "activation_id",
				"param": "activationId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "LicenseKeyDeactivate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"checkoutLink:getAll": {
		"id": "checkout-links:list",
		"method": "GET",
		"path": "/v1/checkout-links/",
		"auth": "token",
		"scopes": [
			"checkout_links:read",
			"checkout_links:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"label",
			"-label",
			"success_url",
			"-success_url",
			"allow_discount_codes",
			"-allow_discount_codes"
		],
		"simplify": [
			"id",
			"label",
			"url",
			"product_id",
			"metadata",
			"created_at"
		]
	},
	"checkoutLink:create": {
		"id": "checkout-links:create",
		"method": "POST",
		"path": "/v1/checkout-links/",
		"auth": "token",
		"scopes": [
			"checkout_links:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "trial_interval",
				"param": "trialInterval",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"day",
					"week",
					"month",
					"year"
				]
			},
			{
				"api": "trial_interval_count",
				"param": "trialIntervalCount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "payment_processor",
				"param": "paymentProcessor",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "stripe"
			},
			{
				"api": "label",
				"param": "label",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "allow_discount_codes",
				"param": "allowDiscountCodes",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "require_billing_address",
				"param": "requireBillingAddress",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "discount_id",
				"param": "discountId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "discount",
				"format": "uuid4"
			},
			{
				"api": "seats",
				"param": "seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "success_url",
				"param": "successUrl",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "product_price_id",
				"param": "productPriceId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "price",
				"format": "uuid4",
				"variants": [
					"productPrice"
				]
			},
			{
				"api": "units",
				"param": "units",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "product",
				"format": "uuid4",
				"variants": [
					"product"
				]
			},
			{
				"api": "products",
				"param": "products",
				"in": "body",
				"kind": "list",
				"required": true,
				"slot": "top",
				"itemFormat": "uuid4",
				"variants": [
					"products"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CheckoutLinkCreate"
			},
			"variants": [
				{
					"value": "productPrice",
					"schema": {
						"$ref": "CheckoutLinkCreateProductPrice"
					}
				},
				{
					"value": "product",
					"schema": {
						"$ref": "CheckoutLinkCreateProduct"
					}
				},
				{
					"value": "products",
					"schema": {
						"$ref": "CheckoutLinkCreateProducts"
					}
				}
			]
		}
	},
	"checkoutLink:get": {
		"id": "checkout-links:get",
		"method": "GET",
		"path": "/v1/checkout-links/{id}",
		"auth": "token",
		"scopes": [
			"checkout_links:read",
			"checkout_links:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "checkoutLink",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"label",
			"url",
			"product_id",
			"metadata",
			"created_at"
		]
	},
	"checkoutLink:update": {
		"id": "checkout-links:update",
		"method": "PATCH",
		"path": "/v1/checkout-links/{id}",
		"auth": "token",
		"scopes": [
			"checkout_links:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "checkoutLink",
				"format": "uuid4"
			},
			{
				"api": "trial_interval",
				"param": "trialInterval",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"day",
					"week",
					"month",
					"year"
				]
			},
			{
				"api": "trial_interval_count",
				"param": "trialIntervalCount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "products",
				"param": "products",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "uuid4"
			},
			{
				"api": "label",
				"param": "label",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "allow_discount_codes",
				"param": "allowDiscountCodes",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "require_billing_address",
				"param": "requireBillingAddress",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "discount_id",
				"param": "discountId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "discount",
				"format": "uuid4"
			},
			{
				"api": "seats",
				"param": "seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "success_url",
				"param": "successUrl",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "units",
				"param": "units",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CheckoutLinkUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"checkoutLink:delete": {
		"id": "checkout-links:delete",
		"method": "DELETE",
		"path": "/v1/checkout-links/{id}",
		"auth": "token",
		"scopes": [
			"checkout_links:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "checkoutLink",
				"format": "uuid4"
			}
		]
	},
	"customField:getAll": {
		"id": "custom-fields:list",
		"method": "GET",
		"path": "/v1/custom-fields/",
		"auth": "token",
		"scopes": [
			"custom_fields:read",
			"custom_fields:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "type",
				"param": "type",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"text",
					"number",
					"date",
					"checkbox",
					"select"
				],
				"oneOrMany": true
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"slug",
			"-slug",
			"name",
			"-name",
			"type",
			"-type"
		],
		"simplify": [
			"id",
			"name",
			"slug",
			"type",
			"created_at"
		]
	},
	"customField:create": {
		"id": "custom-fields:create",
		"method": "POST",
		"path": "/v1/custom-fields/",
		"auth": "token",
		"scopes": [
			"custom_fields:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "type",
				"param": "type",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "text",
				"variants": [
					"text"
				]
			},
			{
				"api": "slug",
				"param": "slug",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "properties",
				"param": "properties",
				"in": "body",
				"kind": "json",
				"required": true,
				"slot": "top"
			},
			{
				"api": "type",
				"param": "bodyType",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "number",
				"variants": [
					"number"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeDate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "date",
				"variants": [
					"date"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeCheckbox",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "checkbox",
				"variants": [
					"checkbox"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeSelect",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "select",
				"variants": [
					"select"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomFieldCreate"
			},
			"variants": [
				{
					"value": "text",
					"schema": {
						"$ref": "CustomFieldCreateText"
					}
				},
				{
					"value": "number",
					"schema": {
						"$ref": "CustomFieldCreateNumber"
					}
				},
				{
					"value": "date",
					"schema": {
						"$ref": "CustomFieldCreateDate"
					}
				},
				{
					"value": "checkbox",
					"schema": {
						"$ref": "CustomFieldCreateCheckbox"
					}
				},
				{
					"value": "select",
					"schema": {
						"$ref": "CustomFieldCreateSelect"
					}
				}
			]
		}
	},
	"customField:get": {
		"id": "custom-fields:get",
		"method": "GET",
		"path": "/v1/custom-fields/{id}",
		"auth": "token",
		"scopes": [
			"custom_fields:read",
			"custom_fields:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "customField",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"name",
			"slug",
			"type",
			"created_at"
		]
	},
	"customField:update": {
		"id": "custom-fields:update",
		"method": "PATCH",
		"path": "/v1/custom-fields/{id}",
		"auth": "token",
		"scopes": [
			"custom_fields:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "customField",
				"format": "uuid4"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "slug",
				"param": "slug",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "type",
				"param": "type",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "text",
				"variants": [
					"text"
				]
			},
			{
				"api": "properties",
				"param": "properties",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "type",
				"param": "bodyType",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "number",
				"variants": [
					"number"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeDate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "date",
				"variants": [
					"date"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeCheckbox",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "checkbox",
				"variants": [
					"checkbox"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeSelect",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "select",
				"variants": [
					"select"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomFieldUpdate"
			},
			"variants": [
				{
					"value": "text",
					"schema": {
						"$ref": "CustomFieldUpdateText"
					}
				},
				{
					"value": "number",
					"schema": {
						"$ref": "CustomFieldUpdateNumber"
					}
				},
				{
					"value": "date",
					"schema": {
						"$ref": "CustomFieldUpdateDate"
					}
				},
				{
					"value": "checkbox",
					"schema": {
						"$ref": "CustomFieldUpdateCheckbox"
					}
				},
				{
					"value": "select",
					"schema": {
						"$ref": "CustomFieldUpdateSelect"
					}
				}
			]
		}
	},
	"customField:delete": {
		"id": "custom-fields:delete",
		"method": "DELETE",
		"path": "/v1/custom-fields/{id}",
		"auth": "token",
		"scopes": [
			"custom_fields:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "customField",
				"format": "uuid4"
			}
		]
	},
	"discount:getAll": {
		"id": "discounts:list",
		"method": "GET",
		"path": "/v1/discounts/",
		"auth": "token",
		"scopes": [
			"discounts:read",
			"discounts:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"name",
			"-name",
			"code",
			"-code",
			"redemptions_count",
			"-redemptions_count",
			"ends_at",
			"-ends_at"
		],
		"simplify": [
			"id",
			"name",
			"code",
			"type",
			"amount",
			"currency",
			"basis_points",
			"duration",
			"duration_in_months",
			"redemptions_count",
			"max_redemptions",
			"created_at"
		]
	},
	"discount:create": {
		"id": "discounts:create",
		"method": "POST",
		"path": "/v1/discounts/",
		"auth": "token",
		"scopes": [
			"discounts:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "code",
				"param": "code",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "starts_at",
				"param": "startsAt",
				"in": "body",
				"kind": "dateTime",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "ends_at",
				"param": "endsAt",
				"in": "body",
				"kind": "dateTime",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "max_redemptions",
				"param": "maxRedemptions",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "max_redemptions_per_customer",
				"param": "maxRedemptionsPerCustomer",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "products",
				"param": "products",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "uuid4"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "type",
				"param": "type",
				"in": "body",
				"kind": "fixed",
				"required": false,
				"slot": "additionalFields",
				"fixed": "fixed",
				"variants": [
					"fixedCreate"
				]
			},
			{
				"api": "duration",
				"param": "duration",
				"in": "body",
				"kind": "options",
				"required": true,
				"slot": "top",
				"options": [
					"once",
					"forever",
					"repeating"
				]
			},
			{
				"api": "duration_in_months",
				"param": "durationInMonths",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "amount",
				"param": "amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"deprecated": true,
				"integer": true,
				"variants": [
					"fixedCreate"
				]
			},
			{
				"api": "currency",
				"param": "currency",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "defaultPresentmentCurrencyOptions",
				"deprecated": true,
				"variants": [
					"fixedCreate"
				]
			},
			{
				"api": "amounts",
				"param": "amounts",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"fixedCreate"
				],
				"schema": {
					"anyOf": [
						{
							"type": "object",
							"minProperties": 1,
							"additionalProperties": {
								"type": "integer",
								"minimum": 0,
								"maximum": 999999999999
							},
							"propertyNames": {
								"$ref": "PresentmentCurrency"
							}
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyType",
				"in": "body",
				"kind": "fixed",
				"required": false,
				"slot": "additionalFields",
				"fixed": "percentage",
				"variants": [
					"percentageCreate"
				]
			},
			{
				"api": "basis_points",
				"param": "basisPoints",
				"in": "body",
				"kind": "number",
				"required": true,
				"slot": "top",
				"integer": true,
				"variants": [
					"percentageCreate"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "DiscountCreate"
			},
			"variants": [
				{
					"value": "fixedCreate",
					"schema": {
						"$ref": "DiscountFixedCreate"
					}
				},
				{
					"value": "percentageCreate",
					"schema": {
						"$ref": "DiscountPercentageCreate"
					}
				}
			]
		}
	},
	"discount:get": {
		"id": "discounts:get",
		"method": "GET",
		"path": "/v1/discounts/{id}",
		"auth": "token",
		"scopes": [
			"discounts:read",
			"discounts:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "discount",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"name",
			"code",
			"type",
			"amount",
			"currency",
			"basis_points",
			"duration",
			"duration_in_months",
			"redemptions_count",
			"max_redemptions",
			"created_at"
		]
	},
	"discount:update": {
		"id": "discounts:update",
		"method": "PATCH",
		"path": "/v1/discounts/{id}",
		"auth": "token",
		"scopes": [
			"discounts:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "discount",
				"format": "uuid4"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "code",
				"param": "code",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "starts_at",
				"param": "startsAt",
				"in": "body",
				"kind": "dateTime",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "ends_at",
				"param": "endsAt",
				"in": "body",
				"kind": "dateTime",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "max_redemptions",
				"param": "maxRedemptions",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "max_redemptions_per_customer",
				"param": "maxRedemptionsPerCustomer",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "duration",
				"param": "duration",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"once",
					"forever",
					"repeating"
				]
			},
			{
				"api": "duration_in_months",
				"param": "durationInMonths",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "type",
				"param": "type",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"fixed",
					"percentage"
				]
			},
			{
				"api": "amount",
				"param": "amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"deprecated": true,
				"integer": true
			},
			{
				"api": "currency",
				"param": "currency",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "defaultPresentmentCurrencyOptions",
				"deprecated": true
			},
			{
				"api": "amounts",
				"param": "amounts",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"type": "object",
							"minProperties": 1,
							"additionalProperties": {
								"type": "integer",
								"minimum": 0,
								"maximum": 999999999999
							},
							"propertyNames": {
								"$ref": "PresentmentCurrency"
							}
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "basis_points",
				"param": "basisPoints",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "products",
				"param": "products",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "uuid4"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "DiscountUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"discount:delete": {
		"id": "discounts:delete",
		"method": "DELETE",
		"path": "/v1/discounts/{id}",
		"auth": "token",
		"scopes": [
			"discounts:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "discount",
				"format": "uuid4"
			}
		]
	},
	"customer:getAll": {
		"id": "customers:list",
		"method": "GET",
		"path": "/v1/customers/",
		"auth": "token",
		"scopes": [
			"customers:read",
			"customers:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "email",
				"param": "email",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "active",
				"param": "active",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "query",
				"kind": "keyValue",
				"required": false,
				"slot": "filters",
				"deepObject": true
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"email",
			"-email",
			"name",
			"-name"
		],
		"simplify": [
			"id",
			"email",
			"name",
			"external_id",
			"type",
			"organization_id",
			"metadata",
			"created_at"
		]
	},
	"customer:create": {
		"id": "customers:create",
		"method": "POST",
		"path": "/v1/customers/",
		"auth": "token",
		"scopes": [
			"customers:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "external_id",
				"param": "externalId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "AddressInput"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "tax_id",
				"param": "taxId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "owner",
				"param": "owner",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "MemberOwnerCreate"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "type",
				"in": "body",
				"kind": "fixed",
				"required": false,
				"slot": "additionalFields",
				"fixed": "individual",
				"variants": [
					"individualCreate"
				]
			},
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "email",
				"variants": [
					"individualCreate"
				]
			},
			{
				"api": "type",
				"param": "bodyType",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "team",
				"variants": [
					"teamCreate"
				]
			},
			{
				"api": "email",
				"param": "bodyEmail",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email",
				"variants": [
					"teamCreate"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerCreate"
			},
			"variants": [
				{
					"value": "individualCreate",
					"schema": {
						"$ref": "CustomerIndividualCreate"
					}
				},
				{
					"value": "teamCreate",
					"schema": {
						"$ref": "CustomerTeamCreate"
					}
				}
			]
		}
	},
	"customer:export": {
		"id": "customers:export",
		"method": "GET",
		"path": "/v1/customers/export",
		"auth": "token",
		"scopes": [
			"customers:read",
			"customers:write"
		],
		"pagination": "none",
		"response": "csv",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			}
		]
	},
	"customer:get": {
		"id": "customers:get",
		"method": "GET",
		"path": "/v1/customers/{id}",
		"auth": "token",
		"scopes": [
			"customers:read",
			"customers:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "customer",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"email",
			"name",
			"external_id",
			"type",
			"organization_id",
			"metadata",
			"created_at"
		]
	},
	"customer:update": {
		"id": "customers:update",
		"method": "PATCH",
		"path": "/v1/customers/{id}",
		"auth": "token",
		"scopes": [
			"customers:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "customer",
				"format": "uuid4"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "AddressInput"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "tax_id",
				"param": "taxId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "external_id",
				"param": "externalId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "type",
				"param": "type",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"individual",
					"team"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"customer:delete": {
		"id": "customers:delete",
		"method": "DELETE",
		"path": "/v1/customers/{id}",
		"auth": "token",
		"scopes": [
			"customers:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "customer",
				"format": "uuid4"
			},
			{
				"api": "anonymize",
				"param": "anonymize",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			}
		]
	},
	"customer:getExternal": {
		"id": "customers:get_external",
		"method": "GET",
		"path": "/v1/customers/external/{external_id}",
		"auth": "token",
		"scopes": [
			"customers:read",
			"customers:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "external_id",
				"param": "externalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		],
		"simplify": [
			"id",
			"email",
			"name",
			"external_id",
			"type",
			"organization_id",
			"metadata",
			"created_at"
		]
	},
	"customer:updateExternal": {
		"id": "customers:update_external",
		"method": "PATCH",
		"path": "/v1/customers/external/{external_id}",
		"auth": "token",
		"scopes": [
			"customers:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "external_id",
				"param": "externalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "AddressInput"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "tax_id",
				"param": "taxId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerUpdateExternalID"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"customer:deleteExternal": {
		"id": "customers:delete_external",
		"method": "DELETE",
		"path": "/v1/customers/external/{external_id}",
		"auth": "token",
		"scopes": [
			"customers:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "external_id",
				"param": "externalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "anonymize",
				"param": "anonymize",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			}
		]
	},
	"customer:getState": {
		"id": "customers:get_state",
		"method": "GET",
		"path": "/v1/customers/{id}/state",
		"auth": "token",
		"scopes": [
			"customers:read",
			"customers:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "customer",
				"format": "uuid4"
			}
		]
	},
	"customer:getStateExternal": {
		"id": "customers:get_state_external",
		"method": "GET",
		"path": "/v1/customers/external/{external_id}/state",
		"auth": "token",
		"scopes": [
			"customers:read",
			"customers:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "external_id",
				"param": "externalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		]
	},
	"customer:listPaymentMethods": {
		"id": "customers:list_payment_methods",
		"method": "GET",
		"path": "/v1/customers/{id}/payment-methods",
		"auth": "token",
		"scopes": [
			"customers:read",
			"customers:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "customer",
				"format": "uuid4"
			}
		]
	},
	"customer:listPaymentMethodsExternal": {
		"id": "customers:list_payment_methods_external",
		"method": "GET",
		"path": "/v1/customers/external/{external_id}/payment-methods",
		"auth": "token",
		"scopes": [
			"customers:read",
			"customers:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "external_id",
				"param": "externalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		]
	},
	"customerMember:getAll": {
		"id": "customers:members:list",
		"method": "GET",
		"path": "/v1/customers/{id}/members",
		"auth": "token",
		"scopes": [
			"members:read",
			"members:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "role",
				"param": "role",
				"in": "query",
				"kind": "options",
				"required": false,
				"slot": "filters",
				"options": [
					"owner",
					"billing_manager",
					"member"
				]
			}
		],
		"sort": [
			"created_at",
			"-created_at"
		]
	},
	"customerMember:create": {
		"id": "customers:members:create",
		"method": "POST",
		"path": "/v1/customers/{id}/members",
		"auth": "token",
		"scopes": [
			"members:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "email"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "external_id",
				"param": "externalId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "role",
				"param": "role",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"member",
					"billing_manager"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "MemberCreateFromCustomer"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"customerMember:listExternal": {
		"id": "customers:members:list_external",
		"method": "GET",
		"path": "/v1/customers/external/{external_id}/members",
		"auth": "token",
		"scopes": [
			"members:read",
			"members:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "external_id",
				"param": "externalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "role",
				"param": "role",
				"in": "query",
				"kind": "options",
				"required": false,
				"slot": "filters",
				"options": [
					"owner",
					"billing_manager",
					"member"
				]
			}
		],
		"sort": [
			"created_at",
			"-created_at"
		]
	},
	"customerMember:createExternal": {
		"id": "customers:members:create_external",
		"method": "POST",
		"path": "/v1/customers/external/{external_id}/members",
		"auth": "token",
		"scopes": [
			"members:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "external_id",
				"param": "externalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "email"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "external_id",
				"param": "bodyExternalId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "role",
				"param": "role",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"member",
					"billing_manager"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "MemberCreateFromCustomer"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"customerMember:get": {
		"id": "customers:members:get",
		"method": "GET",
		"path": "/v1/customers/{id}/members/{member_id}",
		"auth": "token",
		"scopes": [
			"members:read",
			"members:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "member_id",
				"param": "memberId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid"
			}
		]
	},
	"customerMember:update": {
		"id": "customers:members:update",
		"method": "PATCH",
		"path": "/v1/customers/{id}/members/{member_id}",
		"auth": "token",
		"scopes": [
			"members:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "member_id",
				"param": "memberId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "role",
				"param": "role",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"owner",
					"billing_manager",
					"member"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "MemberUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"customerMember:delete": {
		"id": "customers:members:delete",
		"method": "DELETE",
		"path": "/v1/customers/{id}/members/{member_id}",
		"auth": "token",
		"scopes": [
			"members:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "member_id",
				"param": "memberId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid"
			}
		]
	},
	"customerMember:getExternal": {
		"id": "customers:members:get_external",
		"method": "GET",
		"path": "/v1/customers/external/{external_id}/members/{member_external_id}",
		"auth": "token",
		"scopes": [
			"members:read",
			"members:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "external_id",
				"param": "externalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "member_external_id",
				"param": "memberExternalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		]
	},
	"customerMember:updateExternal": {
		"id": "customers:members:update_external",
		"method": "PATCH",
		"path": "/v1/customers/external/{external_id}/members/{member_external_id}",
		"auth": "token",
		"scopes": [
			"members:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "external_id",
				"param": "externalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "member_external_id",
				"param": "memberExternalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "role",
				"param": "role",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"owner",
					"billing_manager",
					"member"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "MemberUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"customerMember:deleteExternal": {
		"id": "customers:members:delete_external",
		"method": "DELETE",
		"path": "/v1/customers/external/{external_id}/members/{member_external_id}",
		"auth": "token",
		"scopes": [
			"members:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "external_id",
				"param": "externalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "member_external_id",
				"param": "memberExternalId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		]
	},
	"portalBenefitGrant:getAll": {
		"id": "customer_portal:benefit-grants:list",
		"method": "GET",
		"path": "/v1/customer-portal/benefit-grants/",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "type",
				"param": "type",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"custom",
					"discord",
					"github_repository",
					"downloadables",
					"license_keys",
					"meter_credit",
					"feature_flag",
					"slack_shared_channel"
				],
				"oneOrMany": true
			},
			{
				"api": "benefit_id",
				"param": "benefitId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "checkout_id",
				"param": "checkoutId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "order_id",
				"param": "orderId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "member_id",
				"param": "memberId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			}
		],
		"sort": [
			"granted_at",
			"-granted_at",
			"type",
			"-type",
			"organization",
			"-organization",
			"product_benefit",
			"-product_benefit"
		]
	},
	"portalBenefitGrant:get": {
		"id": "customer_portal:benefit-grants:get",
		"method": "GET",
		"path": "/v1/customer-portal/benefit-grants/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"portalBenefitGrant:update": {
		"id": "customer_portal:benefit-grants:update",
		"method": "PATCH",
		"path": "/v1/customer-portal/benefit-grants/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "benefit_type",
				"param": "benefitType",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "discord",
				"variants": [
					"discordUpdate"
				]
			},
			{
				"api": "properties",
				"param": "properties",
				"in": "body",
				"kind": "json",
				"required": true,
				"slot": "top",
				"variants": [
					"discordUpdate",
					"gitHubRepositoryUpdate",
					"slackSharedChannelUpdate"
				]
			},
			{
				"api": "benefit_type",
				"param": "bodyBenefitType",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "github_repository",
				"variants": [
					"gitHubRepositoryUpdate"
				]
			},
			{
				"api": "benefit_type",
				"param": "bodyBenefitTypeDownloadablesUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "downloadables",
				"variants": [
					"downloadablesUpdate"
				]
			},
			{
				"api": "benefit_type",
				"param": "bodyBenefitTypeLicenseKeysUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "license_keys",
				"variants": [
					"licenseKeysUpdate"
				]
			},
			{
				"api": "benefit_type",
				"param": "bodyBenefitTypeCustomUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "custom",
				"variants": [
					"customUpdate"
				]
			},
			{
				"api": "benefit_type",
				"param": "bodyBenefitTypeMeterCreditUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "meter_credit",
				"variants": [
					"meterCreditUpdate"
				]
			},
			{
				"api": "benefit_type",
				"param": "bodyBenefitTypeFeatureFlagUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "feature_flag",
				"variants": [
					"featureFlagUpdate"
				]
			},
			{
				"api": "benefit_type",
				"param": "bodyBenefitTypeSlackSharedChannelUpdate",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "slack_shared_channel",
				"variants": [
					"slackSharedChannelUpdate"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerBenefitGrantUpdate"
			},
			"variants": [
				{
					"value": "discordUpdate",
					"schema": {
						"$ref": "CustomerBenefitGrantDiscordUpdate"
					}
				},
				{
					"value": "gitHubRepositoryUpdate",
					"schema": {
						"$ref": "CustomerBenefitGrantGitHubRepositoryUpdate"
					}
				},
				{
					"value": "downloadablesUpdate",
					"schema": {
						"$ref": "CustomerBenefitGrantDownloadablesUpdate"
					}
				},
				{
					"value": "licenseKeysUpdate",
					"schema": {
						"$ref": "CustomerBenefitGrantLicenseKeysUpdate"
					}
				},
				{
					"value": "customUpdate",
					"schema": {
						"$ref": "CustomerBenefitGrantCustomUpdate"
					}
				},
				{
					"value": "meterCreditUpdate",
					"schema": {
						"$ref": "CustomerBenefitGrantMeterCreditUpdate"
					}
				},
				{
					"value": "featureFlagUpdate",
					"schema": {
						"$ref": "CustomerBenefitGrantFeatureFlagUpdate"
					}
				},
				{
					"value": "slackSharedChannelUpdate",
					"schema": {
						"$ref": "CustomerBenefitGrantSlackSharedChannelUpdate"
					}
				}
			]
		}
	},
	"portalCustomer:get": {
		"id": "customer_portal:customers:get",
		"method": "GET",
		"path": "/v1/customer-portal/customers/me",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": []
	},
	"portalCustomer:update": {
		"id": "customer_portal:customers:update",
		"method": "PATCH",
		"path": "/v1/customer-portal/customers/me",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "billing_name",
				"param": "billingName",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "AddressInput"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "tax_id",
				"param": "taxId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "default_payment_method_id",
				"param": "defaultPaymentMethodId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerPortalCustomerUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalCustomer:listPaymentMethods": {
		"id": "customer_portal:customers:list_payment_methods",
		"method": "GET",
		"path": "/v1/customer-portal/customers/me/payment-methods",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": []
	},
	"portalCustomer:addPaymentMethod": {
		"id": "customer_portal:customers:add_payment_method",
		"method": "POST",
		"path": "/v1/customer-portal/customers/me/payment-methods",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "confirmation_token_id",
				"param": "confirmationTokenId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "set_default",
				"param": "setDefault",
				"in": "body",
				"kind": "boolean",
				"required": true,
				"slot": "top"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerPaymentMethodCreate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalCustomer:confirmPaymentMethod": {
		"id": "customer_portal:customers:confirm_payment_method",
		"method": "POST",
		"path": "/v1/customer-portal/customers/me/payment-methods/confirm",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "setup_intent_id",
				"param": "setupIntentId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "set_default",
				"param": "setDefault",
				"in": "body",
				"kind": "boolean",
				"required": true,
				"slot": "top"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerPaymentMethodConfirm"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalCustomer:deletePaymentMethod": {
		"id": "customer_portal:customers:delete_payment_method",
		"method": "DELETE",
		"path": "/v1/customer-portal/customers/me/payment-methods/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"portalCustomer:requestEmailUpdate": {
		"id": "customer_portal:customers:request_email_update",
		"method": "POST",
		"path": "/v1/customer-portal/customers/me/email-update/request",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "email"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerEmailUpdateRequest"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalCustomer:checkEmailUpdate": {
		"id": "customer_portal:customers:check_email_update",
		"method": "GET",
		"path": "/v1/customer-portal/customers/me/email-update/check",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "token",
				"param": "token",
				"in": "query",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		]
	},
	"portalCustomer:verifyEmailUpdate": {
		"id": "customer_portal:customers:verify_email_update",
		"method": "POST",
		"path": "/v1/customer-portal/customers/me/email-update/verify",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "token",
				"param": "token",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerEmailUpdateVerifyRequest"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalCustomerMeter:getAll": {
		"id": "customer_portal:customer_meters:list",
		"method": "GET",
		"path": "/v1/customer-portal/meters/",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "meter_id",
				"param": "meterId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"modified_at",
			"-modified_at",
			"meter_id",
			"-meter_id",
			"meter_name",
			"-meter_name",
			"consumed_units",
			"-consumed_units",
			"credited_units",
			"-credited_units",
			"balance",
			"-balance"
		]
	},
	"portalCustomerMeter:get": {
		"id": "customer_portal:customer_meters:get",
		"method": "GET",
		"path": "/v1/customer-portal/meters/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"portalSeat:listSeats": {
		"id": "customer_portal:seats:list_seats",
		"method": "GET",
		"path": "/v1/customer-portal/seats",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters",
				"locator": "subscription",
				"format": "uuid4"
			},
			{
				"api": "order_id",
				"param": "orderId",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters",
				"locator": "order",
				"format": "uuid4"
			}
		]
	},
	"portalSeat:assignSeat": {
		"id": "customer_portal:seats:assign_seat",
		"method": "POST",
		"path": "/v1/customer-portal/seats",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "subscription",
				"format": "uuid"
			},
			{
				"api": "order_id",
				"param": "orderId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "order",
				"format": "uuid"
			},
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "customer",
				"format": "uuid"
			},
			{
				"api": "external_member_id",
				"param": "externalMemberId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "member_id",
				"param": "memberId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "immediate_claim",
				"param": "immediateClaim",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "checkout_id",
				"param": "checkoutId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "checkout",
				"format": "uuid"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerSeatAssign"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalSeat:revokeSeat": {
		"id": "customer_portal:seats:revoke_seat",
		"method": "DELETE",
		"path": "/v1/customer-portal/seats/{seat_id}",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "seat_id",
				"param": "seatId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"portalSeat:resendInvitation": {
		"id": "customer_portal:seats:resend_invitation",
		"method": "POST",
		"path": "/v1/customer-portal/seats/{seat_id}/resend",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "seat_id",
				"param": "seatId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"portalSeat:listClaimedSubscriptions": {
		"id": "customer_portal:seats:list_claimed_subscriptions",
		"method": "GET",
		"path": "/v1/customer-portal/seats/subscriptions",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": []
	},
	"portalSession:introspect": {
		"id": "customer_portal:customer-session:introspect",
		"method": "GET",
		"path": "/v1/customer-portal/customer-session/introspect",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": []
	},
	"portalSession:getAuthenticatedUser": {
		"id": "customer_portal:customer-session:get_authenticated_user",
		"method": "GET",
		"path": "/v1/customer-portal/customer-session/user",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": []
	},
	"portalDownloadable:getAll": {
		"id": "customer_portal:downloadables:list",
		"method": "GET",
		"path": "/v1/customer-portal/downloadables/",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "benefit_id",
				"param": "benefitId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			}
		]
	},
	"portalLicenseKey:getAll": {
		"id": "customer_portal:license_keys:list",
		"method": "GET",
		"path": "/v1/customer-portal/license-keys/",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "benefit_id",
				"param": "benefitId",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters",
				"locator": "benefit",
				"format": "uuid4"
			}
		]
	},
	"portalLicenseKey:get": {
		"id": "customer_portal:license_keys:get",
		"method": "GET",
		"path": "/v1/customer-portal/license-keys/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"portalLicenseKey:validate": {
		"id": "customer_portal:license_keys:validate",
		"method": "POST",
		"path": "/v1/customer-portal/license-keys/validate",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "key",
				"param": "key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "activation_id",
				"param": "activationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "benefit_id",
				"param": "benefitId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "benefit",
				"format": "uuid4"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "customer",
				"format": "uuid4"
			},
			{
				"api": "increment_usage",
				"param": "incrementUsage",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "conditions",
				"param": "conditions",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"maxProperties": 50,
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string",
								"minLength": 1,
								"maxLength": 500
							},
							{
								"type": "integer"
							},
							{
								"type": "number"
							},
							{
								"type": "boolean"
							}
						]
					},
					"propertyNames": {
						"minLength": 1,
						"maxLength": 40
					}
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "LicenseKeyValidate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalLicenseKey:activate": {
		"id": "customer_portal:license_keys:activate",
		"method": "POST",
		"path": "/v1/customer-portal/license-keys/activate",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "key",
				"param": "key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "label",
				"param": "label",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "conditions",
				"param": "conditions",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"maxProperties": 50,
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string",
								"minLength": 1,
								"maxLength": 500
							},
							{
								"type": "integer"
							},
							{
								"type": "number"
							},
							{
								"type": "boolean"
							}
						]
					},
					"propertyNames": {
						"minLength": 1,
						"maxLength": 40
					}
				}
			},
			{
				"api": "meta",
				"param": "meta",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "object",
					"maxProperties": 50,
					"additionalProperties": {
						"anyOf": [
							{
								"type": "string",
								"minLength": 1,
								"maxLength": 500
							},
							{
								"type": "integer"
							},
							{
								"type": "number"
							},
							{
								"type": "boolean"
							}
						]
					},
					"propertyNames": {
						"minLength": 1,
						"maxLength": 40
					}
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "LicenseKeyActivate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalLicenseKey:deactivate": {
		"id": "customer_portal:license_keys:deactivate",
		"method": "POST",
		"path": "/v1/customer-portal/license-keys/deactivate",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "key",
				"param": "key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "activation_id",
				"param": "activationId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "LicenseKeyDeactivate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalMember:listMembers": {
		"id": "customer_portal:members:list_members",
		"method": "GET",
		"path": "/v1/customer-portal/members",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": []
	},
	"portalMember:addMember": {
		"id": "customer_portal:members:add_member",
		"method": "POST",
		"path": "/v1/customer-portal/members",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "email"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "role",
				"param": "role",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"owner",
					"billing_manager",
					"member"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerPortalMemberCreate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalMember:updateMember": {
		"id": "customer_portal:members:update_member",
		"method": "PATCH",
		"path": "/v1/customer-portal/members/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "role",
				"param": "role",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"owner",
					"billing_manager",
					"member"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerPortalMemberUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalMember:removeMember": {
		"id": "customer_portal:members:remove_member",
		"method": "DELETE",
		"path": "/v1/customer-portal/members/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "empty",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid"
			}
		]
	},
	"portalOrder:getAll": {
		"id": "customer_portal:orders:list",
		"method": "GET",
		"path": "/v1/customer-portal/orders/",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "product_id",
				"param": "productId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_billing_type",
				"param": "productBillingType",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"one_time",
					"recurring"
				],
				"oneOrMany": true
			},
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"amount",
			"-amount",
			"net_amount",
			"-net_amount",
			"product",
			"-product",
			"subscription",
			"-subscription"
		]
	},
	"portalOrder:get": {
		"id": "customer_portal:orders:get",
		"method": "GET",
		"path": "/v1/customer-portal/orders/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"portalOrder:update": {
		"id": "customer_portal:orders:update",
		"method": "PATCH",
		"path": "/v1/customer-portal/orders/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "billing_name",
				"param": "billingName",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "AddressInput"
						},
						{
							"type": "null"
						}
					]
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerOrderUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalOrder:invoice": {
		"id": "customer_portal:orders:invoice",
		"method": "GET",
		"path": "/v1/customer-portal/orders/{id}/invoice",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		],
		"download": "invoice"
	},
	"portalOrder:generateInvoice": {
		"id": "customer_portal:orders:generate_invoice",
		"method": "POST",
		"path": "/v1/customer-portal/orders/{id}/invoice",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"portalOrder:receipt": {
		"id": "customer_portal:orders:receipt",
		"method": "GET",
		"path": "/v1/customer-portal/orders/{id}/receipt",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		],
		"download": "receipt"
	},
	"portalOrder:getPaymentStatus": {
		"id": "customer_portal:orders:get_payment_status",
		"method": "GET",
		"path": "/v1/customer-portal/orders/{id}/payment-status",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"portalOrder:confirmRetryPayment": {
		"id": "customer_portal:orders:confirm_retry_payment",
		"method": "POST",
		"path": "/v1/customer-portal/orders/{id}/confirm-payment",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "confirmation_token_id",
				"param": "confirmationTokenId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "payment_method_id",
				"param": "paymentMethodId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "payment_processor",
				"param": "paymentProcessor",
				"in": "body",
				"kind": "fixed",
				"required": false,
				"slot": "additionalFields",
				"fixed": "stripe"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerOrderConfirmPayment"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"portalOrganization:get": {
		"id": "customer_portal:organizations:get",
		"method": "GET",
		"path": "/v1/customer-portal/organizations/{slug}",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "slug",
				"param": "slug",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		]
	},
	"portalSubscription:getAll": {
		"id": "customer_portal:subscriptions:list",
		"method": "GET",
		"path": "/v1/customer-portal/subscriptions/",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "product_id",
				"param": "productId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "active",
				"param": "active",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			}
		],
		"sort": [
			"started_at",
			"-started_at",
			"amount",
			"-amount",
			"status",
			"-status",
			"organization",
			"-organization",
			"product",
			"-product"
		]
	},
	"portalSubscription:get": {
		"id": "customer_portal:subscriptions:get",
		"method": "GET",
		"path": "/v1/customer-portal/subscriptions/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"portalSubscription:update": {
		"id": "customer_portal:subscriptions:update",
		"method": "PATCH",
		"path": "/v1/customer-portal/subscriptions/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "product_id",
				"param": "productId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "product",
				"format": "uuid4",
				"variants": [
					"updateProduct"
				]
			},
			{
				"api": "seats",
				"param": "seats",
				"in": "body",
				"kind": "number",
				"required": true,
				"slot": "top",
				"integer": true,
				"variants": [
					"updateSeats"
				]
			},
			{
				"api": "units",
				"param": "units",
				"in": "body",
				"kind": "number",
				"required": true,
				"slot": "top",
				"integer": true,
				"variants": [
					"updateUnits"
				]
			},
			{
				"api": "cancel_at_period_end",
				"param": "cancelAtPeriodEnd",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"cancel"
				]
			},
			{
				"api": "cancellation_reason",
				"param": "cancellationReason",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"customer_service",
					"low_quality",
					"missing_features",
					"switched_service",
					"too_complex",
					"too_expensive",
					"unused",
					"other"
				],
				"variants": [
					"cancel"
				]
			},
			{
				"api": "cancellation_comment",
				"param": "cancellationComment",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"cancel"
				]
			},
			{
				"api": "pause_at_period_end",
				"param": "pauseAtPeriodEnd",
				"in": "body",
				"kind": "boolean",
				"required": true,
				"slot": "top",
				"variants": [
					"pause"
				]
			},
			{
				"api": "resumes_at",
				"param": "resumesAt",
				"in": "body",
				"kind": "dateTime",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"pause"
				]
			},
			{
				"api": "resume",
				"param": "resume",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": true,
				"variants": [
					"resume"
				]
			},
			{
				"api": "pending_update",
				"param": "pendingUpdate",
				"in": "body",
				"kind": "json",
				"required": true,
				"slot": "top",
				"variants": [
					"updateClear"
				],
				"schema": {
					"type": "null"
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "CustomerSubscriptionUpdate"
			},
			"variants": [
				{
					"value": "updateProduct",
					"schema": {
						"$ref": "CustomerSubscriptionUpdateProduct"
					}
				},
				{
					"value": "updateSeats",
					"schema": {
						"$ref": "CustomerSubscriptionUpdateSeats"
					}
				},
				{
					"value": "updateUnits",
					"schema": {
						"$ref": "CustomerSubscriptionUpdateUnits"
					}
				},
				{
					"value": "cancel",
					"schema": {
						"$ref": "CustomerSubscriptionCancel"
					}
				},
				{
					"value": "pause",
					"schema": {
						"$ref": "CustomerSubscriptionPause"
					}
				},
				{
					"value": "resume",
					"schema": {
						"$ref": "CustomerSubscriptionResume"
					}
				},
				{
					"value": "updateClear",
					"schema": {
						"$ref": "CustomerSubscriptionUpdateClear"
					}
				}
			]
		}
	},
	"portalSubscription:cancel": {
		"id": "customer_portal:subscriptions:cancel",
		"method": "DELETE",
		"path": "/v1/customer-portal/subscriptions/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"portalWallet:getAll": {
		"id": "customer_portal:wallets:list",
		"method": "GET",
		"path": "/v1/customer-portal/wallets/",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [],
		"sort": [
			"created_at",
			"-created_at",
			"balance",
			"-balance"
		]
	},
	"portalWallet:get": {
		"id": "customer_portal:wallets:get",
		"method": "GET",
		"path": "/v1/customer-portal/wallets/{id}",
		"auth": "session",
		"scopes": [
			"customer_portal:read",
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"customerSeat:listSeats": {
		"id": "customer-seats:list_seats",
		"method": "GET",
		"path": "/v1/customer-seats",
		"auth": "token",
		"scopes": [
			"customer_seats:read"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters",
				"locator": "subscription",
				"format": "uuid4"
			},
			{
				"api": "order_id",
				"param": "orderId",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters",
				"locator": "order",
				"format": "uuid4"
			}
		]
	},
	"customerSeat:assignSeat": {
		"id": "customer-seats:assign_seat",
		"method": "POST",
		"path": "/v1/customer-seats",
		"auth": "token",
		"scopes": [
			"customer_seats:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "subscription",
				"format": "uuid"
			},
			{
				"api": "order_id",
				"param": "orderId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "order",
				"format": "uuid"
			},
			{
				"api": "email",
				"param": "email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"locator": "customer",
				"format": "uuid"
			},
			{
				"api": "external_member_id",
				"param": "externalMemberId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "member_id",
				"param": "memberId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "immediate_claim",
				"param": "immediateClaim",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "SeatAssign"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"customerSeat:revokeSeat": {
		"id": "customer-seats:revoke_seat",
		"method": "DELETE",
		"path": "/v1/customer-seats/{seat_id}",
		"auth": "token",
		"scopes": [
			"customer_seats:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "seat_id",
				"param": "seatId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"customerSeat:resendInvitation": {
		"id": "customer-seats:resend_invitation",
		"method": "POST",
		"path": "/v1/customer-seats/{seat_id}/resend",
		"auth": "token",
		"scopes": [
			"customer_seats:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "seat_id",
				"param": "seatId",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	},
	"customerSeat:getClaimInfo": {
		"id": "customer-seats:get_claim_info",
		"method": "GET",
		"path": "/v1/customer-seats/claim/{invitation_token}",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "invitation_token",
				"param": "invitationToken",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		]
	},
	"customerSeat:claimSeat": {
		"id": "customer-seats:claim_seat",
		"method": "POST",
		"path": "/v1/customer-seats/claim",
		"auth": "public",
		"scopes": [],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "invitation_token",
				"param": "invitationToken",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "SeatClaim"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"customerSession:create": {
		"id": "customer-sessions:create",
		"method": "POST",
		"path": "/v1/customer-sessions/",
		"auth": "token",
		"scopes": [
			"customer_sessions:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "member_id",
				"param": "memberId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "external_member_id",
				"param": "externalMemberId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "customer",
				"format": "uuid4",
				"variants": [
					"iDCreate"
				]
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"variants": [
					"externalIDCreate"
				]
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"anyOf": [
					{
						"$ref": "CustomerSessionCustomerIDCreate"
					},
					{
						"$ref": "CustomerSessionCustomerExternalIDCreate"
					}
				]
			},
			"variants": [
				{
					"value": "iDCreate",
					"schema": {
						"$ref": "CustomerSessionCustomerIDCreate"
					}
				},
				{
					"value": "externalIDCreate",
					"schema": {
						"$ref": "CustomerSessionCustomerExternalIDCreate"
					}
				}
			]
		}
	},
	"event:getAll": {
		"id": "events:list",
		"method": "GET",
		"path": "/v1/events/",
		"auth": "token",
		"scopes": [
			"events:read",
			"events:write"
		],
		"pagination": "pageOrCursor",
		"response": "json",
		"fields": [
			{
				"api": "filter",
				"param": "filter",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "start_timestamp",
				"param": "startTimestamp",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "end_timestamp",
				"param": "endTimestamp",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "meter_id",
				"param": "meterId",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters",
				"locator": "meter",
				"format": "uuid4"
			},
			{
				"api": "name",
				"param": "name",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "source",
				"param": "source",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"system",
					"user"
				],
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "parent_id",
				"param": "parentId",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters",
				"format": "uuid4"
			},
			{
				"api": "depth",
				"param": "depth",
				"in": "query",
				"kind": "number",
				"required": false,
				"slot": "filters",
				"integer": true
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "query",
				"kind": "keyValue",
				"required": false,
				"slot": "filters",
				"deepObject": true
			}
		],
		"sort": [
			"timestamp",
			"-timestamp"
		],
		"simplify": [
			"id",
			"name",
			"source",
			"customer_id",
			"external_customer_id",
			"timestamp",
			"metadata"
		]
	},
	"event:listNames": {
		"id": "events:list_names",
		"method": "GET",
		"path": "/v1/events/names",
		"auth": "token",
		"scopes": [
			"events:read",
			"events:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "source",
				"param": "source",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"system",
					"user"
				],
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			}
		],
		"sort": [
			"name",
			"-name",
			"occurrences",
			"-occurrences",
			"first_seen",
			"-first_seen",
			"last_seen",
			"-last_seen"
		]
	},
	"event:get": {
		"id": "events:get",
		"method": "GET",
		"path": "/v1/events/{id}",
		"auth": "token",
		"scopes": [
			"events:read",
			"events:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"name",
			"source",
			"customer_id",
			"external_customer_id",
			"timestamp",
			"metadata"
		]
	},
	"event:ingest": {
		"id": "events:ingest",
		"method": "POST",
		"path": "/v1/events/ingest",
		"auth": "token",
		"scopes": [
			"events:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "events",
				"param": "events",
				"in": "body",
				"kind": "json",
				"required": true,
				"slot": "top",
				"schema": {
					"type": "array",
					"items": {
						"anyOf": [
							{
								"$ref": "EventCreateCustomer"
							},
							{
								"$ref": "EventCreateExternalCustomer"
							}
						]
					}
				}
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "EventsIngest"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"eventType:getAll": {
		"id": "event-types:list",
		"method": "GET",
		"path": "/v1/event-types/",
		"auth": "token",
		"scopes": [
			"events:read",
			"events:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "root_events",
				"param": "rootEvents",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "parent_id",
				"param": "parentId",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters",
				"format": "uuid"
			},
			{
				"api": "source",
				"param": "source",
				"in": "query",
				"kind": "options",
				"required": false,
				"slot": "filters",
				"options": [
					"system",
					"user"
				]
			}
		],
		"sort": [
			"name",
			"-name",
			"label",
			"-label",
			"occurrences",
			"-occurrences",
			"first_seen",
			"-first_seen",
			"last_seen",
			"-last_seen"
		]
	},
	"eventType:update": {
		"id": "event-types:update",
		"method": "PATCH",
		"path": "/v1/event-types/{id}",
		"auth": "token",
		"scopes": [
			"events:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "label",
				"param": "label",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "label_property_selector",
				"param": "labelPropertySelector",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "EventTypeUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"meter:getAll": {
		"id": "meters:list",
		"method": "GET",
		"path": "/v1/meters/",
		"auth": "token",
		"scopes": [
			"meters:read",
			"meters:write"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "is_archived",
				"param": "isArchived",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "query",
				"kind": "keyValue",
				"required": false,
				"slot": "filters",
				"deepObject": true
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"name",
			"-name"
		],
		"simplify": [
			"id",
			"name",
			"aggregation",
			"organization_id",
			"metadata",
			"created_at"
		]
	},
	"meter:create": {
		"id": "meters:create",
		"method": "POST",
		"path": "/v1/meters/",
		"auth": "token",
		"scopes": [
			"meters:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "unit",
				"param": "unit",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"scalar",
					"token",
					"custom"
				]
			},
			{
				"api": "custom_label",
				"param": "customLabel",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "custom_multiplier",
				"param": "customMultiplier",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "filter",
				"param": "filter",
				"in": "body",
				"kind": "json",
				"required": true,
				"slot": "top",
				"schema": {
					"$ref": "Filter"
				}
			},
			{
				"api": "aggregation",
				"param": "aggregation",
				"in": "body",
				"kind": "json",
				"required": true,
				"slot": "top",
				"schema": {
					"anyOf": [
						{
							"$ref": "CountAggregation"
						},
						{
							"$ref": "PropertyAggregation"
						},
						{
							"$ref": "UniqueAggregation"
						}
					],
					"discriminator": {
						"propertyName": "func",
						"mapping": {
							"avg": "PropertyAggregation",
							"count": "CountAggregation",
							"max": "PropertyAggregation",
							"min": "PropertyAggregation",
							"sum": "PropertyAggregation",
							"unique": "UniqueAggregation"
						}
					}
				}
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "MeterCreate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"meter:get": {
		"id": "meters:get",
		"method": "GET",
		"path": "/v1/meters/{id}",
		"auth": "token",
		"scopes": [
			"meters:read",
			"meters:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "meter",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"name",
			"aggregation",
			"organization_id",
			"metadata",
			"created_at"
		]
	},
	"meter:update": {
		"id": "meters:update",
		"method": "PATCH",
		"path": "/v1/meters/{id}",
		"auth": "token",
		"scopes": [
			"meters:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "meter",
				"format": "uuid4"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "name",
				"param": "name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "unit",
				"param": "unit",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"options": [
					"scalar",
					"token",
					"custom"
				]
			},
			{
				"api": "custom_label",
				"param": "customLabel",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "custom_multiplier",
				"param": "customMultiplier",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "filter",
				"param": "filter",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"$ref": "Filter"
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "aggregation",
				"param": "aggregation",
				"in": "body",
				"kind": "json",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"anyOf": [
								{
									"$ref": "CountAggregation"
								},
								{
									"$ref": "PropertyAggregation"
								},
								{
									"$ref": "UniqueAggregation"
								}
							],
							"discriminator": {
								"propertyName": "func",
								"mapping": {
									"avg": "PropertyAggregation",
									"count": "CountAggregation",
									"max": "PropertyAggregation",
									"min": "PropertyAggregation",
									"sum": "PropertyAggregation",
									"unique": "UniqueAggregation"
								}
							}
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "is_archived",
				"param": "isArchived",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			}
		],
		"body": {
			"contentType": "application/json",
			"schema": {
				"$ref": "MeterUpdate"
			},
			"variants": [
				{
					"value": ""
				}
			]
		}
	},
	"meter:quantities": {
		"id": "meters:quantities",
		"method": "GET",
		"path": "/v1/meters/{id}/quantities",
		"auth": "token",
		"scopes": [
			"meters:read",
			"meters:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "meter",
				"format": "uuid4"
			},
			{
				"api": "start_timestamp",
				"param": "startTimestamp",
				"in": "query",
				"kind": "dateTime",
				"required": true,
				"slot": "top"
			},
			{
				"api": "end_timestamp",
				"param": "endTimestamp",
				"in": "query",
				"kind": "dateTime",
				"required": true,
				"slot": "top"
			},
			{
				"api": "interval",
				"param": "interval",
				"in": "query",
				"kind": "options",
				"required": true,
				"slot": "top",
				"options": [
					"year",
					"month",
					"week",
					"day",
					"hour"
				]
			},
			{
				"api": "timezone",
				"param": "timezone",
				"in": "query",
				"kind": "options",
				"required": false,
				"slot": "filters",
				"optionsRef": "timezoneOptions"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "customer_aggregation_function",
				"param": "customerAggregationFunction",
				"in": "query",
				"kind": "options",
				"required": false,
				"slot": "filters",
				"options": [
					"count",
					"sum",
					"max",
					"min",
					"avg",
					"unique"
				]
			},
			{
				"api": "metadata",
				"param": "metadata",
				"in": "query",
				"kind": "keyValue",
				"required": false,
				"slot": "filters",
				"deepObject": true
			}
		]
	},
	"customerMeter:getAll": {
		"id": "customer_meters:list",
		"method": "GET",
		"path": "/v1/customer-meters/",
		"auth": "token",
		"scopes": [
			"customer_meters:read"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "meter_id",
				"param": "meterId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"modified_at",
			"-modified_at",
			"customer_id",
			"-customer_id",
			"customer_name",
			"-customer_name",
			"meter_id",
			"-meter_id",
			"meter_name",
			"-meter_name",
			"consumed_units",
			"-consumed_units",
			"credited_units",
			"-credited_units",
			"balance",
			"-balance"
		],
		"simplify": [
			"id",
			"customer_id",
			"meter_id",
			"consumed_units",
			"credited_units",
			"balance",
			"modified_at"
		]
	},
	"customerMeter:get": {
		"id": "customer_meters:get",
		"method": "GET",
		"path": "/v1/customer-meters/{id}",
		"auth": "token",
		"scopes": [
			"customer_meters:read"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"customer_id",
			"meter_id",
			"consumed_units",
			"credited_units",
			"balance",
			"modified_at"
		]
	},
	"payment:getAll": {
		"id": "payments:list",
		"method": "GET",
		"path": "/v1/payments/",
		"auth": "token",
		"scopes": [
			"payments:read"
		],
		"pagination": "page",
		"response": "json",
		"fields": [
			{
				"api": "organization_id",
				"param": "organizationId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "checkout_id",
				"param": "checkoutId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "order_id",
				"param": "orderId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"in": "query",
				"kind": "multiOptions",
				"required": false,
				"slot": "filters",
				"options": [
					"pending",
					"succeeded",
					"failed"
				],
				"oneOrMany": true
			},
			{
				"api": "method",
				"param": "method",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			},
			{
				"api": "customer_email",
				"param": "customerEmail",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"itemFormat": "string",
				"oneOrMany": true
			}
		],
		"sort": [
			"created_at",
			"-created_at",
			"status",
			"-status",
			"amount",
			"-amount",
			"method",
			"-method"
		],
		"simplify": [
			"id",
			"status",
			"amount",
			"currency",
			"method",
			"order_id",
			"checkout_id",
			"decline_reason",
			"created_at"
		]
	},
	"payment:get": {
		"id": "payments:get",
		"method": "GET",
		"path": "/v1/payments/{id}",
		"auth": "token",
		"scopes": [
			"payments:read"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		],
		"simplify": [
			"id",
			"status",
			"amount",
			"currency",
			"method",
			"order_id",
			"checkout_id",
			"decline_reason",
			"created_at"
		]
	},
	"licenseKey:rotate": {
		"id": "license_keys:rotate",
		"method": "POST",
		"path": "/v1/license-keys/{id}/rotate",
		"auth": "token",
		"scopes": [
			"license_keys:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"locator": "licenseKey",
				"format": "uuid4"
			}
		]
	},
	"portalLicenseKey:rotate": {
		"id": "customer_portal:license_keys:rotate",
		"method": "POST",
		"path": "/v1/customer-portal/license-keys/{id}/rotate",
		"auth": "session",
		"scopes": [
			"customer_portal:write"
		],
		"pagination": "none",
		"response": "json",
		"fields": [
			{
				"api": "id",
				"param": "id",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	}
};
