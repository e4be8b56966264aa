import type { RateLimitOptions, RateLimitSetting } from './types';

/** Polar's budgets per token (server/polar/rate_limit.py, `^/v1` zone, default group). */
export const POLAR_RATE_LIMITS: Record<'production' | 'sandbox', RateLimitOptions> = {
	production: { limit: 500, windowMs: 60_000 },
	sandbox: { limit: 100, windowMs: 60_000 },
};

/**
 * Routes with a zone of their own, counted apart from the API-wide budget (Polar matches the first
 * pattern only). Going over blocks the identity in that zone for `blockMs`.
 */
const ZONES: Array<{ zone: string; pattern: RegExp; limit: number; windowMs: number; blockMs: number }> = [
	{ zone: 'customer-license-key', pattern: /^\/v1\/customer-portal\/license-keys\/(validate|activate|deactivate)/, limit: 3, windowMs: 1_000, blockMs: 60_000 },
];

export interface RateLimitVerdict {
	limited: boolean;
	/** headers for the reply: Retry-After on a 429; X-RateLimit-* only when asked for */
	headers: Record<string, string>;
}

interface Window {
	start: number;
	count: number;
	blockedUntil?: number;
}

export function resolveRateLimit(setting: RateLimitSetting | undefined): RateLimitOptions | null {
	if (setting === null) return null;
	if (setting === undefined || setting === 'production') return POLAR_RATE_LIMITS.production;
	if (setting === 'sandbox') return POLAR_RATE_LIMITS.sandbox;
	return setting;
}

/**
 * Polar's limiter: fixed windows per identity (token hash, or the client address without a token),
 * each starting at the identity's first request in it. A request over budget gets 429 with an empty
 * body and `Retry-After` (whole seconds). Normal replies carry no `X-RateLimit-*` headers; the
 * `headers` switch adds them for tests of clients that can use them.
 */
export class RateLimiter {
	private readonly windows = new Map<string, Window>();
	private options: RateLimitOptions | null;

	constructor(
		setting: RateLimitSetting | undefined,
		private withHeaders = false,
	) {
		this.options = resolveRateLimit(setting);
	}

	configure(setting: RateLimitSetting | undefined, withHeaders = this.withHeaders): void {
		this.options = resolveRateLimit(setting);
		this.withHeaders = withHeaders;
		this.windows.clear();
	}

	reset(): void {
		this.windows.clear();
	}

	hit(identity: string, path: string, now: number): RateLimitVerdict {
		const api = this.options;
		if (!api) return { limited: false, headers: {} };
		const zone = ZONES.find((z) => z.pattern.test(path));
		const rule = zone ?? { zone: 'api', ...api, blockMs: 0 };
		const key = `${rule.zone}\u0000${identity}`;
		let window = this.windows.get(key);
		if (window?.blockedUntil !== undefined && now < window.blockedUntil) {
			return { limited: true, headers: { 'Retry-After': String(Math.max(1, Math.ceil((window.blockedUntil - now) / 1000))) } };
		}
		if (!window || now - window.start >= rule.windowMs || window.blockedUntil !== undefined) {
			window = { start: now, count: 0 };
			this.windows.set(key, window);
		}
		window.count++;
		const limited = window.count > rule.limit;
		const resetMs = window.start + rule.windowMs - now;
		if (limited && rule.blockMs > 0) window.blockedUntil = now + rule.blockMs;
		const headers: Record<string, string> = {};
		if (limited) headers['Retry-After'] = String(Math.max(1, Math.ceil((rule.blockMs > 0 ? rule.blockMs : resetMs) / 1000)));
		if (this.withHeaders && !zone) {
			headers['X-RateLimit-Limit'] = String(rule.limit);
			headers['X-RateLimit-Remaining'] = String(Math.max(0, rule.limit - window.count));
			headers['X-RateLimit-Reset'] = String(Math.max(1, Math.ceil(resetMs / 1000)));
		}
		return { limited, headers };
	}
}
