// GENERATED FILE — do not edit. Produced by tools/generate from the Polar OpenAPI document (API version 2026-10) and tools/generate/supplement/2026-10.json (from @polar-sh/sdk 1.0.1).
// Rebuild with: npm run generate

/** Sources of the resource pickers ("From List"): list operation, search support, label fields. */
export const pickers: Record<string, { list: string; search?: boolean; label: string[]; flatten?: string }> = {
	"product": {
		"list": "product:getAll",
		"search": true,
		"label": [
			"name"
		]
	},
	"price": {
		"list": "product:getAll",
		"search": true,
		"label": [
			"name"
		],
		"flatten": "prices"
	},
	"customer": {
		"list": "customer:getAll",
		"search": true,
		"label": [
			"email",
			"name"
		]
	},
	"subscription": {
		"list": "subscription:getAll",
		"label": [
			"product.name",
			"customer.email"
		]
	},
	"order": {
		"list": "order:getAll",
		"label": [
			"product.name",
			"customer.email"
		]
	},
	"checkout": {
		"list": "checkout:getAll",
		"search": true,
		"label": [
			"customer_email",
			"product.name"
		]
	},
	"checkoutLink": {
		"list": "checkoutLink:getAll",
		"label": [
			"label",
			"url"
		]
	},
	"benefit": {
		"list": "benefit:getAll",
		"search": true,
		"label": [
			"description",
			"type"
		]
	},
	"discount": {
		"list": "discount:getAll",
		"search": true,
		"label": [
			"name",
			"code"
		]
	},
	"customField": {
		"list": "customField:getAll",
		"search": true,
		"label": [
			"name",
			"slug"
		]
	},
	"meter": {
		"list": "meter:getAll",
		"search": true,
		"label": [
			"name"
		]
	},
	"licenseKey": {
		"list": "licenseKey:getAll",
		"label": [
			"display_key",
			"customer.email"
		]
	},
	"webhookEndpoint": {
		"list": "webhook:getAll",
		"label": [
			"url"
		]
	},
	"file": {
		"list": "file:getAll",
		"label": [
			"name",
			"mime_type"
		]
	},
	"organization": {
		"list": "organization:getAll",
		"label": [
			"name",
			"slug"
		]
	}
};
