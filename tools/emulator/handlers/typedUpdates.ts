import type { Handler, PolarApi } from '../api';
import type { StoredObject } from '../types';

/**
 * Updates of objects whose shape follows their type: benefits, custom fields, and a portal
 * customer's benefit grants (typed by their benefit). The update bodies name a type too, and
 * Polar refuses one that differs from the object's (a 422 on that field) instead of reshaping it.
 */

function keepsType(field: string, msg: string, typeOf: (obj: StoredObject, api: PolarApi) => unknown): Handler {
	return (req, api) =>
		api.withTarget(req, (obj) => {
			const asked = req.body[field];
			if (asked !== undefined && asked !== typeOf(obj, api)) {
				return { status: 422, body: { detail: [{ type: 'value_error', loc: ['body', field], msg, input: asked }] } };
			}
			return api.generic(req);
		});
}

export const TYPE_KEEPING_HANDLERS: Record<string, Handler> = {
	'benefit:update': keepsType('type', 'The type of a benefit cannot change.', (benefit) => benefit.type),
	'customField:update': keepsType('type', 'The type of a custom field cannot change.', (field) => field.type),
	'portalBenefitGrant:update': keepsType(
		'benefit_type',
		'The benefit type must be the type of the granted benefit.',
		(grant, api) => api.store.collection('benefits').get(String(grant.benefit_id))?.type,
	),
};
