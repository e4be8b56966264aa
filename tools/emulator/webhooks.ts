import { createHmac } from 'node:crypto';
import { Agent, request } from 'undici';
import { createObject, type ObjectContext } from './objects';
import type { StoredObject, WebhookDeliveryOptions, WebhookDeliveryResult } from './types';
import { CURRENT_API_VERSION } from './types';
import { signingKey } from './webhookSecrets';

/** Polar waits about this long for a receiver's reply. */
const DELIVERY_TIMEOUT_MS = 10_000;
const KEPT_RESPONSE_CHARS = 2_000;

/**
 * A `webhook-signature` entry: base64 HMAC-SHA256 over "id.timestamp.body", keyed as the endpoint's
 * scheme says (webhookSecrets.ts): the decoded `whsec_` key for standard endpoints, the secret's
 * UTF-8 bytes for legacy ones.
 */
export function signature(secret: string, webhookId: string, timestamp: number, body: string, standard = true): string {
	return `v1,${createHmac('sha256', signingKey(secret, standard)).update(`${webhookId}.${timestamp}.${body}`).digest('base64')}`;
}

/** The scheme an endpoint object signs with (endpoints stored before the flag existed are legacy). */
export function usesStandardSignature(endpoint: StoredObject): boolean {
	return endpoint.uses_standard_webhook_signature === true;
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
					api_version: String(endpoint.api_version ?? CURRENT_API_VERSION),
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
		const standard = usesStandardSignature(endpoint);
		let sig = signature(String(endpoint.secret), webhookId, timestamp, body, standard);
		if (opts.tamper) sig = signature(String(endpoint.secret), webhookId, timestamp, `${body} `, standard);
		let status = 0;
		let responseText: string | null = null;
		let error: string | undefined;
		try {
			const res = await request(String(endpoint.url), {
				method: 'POST',
				dispatcher: this.agent,
				headers: {
					'content-type': 'application/json',
					'user-agent': 'polar.sh webhooks',
					'webhook-id': webhookId,
					'webhook-timestamp': String(timestamp),
					'webhook-signature': sig,
					'webhook-api-version': String(event.api_version ?? CURRENT_API_VERSION),
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
