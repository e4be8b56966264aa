/** Public shapes of the local Polar emulator (dev tooling only, never shipped). */

export type FaultKind = '429' | '500' | '502' | '503' | 'reset' | 'timeout';

export interface FaultOptions {
	/** share of API requests that fail, 0..1 */
	rate: number;
	kinds: FaultKind[];
	/**
	 * before: the request never takes effect. after: it is fully processed (an object may have been
	 * created) and then its reply is replaced by the fault, which is what makes idempotency keys
	 * matter. mixed: each fault picks one of the two.
	 */
	phase?: 'before' | 'after' | 'mixed';
	seed?: number;
	/** how long a 'timeout' fault holds the request before dropping it; default 30 s */
	timeoutMs?: number;
}

export interface RateLimitOptions {
	limit: number;
	windowMs: number;
}

export interface EmulatorOptions {
	/** 0 = random; the host is always 127.0.0.1 */
	port?: number;
	/** accepted Bearer tokens for token operations; default: any non-empty Bearer */
	tokens?: string[];
	/** added to every API reply */
	latencyMs?: number;
	/** per token identity, fixed window; null = no limit and no X-RateLimit-* headers */
	rateLimit?: RateLimitOptions | null;
	faults?: FaultOptions | null;
	/** makes ids, secrets and faults deterministic */
	seed?: number;
}

export interface LogEntry {
	/** epoch ms when the request arrived */
	at: number;
	method: string;
	/** path and query string */
	path: string;
	/** 0 when no reply was sent (reset or timeout fault) */
	status: number;
	idempotencyKey?: string;
	/** a short hash of the Bearer token, never the token */
	token?: string;
	fault?: FaultKind;
	/** the reply is a stored idempotent reply */
	replayed?: boolean;
	durationMs: number;
}

export interface EmulatorStats {
	requests: number;
	/** by status code; 'reset' and 'timeout' for requests that got no reply */
	byStatus: Record<string, number>;
	faults: number;
	rateLimited: number;
	idempotentReplays: number;
	/** requests per second between the first and the last request */
	perSecond: number;
	/** most API requests in progress at the same time */
	maxConcurrent: number;
	firstAt: number | null;
	lastAt: number | null;
}

export interface WebhookDeliveryOptions {
	/** deliver to this endpoint only */
	endpointId?: string;
	/** send a signature that does not verify */
	tamper?: boolean;
	/** reuse a webhook-id, as Polar does when it redelivers */
	webhookId?: string;
	/** unix seconds for webhook-timestamp; default now */
	timestamp?: number;
}

export interface WebhookDeliveryResult {
	endpointId: string;
	/** HTTP status of the receiver, 0 when it could not be reached */
	status: number;
	webhookId: string;
	error?: string;
}

export type StoredObject = Record<string, unknown> & { id: string };

/** Read access to the emulator's state, for assertions. */
export interface StoreView {
	list(collection: string): StoredObject[];
	get(collection: string, id: string): StoredObject | undefined;
	count(collection: string): number;
	collections(): string[];
}

export interface Emulator {
	url: string;
	port: number;
	close(): Promise<void>;
	configure(patch: Partial<EmulatorOptions>): void;
	seed(collection: string, count: number, make?: (i: number) => object): StoredObject[];
	/** the demo dataset (a few products, ~250 customers, orders, subscriptions, …); answers counts */
	seedDemo(): Record<string, number>;
	store: StoreView;
	stats(): EmulatorStats;
	log: LogEntry[];
	deliverWebhook(event: string, data: object, opts?: WebhookDeliveryOptions): Promise<WebhookDeliveryResult[]>;
	/** empties collections, log, stats, idempotency keys, sessions and rate-limit windows */
	reset(): void;
}
