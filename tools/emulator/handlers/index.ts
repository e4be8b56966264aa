import type { Handler } from '../api';
import { CHECKOUT_HANDLERS } from './checkouts';
import { CUSTOMER_HANDLERS } from './customers';
import { EVENT_HANDLERS } from './events';
import { FILE_HANDLERS } from './files';
import { LICENSE_KEY_HANDLERS } from './licenseKeys';
import { METER_HANDLERS } from './meters';
import { METRIC_HANDLERS } from './metrics';
import { OAUTH2_HANDLERS } from './oauth2';
import { ORDER_HANDLERS } from './orders';
import { PORTAL_HANDLERS } from './portal';
import { PRODUCT_HANDLERS } from './products';
import { SEAT_HANDLERS } from './seats';
import { SUBSCRIPTION_HANDLERS } from './subscriptions';
import { TYPE_KEEPING_HANDLERS } from './typedUpdates';
import { WEBHOOK_DELIVERY_HANDLERS } from './webhookDeliveries';
import { WEBHOOK_HANDLERS } from './webhooks';

/**
 * Every operation whose reply is more than CRUD on one collection, keyed "resource:operation",
 * one file per area. An operation has one handler: a key claimed by two areas is an error here,
 * not a silent override.
 */
function byOperation(...areas: Array<Record<string, Handler>>): Readonly<Record<string, Handler>> {
	const table: Record<string, Handler> = {};
	for (const area of areas) {
		for (const [key, handler] of Object.entries(area)) {
			if (key in table) throw new Error(`emulator: two handlers for ${key}`);
			table[key] = handler;
		}
	}
	return Object.freeze(table);
}

export const HANDLERS = byOperation(
	CHECKOUT_HANDLERS,
	CUSTOMER_HANDLERS,
	EVENT_HANDLERS,
	FILE_HANDLERS,
	LICENSE_KEY_HANDLERS,
	METER_HANDLERS,
	METRIC_HANDLERS,
	OAUTH2_HANDLERS,
	ORDER_HANDLERS,
	PORTAL_HANDLERS,
	PRODUCT_HANDLERS,
	SEAT_HANDLERS,
	SUBSCRIPTION_HANDLERS,
	TYPE_KEEPING_HANDLERS,
	WEBHOOK_DELIVERY_HANDLERS,
	WEBHOOK_HANDLERS,
);
