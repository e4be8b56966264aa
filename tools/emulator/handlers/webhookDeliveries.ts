import { pageOf, type Handler, type PolarApi } from '../api';
import { pick } from '../kinds/shared';
import { ok } from '../replies';
import type { ApiRequest, StoredObject } from '../types';
import { RETENTION_MS } from '../webhookPolicy';

/**
 * Polar's delivery history and redelivery (webhook/service.py): `GET /v1/webhooks/deliveries`
 * filtered as Polar filters it, newest first, each delivery with its event as it is now;
 * `POST /v1/webhooks/events/{id}/redeliver` schedules the same event again (webhooks.ts sends it).
 */

/** The fields of Polar's WebhookEvent and WebhookDelivery replies (the store keeps a few more of its own). */
const EVENT_FIELDS = ['created_at', 'modified_at', 'id', 'last_http_code', 'succeeded', 'skipped', 'api_version', 'payload', 'type', 'is_archived'];
const DELIVERY_FIELDS = ['created_at', 'modified_at', 'id', 'succeeded', 'http_code', 'response'];
const TRUE_WORDS = new Set(['true', '1', 'yes', 'on', 't', 'y']);
const CODE_CLASSES: Record<string, [number, number]> = { '2xx': [200, 300], '3xx': [300, 400], '4xx': [400, 500], '5xx': [500, 600] };

/**
 * Polar's nightly archive: payloads older than 90 days are dropped, so the event can no longer be
 * redelivered. Run before every read, so the emulator never shows a payload Polar would have dropped.
 */
export function archiveOldEvents(api: PolarApi): void {
	const cutoff = api.ctx.now().getTime() - RETENTION_MS;
	const events = api.store.collection('webhook_events');
	for (const event of events.items) {
		if (event.is_archived === true || Date.parse(String(event.created_at)) >= cutoff) continue;
		events.update(event.id, { payload: null, is_archived: true }, String(event.modified_at ?? event.created_at));
	}
}

function deliveryView(delivery: StoredObject, events: Map<string, StoredObject>): Record<string, unknown> {
	const event = events.get(String(delivery.webhook_event_id)) ?? (delivery.webhook_event as StoredObject);
	return { ...pick(delivery, DELIVERY_FIELDS), webhook_event: pick(event, EVENT_FIELDS) };
}

function matcher(req: ApiRequest): (delivery: StoredObject, event: StoredObject | undefined) => boolean {
	const q = req.query;
	const endpoints = q.getAll('endpoint_id').filter(Boolean);
	const start = q.get('start_timestamp') ? Date.parse(String(q.get('start_timestamp'))) : undefined;
	const end = q.get('end_timestamp') ? Date.parse(String(q.get('end_timestamp'))) : undefined;
	const succeeded = q.get('succeeded') ? TRUE_WORDS.has(String(q.get('succeeded')).toLowerCase()) : undefined;
	const text = q.get('query')?.toLowerCase() || undefined;
	const codes = CODE_CLASSES[q.get('http_code_class') ?? ''];
	const types = q.getAll('event_type').filter(Boolean);
	return (delivery, event) => {
		const at = Date.parse(String(delivery.created_at));
		const code = typeof delivery.http_code === 'number' ? delivery.http_code : undefined;
		if (endpoints.length && !endpoints.includes(String(delivery.endpoint_id))) return false;
		// Both bounds are strict, as Polar's are.
		if (start !== undefined && !(at > start)) return false;
		if (end !== undefined && !(at < end)) return false;
		if (succeeded !== undefined && delivery.succeeded !== succeeded) return false;
		if (text && ![delivery.id, delivery.webhook_event_id, code].some((v) => v !== undefined && String(v).toLowerCase().includes(text))) return false;
		if (codes && (code === undefined || code < codes[0] || code >= codes[1])) return false;
		if (types.length && !types.includes(String(event?.type ?? delivery.event_type))) return false;
		return true;
	};
}

const listDeliveries: Handler = (req, api) => {
	archiveOldEvents(api);
	const events = new Map(api.store.collection('webhook_events').items.map((e) => [e.id, e]));
	const matches = matcher(req);
	// Newest first; deliveries made in the same millisecond keep their order, newest first too.
	const all = [...api.store.collection('webhook_deliveries').items].reverse().filter((d) => matches(d, events.get(String(d.webhook_event_id))));
	all.sort((a, b) => Date.parse(String(b.created_at)) - Date.parse(String(a.created_at)));
	const { page, limit } = pageOf(req.query);
	const items = all.slice((page - 1) * limit, page * limit).map((d) => deliveryView(d, events));
	return ok({ items, pagination: { total_count: all.length, max_page: Math.ceil(all.length / limit) } });
};

export const WEBHOOK_DELIVERY_HANDLERS: Record<string, Handler> = {
	'webhook:listDeliveries': listDeliveries,
	// Accepted for any event of the organization, archived ones too: Polar then sends nothing.
	'webhook:redeliver': (req, api) => {
		archiveOldEvents(api);
		return api.withTarget(req, (event) => {
			api.redeliver(event);
			return ok({}, 202);
		});
	},
};
