import { createHmac } from 'node:crypto';
import { Agent, request } from 'undici';
import { createObject, type ObjectContext } from './objects';
import type { StoredObject, WebhookDeliveryOptions, WebhookDeliveryResult } from './types';
import { CURRENT_API_VERSION } from './types';
import { FAILURE_THRESHOLD, FIFO_GUARD_MAX_AGE_MS, MAX_DELIVERIES_PER_EVENT, retryDelayMs } from './webhookPolicy';
import { signingKey } from './webhookSecrets';

/** Polar waits about this long for a receiver's reply. */
const DELIVERY_TIMEOUT_MS = 10_000;
/** Polar keeps this much of a receiver's reply with the delivery. */
const KEPT_RESPONSE_CHARS = 2_048;

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

/**
 * The emulator only ever connects to this machine: an endpoint elsewhere (a sweep's
 * `https://example.com/…`) is recorded as unreachable instead of being contacted.
 */
function isLoopback(url: string): boolean {
	try {
		const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
		return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
	} catch {
		return false;
	}
}

/** How a test asked one event to be sent, kept for its retries too (a tampered event stays tampered). */
type SendingQuirks = Pick<WebhookDeliveryOptions, 'tamper' | 'timestamp'>;

/**
 * Posts events to the registered webhook endpoints the way Polar's worker does (webhook/tasks.py):
 * - one event per subscribed, enabled endpoint; the `webhook-id` is the event's id on every delivery;
 * - first deliveries to an endpoint go in order (Polar's FIFO guard), each event up to 10 deliveries
 *   with Polar's backoff (`webhookBackoffScale` shrinks it for tests);
 * - once the endpoint's 10 most recent finished events all failed, it is disabled and its pending
 *   events are skipped; a disabled endpoint gets no new events and no deliveries;
 * - every delivery is recorded (`webhook_deliveries`), as `GET /v1/webhooks/deliveries` lists them;
 * - the `webhooksUnreachable` switch makes every delivery fail as if the receiver were down.
 */
export class WebhookSender {
	private readonly agent = new Agent({ connect: { timeout: DELIVERY_TIMEOUT_MS } });
	private readonly pending = new Set<Promise<unknown>>();
	private readonly retries = new Set<NodeJS.Timeout>();
	/** per endpoint: the tail of its queue of deliveries, so they leave in order */
	private readonly queues = new Map<string, Promise<unknown>>();
	private readonly quirks = new Map<string, SendingQuirks>();
	private closed = false;

	constructor(private readonly ctx: ObjectContext) {}

	private subscribers(type: string, endpointId?: string): StoredObject[] {
		return this.ctx.store
			.collection('webhook_endpoints')
			.items.filter((e) => e.enabled !== false && Array.isArray(e.events) && e.events.includes(type) && (!endpointId || e.id === endpointId));
	}

	/** Whether an enabled endpoint subscribes to `type` (webhooks on change build only those). */
	subscribed(type: string): boolean {
		return this.subscribers(type).length > 0;
	}

	/** A webhook on change (webhooksOnChange.ts): delivered in the background, as Polar's worker does. */
	send(type: string, data: object): void {
		this.track(this.deliver(type, data));
	}

	/** Creates the event for every subscribed, enabled endpoint; answers each one's first delivery. */
	async deliver(type: string, data: object, opts: WebhookDeliveryOptions = {}): Promise<WebhookDeliveryResult[]> {
		const endpoints = this.subscribers(type, opts.endpointId);
		const body = JSON.stringify({ type, timestamp: this.ctx.now().toISOString(), data });
		return Promise.all(
			endpoints.map(async (endpoint) => {
				const id = this.ctx.random.uuid();
				const event = createObject(this.ctx, 'webhook_events', {
					id,
					type,
					api_version: String(endpoint.api_version ?? CURRENT_API_VERSION),
					payload: body,
					webhook_endpoint_id: endpoint.id,
					webhook_id: opts.webhookId ?? id,
					last_http_code: null,
					succeeded: null,
					skipped: false,
				});
				this.quirks.set(event.id, { tamper: opts.tamper, timestamp: opts.timestamp });
				const result = await this.enqueue(endpoint.id, () => this.attempt(event.id, false));
				return result ?? { endpointId: endpoint.id, status: 0, webhookId: String(event.webhook_id), error: 'not sent' };
			}),
		);
	}

	/** webhook:redeliver: the same event and webhook-id again, in the background like Polar. */
	redeliver(event: StoredObject): void {
		this.track(this.enqueue(String(event.webhook_endpoint_id), () => this.attempt(event.id, true)));
	}

	/**
	 * Runs `send` after everything queued before it for the endpoint. Polar's guard only waits a
	 * minute for earlier events; a delivery here lasts at most its 10 s timeout, so the queue never
	 * holds one longer than that.
	 */
	private enqueue(endpointId: string, send: () => Promise<WebhookDeliveryResult | undefined>): Promise<WebhookDeliveryResult | undefined> {
		const previous = this.queues.get(endpointId) ?? Promise.resolve();
		const guard = new Promise((resolve) => {
			const timer = setTimeout(resolve, FIFO_GUARD_MAX_AGE_MS);
			timer.unref();
			void previous.finally(() => {
				clearTimeout(timer);
				resolve(undefined);
			});
		});
		const next = guard.then(send);
		const tail = next.catch(() => undefined);
		this.queues.set(endpointId, tail);
		void tail.then(() => {
			if (this.queues.get(endpointId) === tail) this.queues.delete(endpointId);
		});
		return next;
	}

	private track(work: Promise<unknown>): void {
		const tracked = work.catch(() => undefined).finally(() => this.pending.delete(tracked));
		this.pending.add(tracked);
	}

	/** One delivery of an event, as Polar's `webhook_event.send` task makes it. */
	private async attempt(eventId: string, redeliver: boolean): Promise<WebhookDeliveryResult | undefined> {
		if (this.closed) return undefined;
		const events = this.ctx.store.collection('webhook_events');
		const event = events.get(eventId);
		if (!event) return undefined;
		const endpoint = this.ctx.store.collection('webhook_endpoints').get(String(event.webhook_endpoint_id));
		const now = () => this.ctx.now().toISOString();
		if (!endpoint) return undefined;
		if (endpoint.enabled === false) {
			events.update(event.id, { skipped: true }, now());
			return undefined;
		}
		// Archived: the payload is gone, so there is nothing to send (Polar skips it silently).
		if (event.payload === null || event.payload === undefined) return undefined;
		if (event.succeeded === true && !redeliver) return undefined;
		if (event.skipped === true) events.update(event.id, { skipped: false }, now());

		const outcome = await this.post(endpoint, event);
		const succeeded = outcome.status >= 200 && outcome.status < 300;
		createObject(this.ctx, 'webhook_deliveries', {
			succeeded,
			http_code: outcome.status || null,
			response: outcome.response,
			endpoint_id: endpoint.id,
			webhook_event_id: event.id,
			event_type: event.type,
			webhook_event: { ...event },
		});
		const patch: Record<string, unknown> = { last_http_code: outcome.status || null };
		if (succeeded) patch.succeeded = true;
		const count = this.ctx.store.collection('webhook_deliveries').items.filter((d) => d.webhook_event_id === event.id).length;
		if (!succeeded && count >= MAX_DELIVERIES_PER_EVENT && event.succeeded !== true) patch.succeeded = false;
		events.update(event.id, patch, now());
		if (!succeeded) {
			if (count >= MAX_DELIVERIES_PER_EVENT) this.onEventFailed(endpoint);
			else this.scheduleRetry(endpoint.id, event.id, count);
		}
		return { endpointId: endpoint.id, status: outcome.status, webhookId: String(event.webhook_id), ...(outcome.error ? { error: outcome.error } : {}) };
	}

	private scheduleRetry(endpointId: string, eventId: string, deliveries: number): void {
		if (this.closed) return;
		const delay = retryDelayMs(deliveries, this.ctx.random, this.ctx.options.webhookBackoffScale ?? 1);
		const timer = setTimeout(() => {
			this.retries.delete(timer);
			this.track(this.enqueue(endpointId, () => this.attempt(eventId, false)));
		}, delay);
		timer.unref();
		this.retries.add(timer);
	}

	/** Polar's `on_event_failed`: disables the endpoint when its 10 most recent finished events all failed. */
	private onEventFailed(endpoint: StoredObject): void {
		if (endpoint.enabled === false) return;
		const own = this.ctx.store.collection('webhook_events').items.filter((e) => e.webhook_endpoint_id === endpoint.id);
		const finished = own.filter((e) => e.succeeded !== null && e.succeeded !== undefined).slice(-FAILURE_THRESHOLD);
		if (finished.length < FAILURE_THRESHOLD || !finished.every((e) => e.succeeded === false)) return;
		const now = this.ctx.now().toISOString();
		this.ctx.store.collection('webhook_endpoints').update(endpoint.id, { enabled: false }, now);
		for (const event of own) {
			if ((event.succeeded === null || event.succeeded === undefined) && event.skipped !== true) {
				this.ctx.store.collection('webhook_events').update(event.id, { skipped: true }, now);
			}
		}
	}

	private async post(endpoint: StoredObject, event: StoredObject): Promise<{ status: number; response: string | null; error?: string }> {
		const webhookId = String(event.webhook_id);
		const body = String(event.payload);
		const quirks = this.quirks.get(event.id) ?? {};
		const timestamp = quirks.timestamp ?? Math.floor(this.ctx.now().getTime() / 1000);
		const standard = usesStandardSignature(endpoint);
		const sig = signature(String(endpoint.secret), webhookId, timestamp, quirks.tamper ? `${body} ` : body, standard);
		if (this.ctx.options.webhooksUnreachable === true) {
			// As when n8n is down or its network is cut: Polar gets no HTTP answer at all.
			return { status: 0, response: 'connect ECONNREFUSED', error: 'ECONNREFUSED' };
		}
		if (!isLoopback(String(endpoint.url))) return { status: 0, response: 'not sent: the emulator delivers to loopback addresses only', error: 'ENOTLOOPBACK' };
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
			const text = (await res.body.text()).slice(0, KEPT_RESPONSE_CHARS);
			return { status: res.statusCode, response: text || null };
		} catch (e) {
			const err = e as { code?: string; message?: string };
			const error = err.code ?? err.message ?? 'delivery failed';
			return { status: 0, response: error, error };
		}
	}

	/** Stops retrying; waits for the deliveries under way. */
	async close(): Promise<void> {
		this.closed = true;
		for (const timer of this.retries) clearTimeout(timer);
		this.retries.clear();
		await Promise.allSettled([...this.pending]);
		await this.agent.close();
	}

	/** Forgets scheduled retries and queues (the store is being emptied). */
	reset(): void {
		for (const timer of this.retries) clearTimeout(timer);
		this.retries.clear();
		this.quirks.clear();
	}
}
