import type { ModelField } from '../modelTypes';

/**
 * Resource pickers (n8n resource locators): which list operation fills "From List", which fields
 * label an entry, and whether the list takes a `query` search. Keys are picker names; `fields`
 * names the single-ID API fields (body or query) that get the picker, `pathOf` the resources whose
 * `{id}` path parameter does (only for `pathOps` when given); `url` offers "By URL" where Polar's
 * dashboard shows the ID in its URLs, `externalId` offers "By External ID" (customers). A list of
 * IDs named in `fields` or `lists` (or the `id`/`ids`/`exclude_id` filters of the resource's own list)
 * is a multi-select filled by the same list operation.
 */
export interface Picker {
	/** the list operation ("resource:operation") whose items the picker offers */
	list: string;
	search?: boolean;
	/** dotted paths of the item fields that label an entry */
	label: string[];
	/** list each item's entries of this array field instead of the items (prices of products) */
	flatten?: string;
	fields: string[];
	/** API names of lists of these IDs (besides `fields`), shown as a multi-select filled by the list */
	lists?: string[];
	pathOf?: string[];
	pathOps?: string[];
	url?: boolean;
	externalId?: boolean;
}

export const PICKERS: Record<string, Picker> = {
	product: { list: 'product:getAll', search: true, label: ['name'], fields: ['product_id'], lists: ['products'], pathOf: ['product'], url: true },
	price: { list: 'product:getAll', search: true, label: ['name'], fields: ['product_price_id'], flatten: 'prices' },
	customer: { list: 'customer:getAll', search: true, label: ['email', 'name'], fields: ['customer_id'], pathOf: ['customer'], externalId: true, url: true },
	subscription: { list: 'subscription:getAll', label: ['product.name', 'customer.email'], fields: ['subscription_id'], pathOf: ['subscription'], url: true },
	order: { list: 'order:getAll', label: ['product.name', 'customer.email'], fields: ['order_id'], pathOf: ['order'], url: true },
	checkout: { list: 'checkout:getAll', search: true, label: ['customer_email', 'product.name'], fields: ['checkout_id'], pathOf: ['checkout'] },
	checkoutLink: { list: 'checkoutLink:getAll', label: ['label', 'url'], fields: ['checkout_link_id'], pathOf: ['checkoutLink'] },
	benefit: { list: 'benefit:getAll', search: true, label: ['description', 'type'], fields: ['benefit_id'], lists: ['benefits'], pathOf: ['benefit'] },
	discount: { list: 'discount:getAll', search: true, label: ['name', 'code'], fields: ['discount_id'], pathOf: ['discount'] },
	customField: { list: 'customField:getAll', search: true, label: ['name', 'slug'], fields: ['custom_field_id'], pathOf: ['customField'] },
	meter: { list: 'meter:getAll', search: true, label: ['name'], fields: ['meter_id'], pathOf: ['meter'], url: true },
	licenseKey: { list: 'licenseKey:getAll', label: ['display_key', 'customer.email'], fields: ['license_key_id'], pathOf: ['licenseKey'] },
	webhookEndpoint: { list: 'webhook:getAll', label: ['url'], fields: ['endpoint_id'], pathOf: ['webhook'], pathOps: ['get', 'update', 'delete', 'resetSecret'] },
	file: { list: 'file:getAll', label: ['name', 'mime_type'], fields: ['file_id'], lists: ['medias', 'files'], pathOf: ['file'] },
	organization: { list: 'organization:getAll', label: ['name', 'slug'], fields: [], pathOf: ['organization'] },
};

/** Filters of a list that name the listed resource's own IDs. */
const OWN_IDS = ['id', 'ids', 'exclude_id'];

/** The resource picker of a single-ID field, or the list that fills a multi-select of IDs. */
export function pickerOf(field: Pick<ModelField, 'api' | 'in' | 'kind' | 'union' | 'itemFormat'>, resource: string, operation: string): string | undefined {
	if (field.union || (field.kind !== 'string' && field.kind !== 'list')) return undefined;
	for (const [name, l] of Object.entries(PICKERS)) {
		const own = (l.pathOf || []).includes(resource);
		if (field.kind === 'list') {
			if (field.itemFormat !== 'uuid4' && field.itemFormat !== 'uuid') continue;
			if ((l.fields.includes(field.api) || (l.lists || []).includes(field.api)) || (own && field.in === 'query' && OWN_IDS.includes(field.api))) return name;
			continue;
		}
		if (field.in === 'path' && field.api === 'id' && own && (!l.pathOps || l.pathOps.includes(operation))) return name;
		if (field.in !== 'path' && l.fields.includes(field.api)) return name;
	}
	return undefined;
}
