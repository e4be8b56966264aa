import type { Handler } from '../api';
import { ok } from '../replies';
import { customerSessionToken } from './shared';

/** What a checkout page calls with the checkout's client secret beyond reading and updating it. */

export const CHECKOUT_HANDLERS: Record<string, Handler> = {
	/** A confirmed checkout answers a customer session token for the portal that follows. */
	'checkout:clientConfirm': (req, api) =>
		api.withTarget(req, (checkout, collection) =>
			ok({ ...api.update(collection, checkout, { ...req.body, status: 'confirmed' }), customer_session_token: customerSessionToken(api) }),
		),
};
