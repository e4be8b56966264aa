import { createHmac } from 'node:crypto';
import { Agent, request } from 'undici';
import { createObject, type ObjectContext } from './objects';
import type { StoredObject, WebhookDeliveryOptions, WebhookDeliveryResult } from './types';

/** Polar waits about this long for a receiver's reply. */
const DELIVERY_TIMEOUT_MS = 10_000;
const KEPT_RESPONSE_CHARS = 2_000;

/**
 * Standard Webhooks signature: base64 HMAC-SHA256 over "id.timestamp.body", keyed with the
 * endpoint secret's own UTF-8 bytes (Polar's secrets are not base64 to be decoded).
 */
export function signature(secret: string, webhookId: string, timestamp: number, body: string): string {
	return `v1,${createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${webhookId}.${timestamp}.${body}`).digest('base64')}`;
}

/** Posts events to the registered webhook endpoints, the way Polar does, and records the deliveries. */
export class WebhookSender {
	private readonly agent = new Agent({ connect: { timeout: DELIVERY_TIMEOUT_MS } });
	private readonly pending = new Set<Promise<unknown>>();

	constructor(private readonly ctx: ObjectContext) {}

	async deliver(type: string, data: object, opts: WebhookDeliveryOptions = {}): Promise<WebhookDeliveryResult[]> {
		const endpoints = this.ctx.store
			.collection('webhook_endpoints')
			.items.filter(
				(e) =>
					e.enabled !== false &&
					Array.isArray(e.events) &&
					e.events.includes(type) &&
					(!opts.endpointId || e.id === opts.endpointId),
			);
		const body = JSON.stringify({ type, timestamp: this.ctx.now().toISOString(), data });
		return Promise.all(
			endpoints.map((endpoint) => {
				const event = createObject(this.ctx, 'webhook_events', {
					type,
					payload: body,
					webhook_endpoint_id: endpoint.id,
					webhook_id: opts.webhookId ?? `msg_${this.ctx.random.token(27)}`,
					last_http_code: null,
					succeeded: null,
					skipped: false,
				});
				return this.send(endpoint, event, opts);
			}),
		);
	}

	/** webhook:redeliver: the same event and webhook-id again, in the background like Polar. */
	redeliver(event: StoredObject): void {
		const endpoint = this.ctx.store.collection('webhook_endpoints').get(String(event.webhook_endpoint_id));
		if (!endpoint) return;
		const delivery = this.send(endpoint, event, {}).finally(() => this.pending.delete(delivery));
		this.pending.add(delivery);
	}

	private async send(endpoint: StoredObject, event: StoredObject, opts: WebhookDeliveryOptions): Promise<WebhookDeliveryResult> {
		const webhookId = String(event.webhook_id);
		const body = String(event.payload);
		const timestamp = opts.timestamp ?? Math.floor(this.ctx.now().getTime() / 1000);
		let sig = signature(String(endpoint.secret), webhookId, timestamp, body);
		if (opts.tamper) sig = signature(String(endpoint.secret), webhookId, timestamp, `${body} `);
		let status = 0;
		let responseText: string | null = null;
		let error: string | undefined;
		try {
			const res = await request(String(endpoint.url), {
				method: 'POST',
				dispatcher: this.agent,
				headers: {
					'content-type': 'application/json',
					'user-agent': 'polar-emulator-webhooks',
					'webhook-id': webhookId,
					'webhook-timestamp': String(timestamp),
					'webhook-signature': sig,
				},
				body,
				headersTimeout: DELIVERY_TIMEOUT_MS,
				bodyTimeout: DELIVERY_TIMEOUT_MS,
			});
			status = res.statusCode;
			responseText = (await res.body.text()).slice(0, KEPT_RESPONSE_CHARS);
		} catch (e) {
			const err = e as { code?: string; message?: string };
			error = err.code ?? err.message ?? 'delivery failed';
		}
		const succeeded = status >= 200 && status < 300;
		this.ctx.store.collection('webhook_events').update(event.id, { last_http_code: status || null, succeeded }, this.ctx.now().toISOString());
		createObject(this.ctx, 'webhook_deliveries', {
			succeeded,
			http_code: status || null,
			response: responseText,
			endpoint_id: endpoint.id,
			event_type: event.type,
			webhook_event: { ...event },
		});
		return { endpointId: endpoint.id, status, webhookId, ...(error ? { error } : {}) };
	}

	async close(): Promise<void> {
		await Promise.allSettled([...this.pending]);
		await this.agent.close();
	}
}
