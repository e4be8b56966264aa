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
				"label": "Slug",
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
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "slug",
				"param": "slug",
				"label": "Slug",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "avatar_url",
				"param": "avatarUrl",
				"label": "Avatar URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "legal_entity",
				"param": "legalEntity",
				"label": "Legal Entity",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "registered_name",
							"param": "registeredName",
							"label": "Registered Name",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"variants": [
								"company"
							]
						}
					],
					"choice": {
						"param": "type",
						"label": "Legal Entity Type",
						"options": [
							{
								"value": "company",
								"sends": {
									"type": "company"
								}
							},
							{
								"value": "individual",
								"sends": {
									"type": "individual"
								}
							}
						]
					}
				}
			},
			{
				"api": "email",
				"param": "email",
				"label": "Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "website",
				"param": "website",
				"label": "Website",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "socials",
				"param": "socials",
				"label": "Socials",
				"in": "body",
				"kind": "rows",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "social",
					"fields": [
						{
							"api": "platform",
							"param": "platform",
							"label": "Platform",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"options": [
								"x",
								"github",
								"facebook",
								"instagram",
								"youtube",
								"tiktok",
								"linkedin",
								"threads",
								"discord",
								"other"
							]
						},
						{
							"api": "url",
							"param": "url",
							"label": "URL",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"format": "uri"
						}
					]
				}
			},
			{
				"api": "details",
				"param": "details",
				"label": "Details",
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
				"label": "Country",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "countryOptions"
			},
			{
				"api": "feature_settings",
				"param": "featureSettings",
				"label": "Feature Settings",
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
				"label": "Subscription Settings",
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
				"label": "Customer Email Settings",
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
				"label": "Customer Portal Settings",
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
				"label": "Default Presentment Currency",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "defaultPresentmentCurrencyOptions"
			},
			{
				"api": "default_tax_behavior",
				"param": "defaultTaxBehavior",
				"label": "Default Tax Behavior",
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
				"label": "Organization ID",
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
				"label": "Organization ID",
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
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "avatar_url",
				"param": "avatarUrl",
				"label": "Avatar URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "email",
				"param": "email",
				"label": "Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "website",
				"param": "website",
				"label": "Website",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "socials",
				"param": "socials",
				"label": "Socials",
				"in": "body",
				"kind": "rows",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "social",
					"fields": [
						{
							"api": "platform",
							"param": "platform",
							"label": "Platform",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"options": [
								"x",
								"github",
								"facebook",
								"instagram",
								"youtube",
								"tiktok",
								"linkedin",
								"threads",
								"discord",
								"other"
							]
						},
						{
							"api": "url",
							"param": "url",
							"label": "URL",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"format": "uri"
						}
					]
				}
			},
			{
				"api": "details",
				"param": "details",
				"label": "Details",
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
				"label": "Country",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "countryOptions"
			},
			{
				"api": "feature_settings",
				"param": "featureSettings",
				"label": "Feature Settings",
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
				"label": "Subscription Settings",
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
				"label": "Customer Email Settings",
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
				"label": "Customer Portal Settings",
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
				"label": "Dispute Settings",
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
				"label": "Embed Hosts",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "string"
			},
			{
				"api": "default_presentment_currency",
				"param": "defaultPresentmentCurrency",
				"label": "Default Presentment Currency",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "defaultPresentmentCurrencyOptions"
			},
			{
				"api": "default_tax_behavior",
				"param": "defaultTaxBehavior",
				"label": "Default Tax Behavior",
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
				"label": "SSO Enforced",
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
				"label": "Organization",
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
				"label": "Product ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "product",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
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
				"label": "Discount ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "discount",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "active",
				"param": "active",
				"label": "Active",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters",
				"deprecated": true
			},
			{
				"api": "status",
				"param": "status",
				"label": "Status",
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
				"label": "Cancel At Period End",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "customer_cancellation_reason",
				"param": "customerCancellationReason",
				"label": "Cancellation Reason",
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
				"label": "Canceled At After",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "canceled_at_before",
				"param": "canceledAtBefore",
				"label": "Canceled At Before",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "started_after",
				"param": "startedAfter",
				"label": "Started After",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "started_before",
				"param": "startedBefore",
				"label": "Started Before",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "product_id",
				"param": "productId",
				"label": "Product ID",
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
				"label": "Customer ID",
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
				"label": "External Customer ID",
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
			],
			"label": "Customer By"
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
				"label": "Organization",
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
				"label": "Product ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "product",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"label": "Status",
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
				"label": "Cancel At Period End",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "started_after",
				"param": "startedAfter",
				"label": "Started After",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "started_before",
				"param": "startedBefore",
				"label": "Started Before",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "timezone",
				"param": "timezone",
				"label": "Timezone",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "columns",
				"param": "columns",
				"label": "Columns",
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
				"label": "Subscription ID",
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
				"label": "Subscription ID",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"updateBase"
				],
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
				"api": "product_id",
				"param": "productId",
				"label": "Product ID",
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
				"label": "Proration Behavior",
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
				"label": "Discount ID",
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
				"label": "Trial End",
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
				"label": "Seats",
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
				"label": "Units",
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
				"label": "Current Billing Period End",
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
				"label": "Cancellation Reason",
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
				"label": "Cancellation Comment",
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
				"label": "Cancel At Period End",
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
				"label": "Revoke",
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
				"label": "Pause At Period End",
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
				"label": "Resumes At",
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
				"label": "Resume",
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
				"label": "Pending Update",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": null,
				"variants": [
					"updateClear"
				]
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
			],
			"label": "Change"
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
				"label": "Subscription ID",
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
				"label": "Redirect URIs",
				"in": "body",
				"kind": "list",
				"required": true,
				"slot": "top",
				"itemFormat": "uri"
			},
			{
				"api": "token_endpoint_auth_method",
				"param": "tokenEndpointAuthMethod",
				"label": "Token Endpoint Auth Method",
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
				"label": "Grant Types",
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
				"label": "Response Types",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "string"
			},
			{
				"api": "scope",
				"param": "scope",
				"label": "Scope",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "client_name",
				"param": "clientName",
				"label": "Client Name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "client_uri",
				"param": "clientUri",
				"label": "Client URI",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "logo_uri",
				"param": "logoUri",
				"label": "Logo URI",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "tos_uri",
				"param": "tosUri",
				"label": "TOS URI",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "policy_uri",
				"param": "policyUri",
				"label": "Policy URI",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "default_sub_type",
				"param": "defaultSubType",
				"label": "Default Sub Type",
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
				"label": "Client ID",
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
				"label": "Client ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "redirect_uris",
				"param": "redirectUris",
				"label": "Redirect URIs",
				"in": "body",
				"kind": "list",
				"required": true,
				"slot": "top",
				"itemFormat": "uri"
			},
			{
				"api": "token_endpoint_auth_method",
				"param": "tokenEndpointAuthMethod",
				"label": "Token Endpoint Auth Method",
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
				"label": "Grant Types",
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
				"label": "Response Types",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "string"
			},
			{
				"api": "scope",
				"param": "scope",
				"label": "Scope",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "client_name",
				"param": "clientName",
				"label": "Client Name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "client_uri",
				"param": "clientUri",
				"label": "Client URI",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "logo_uri",
				"param": "logoUri",
				"label": "Logo URI",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "tos_uri",
				"param": "tosUri",
				"label": "TOS URI",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "policy_uri",
				"param": "policyUri",
				"label": "Policy URI",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "default_sub_type",
				"param": "defaultSubType",
				"label": "Default Sub Type",
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
				"label": "Client ID",
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
				"label": "Client ID",
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
				"label": "Grant Type",
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
				"label": "Client ID",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "client_secret",
				"param": "clientSecret",
				"label": "Client Secret",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "code",
				"param": "code",
				"label": "Code",
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
				"label": "Redirect URI",
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
				"label": "Grant Type",
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
				"label": "Refresh Token",
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
				"label": "Grant Type",
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
				"label": "Session Token",
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
				"label": "Sub Type",
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
				"label": "Sub",
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
				"label": "Scope",
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
			],
			"label": "Grant Type"
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
				"label": "Token",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "token_type_hint",
				"param": "tokenTypeHint",
				"label": "Token Type Hint",
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
				"label": "Client ID",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "client_secret",
				"param": "clientSecret",
				"label": "Client Secret",
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
				"label": "Token",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "token_type_hint",
				"param": "tokenTypeHint",
				"label": "Token Type Hint",
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
				"label": "Client ID",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "client_secret",
				"param": "clientSecret",
				"label": "Client Secret",
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
				"label": "Organization",
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
				"label": "Type",
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
				"label": "ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "benefit",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "exclude_id",
				"param": "excludeId",
				"label": "Exclude ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "benefit",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"label": "Query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "type",
				"param": "type",
				"label": "Type",
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
				"label": "Description",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "visibility",
				"param": "visibility",
				"label": "Visibility",
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
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"customCreate"
				],
				"schema": {
					"$ref": "BenefitCustomCreateProperties"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "note",
							"param": "note",
							"label": "Note",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyType",
				"label": "Type",
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
				"api": "properties",
				"param": "discordCreateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"discordCreate"
				],
				"schema": {
					"$ref": "BenefitDiscordCreateProperties"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "guild_token",
							"param": "guildToken",
							"label": "Discord Server Token",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "role_id",
							"param": "roleId",
							"label": "Discord Role ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "kick_member",
							"param": "kickMember",
							"label": "Kick Member on Revoke",
							"in": "body",
							"kind": "boolean",
							"required": true,
							"slot": "top"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeGitHubRepositoryCreate",
				"label": "Type",
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
				"api": "properties",
				"param": "gitHubRepositoryCreateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"gitHubRepositoryCreate"
				],
				"schema": {
					"$ref": "BenefitGitHubRepositoryCreateProperties"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "repository_owner",
							"param": "repositoryOwner",
							"label": "Repository Owner",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "repository_name",
							"param": "repositoryName",
							"label": "Repository Name",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "permission",
							"param": "permission",
							"label": "Permission",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"options": [
								"pull",
								"triage",
								"push",
								"maintain",
								"admin"
							]
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeDownloadablesCreate",
				"label": "Type",
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
				"api": "properties",
				"param": "downloadablesCreateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"downloadablesCreate"
				],
				"schema": {
					"$ref": "BenefitDownloadablesCreateProperties"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "archived",
							"param": "archived",
							"label": "Archived",
							"in": "body",
							"kind": "keyValue",
							"required": false,
							"slot": "top",
							"schema": {
								"type": "object",
								"additionalProperties": {
									"type": "boolean"
								},
								"propertyNames": {
									"format": "uuid4"
								}
							},
							"form": {
								"option": "entries",
								"fields": [
									{
										"api": "key",
										"param": "key",
										"label": "File ID",
										"in": "body",
										"kind": "string",
										"required": true,
										"slot": "top",
										"format": "uuid4"
									},
									{
										"api": "value",
										"param": "value",
										"label": "Archived",
										"in": "body",
										"kind": "boolean",
										"required": true,
										"slot": "top"
									}
								]
							}
						},
						{
							"api": "files",
							"param": "files",
							"label": "Files",
							"in": "body",
							"kind": "list",
							"required": true,
							"slot": "top",
							"locator": "file",
							"itemFormat": "uuid4"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeLicenseKeysCreate",
				"label": "Type",
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
				"api": "properties",
				"param": "licenseKeysCreateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"licenseKeysCreate"
				],
				"schema": {
					"$ref": "BenefitLicenseKeysCreateProperties"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "prefix",
							"param": "prefix",
							"label": "Prefix",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "expires",
							"param": "expires",
							"label": "Expiry",
							"in": "body",
							"kind": "group",
							"required": false,
							"slot": "top",
							"schema": {
								"anyOf": [
									{
										"$ref": "BenefitLicenseKeyExpirationProperties"
									},
									{
										"type": "null"
									}
								]
							},
							"form": {
								"option": "values",
								"fields": [
									{
										"api": "ttl",
										"param": "ttl",
										"label": "Expires After",
										"in": "body",
										"kind": "number",
										"required": true,
										"slot": "top",
										"integer": true
									},
									{
										"api": "timeframe",
										"param": "timeframe",
										"label": "Expiry Unit",
										"in": "body",
										"kind": "options",
										"required": true,
										"slot": "top",
										"options": [
											"year",
											"month",
											"day"
										]
									}
								]
							}
						},
						{
							"api": "activations",
							"param": "activations",
							"label": "Activations",
							"in": "body",
							"kind": "group",
							"required": false,
							"slot": "top",
							"schema": {
								"anyOf": [
									{
										"$ref": "BenefitLicenseKeyActivationCreateProperties"
									},
									{
										"type": "null"
									}
								]
							},
							"form": {
								"option": "values",
								"fields": [
									{
										"api": "limit",
										"param": "limit",
										"label": "Activation Limit",
										"in": "body",
										"kind": "number",
										"required": true,
										"slot": "top",
										"integer": true
									},
									{
										"api": "enable_customer_admin",
										"param": "enableCustomerAdmin",
										"label": "Self-Service",
										"in": "body",
										"kind": "boolean",
										"required": true,
										"slot": "top"
									}
								]
							}
						},
						{
							"api": "limit_usage",
							"param": "limitUsage",
							"label": "Usage Limit",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeMeterCreditCreate",
				"label": "Type",
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
				"api": "properties",
				"param": "meterCreditCreateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"meterCreditCreate"
				],
				"schema": {
					"$ref": "BenefitMeterCreditCreateProperties"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "units",
							"param": "units",
							"label": "Credited Units",
							"in": "body",
							"kind": "number",
							"required": true,
							"slot": "top",
							"integer": true
						},
						{
							"api": "rollover",
							"param": "rollover",
							"label": "Rollover",
							"in": "body",
							"kind": "boolean",
							"required": true,
							"slot": "top"
						},
						{
							"api": "meter_id",
							"param": "meterId",
							"label": "Meter ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"locator": "meter",
							"format": "uuid4"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeFeatureFlagCreate",
				"label": "Type",
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
				"api": "properties",
				"param": "bodyProperties",
				"label": "Properties",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": {},
				"variants": [
					"featureFlagCreate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeSlackSharedChannelCreate",
				"label": "Type",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "slack_shared_channel",
				"variants": [
					"slackSharedChannelCreate"
				]
			},
			{
				"api": "properties",
				"param": "slackSharedChannelCreateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"slackSharedChannelCreate"
				],
				"schema": {
					"$ref": "BenefitSlackSharedChannelCreateProperties"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "slack_integration_id",
							"param": "slackIntegrationId",
							"label": "Slack Integration ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"format": "uuid4"
						},
						{
							"api": "channel_name_template",
							"param": "channelNameTemplate",
							"label": "Channel Name Template",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "private",
							"param": "private",
							"label": "Private",
							"in": "body",
							"kind": "boolean",
							"required": false,
							"slot": "top"
						},
						{
							"api": "welcome_message",
							"param": "welcomeMessage",
							"label": "Welcome Message",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "archive_on_revoke",
							"param": "archiveOnRevoke",
							"label": "Archive on Revoke",
							"in": "body",
							"kind": "boolean",
							"required": false,
							"slot": "top"
						},
						{
							"api": "team_invitees",
							"param": "teamInvitees",
							"label": "Team Invitees",
							"in": "body",
							"kind": "list",
							"required": false,
							"slot": "top",
							"itemFormat": "string"
						}
					]
				}
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
			],
			"label": "Benefit Type"
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
				"label": "Benefit ID",
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
				"label": "Benefit ID",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "description",
				"param": "description",
				"label": "Description",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "visibility",
				"param": "visibility",
				"label": "Visibility",
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
				"label": "Type",
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
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"customUpdate"
				],
				"schema": {
					"anyOf": [
						{
							"$ref": "BenefitCustomProperties"
						},
						{
							"type": "null"
						}
					]
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "note",
							"param": "note",
							"label": "Note",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyType",
				"label": "Type",
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
				"param": "discordUpdateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"discordUpdate"
				],
				"schema": {
					"anyOf": [
						{
							"$ref": "BenefitDiscordCreateProperties"
						},
						{
							"type": "null"
						}
					]
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "guild_token",
							"param": "guildToken",
							"label": "Discord Server Token",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "role_id",
							"param": "roleId",
							"label": "Discord Role ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "kick_member",
							"param": "kickMember",
							"label": "Kick Member on Revoke",
							"in": "body",
							"kind": "boolean",
							"required": true,
							"slot": "top"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeGitHubRepositoryUpdate",
				"label": "Type",
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
				"api": "properties",
				"param": "gitHubRepositoryUpdateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"gitHubRepositoryUpdate"
				],
				"schema": {
					"anyOf": [
						{
							"$ref": "BenefitGitHubRepositoryCreateProperties"
						},
						{
							"type": "null"
						}
					]
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "repository_owner",
							"param": "repositoryOwner",
							"label": "Repository Owner",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "repository_name",
							"param": "repositoryName",
							"label": "Repository Name",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "permission",
							"param": "permission",
							"label": "Permission",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"options": [
								"pull",
								"triage",
								"push",
								"maintain",
								"admin"
							]
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeDownloadablesUpdate",
				"label": "Type",
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
				"api": "properties",
				"param": "downloadablesUpdateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"downloadablesUpdate"
				],
				"schema": {
					"anyOf": [
						{
							"$ref": "BenefitDownloadablesCreateProperties"
						},
						{
							"type": "null"
						}
					]
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "archived",
							"param": "archived",
							"label": "Archived",
							"in": "body",
							"kind": "keyValue",
							"required": false,
							"slot": "top",
							"schema": {
								"type": "object",
								"additionalProperties": {
									"type": "boolean"
								},
								"propertyNames": {
									"format": "uuid4"
								}
							},
							"form": {
								"option": "entries",
								"fields": [
									{
										"api": "key",
										"param": "key",
										"label": "File ID",
										"in": "body",
										"kind": "string",
										"required": true,
										"slot": "top",
										"format": "uuid4"
									},
									{
										"api": "value",
										"param": "value",
										"label": "Archived",
										"in": "body",
										"kind": "boolean",
										"required": true,
										"slot": "top"
									}
								]
							}
						},
						{
							"api": "files",
							"param": "files",
							"label": "Files",
							"in": "body",
							"kind": "list",
							"required": true,
							"slot": "top",
							"locator": "file",
							"itemFormat": "uuid4"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeLicenseKeysUpdate",
				"label": "Type",
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
				"api": "properties",
				"param": "licenseKeysUpdateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"licenseKeysUpdate"
				],
				"schema": {
					"anyOf": [
						{
							"$ref": "BenefitLicenseKeysCreateProperties"
						},
						{
							"type": "null"
						}
					]
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "prefix",
							"param": "prefix",
							"label": "Prefix",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "expires",
							"param": "expires",
							"label": "Expiry",
							"in": "body",
							"kind": "group",
							"required": false,
							"slot": "top",
							"schema": {
								"anyOf": [
									{
										"$ref": "BenefitLicenseKeyExpirationProperties"
									},
									{
										"type": "null"
									}
								]
							},
							"form": {
								"option": "values",
								"fields": [
									{
										"api": "ttl",
										"param": "ttl",
										"label": "Expires After",
										"in": "body",
										"kind": "number",
										"required": true,
										"slot": "top",
										"integer": true
									},
									{
										"api": "timeframe",
										"param": "timeframe",
										"label": "Expiry Unit",
										"in": "body",
										"kind": "options",
										"required": true,
										"slot": "top",
										"options": [
											"year",
											"month",
											"day"
										]
									}
								]
							}
						},
						{
							"api": "activations",
							"param": "activations",
							"label": "Activations",
							"in": "body",
							"kind": "group",
							"required": false,
							"slot": "top",
							"schema": {
								"anyOf": [
									{
										"$ref": "BenefitLicenseKeyActivationCreateProperties"
									},
									{
										"type": "null"
									}
								]
							},
							"form": {
								"option": "values",
								"fields": [
									{
										"api": "limit",
										"param": "limit",
										"label": "Activation Limit",
										"in": "body",
										"kind": "number",
										"required": true,
										"slot": "top",
										"integer": true
									},
									{
										"api": "enable_customer_admin",
										"param": "enableCustomerAdmin",
										"label": "Self-Service",
										"in": "body",
										"kind": "boolean",
										"required": true,
										"slot": "top"
									}
								]
							}
						},
						{
							"api": "limit_usage",
							"param": "limitUsage",
							"label": "Usage Limit",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeMeterCreditUpdate",
				"label": "Type",
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
				"api": "properties",
				"param": "meterCreditUpdateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"meterCreditUpdate"
				],
				"schema": {
					"anyOf": [
						{
							"$ref": "BenefitMeterCreditCreateProperties"
						},
						{
							"type": "null"
						}
					]
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "units",
							"param": "units",
							"label": "Credited Units",
							"in": "body",
							"kind": "number",
							"required": true,
							"slot": "top",
							"integer": true
						},
						{
							"api": "rollover",
							"param": "rollover",
							"label": "Rollover",
							"in": "body",
							"kind": "boolean",
							"required": true,
							"slot": "top"
						},
						{
							"api": "meter_id",
							"param": "meterId",
							"label": "Meter ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"locator": "meter",
							"format": "uuid4"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeFeatureFlagUpdate",
				"label": "Type",
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
				"api": "properties",
				"param": "bodyProperties",
				"label": "Properties",
				"in": "body",
				"kind": "fixed",
				"required": false,
				"slot": "additionalFields",
				"fixed": {},
				"variants": [
					"featureFlagUpdate"
				]
			},
			{
				"api": "type",
				"param": "bodyTypeSlackSharedChannelUpdate",
				"label": "Type",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "slack_shared_channel",
				"variants": [
					"slackSharedChannelUpdate"
				]
			},
			{
				"api": "properties",
				"param": "slackSharedChannelUpdateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"slackSharedChannelUpdate"
				],
				"schema": {
					"anyOf": [
						{
							"$ref": "BenefitSlackSharedChannelCreateProperties"
						},
						{
							"type": "null"
						}
					]
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "slack_integration_id",
							"param": "slackIntegrationId",
							"label": "Slack Integration ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"format": "uuid4"
						},
						{
							"api": "channel_name_template",
							"param": "channelNameTemplate",
							"label": "Channel Name Template",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "private",
							"param": "private",
							"label": "Private",
							"in": "body",
							"kind": "boolean",
							"required": false,
							"slot": "top"
						},
						{
							"api": "welcome_message",
							"param": "welcomeMessage",
							"label": "Welcome Message",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "archive_on_revoke",
							"param": "archiveOnRevoke",
							"label": "Archive on Revoke",
							"in": "body",
							"kind": "boolean",
							"required": false,
							"slot": "top"
						},
						{
							"api": "team_invitees",
							"param": "teamInvitees",
							"label": "Team Invitees",
							"in": "body",
							"kind": "list",
							"required": false,
							"slot": "top",
							"itemFormat": "string"
						}
					]
				}
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
			],
			"label": "Benefit Type"
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
				"label": "Benefit ID",
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
				"label": "Benefit ID",
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
				"label": "Benefit ID",
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
				"label": "Granted",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "member_id",
				"param": "memberId",
				"label": "Member ID",
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
				"label": "Organization",
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
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
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
				"label": "Granted",
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
				"label": "Organization",
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
				"label": "URL",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uri"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "format",
				"param": "format",
				"label": "Format",
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
				"label": "Events",
				"in": "body",
				"kind": "multiOptions",
				"required": true,
				"slot": "top",
				"optionsRef": "eventsOptions"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "api_version",
				"param": "apiVersion",
				"label": "API Version",
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
				"label": "Webhook ID",
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
				"label": "Webhook ID",
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
				"label": "URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "format",
				"param": "format",
				"label": "Format",
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
				"label": "Events",
				"in": "body",
				"kind": "multiOptions",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "eventsOptions"
			},
			{
				"api": "enabled",
				"param": "enabled",
				"label": "Enabled",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "api_version",
				"param": "apiVersion",
				"label": "API Version",
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
				"label": "Webhook ID",
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
				"label": "Webhook ID",
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
				"label": "Endpoint ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "webhookEndpoint",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "start_timestamp",
				"param": "startTimestamp",
				"label": "Start Timestamp",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "end_timestamp",
				"param": "endTimestamp",
				"label": "End Timestamp",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "succeeded",
				"param": "succeeded",
				"label": "Succeeded",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "query",
				"param": "query",
				"label": "Query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "http_code_class",
				"param": "httpCodeClass",
				"label": "HTTP Code Class",
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
				"label": "Event Type",
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
				"label": "Webhook ID",
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
				"label": "ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "product",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
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
				"label": "Query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "is_archived",
				"param": "isArchived",
				"label": "Archived",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "is_recurring",
				"param": "isRecurring",
				"label": "Recurring",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "benefit_id",
				"param": "benefitId",
				"label": "Benefit ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "benefit",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "visibility",
				"param": "visibility",
				"label": "Visibility",
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
				"label": "Metadata",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "description",
				"param": "description",
				"label": "Description",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "visibility",
				"param": "visibility",
				"label": "Visibility",
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
				"label": "Prices",
				"in": "body",
				"kind": "rows",
				"required": true,
				"slot": "top",
				"schema": {
					"type": "array",
					"minItems": 1,
					"items": {
						"$ref": "ProductPriceCreate"
					}
				},
				"jsonTwin": true,
				"form": {
					"option": "price",
					"fields": [
						{
							"api": "price_currency",
							"param": "priceCurrency",
							"label": "Currency",
							"in": "body",
							"kind": "options",
							"required": false,
							"slot": "top",
							"optionsRef": "defaultPresentmentCurrencyOptions",
							"variants": [
								"custom",
								"fixed",
								"metered_unit",
								"seat_based"
							]
						},
						{
							"api": "tax_behavior",
							"param": "taxBehavior",
							"label": "Tax Behavior",
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
							"api": "minimum_amount",
							"param": "minimumAmount",
							"label": "Minimum Amount",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "top",
							"integer": true,
							"variants": [
								"custom"
							]
						},
						{
							"api": "maximum_amount",
							"param": "maximumAmount",
							"label": "Maximum Amount",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true,
							"variants": [
								"custom"
							]
						},
						{
							"api": "preset_amount",
							"param": "presetAmount",
							"label": "Suggested Amount",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true,
							"variants": [
								"custom"
							]
						},
						{
							"api": "price_amount",
							"param": "priceAmount",
							"label": "Price Amount",
							"in": "body",
							"kind": "number",
							"required": true,
							"slot": "top",
							"integer": true,
							"variants": [
								"fixed"
							]
						},
						{
							"api": "price_currency",
							"param": "meteredTiersPriceCurrency",
							"label": "Currency",
							"in": "body",
							"kind": "options",
							"required": false,
							"slot": "additionalFields",
							"optionsRef": "defaultPresentmentCurrencyOptions",
							"variants": [
								"metered_tiers",
								"unit_based"
							]
						},
						{
							"api": "meter_id",
							"param": "meterId",
							"label": "Meter ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"locator": "meter",
							"format": "uuid4",
							"variants": [
								"metered_tiers",
								"metered_unit"
							]
						},
						{
							"api": "tiers",
							"param": "tiers",
							"label": "Tiers",
							"in": "body",
							"kind": "group",
							"required": true,
							"slot": "top",
							"variants": [
								"metered_tiers",
								"unit_based"
							],
							"schema": {
								"$ref": "TiersInput"
							},
							"form": {
								"option": "values",
								"fields": [
									{
										"api": "type",
										"param": "type",
										"label": "Type",
										"in": "body",
										"kind": "options",
										"required": true,
										"slot": "top",
										"options": [
											"volume",
											"graduated"
										]
									},
									{
										"api": "tiers",
										"param": "tiers",
										"label": "Tiers",
										"in": "body",
										"kind": "json",
										"required": true,
										"slot": "top",
										"schema": {
											"type": "array",
											"minItems": 1,
											"items": {
												"$ref": "TierInput"
											}
										}
									}
								]
							}
						},
						{
							"api": "cap_amount",
							"param": "capAmount",
							"label": "Maximum Charge",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true,
							"variants": [
								"metered_tiers",
								"metered_unit"
							]
						},
						{
							"api": "unit_amount",
							"param": "unitAmount",
							"label": "Unit Price",
							"in": "body",
							"kind": "number",
							"required": true,
							"slot": "top",
							"integer": false,
							"variants": [
								"metered_unit"
							]
						},
						{
							"api": "seat_tiers",
							"param": "seatTiers",
							"label": "Seat Tiers",
							"in": "body",
							"kind": "group",
							"required": true,
							"slot": "top",
							"variants": [
								"seat_based"
							],
							"schema": {
								"$ref": "ProductPriceSeatTiers-Input"
							},
							"form": {
								"option": "values",
								"fields": [
									{
										"api": "seat_tier_type",
										"param": "seatTierType",
										"label": "Seat Tier Type",
										"in": "body",
										"kind": "options",
										"required": false,
										"slot": "top",
										"options": [
											"volume",
											"graduated"
										]
									},
									{
										"api": "tiers",
										"param": "tiers",
										"label": "Tiers",
										"in": "body",
										"kind": "json",
										"required": true,
										"slot": "top",
										"schema": {
											"type": "array",
											"minItems": 1,
											"items": {
												"$ref": "ProductPriceSeatTier"
											}
										}
									}
								]
							}
						},
						{
							"api": "minimum_units",
							"param": "minimumUnits",
							"label": "Minimum Units",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true,
							"variants": [
								"unit_based"
							]
						},
						{
							"api": "unit_label",
							"param": "unitLabel",
							"label": "Unit Label",
							"in": "body",
							"kind": "json",
							"required": false,
							"slot": "top",
							"variants": [
								"unit_based"
							],
							"schema": {
								"anyOf": [
									{
										"type": "object",
										"additionalProperties": {
											"type": "object",
											"additionalProperties": {
												"type": "string"
											}
										}
									},
									{
										"type": "null"
									}
								]
							}
						}
					],
					"choice": {
						"param": "amountType",
						"label": "Price Type",
						"options": [
							{
								"value": "custom",
								"sends": {
									"amount_type": "custom"
								}
							},
							{
								"value": "fixed",
								"sends": {
									"amount_type": "fixed"
								}
							},
							{
								"value": "metered_tiers",
								"sends": {
									"amount_type": "metered_tiers"
								}
							},
							{
								"value": "metered_unit",
								"sends": {
									"amount_type": "metered_unit"
								}
							},
							{
								"value": "seat_based",
								"sends": {
									"amount_type": "seat_based"
								}
							},
							{
								"value": "unit_based",
								"sends": {
									"amount_type": "unit_based"
								}
							}
						]
					}
				}
			},
			{
				"api": "medias",
				"param": "medias",
				"label": "Media",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"locator": "file",
				"itemFormat": "uuid4"
			},
			{
				"api": "attached_custom_fields",
				"param": "attachedCustomFields",
				"label": "Custom Fields",
				"in": "body",
				"kind": "rows",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"type": "array",
					"items": {
						"$ref": "AttachedCustomFieldCreate"
					}
				},
				"jsonTwin": true,
				"form": {
					"option": "attachedCustomField",
					"fields": [
						{
							"api": "custom_field_id",
							"param": "customFieldId",
							"label": "Custom Field ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"locator": "customField",
							"format": "uuid4"
						},
						{
							"api": "required",
							"param": "required",
							"label": "Required",
							"in": "body",
							"kind": "boolean",
							"required": true,
							"slot": "top"
						}
					]
				}
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "trial_interval",
				"param": "trialInterval",
				"label": "Trial Interval",
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
				"label": "Trial Interval Count",
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
				"label": "Billing Interval",
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
				"label": "Billing Interval Count",
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
				"label": "Meter Billing Interval",
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
				"label": "Meter Billing Interval Count",
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
				"label": "Billing Interval",
				"in": "body",
				"kind": "fixed",
				"required": false,
				"slot": "additionalFields",
				"fixed": null,
				"variants": [
					"oneTime"
				]
			},
			{
				"api": "recurring_interval_count",
				"param": "bodyRecurringIntervalCount",
				"label": "Billing Interval Count",
				"in": "body",
				"kind": "fixed",
				"required": false,
				"slot": "additionalFields",
				"fixed": null,
				"variants": [
					"oneTime"
				]
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
			],
			"label": "Billing Type"
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
				"label": "Product ID",
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
				"label": "Product ID",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "trial_interval",
				"param": "trialInterval",
				"label": "Trial Interval",
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
				"label": "Trial Interval Count",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "description",
				"param": "description",
				"label": "Description",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "recurring_interval",
				"param": "recurringInterval",
				"label": "Billing Interval",
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
				"label": "Billing Interval Count",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "is_archived",
				"param": "isArchived",
				"label": "Archived",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "visibility",
				"param": "visibility",
				"label": "Visibility",
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
				"label": "Prices",
				"in": "body",
				"kind": "rows",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "price",
					"fields": [
						{
							"api": "id",
							"param": "id",
							"label": "ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"format": "uuid4",
							"variants": [
								"existingProductPrice"
							]
						},
						{
							"api": "price_currency",
							"param": "priceCurrency",
							"label": "Currency",
							"in": "body",
							"kind": "options",
							"required": false,
							"slot": "top",
							"optionsRef": "defaultPresentmentCurrencyOptions",
							"variants": [
								"custom",
								"fixed",
								"metered_unit",
								"seat_based"
							]
						},
						{
							"api": "tax_behavior",
							"param": "taxBehavior",
							"label": "Tax Behavior",
							"in": "body",
							"kind": "options",
							"required": false,
							"slot": "additionalFields",
							"options": [
								"location",
								"inclusive",
								"exclusive"
							],
							"variants": [
								"custom",
								"fixed",
								"metered_tiers",
								"metered_unit",
								"seat_based",
								"unit_based"
							]
						},
						{
							"api": "minimum_amount",
							"param": "minimumAmount",
							"label": "Minimum Amount",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "top",
							"integer": true,
							"variants": [
								"custom"
							]
						},
						{
							"api": "maximum_amount",
							"param": "maximumAmount",
							"label": "Maximum Amount",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true,
							"variants": [
								"custom"
							]
						},
						{
							"api": "preset_amount",
							"param": "presetAmount",
							"label": "Suggested Amount",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true,
							"variants": [
								"custom"
							]
						},
						{
							"api": "price_amount",
							"param": "priceAmount",
							"label": "Price Amount",
							"in": "body",
							"kind": "number",
							"required": true,
							"slot": "top",
							"integer": true,
							"variants": [
								"fixed"
							]
						},
						{
							"api": "price_currency",
							"param": "meteredTiersPriceCurrency",
							"label": "Currency",
							"in": "body",
							"kind": "options",
							"required": false,
							"slot": "additionalFields",
							"optionsRef": "defaultPresentmentCurrencyOptions",
							"variants": [
								"metered_tiers",
								"unit_based"
							]
						},
						{
							"api": "meter_id",
							"param": "meterId",
							"label": "Meter ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"locator": "meter",
							"format": "uuid4",
							"variants": [
								"metered_tiers",
								"metered_unit"
							]
						},
						{
							"api": "tiers",
							"param": "tiers",
							"label": "Tiers",
							"in": "body",
							"kind": "group",
							"required": true,
							"slot": "top",
							"variants": [
								"metered_tiers",
								"unit_based"
							],
							"schema": {
								"$ref": "TiersInput"
							},
							"form": {
								"option": "values",
								"fields": [
									{
										"api": "type",
										"param": "type",
										"label": "Type",
										"in": "body",
										"kind": "options",
										"required": true,
										"slot": "top",
										"options": [
											"volume",
											"graduated"
										]
									},
									{
										"api": "tiers",
										"param": "tiers",
										"label": "Tiers",
										"in": "body",
										"kind": "json",
										"required": true,
										"slot": "top",
										"schema": {
											"type": "array",
											"minItems": 1,
											"items": {
												"$ref": "TierInput"
											}
										}
									}
								]
							}
						},
						{
							"api": "cap_amount",
							"param": "capAmount",
							"label": "Maximum Charge",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true,
							"variants": [
								"metered_tiers",
								"metered_unit"
							]
						},
						{
							"api": "unit_amount",
							"param": "unitAmount",
							"label": "Unit Price",
							"in": "body",
							"kind": "number",
							"required": true,
							"slot": "top",
							"integer": false,
							"variants": [
								"metered_unit"
							]
						},
						{
							"api": "seat_tiers",
							"param": "seatTiers",
							"label": "Seat Tiers",
							"in": "body",
							"kind": "group",
							"required": true,
							"slot": "top",
							"variants": [
								"seat_based"
							],
							"schema": {
								"$ref": "ProductPriceSeatTiers-Input"
							},
							"form": {
								"option": "values",
								"fields": [
									{
										"api": "seat_tier_type",
										"param": "seatTierType",
										"label": "Seat Tier Type",
										"in": "body",
										"kind": "options",
										"required": false,
										"slot": "top",
										"options": [
											"volume",
											"graduated"
										]
									},
									{
										"api": "tiers",
										"param": "tiers",
										"label": "Tiers",
										"in": "body",
										"kind": "json",
										"required": true,
										"slot": "top",
										"schema": {
											"type": "array",
											"minItems": 1,
											"items": {
												"$ref": "ProductPriceSeatTier"
											}
										}
									}
								]
							}
						},
						{
							"api": "minimum_units",
							"param": "minimumUnits",
							"label": "Minimum Units",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true,
							"variants": [
								"unit_based"
							]
						},
						{
							"api": "unit_label",
							"param": "unitLabel",
							"label": "Unit Label",
							"in": "body",
							"kind": "json",
							"required": false,
							"slot": "top",
							"variants": [
								"unit_based"
							],
							"schema": {
								"anyOf": [
									{
										"type": "object",
										"additionalProperties": {
											"type": "object",
											"additionalProperties": {
												"type": "string"
											}
										}
									},
									{
										"type": "null"
									}
								]
							}
						}
					],
					"choice": {
						"param": "amountType",
						"label": "Price Type",
						"options": [
							{
								"value": "existingProductPrice"
							},
							{
								"value": "custom",
								"sends": {
									"amount_type": "custom"
								}
							},
							{
								"value": "fixed",
								"sends": {
									"amount_type": "fixed"
								}
							},
							{
								"value": "metered_tiers",
								"sends": {
									"amount_type": "metered_tiers"
								}
							},
							{
								"value": "metered_unit",
								"sends": {
									"amount_type": "metered_unit"
								}
							},
							{
								"value": "seat_based",
								"sends": {
									"amount_type": "seat_based"
								}
							},
							{
								"value": "unit_based",
								"sends": {
									"amount_type": "unit_based"
								}
							}
						]
					}
				}
			},
			{
				"api": "medias",
				"param": "medias",
				"label": "Media",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"locator": "file",
				"itemFormat": "uuid4"
			},
			{
				"api": "attached_custom_fields",
				"param": "attachedCustomFields",
				"label": "Custom Fields",
				"in": "body",
				"kind": "rows",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "attachedCustomField",
					"fields": [
						{
							"api": "custom_field_id",
							"param": "customFieldId",
							"label": "Custom Field ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"locator": "customField",
							"format": "uuid4"
						},
						{
							"api": "required",
							"param": "required",
							"label": "Required",
							"in": "body",
							"kind": "boolean",
							"required": true,
							"slot": "top"
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
				"label": "Product ID",
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
				"label": "Product ID",
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
				"label": "Benefits",
				"in": "body",
				"kind": "list",
				"required": true,
				"slot": "top",
				"locator": "benefit",
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
				"label": "Organization",
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
				"label": "Product ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "product",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_billing_type",
				"param": "productBillingType",
				"label": "Product Billing Type",
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
				"label": "Discount ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "discount",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
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
				"label": "Checkout ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "checkout",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"label": "Subscription ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "subscription",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"label": "Status",
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
				"label": "Created After",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "created_before",
				"param": "createdBefore",
				"label": "Created Before",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
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
				"label": "Custom Field Values",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
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
				"label": "Product ID",
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
				"label": "Currency",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "amount",
				"param": "amount",
				"label": "Amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "description",
				"param": "description",
				"label": "Description",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "units",
				"param": "units",
				"label": "Units",
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
				"label": "Organization",
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
				"label": "Product ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "product",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"label": "Status",
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
				"label": "Created After",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "created_before",
				"param": "createdBefore",
				"label": "Created Before",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "timezone",
				"param": "timezone",
				"label": "Timezone",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "columns",
				"param": "columns",
				"label": "Columns",
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
				"label": "Order ID",
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
				"label": "Order ID",
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
				"label": "Billing Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"label": "Billing Address",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "line1",
							"param": "line1",
							"label": "Address Line 1",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "line2",
							"param": "line2",
							"label": "Address Line 2",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "postal_code",
							"param": "postalCode",
							"label": "Postal Code",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "city",
							"param": "city",
							"label": "City",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "state",
							"param": "state",
							"label": "State",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "country",
							"param": "country",
							"label": "Country",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "countryOptions"
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
				"label": "Order ID",
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
				"label": "Payment Method ID",
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
				"label": "Order ID",
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
				"label": "Order ID",
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
				"label": "Order ID",
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
				"label": "ID",
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
				"label": "Organization",
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
				"label": "Order ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "order",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"label": "Subscription ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "subscription",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
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
				"label": "Succeeded",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "order_id",
				"param": "orderId",
				"label": "Order ID",
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
				"label": "Reason",
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
				"label": "Amount",
				"in": "body",
				"kind": "number",
				"required": true,
				"slot": "top",
				"integer": true
			},
			{
				"api": "comment",
				"param": "comment",
				"label": "Comment",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "revoke_benefits",
				"param": "revokeBenefits",
				"label": "Revoke Benefits",
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
				"label": "Organization",
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
				"label": "Order ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "order",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"label": "Status",
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
				"label": "Dispute ID",
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
				"label": "Dispute ID",
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
				"label": "Organization",
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
				"label": "Product ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "product",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
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
				"label": "Status",
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
				"label": "Query",
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
				"label": "Trial Interval",
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
				"label": "Trial Interval Count",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "custom_field_data",
				"param": "customFieldData",
				"label": "Custom Field Values",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Discount ID",
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
				"label": "Allow Discount Codes",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "require_billing_address",
				"param": "requireBillingAddress",
				"label": "Require Billing Address",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "amount",
				"param": "amount",
				"label": "Amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "seats",
				"param": "seats",
				"label": "Seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "min_seats",
				"param": "minSeats",
				"label": "Min Seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "max_seats",
				"param": "maxSeats",
				"label": "Max Seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "allow_trial",
				"param": "allowTrial",
				"label": "Allow Trial",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
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
				"label": "Business Customer",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_name",
				"param": "customerName",
				"label": "Customer Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_email",
				"param": "customerEmail",
				"label": "Customer Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "customer_ip_address",
				"param": "customerIpAddress",
				"label": "Customer IP Address",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "ipvanyaddress"
			},
			{
				"api": "customer_billing_name",
				"param": "customerBillingName",
				"label": "Customer Billing Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_billing_address",
				"param": "customerBillingAddress",
				"label": "Customer Billing Address",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "line1",
							"param": "line1",
							"label": "Address Line 1",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "line2",
							"param": "line2",
							"label": "Address Line 2",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "postal_code",
							"param": "postalCode",
							"label": "Postal Code",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "city",
							"param": "city",
							"label": "City",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "state",
							"param": "state",
							"label": "State",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "country",
							"param": "country",
							"label": "Country",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "countryOptions"
						}
					]
				}
			},
			{
				"api": "customer_tax_id",
				"param": "customerTaxId",
				"label": "Customer Tax ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_metadata",
				"param": "customerMetadata",
				"label": "Customer Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Subscription ID",
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
				"label": "Success URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"label": "Return URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "embed_origin",
				"param": "embedOrigin",
				"label": "Embed Origin",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"label": "Locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "currency",
				"param": "currency",
				"label": "Currency",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "defaultPresentmentCurrencyOptions"
			},
			{
				"api": "products",
				"param": "products",
				"label": "Products",
				"in": "body",
				"kind": "list",
				"required": true,
				"slot": "top",
				"locator": "product",
				"itemFormat": "uuid4"
			},
			{
				"api": "prices",
				"param": "prices",
				"label": "Prices",
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
				"label": "Units",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "min_units",
				"param": "minUnits",
				"label": "Min Units",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "max_units",
				"param": "maxUnits",
				"label": "Max Units",
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
				"label": "Checkout ID",
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
				"label": "Checkout ID",
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
				"label": "Custom Field Values",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Product ID",
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
				"label": "Product Price ID",
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
				"label": "Amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "seats",
				"param": "seats",
				"label": "Seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "is_business_customer",
				"param": "isBusinessCustomer",
				"label": "Business Customer",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_name",
				"param": "customerName",
				"label": "Customer Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_email",
				"param": "customerEmail",
				"label": "Customer Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "customer_billing_name",
				"param": "customerBillingName",
				"label": "Customer Billing Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_billing_address",
				"param": "customerBillingAddress",
				"label": "Customer Billing Address",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "line1",
							"param": "line1",
							"label": "Address Line 1",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "line2",
							"param": "line2",
							"label": "Address Line 2",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "postal_code",
							"param": "postalCode",
							"label": "Postal Code",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "city",
							"param": "city",
							"label": "City",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "state",
							"param": "state",
							"label": "State",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "country",
							"param": "country",
							"label": "Country",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "countryOptions"
						}
					]
				}
			},
			{
				"api": "customer_tax_id",
				"param": "customerTaxId",
				"label": "Customer Tax ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"label": "Locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "trial_interval",
				"param": "trialInterval",
				"label": "Trial Interval",
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
				"label": "Trial Interval Count",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "currency",
				"param": "currency",
				"label": "Currency",
				"in": "body",
				"kind": "options",
				"required": false,
				"slot": "additionalFields",
				"optionsRef": "defaultPresentmentCurrencyOptions"
			},
			{
				"api": "discount_id",
				"param": "discountId",
				"label": "Discount ID",
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
				"label": "Allow Discount Codes",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "require_billing_address",
				"param": "requireBillingAddress",
				"label": "Require Billing Address",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "allow_trial",
				"param": "allowTrial",
				"label": "Allow Trial",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_ip_address",
				"param": "customerIpAddress",
				"label": "Customer IP Address",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "ipvanyaddress"
			},
			{
				"api": "customer_metadata",
				"param": "customerMetadata",
				"label": "Customer Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Success URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"label": "Return URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "embed_origin",
				"param": "embedOrigin",
				"label": "Embed Origin",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "units",
				"param": "units",
				"label": "Units",
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
				"label": "Client Secret",
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
				"label": "Client Secret",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "custom_field_data",
				"param": "customFieldData",
				"label": "Custom Field Values",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Product ID",
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
				"label": "Product Price ID",
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
				"label": "Amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "seats",
				"param": "seats",
				"label": "Seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "is_business_customer",
				"param": "isBusinessCustomer",
				"label": "Business Customer",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_name",
				"param": "customerName",
				"label": "Customer Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_email",
				"param": "customerEmail",
				"label": "Customer Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "customer_billing_name",
				"param": "customerBillingName",
				"label": "Customer Billing Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_billing_address",
				"param": "customerBillingAddress",
				"label": "Customer Billing Address",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "line1",
							"param": "line1",
							"label": "Address Line 1",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "line2",
							"param": "line2",
							"label": "Address Line 2",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "postal_code",
							"param": "postalCode",
							"label": "Postal Code",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "city",
							"param": "city",
							"label": "City",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "state",
							"param": "state",
							"label": "State",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "country",
							"param": "country",
							"label": "Country",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "countryOptions"
						}
					]
				}
			},
			{
				"api": "customer_tax_id",
				"param": "customerTaxId",
				"label": "Customer Tax ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"label": "Locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "payment_method_type",
				"param": "paymentMethodType",
				"label": "Payment Method Type",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "discount_code",
				"param": "discountCode",
				"label": "Discount Code",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "allow_trial",
				"param": "allowTrial",
				"label": "Allow Trial",
				"in": "body",
				"kind": "fixed",
				"required": false,
				"slot": "additionalFields",
				"fixed": false
			},
			{
				"api": "units",
				"param": "units",
				"label": "Units",
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
				"label": "Client Secret",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "custom_field_data",
				"param": "customFieldData",
				"label": "Custom Field Values",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Product ID",
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
				"label": "Product Price ID",
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
				"label": "Amount",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "seats",
				"param": "seats",
				"label": "Seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "is_business_customer",
				"param": "isBusinessCustomer",
				"label": "Business Customer",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_name",
				"param": "customerName",
				"label": "Customer Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_email",
				"param": "customerEmail",
				"label": "Customer Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "customer_billing_name",
				"param": "customerBillingName",
				"label": "Customer Billing Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_billing_address",
				"param": "customerBillingAddress",
				"label": "Customer Billing Address",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "line1",
							"param": "line1",
							"label": "Address Line 1",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "line2",
							"param": "line2",
							"label": "Address Line 2",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "postal_code",
							"param": "postalCode",
							"label": "Postal Code",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "city",
							"param": "city",
							"label": "City",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "state",
							"param": "state",
							"label": "State",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "country",
							"param": "country",
							"label": "Country",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "countryOptions"
						}
					]
				}
			},
			{
				"api": "customer_tax_id",
				"param": "customerTaxId",
				"label": "Customer Tax ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"label": "Locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "payment_method_type",
				"param": "paymentMethodType",
				"label": "Payment Method Type",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "discount_code",
				"param": "discountCode",
				"label": "Discount Code",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "allow_trial",
				"param": "allowTrial",
				"label": "Allow Trial",
				"in": "body",
				"kind": "fixed",
				"required": false,
				"slot": "additionalFields",
				"fixed": false
			},
			{
				"api": "confirmation_token_id",
				"param": "confirmationTokenId",
				"label": "Confirmation Token ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "units",
				"param": "units",
				"label": "Units",
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
				"label": "Organization",
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
				"label": "IDs",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "file",
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
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "mime_type",
				"param": "mimeType",
				"label": "MIME Type",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "size",
				"param": "size",
				"label": "Size",
				"in": "body",
				"kind": "number",
				"required": true,
				"slot": "top",
				"integer": true
			},
			{
				"api": "checksum_sha256_base64",
				"param": "checksumSha256Base64",
				"label": "Checksum SHA-256 Base64",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "upload",
				"param": "upload",
				"label": "Upload",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"schema": {
					"$ref": "S3FileCreateMultipart"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "parts",
							"param": "parts",
							"label": "Parts",
							"in": "body",
							"kind": "rows",
							"required": true,
							"slot": "top",
							"schema": {
								"type": "array",
								"maxItems": 10000,
								"items": {
									"$ref": "S3FileCreatePart"
								}
							},
							"form": {
								"option": "part",
								"fields": [
									{
										"api": "number",
										"param": "number",
										"label": "Number",
										"in": "body",
										"kind": "number",
										"required": true,
										"slot": "top",
										"integer": true
									},
									{
										"api": "chunk_start",
										"param": "chunkStart",
										"label": "Chunk Start",
										"in": "body",
										"kind": "number",
										"required": true,
										"slot": "top",
										"integer": true
									},
									{
										"api": "chunk_end",
										"param": "chunkEnd",
										"label": "Chunk End",
										"in": "body",
										"kind": "number",
										"required": true,
										"slot": "top",
										"integer": true
									},
									{
										"api": "checksum_sha256_base64",
										"param": "checksumSha256Base64",
										"label": "Checksum SHA-256 Base64",
										"in": "body",
										"kind": "string",
										"required": false,
										"slot": "top"
									}
								]
							}
						}
					]
				}
			},
			{
				"api": "service",
				"param": "service",
				"label": "Service",
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
				"label": "Version",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "service",
				"param": "bodyService",
				"label": "Service",
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
				"label": "Service",
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
				"label": "Service",
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
			],
			"label": "Use For"
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
				"label": "File ID",
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
				"label": "ID",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "path",
				"param": "path",
				"label": "Path",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "parts",
				"param": "parts",
				"label": "Parts",
				"in": "body",
				"kind": "rows",
				"required": true,
				"slot": "top",
				"schema": {
					"type": "array",
					"items": {
						"$ref": "S3FileUploadCompletedPart"
					}
				},
				"jsonTwin": true,
				"form": {
					"option": "part",
					"fields": [
						{
							"api": "number",
							"param": "number",
							"label": "Number",
							"in": "body",
							"kind": "number",
							"required": true,
							"slot": "top",
							"integer": true
						},
						{
							"api": "checksum_etag",
							"param": "checksumEtag",
							"label": "Checksum Etag",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "checksum_sha256_base64",
							"param": "checksumSha256Base64",
							"label": "Checksum SHA-256 Base64",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						}
					]
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
				"label": "File ID",
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
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "version",
				"param": "version",
				"label": "Version",
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
				"label": "File ID",
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
				"label": "Start Date",
				"in": "query",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "date"
			},
			{
				"api": "end_date",
				"param": "endDate",
				"label": "End Date",
				"in": "query",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "date"
			},
			{
				"api": "timezone",
				"param": "timezone",
				"label": "Timezone",
				"in": "query",
				"kind": "options",
				"required": false,
				"slot": "filters",
				"optionsRef": "timezoneOptions"
			},
			{
				"api": "interval",
				"param": "interval",
				"label": "Interval",
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
				"label": "Organization",
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
				"label": "Product ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "product",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "billing_type",
				"param": "billingType",
				"label": "Billing Type",
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
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "metrics",
				"param": "metrics",
				"label": "Metrics",
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
				"label": "Start Date",
				"in": "query",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "date"
			},
			{
				"api": "end_date",
				"param": "endDate",
				"label": "End Date",
				"in": "query",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "date"
			},
			{
				"api": "timezone",
				"param": "timezone",
				"label": "Timezone",
				"in": "query",
				"kind": "options",
				"required": false,
				"slot": "filters",
				"optionsRef": "timezoneOptions"
			},
			{
				"api": "interval",
				"param": "interval",
				"label": "Interval",
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
				"label": "Organization",
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
				"label": "Product ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "product",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "billing_type",
				"param": "billingType",
				"label": "Billing Type",
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
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "metrics",
				"param": "metrics",
				"label": "Metrics",
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
				"label": "Organization",
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
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "metrics",
				"param": "metrics",
				"label": "Metrics",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"itemFormat": "string"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
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
				"label": "Metric ID",
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
				"label": "Metric ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "metrics",
				"param": "metrics",
				"label": "Metrics",
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
				"label": "Metric ID",
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
				"label": "Organization",
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
				"label": "Benefit ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "benefit",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"label": "Status",
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
				"label": "License Key ID",
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
				"label": "License Key ID",
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
				"label": "Status",
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
				"label": "Usage",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "limit_activations",
				"param": "limitActivations",
				"label": "Limit Activations",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "limit_usage",
				"param": "limitUsage",
				"label": "Limit Usage",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "expires_at",
				"param": "expiresAt",
				"label": "Expires At",
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
				"label": "License Key ID",
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
				"label": "Activation ID",
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
				"label": "Key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "activation_id",
				"param": "activationId",
				"label": "Activation ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "benefit_id",
				"param": "benefitId",
				"label": "Benefit ID",
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
				"label": "Customer ID",
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
				"label": "Increment Usage By",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "conditions",
				"param": "conditions",
				"label": "Conditions",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "label",
				"param": "label",
				"label": "Label",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "conditions",
				"param": "conditions",
				"label": "Conditions",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Activation Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "activation_id",
				"param": "activationId",
				"label": "Activation ID",
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
				"label": "Organization",
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
				"label": "Product ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "product",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "trial_interval",
				"param": "trialInterval",
				"label": "Trial Interval",
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
				"label": "Trial Interval Count",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "payment_processor",
				"param": "paymentProcessor",
				"label": "Payment Processor",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "stripe"
			},
			{
				"api": "label",
				"param": "label",
				"label": "Label",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "allow_discount_codes",
				"param": "allowDiscountCodes",
				"label": "Allow Discount Codes",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "require_billing_address",
				"param": "requireBillingAddress",
				"label": "Require Billing Address",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "discount_id",
				"param": "discountId",
				"label": "Discount ID",
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
				"label": "Seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "success_url",
				"param": "successUrl",
				"label": "Success URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"label": "Return URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "product_price_id",
				"param": "productPriceId",
				"label": "Product Price ID",
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
				"label": "Units",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "product_id",
				"param": "productId",
				"label": "Product ID",
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
				"label": "Products",
				"in": "body",
				"kind": "list",
				"required": true,
				"slot": "top",
				"locator": "product",
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
			],
			"label": "Link To"
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
				"label": "Checkout Link ID",
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
				"label": "Checkout Link ID",
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
				"label": "Trial Interval",
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
				"label": "Trial Interval Count",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "products",
				"param": "products",
				"label": "Products",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"locator": "product",
				"itemFormat": "uuid4"
			},
			{
				"api": "label",
				"param": "label",
				"label": "Label",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "allow_discount_codes",
				"param": "allowDiscountCodes",
				"label": "Allow Discount Codes",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "require_billing_address",
				"param": "requireBillingAddress",
				"label": "Require Billing Address",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "discount_id",
				"param": "discountId",
				"label": "Discount ID",
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
				"label": "Seats",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "success_url",
				"param": "successUrl",
				"label": "Success URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"label": "Return URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "units",
				"param": "units",
				"label": "Units",
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
				"label": "Checkout Link ID",
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
				"label": "Organization",
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
				"label": "Query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "type",
				"param": "type",
				"label": "Type",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "type",
				"param": "type",
				"label": "Type",
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
				"label": "Slug",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "properties",
				"param": "properties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"text"
				],
				"schema": {
					"$ref": "CustomFieldTextProperties"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "form_label",
							"param": "formLabel",
							"label": "Form Label",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_help_text",
							"param": "formHelpText",
							"label": "Form Help Text",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_placeholder",
							"param": "formPlaceholder",
							"label": "Form Placeholder",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "textarea",
							"param": "textarea",
							"label": "Multi-Line Text",
							"in": "body",
							"kind": "boolean",
							"required": false,
							"slot": "additionalFields"
						},
						{
							"api": "min_length",
							"param": "minLength",
							"label": "Min Length",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true
						},
						{
							"api": "max_length",
							"param": "maxLength",
							"label": "Max Length",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyType",
				"label": "Type",
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
				"api": "properties",
				"param": "numberProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"number",
					"date"
				],
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "form_label",
							"param": "formLabel",
							"label": "Form Label",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_help_text",
							"param": "formHelpText",
							"label": "Form Help Text",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_placeholder",
							"param": "formPlaceholder",
							"label": "Form Placeholder",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "ge",
							"param": "ge",
							"label": "Minimum",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true
						},
						{
							"api": "le",
							"param": "le",
							"label": "Maximum",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeDate",
				"label": "Type",
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
				"label": "Type",
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
				"api": "properties",
				"param": "checkboxProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"checkbox"
				],
				"schema": {
					"$ref": "CustomFieldCheckboxProperties"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "form_label",
							"param": "formLabel",
							"label": "Form Label",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_help_text",
							"param": "formHelpText",
							"label": "Form Help Text",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_placeholder",
							"param": "formPlaceholder",
							"label": "Form Placeholder",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeSelect",
				"label": "Type",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "select",
				"variants": [
					"select"
				]
			},
			{
				"api": "properties",
				"param": "selectProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"select"
				],
				"schema": {
					"$ref": "CustomFieldSelectProperties"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "form_label",
							"param": "formLabel",
							"label": "Form Label",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_help_text",
							"param": "formHelpText",
							"label": "Form Help Text",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_placeholder",
							"param": "formPlaceholder",
							"label": "Form Placeholder",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "options",
							"param": "options",
							"label": "Options",
							"in": "body",
							"kind": "rows",
							"required": true,
							"slot": "top",
							"schema": {
								"type": "array",
								"minItems": 1,
								"items": {
									"$ref": "CustomFieldSelectOption"
								}
							},
							"form": {
								"option": "option",
								"fields": [
									{
										"api": "value",
										"param": "value",
										"label": "Value",
										"in": "body",
										"kind": "string",
										"required": true,
										"slot": "top"
									},
									{
										"api": "label",
										"param": "label",
										"label": "Label",
										"in": "body",
										"kind": "string",
										"required": true,
										"slot": "top"
									}
								]
							}
						}
					]
				}
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
			],
			"label": "Field Type"
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
				"label": "Custom Field ID",
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
				"label": "Custom Field ID",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "slug",
				"param": "slug",
				"label": "Slug",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "type",
				"param": "type",
				"label": "Type",
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
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"text"
				],
				"schema": {
					"anyOf": [
						{
							"$ref": "CustomFieldTextProperties"
						},
						{
							"type": "null"
						}
					]
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "form_label",
							"param": "formLabel",
							"label": "Form Label",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_help_text",
							"param": "formHelpText",
							"label": "Form Help Text",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_placeholder",
							"param": "formPlaceholder",
							"label": "Form Placeholder",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "textarea",
							"param": "textarea",
							"label": "Multi-Line Text",
							"in": "body",
							"kind": "boolean",
							"required": false,
							"slot": "additionalFields"
						},
						{
							"api": "min_length",
							"param": "minLength",
							"label": "Min Length",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true
						},
						{
							"api": "max_length",
							"param": "maxLength",
							"label": "Max Length",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyType",
				"label": "Type",
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
				"api": "properties",
				"param": "numberProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"number",
					"date"
				],
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "form_label",
							"param": "formLabel",
							"label": "Form Label",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_help_text",
							"param": "formHelpText",
							"label": "Form Help Text",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_placeholder",
							"param": "formPlaceholder",
							"label": "Form Placeholder",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "ge",
							"param": "ge",
							"label": "Minimum",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true
						},
						{
							"api": "le",
							"param": "le",
							"label": "Maximum",
							"in": "body",
							"kind": "number",
							"required": false,
							"slot": "additionalFields",
							"integer": true
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeDate",
				"label": "Type",
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
				"label": "Type",
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
				"api": "properties",
				"param": "checkboxProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"checkbox"
				],
				"schema": {
					"anyOf": [
						{
							"$ref": "CustomFieldCheckboxProperties"
						},
						{
							"type": "null"
						}
					]
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "form_label",
							"param": "formLabel",
							"label": "Form Label",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_help_text",
							"param": "formHelpText",
							"label": "Form Help Text",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_placeholder",
							"param": "formPlaceholder",
							"label": "Form Placeholder",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyTypeSelect",
				"label": "Type",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "select",
				"variants": [
					"select"
				]
			},
			{
				"api": "properties",
				"param": "selectProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": false,
				"slot": "additionalFields",
				"variants": [
					"select"
				],
				"schema": {
					"anyOf": [
						{
							"$ref": "CustomFieldSelectProperties"
						},
						{
							"type": "null"
						}
					]
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "form_label",
							"param": "formLabel",
							"label": "Form Label",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_help_text",
							"param": "formHelpText",
							"label": "Form Help Text",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "form_placeholder",
							"param": "formPlaceholder",
							"label": "Form Placeholder",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "options",
							"param": "options",
							"label": "Options",
							"in": "body",
							"kind": "rows",
							"required": true,
							"slot": "top",
							"schema": {
								"type": "array",
								"minItems": 1,
								"items": {
									"$ref": "CustomFieldSelectOption"
								}
							},
							"form": {
								"option": "option",
								"fields": [
									{
										"api": "value",
										"param": "value",
										"label": "Value",
										"in": "body",
										"kind": "string",
										"required": true,
										"slot": "top"
									},
									{
										"api": "label",
										"param": "label",
										"label": "Label",
										"in": "body",
										"kind": "string",
										"required": true,
										"slot": "top"
									}
								]
							}
						}
					]
				}
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
			],
			"label": "Field Type"
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
				"label": "Custom Field ID",
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
				"label": "Organization",
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
				"label": "Query",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "code",
				"param": "code",
				"label": "Code",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "starts_at",
				"param": "startsAt",
				"label": "Starts At",
				"in": "body",
				"kind": "dateTime",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "ends_at",
				"param": "endsAt",
				"label": "Ends At",
				"in": "body",
				"kind": "dateTime",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "max_redemptions",
				"param": "maxRedemptions",
				"label": "Max Redemptions",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "max_redemptions_per_customer",
				"param": "maxRedemptionsPerCustomer",
				"label": "Max Redemptions Per Customer",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "products",
				"param": "products",
				"label": "Products",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"locator": "product",
				"itemFormat": "uuid4"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "type",
				"param": "type",
				"label": "Type",
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
				"label": "Duration",
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
				"label": "Duration In Months",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "amount",
				"param": "amount",
				"label": "Amount",
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
				"label": "Currency",
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
				"label": "Amounts per Currency",
				"in": "body",
				"kind": "keyValue",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "entries",
					"fields": [
						{
							"api": "key",
							"param": "key",
							"label": "Currency",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "defaultPresentmentCurrencyOptions"
						},
						{
							"api": "value",
							"param": "value",
							"label": "Amount Off",
							"in": "body",
							"kind": "number",
							"required": true,
							"slot": "top",
							"integer": true
						}
					]
				}
			},
			{
				"api": "type",
				"param": "bodyType",
				"label": "Type",
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
				"label": "Percentage (Basis Points)",
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
			],
			"label": "Discount Type"
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
				"label": "Discount ID",
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
				"label": "Discount ID",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "code",
				"param": "code",
				"label": "Code",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "starts_at",
				"param": "startsAt",
				"label": "Starts At",
				"in": "body",
				"kind": "dateTime",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "ends_at",
				"param": "endsAt",
				"label": "Ends At",
				"in": "body",
				"kind": "dateTime",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "max_redemptions",
				"param": "maxRedemptions",
				"label": "Max Redemptions",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "max_redemptions_per_customer",
				"param": "maxRedemptionsPerCustomer",
				"label": "Max Redemptions Per Customer",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "duration",
				"param": "duration",
				"label": "Duration",
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
				"label": "Duration In Months",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "type",
				"param": "type",
				"label": "Type",
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
				"label": "Amount",
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
				"label": "Currency",
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
				"label": "Amounts per Currency",
				"in": "body",
				"kind": "keyValue",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "entries",
					"fields": [
						{
							"api": "key",
							"param": "key",
							"label": "Currency",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "defaultPresentmentCurrencyOptions"
						},
						{
							"api": "value",
							"param": "value",
							"label": "Amount Off",
							"in": "body",
							"kind": "number",
							"required": true,
							"slot": "top",
							"integer": true
						}
					]
				}
			},
			{
				"api": "basis_points",
				"param": "basisPoints",
				"label": "Percentage (Basis Points)",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "products",
				"param": "products",
				"label": "Products",
				"in": "body",
				"kind": "list",
				"required": false,
				"slot": "additionalFields",
				"locator": "product",
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
				"label": "Discount ID",
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
				"label": "Organization",
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
				"label": "Email",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "query",
				"param": "query",
				"label": "Query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "active",
				"param": "active",
				"label": "Active",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "external_id",
				"param": "externalId",
				"label": "External ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"label": "Billing Address",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "line1",
							"param": "line1",
							"label": "Address Line 1",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "line2",
							"param": "line2",
							"label": "Address Line 2",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "postal_code",
							"param": "postalCode",
							"label": "Postal Code",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "city",
							"param": "city",
							"label": "City",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "state",
							"param": "state",
							"label": "State",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "country",
							"param": "country",
							"label": "Country",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "countryOptions"
						}
					]
				}
			},
			{
				"api": "tax_id",
				"param": "taxId",
				"label": "Tax ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"label": "Locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "owner",
				"param": "owner",
				"label": "Owner",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "email",
							"param": "email",
							"label": "Email",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"format": "email"
						},
						{
							"api": "name",
							"param": "name",
							"label": "Name",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "external_id",
							"param": "externalId",
							"label": "External ID",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						}
					]
				}
			},
			{
				"api": "type",
				"param": "type",
				"label": "Type",
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
				"label": "Email",
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
				"label": "Type",
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
				"label": "Email",
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
			],
			"label": "Customer Type",
			"default": "individualCreate"
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
				"label": "Organization",
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
				"label": "Customer ID",
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
				"label": "Customer ID",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "email",
				"param": "email",
				"label": "Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"label": "Billing Address",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "line1",
							"param": "line1",
							"label": "Address Line 1",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "line2",
							"param": "line2",
							"label": "Address Line 2",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "postal_code",
							"param": "postalCode",
							"label": "Postal Code",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "city",
							"param": "city",
							"label": "City",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "state",
							"param": "state",
							"label": "State",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "country",
							"param": "country",
							"label": "Country",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "countryOptions"
						}
					]
				}
			},
			{
				"api": "tax_id",
				"param": "taxId",
				"label": "Tax ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"label": "Locale",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "external_id",
				"param": "externalId",
				"label": "External ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "type",
				"param": "type",
				"label": "Type",
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
				"label": "Customer ID",
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
				"label": "Anonymize",
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
				"label": "External ID",
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
				"label": "External ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "email",
				"param": "email",
				"label": "Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"label": "Billing Address",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "line1",
							"param": "line1",
							"label": "Address Line 1",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "line2",
							"param": "line2",
							"label": "Address Line 2",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "postal_code",
							"param": "postalCode",
							"label": "Postal Code",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "city",
							"param": "city",
							"label": "City",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "state",
							"param": "state",
							"label": "State",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "country",
							"param": "country",
							"label": "Country",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "countryOptions"
						}
					]
				}
			},
			{
				"api": "tax_id",
				"param": "taxId",
				"label": "Tax ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "locale",
				"param": "locale",
				"label": "Locale",
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
				"label": "External ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "anonymize",
				"param": "anonymize",
				"label": "Anonymize",
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
				"label": "Customer ID",
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
				"label": "External ID",
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
				"label": "Customer ID",
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
				"label": "External ID",
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
				"label": "Customer Member ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "role",
				"param": "role",
				"label": "Role",
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
				"label": "Customer Member ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "email",
				"param": "email",
				"label": "Email",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "email"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "external_id",
				"param": "externalId",
				"label": "External ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "role",
				"param": "role",
				"label": "Role",
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
				"label": "External ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "role",
				"param": "role",
				"label": "Role",
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
				"label": "External ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "email",
				"param": "email",
				"label": "Email",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "email"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "external_id",
				"param": "bodyExternalId",
				"label": "External ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "role",
				"param": "role",
				"label": "Role",
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
				"label": "Customer Member ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "member_id",
				"param": "memberId",
				"label": "Member ID",
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
				"label": "Customer Member ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "member_id",
				"param": "memberId",
				"label": "Member ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "email",
				"param": "email",
				"label": "Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "role",
				"param": "role",
				"label": "Role",
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
				"label": "Customer Member ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "member_id",
				"param": "memberId",
				"label": "Member ID",
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
				"label": "External ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "member_external_id",
				"param": "memberExternalId",
				"label": "Member External ID",
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
				"label": "External ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "member_external_id",
				"param": "memberExternalId",
				"label": "Member External ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "email",
				"param": "email",
				"label": "Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "role",
				"param": "role",
				"label": "Role",
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
				"label": "External ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "member_external_id",
				"param": "memberExternalId",
				"label": "Member External ID",
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
				"label": "Query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "type",
				"param": "type",
				"label": "Type",
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
				"label": "Benefit ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "benefit",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "checkout_id",
				"param": "checkoutId",
				"label": "Checkout ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "checkout",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "order_id",
				"param": "orderId",
				"label": "Order ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "order",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "subscription_id",
				"param": "subscriptionId",
				"label": "Subscription ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "subscription",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "member_id",
				"param": "memberId",
				"label": "Member ID",
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
				"label": "Benefit Grant ID",
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
				"label": "Benefit Grant ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "benefit_type",
				"param": "benefitType",
				"label": "Benefit Type",
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
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"discordUpdate",
					"gitHubRepositoryUpdate"
				],
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "account_id",
							"param": "accountId",
							"label": "Account ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						}
					]
				}
			},
			{
				"api": "benefit_type",
				"param": "bodyBenefitType",
				"label": "Benefit Type",
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
				"label": "Benefit Type",
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
				"label": "Benefit Type",
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
				"label": "Benefit Type",
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
				"label": "Benefit Type",
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
				"label": "Benefit Type",
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
				"label": "Benefit Type",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": "slack_shared_channel",
				"variants": [
					"slackSharedChannelUpdate"
				]
			},
			{
				"api": "properties",
				"param": "slackSharedChannelUpdateProperties",
				"label": "Properties",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"variants": [
					"slackSharedChannelUpdate"
				],
				"schema": {
					"$ref": "CustomerBenefitGrantSlackSharedChannelPropertiesUpdate"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "invited_email",
							"param": "invitedEmail",
							"label": "Invited Email",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"format": "email"
						}
					]
				}
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
			],
			"label": "Benefit Type"
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
				"label": "Billing Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"label": "Billing Address",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "line1",
							"param": "line1",
							"label": "Address Line 1",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "line2",
							"param": "line2",
							"label": "Address Line 2",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "postal_code",
							"param": "postalCode",
							"label": "Postal Code",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "city",
							"param": "city",
							"label": "City",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "state",
							"param": "state",
							"label": "State",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "country",
							"param": "country",
							"label": "Country",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "countryOptions"
						}
					]
				}
			},
			{
				"api": "tax_id",
				"param": "taxId",
				"label": "Tax ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "default_payment_method_id",
				"param": "defaultPaymentMethodId",
				"label": "Default Payment Method ID",
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
				"label": "Confirmation Token ID",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "set_default",
				"param": "setDefault",
				"label": "Set Default",
				"in": "body",
				"kind": "boolean",
				"required": true,
				"slot": "top"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"label": "Return URL",
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
				"label": "Setup Intent ID",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "set_default",
				"param": "setDefault",
				"label": "Set Default",
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
				"label": "Customer ID",
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
				"label": "Email",
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
				"label": "Token",
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
				"label": "Token",
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
				"label": "Meter ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "meter",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"label": "Query",
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
				"label": "Meter ID",
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
				"label": "Subscription ID",
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
				"label": "Order ID",
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
				"label": "Subscription ID",
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
				"label": "Order ID",
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
				"label": "Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
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
				"label": "External Member ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "member_id",
				"param": "memberId",
				"label": "Member ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"type": "object",
							"additionalProperties": true
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "immediate_claim",
				"param": "immediateClaim",
				"label": "Immediate Claim",
				"in": "body",
				"kind": "boolean",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "checkout_id",
				"param": "checkoutId",
				"label": "Checkout ID",
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
				"label": "Seat ID",
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
				"label": "Seat ID",
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
				"label": "Benefit ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "benefit",
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
				"label": "Benefit ID",
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
				"label": "License Key ID",
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
				"label": "Key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "activation_id",
				"param": "activationId",
				"label": "Activation ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "benefit_id",
				"param": "benefitId",
				"label": "Benefit ID",
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
				"label": "Customer ID",
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
				"label": "Increment Usage By",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "conditions",
				"param": "conditions",
				"label": "Conditions",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "label",
				"param": "label",
				"label": "Label",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "conditions",
				"param": "conditions",
				"label": "Conditions",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Activation Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"label": "Key",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "activation_id",
				"param": "activationId",
				"label": "Activation ID",
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
				"label": "Email",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "email"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "role",
				"param": "role",
				"label": "Role",
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
				"label": "Member ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid"
			},
			{
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "role",
				"param": "role",
				"label": "Role",
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
				"label": "Member ID",
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
				"label": "Product ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "product",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "product_billing_type",
				"param": "productBillingType",
				"label": "Product Billing Type",
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
				"label": "Subscription ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "subscription",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "query",
				"param": "query",
				"label": "Query",
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
				"label": "Order ID",
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
				"label": "Order ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "billing_name",
				"param": "billingName",
				"label": "Billing Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "billing_address",
				"param": "billingAddress",
				"label": "Billing Address",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "line1",
							"param": "line1",
							"label": "Address Line 1",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "line2",
							"param": "line2",
							"label": "Address Line 2",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "postal_code",
							"param": "postalCode",
							"label": "Postal Code",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "city",
							"param": "city",
							"label": "City",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "state",
							"param": "state",
							"label": "State",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "country",
							"param": "country",
							"label": "Country",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"optionsRef": "countryOptions"
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
				"label": "Order ID",
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
				"label": "Order ID",
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
				"label": "Order ID",
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
				"label": "Order ID",
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
				"label": "Order ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "confirmation_token_id",
				"param": "confirmationTokenId",
				"label": "Confirmation Token ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "payment_method_id",
				"param": "paymentMethodId",
				"label": "Payment Method ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "payment_processor",
				"param": "paymentProcessor",
				"label": "Payment Processor",
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
				"label": "Slug",
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
				"label": "Product ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "product",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "active",
				"param": "active",
				"label": "Active",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "query",
				"param": "query",
				"label": "Query",
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
				"label": "Subscription ID",
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
				"label": "Subscription ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "product_id",
				"param": "productId",
				"label": "Product ID",
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
				"label": "Seats",
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
				"label": "Units",
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
				"label": "Cancel At Period End",
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
				"label": "Cancellation Reason",
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
				"label": "Cancellation Comment",
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
				"label": "Pause At Period End",
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
				"label": "Resumes At",
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
				"label": "Resume",
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
				"label": "Pending Update",
				"in": "body",
				"kind": "fixed",
				"required": true,
				"slot": "top",
				"fixed": null,
				"variants": [
					"updateClear"
				]
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
			],
			"label": "Change"
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
				"label": "Subscription ID",
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
				"label": "Wallet ID",
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
				"label": "Subscription ID",
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
				"label": "Order ID",
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
				"label": "Subscription ID",
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
				"label": "Order ID",
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
				"label": "Email",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "email"
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
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
				"label": "External Member ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "member_id",
				"param": "memberId",
				"label": "Member ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
				"required": false,
				"slot": "additionalFields",
				"schema": {
					"anyOf": [
						{
							"type": "object",
							"additionalProperties": true
						},
						{
							"type": "null"
						}
					]
				}
			},
			{
				"api": "immediate_claim",
				"param": "immediateClaim",
				"label": "Immediate Claim",
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
				"label": "Seat ID",
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
				"label": "Seat ID",
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
				"label": "Invitation Token",
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
				"label": "Invitation Token",
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
				"label": "Member ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uuid4"
			},
			{
				"api": "external_member_id",
				"param": "externalMemberId",
				"label": "External Member ID",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "return_url",
				"param": "returnUrl",
				"label": "Return URL",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields",
				"format": "uri"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
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
				"label": "External Customer ID",
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
			],
			"label": "Customer By"
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
				"label": "Filter",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "start_timestamp",
				"param": "startTimestamp",
				"label": "Start Timestamp",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "end_timestamp",
				"param": "endTimestamp",
				"label": "End Timestamp",
				"in": "query",
				"kind": "dateTime",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
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
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
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
				"label": "Meter ID",
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
				"label": "Name",
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
				"label": "Source",
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
				"label": "Query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "parent_id",
				"param": "parentId",
				"label": "Parent ID",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters",
				"format": "uuid4"
			},
			{
				"api": "depth",
				"param": "depth",
				"label": "Depth",
				"in": "query",
				"kind": "number",
				"required": false,
				"slot": "filters",
				"integer": true
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
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
				"label": "Organization",
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
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
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
				"label": "Source",
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
				"label": "Query",
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
				"label": "Event ID",
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
				"label": "Events",
				"in": "body",
				"kind": "rows",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "event",
					"fields": [
						{
							"api": "timestamp",
							"param": "timestamp",
							"label": "Timestamp",
							"in": "body",
							"kind": "dateTime",
							"required": false,
							"slot": "top"
						},
						{
							"api": "name",
							"param": "name",
							"label": "Name",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top"
						},
						{
							"api": "organization_id",
							"param": "organizationId",
							"label": "Organization",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top",
							"format": "uuid4"
						},
						{
							"api": "external_id",
							"param": "externalId",
							"label": "External ID",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "parent_id",
							"param": "parentId",
							"label": "Parent ID",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top"
						},
						{
							"api": "metadata",
							"param": "metadata",
							"label": "Metadata",
							"in": "body",
							"kind": "keyValue",
							"required": false,
							"slot": "top",
							"schema": {
								"$ref": "EventMetadataInput"
							}
						},
						{
							"api": "customer_id",
							"param": "customerId",
							"label": "Customer ID",
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
							"api": "member_id",
							"param": "memberId",
							"label": "Member ID",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top",
							"format": "uuid4",
							"variants": [
								"customer"
							]
						},
						{
							"api": "external_customer_id",
							"param": "externalCustomerId",
							"label": "External Customer ID",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"variants": [
								"externalCustomer"
							]
						},
						{
							"api": "external_member_id",
							"param": "externalMemberId",
							"label": "External Member ID",
							"in": "body",
							"kind": "string",
							"required": false,
							"slot": "top",
							"variants": [
								"externalCustomer"
							]
						}
					],
					"choice": {
						"param": "type",
						"label": "Customer By",
						"options": [
							{
								"value": "customer"
							},
							{
								"value": "externalCustomer"
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
				"label": "Organization",
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
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
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
				"label": "Query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "root_events",
				"param": "rootEvents",
				"label": "Root Events",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "parent_id",
				"param": "parentId",
				"label": "Parent ID",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters",
				"format": "uuid"
			},
			{
				"api": "source",
				"param": "source",
				"label": "Source",
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
				"label": "Event Type ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			},
			{
				"api": "label",
				"param": "label",
				"label": "Label",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "label_property_selector",
				"param": "labelPropertySelector",
				"label": "Label Property Selector",
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
				"label": "Organization",
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
				"label": "Query",
				"in": "query",
				"kind": "string",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "is_archived",
				"param": "isArchived",
				"label": "Archived",
				"in": "query",
				"kind": "boolean",
				"required": false,
				"slot": "filters"
			},
			{
				"api": "metadata",
				"param": "metadata",
				"label": "Metadata",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": true,
				"slot": "top"
			},
			{
				"api": "unit",
				"param": "unit",
				"label": "Unit",
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
				"label": "Custom Label",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "custom_multiplier",
				"param": "customMultiplier",
				"label": "Custom Multiplier",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "filter",
				"param": "filter",
				"label": "Filter",
				"in": "body",
				"kind": "group",
				"required": true,
				"slot": "top",
				"schema": {
					"$ref": "Filter"
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "conjunction",
							"param": "conjunction",
							"label": "Match",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"options": [
								"and",
								"or"
							]
						},
						{
							"api": "clauses",
							"param": "clauses",
							"label": "Clauses",
							"in": "body",
							"kind": "rows",
							"required": true,
							"slot": "top",
							"schema": {
								"type": "array",
								"items": {
									"anyOf": [
										{
											"$ref": "FilterClause"
										},
										{
											"$ref": "Filter"
										}
									]
								}
							},
							"form": {
								"option": "clause",
								"fields": [
									{
										"api": "property",
										"param": "property",
										"label": "Property",
										"in": "body",
										"kind": "string",
										"required": true,
										"slot": "top"
									},
									{
										"api": "operator",
										"param": "operator",
										"label": "Operator",
										"in": "body",
										"kind": "options",
										"required": true,
										"slot": "top",
										"options": [
											"eq",
											"ne",
											"gt",
											"gte",
											"lt",
											"lte",
											"like",
											"not_like"
										]
									},
									{
										"api": "value",
										"param": "value",
										"label": "Value",
										"in": "body",
										"kind": "string",
										"required": true,
										"slot": "top",
										"schema": {
											"anyOf": [
												{
													"type": "string",
													"maxLength": 1000
												},
												{
													"type": "integer",
													"minimum": -2147483648,
													"maximum": 2147483647
												},
												{
													"type": "boolean"
												}
											]
										}
									}
								]
							}
						}
					]
				}
			},
			{
				"api": "aggregation",
				"param": "aggregation",
				"label": "Aggregation",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "property",
							"param": "property",
							"label": "Property",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"variants": [
								"avg",
								"max",
								"min",
								"sum",
								"unique"
							]
						}
					],
					"choice": {
						"param": "func",
						"label": "Function",
						"options": [
							{
								"value": "avg",
								"sends": {
									"func": "avg"
								}
							},
							{
								"value": "count",
								"sends": {
									"func": "count"
								}
							},
							{
								"value": "max",
								"sends": {
									"func": "max"
								}
							},
							{
								"value": "min",
								"sends": {
									"func": "min"
								}
							},
							{
								"value": "sum",
								"sends": {
									"func": "sum"
								}
							},
							{
								"value": "unique",
								"sends": {
									"func": "unique"
								}
							}
						]
					}
				}
			},
			{
				"api": "organization_id",
				"param": "organizationId",
				"label": "Organization",
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
				"label": "Meter ID",
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
				"label": "Meter ID",
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
				"label": "Metadata",
				"in": "body",
				"kind": "keyValue",
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
				"api": "name",
				"param": "name",
				"label": "Name",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "unit",
				"param": "unit",
				"label": "Unit",
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
				"label": "Custom Label",
				"in": "body",
				"kind": "string",
				"required": false,
				"slot": "additionalFields"
			},
			{
				"api": "custom_multiplier",
				"param": "customMultiplier",
				"label": "Custom Multiplier",
				"in": "body",
				"kind": "number",
				"required": false,
				"slot": "additionalFields",
				"integer": true
			},
			{
				"api": "filter",
				"param": "filter",
				"label": "Filter",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "conjunction",
							"param": "conjunction",
							"label": "Match",
							"in": "body",
							"kind": "options",
							"required": true,
							"slot": "top",
							"options": [
								"and",
								"or"
							]
						},
						{
							"api": "clauses",
							"param": "clauses",
							"label": "Clauses",
							"in": "body",
							"kind": "rows",
							"required": true,
							"slot": "top",
							"schema": {
								"type": "array",
								"items": {
									"anyOf": [
										{
											"$ref": "FilterClause"
										},
										{
											"$ref": "Filter"
										}
									]
								}
							},
							"form": {
								"option": "clause",
								"fields": [
									{
										"api": "property",
										"param": "property",
										"label": "Property",
										"in": "body",
										"kind": "string",
										"required": true,
										"slot": "top"
									},
									{
										"api": "operator",
										"param": "operator",
										"label": "Operator",
										"in": "body",
										"kind": "options",
										"required": true,
										"slot": "top",
										"options": [
											"eq",
											"ne",
											"gt",
											"gte",
											"lt",
											"lte",
											"like",
											"not_like"
										]
									},
									{
										"api": "value",
										"param": "value",
										"label": "Value",
										"in": "body",
										"kind": "string",
										"required": true,
										"slot": "top",
										"schema": {
											"anyOf": [
												{
													"type": "string",
													"maxLength": 1000
												},
												{
													"type": "integer",
													"minimum": -2147483648,
													"maximum": 2147483647
												},
												{
													"type": "boolean"
												}
											]
										}
									}
								]
							}
						}
					]
				}
			},
			{
				"api": "aggregation",
				"param": "aggregation",
				"label": "Aggregation",
				"in": "body",
				"kind": "group",
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
				},
				"jsonTwin": true,
				"form": {
					"option": "values",
					"fields": [
						{
							"api": "property",
							"param": "property",
							"label": "Property",
							"in": "body",
							"kind": "string",
							"required": true,
							"slot": "top",
							"variants": [
								"avg",
								"max",
								"min",
								"sum",
								"unique"
							]
						}
					],
					"choice": {
						"param": "func",
						"label": "Function",
						"options": [
							{
								"value": "avg",
								"sends": {
									"func": "avg"
								}
							},
							{
								"value": "count",
								"sends": {
									"func": "count"
								}
							},
							{
								"value": "max",
								"sends": {
									"func": "max"
								}
							},
							{
								"value": "min",
								"sends": {
									"func": "min"
								}
							},
							{
								"value": "sum",
								"sends": {
									"func": "sum"
								}
							},
							{
								"value": "unique",
								"sends": {
									"func": "unique"
								}
							}
						]
					}
				}
			},
			{
				"api": "is_archived",
				"param": "isArchived",
				"label": "Archived",
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
				"label": "Meter ID",
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
				"label": "Start Timestamp",
				"in": "query",
				"kind": "dateTime",
				"required": true,
				"slot": "top"
			},
			{
				"api": "end_timestamp",
				"param": "endTimestamp",
				"label": "End Timestamp",
				"in": "query",
				"kind": "dateTime",
				"required": true,
				"slot": "top"
			},
			{
				"api": "interval",
				"param": "interval",
				"label": "Interval",
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
				"label": "Timezone",
				"in": "query",
				"kind": "options",
				"required": false,
				"slot": "filters",
				"optionsRef": "timezoneOptions"
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
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
				"label": "Customer Aggregation Function",
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
				"label": "Metadata",
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
				"label": "Organization",
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
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "external_customer_id",
				"param": "externalCustomerId",
				"label": "External Customer ID",
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
				"label": "Meter ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "meter",
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
				"label": "Customer Meter ID",
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
				"label": "Organization",
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
				"label": "Checkout ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "checkout",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "order_id",
				"param": "orderId",
				"label": "Order ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "order",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "customer_id",
				"param": "customerId",
				"label": "Customer ID",
				"in": "query",
				"kind": "list",
				"required": false,
				"slot": "filters",
				"locator": "customer",
				"itemFormat": "uuid4",
				"oneOrMany": true
			},
			{
				"api": "status",
				"param": "status",
				"label": "Status",
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
				"label": "Method",
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
				"label": "Customer Email",
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
				"label": "Payment ID",
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
				"label": "License Key ID",
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
				"label": "License Key ID",
				"in": "path",
				"kind": "string",
				"required": true,
				"slot": "top",
				"format": "uuid4"
			}
		]
	}
};
