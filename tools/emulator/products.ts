import type { ApiRequest, PolarApi } from './api';
import { isReply, NOT_FOUND, type Reply } from './replies';

/**
 * Product deletion (live 2026-10, `DELETE /v1/products/{id}`): Polar deletes only a product
 * nothing was sold from (no order, subscription or trial) and no discount names; a product in use
 * gets a 409 `ProductNotDeletable` and can only be archived.
 */

function deleteProduct(req: ApiRequest, api: PolarApi): Reply {
	const plan = req.match.route.plan;
	if (plan.kind !== 'delete') return NOT_FOUND;
	const product = api.target(req, plan.target, plan.parents);
	if (isReply(product)) return product;
	const uses = (collection: string) => api.store.collection(collection).items.some((o) => o.product_id === product.id);
	const discounted = api.store
		.collection('discounts')
		.items.some((d) => Array.isArray(d.products) && d.products.some((p) => p === product.id || (p as { id?: unknown } | null)?.id === product.id));
	if (uses('orders') || uses('subscriptions') || discounted) {
		return { status: 409, body: { error: 'ProductNotDeletable', detail: 'This product has orders, subscriptions or discounts; archive it instead.' } };
	}
	api.store.collection('products').remove(product.id);
	return { status: 204 };
}

export const PRODUCT_SPECIALS: Record<string, (req: ApiRequest, api: PolarApi) => Reply> = {
	'product:delete': deleteProduct,
};
