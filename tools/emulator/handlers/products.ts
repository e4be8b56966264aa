import type { Handler, PolarApi } from '../api';
import { ok, unprocessable } from '../replies';
import type { ApiRequest, Reply } from '../types';

/**
 * Products: their benefits, and deletion (live 2026-10, `DELETE /v1/products/{id}`). Polar deletes
 * only a product nothing was sold from (no order, subscription or trial) and no discount names; a
 * product in use gets a 409 `ProductNotDeletable` and can only be archived.
 */

function deleteProduct(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (product) => {
		const uses = (collection: string) => api.store.collection(collection).items.some((o) => o.product_id === product.id);
		const discounted = api.store
			.collection('discounts')
			.items.some((d) => Array.isArray(d.products) && d.products.some((p) => p === product.id || (p as { id?: unknown } | null)?.id === product.id));
		if (uses('orders') || uses('subscriptions') || discounted) {
			return { status: 409, body: { error: 'ProductNotDeletable', detail: 'This product has orders, subscriptions or discounts; archive it instead.' } };
		}
		api.store.collection('products').remove(product.id);
		return { status: 204 };
	});
}

/** Sets a product's benefits to the ones named, each of which must exist. */
function updateBenefits(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (product, collection) => {
		const ids = Array.isArray(req.body.benefits) ? (req.body.benefits as string[]) : [];
		const benefits = ids.map((id) => api.store.collection('benefits').get(id));
		const missing = benefits.findIndex((b) => !b);
		if (missing >= 0) return unprocessable(['body', 'benefits', missing], 'Benefit does not exist.');
		return ok(api.update(collection, product, { benefits }));
	});
}

export const PRODUCT_HANDLERS: Record<string, Handler> = {
	'product:delete': deleteProduct,
	'product:updateBenefits': updateBenefits,
};
