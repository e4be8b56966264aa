/**
 * The shapes of the local Polar emulator (dev tooling only, never shipped): its options, log and
 * stats, and the request a handler gets and the reply it answers.
 */
import type { RouteMatch } from './routes';

export type FaultKind = '429' | '500' | '502' | '503' | '504' | 'reset' | 'timeout';

export interface FaultOptions {
	/** share of API requests that fail, 0..1 */
	rate: number;
	kinds: FaultKind[];
	/**
	 * before: the request never takes effect. after: it is fully processed (an object may have been
	 * created) and then its reply is lost (reset, timeout) or replaced (5xx), as when a proxy or the
	 * network fails after Polar applied a write. mixed: each fault picks one of the two.
	 */
	phase?: 'before' | 'after' | 'mixed';
	seed?: number;
	/** fault only the requests with this method and path ("POST /v1/webhooks/endpoints"); default all */
	only?: { method?: string; path?: string };
	/** how long a 'timeout' fault holds the request before dropping it; default 30 s */
	timeoutMs?: number;
}

export interface RateLimitOptions {
	limit: number;
	windowMs: number;
}

/** Polar's own budgets by environment (500 or 100 per minute and token), a custom window, or none. */
export type RateLimitSetting = 'production' | 'sandbox' | RateLimitOptions | null;

/** A token Polar knows, with its scopes; a plain string, or no `scopes`, has every scope. */
export type TokenSetting = string | { token: string; scopes?: string[] };

export interface EmulatorOptions {
	/** 0 = random; the host is always 127.0.0.1 */
	port?: number;
	/**
	 * The access tokens Polar issued, each with its scopes (none = every scope). Any other Bearer
	 * token gets Polar's 401, a token without the operation's scope its 403 (auth.ts). Default: none.
	 */
	tokens?: TokenSetting[];
	/** added to every API reply */
	latencyMs?: number;
	/** Polar's limiter, per token identity in fixed windows; default 'production' (500/min); null = off */
	rateLimit?: RateLimitSetting;
	faults?: FaultOptions | null;
	/** makes ids, secrets and faults deterministic */
	seed?: number;

	// Switches: by default the emulator behaves as Polar does. Each switch makes it friendlier in one
	// way, for the tests that need it; README "Switches" says which test turns on which.

	/** add X-RateLimit-Limit/-Remaining/-Reset to every reply (Polar sends none) */
	rateLimitHeaders?: boolean;
	/** replay a write sent again with the same Idempotency-Key (Polar ignores the header) */
	honourIdempotencyKey?: boolean;
	/** new webhook endpoints get secrets of the scheme Polar used before 2026-09-08 (HMAC keyed with the secret's UTF-8 bytes) */
	legacyWebhookSecrets?: boolean;
	/** accept webhook endpoint URLs that are not https or point at loopback or private addresses (Polar answers 422) */
	allowLoopbackWebhooks?: boolean;
	/** multiplies Polar's delays between deliveries of an event (about 17–34 minutes over 10 deliveries); 0.001 makes them seconds */
	webhookBackoffScale?: number;
	/** every webhook delivery fails as if the receiver were down (an outage); settable at start and through POST /__emulator/config */
	webhooksUnreachable?: boolean;
	/** any non-empty Bearer token is a known access token with every scope (Polar answers 401 to a token it did not issue) */
	acceptAnyToken?: boolean;
}

export interface LogEntry {
	/** epoch ms when the request arrived */
	at: number;
	method: string;
	/** path and query string */
	path: string;
	/** 0 when no reply was sent (reset or timeout fault) */
	status: number;
	/** the Polar-Version header as the request sent it; absent when it sent none */
	apiVersion?: string;
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

/** The API versions the emulator serves, as Polar does in December 2026 (Deprecated, Current, Next). */
export const LIVE_API_VERSIONS = ['2026-04', '2026-10', '2027-01'] as const;
/** What a request without Polar-Version gets, and a webhook endpoint without api_version. */
export const CURRENT_API_VERSION = '2026-10';

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
	/** runs `fn` with its changes recorded in the events log as Polar's system events */
	recording<T>(fn: () => T): T;
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

/** A customer session minted by POST /v1/customer-sessions/. */
export interface Session {
	token: string;
	customerId: string;
	expiresAt: number;
	returnUrl: string | null;
}

/** One authenticated, routed request, as handlers see it. */
export interface ApiRequest {
	match: RouteMatch;
	query: URLSearchParams;
	/** parsed and validated body ({} when the operation takes none) */
	body: Record<string, unknown>;
	session?: Session;
	/** the API version answering: the request's Polar-Version, or Current without one */
	apiVersion: string;
}

/** What a handler answers; the server adds headers, faults and rate limits around it. */
export interface Reply {
	status: number;
	/** JSON body */
	body?: unknown;
	/** text body (CSV) */
	text?: string;
	contentType?: string;
	headers?: Record<string, string>;
}
