import { KNOWN_LIMITS, zoneOf, type RateWindow } from '../../nodes/Polar/transport/rateLimits';
import type { RateLimitOptions, RateLimitSetting } from './types';

/** Polar's budgets per subject (server/polar/rate_limit.py, `^/v1` zone, default group); the node paces to the same table. */
export const POLAR_RATE_LIMITS: Record<'production' | 'sandbox', RateLimitOptions> = KNOWN_LIMITS;

export interface RateLimitVerdict {
	limited: boolean;
	/** headers for the reply: Retry-After on a 429; X-RateLimit-* only when asked for */
	headers: Record<string, string>;
}

interface Window {
	start: number;
	count: number;
}

interface ZoneState {
	windows: Window[];
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
 * each opened by the identity's first request after the previous one ended. Routes with a zone of
 * their own (nodes/Polar/transport/rateLimits.ts; Polar matches the first pattern only) are counted
 * apart from the API-wide budget, in each of the zone's windows, and going over blocks the identity
 * there for the zone's block time. A request over budget gets 429 with an empty body and
 * `Retry-After` (whole seconds). Normal replies carry no `X-RateLimit-*` headers; the `headers`
 * switch adds them (API-wide budget only) for tests of clients that can use them.
 */
export class RateLimiter {
	private readonly states = new Map<string, ZoneState>();
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
		this.states.clear();
	}

	reset(): void {
		this.states.clear();
	}

	hit(identity: string, path: string, now: number): RateLimitVerdict {
		const api = this.options;
		if (!api) return { limited: false, headers: {} };
		const zone = zoneOf(path);
		const rules: RateWindow[] = zone ? zone.windows : [api];
		const blockMs = zone?.blockMs ?? 0;
		const key = `${zone?.zone ?? 'api'}\u0000${identity}`;
		let state = this.states.get(key);
		if (state?.blockedUntil !== undefined && now < state.blockedUntil) {
			return { limited: true, headers: { 'Retry-After': String(Math.max(1, Math.ceil((state.blockedUntil - now) / 1000))) } };
		}
		if (!state || state.blockedUntil !== undefined) {
			state = { windows: rules.map(() => ({ start: now, count: 0 })) };
			this.states.set(key, state);
		}
		let limited = false;
		let resetMs = 0;
		rules.forEach((rule, i) => {
			let window = state.windows[i];
			if (now - window.start >= rule.windowMs) window = state.windows[i] = { start: now, count: 0 };
			window.count++;
			if (window.count > rule.limit) {
				limited = true;
				resetMs = Math.max(resetMs, window.start + rule.windowMs - now);
			}
		});
		if (limited && blockMs > 0) state.blockedUntil = now + blockMs;
		const headers: Record<string, string> = {};
		if (limited) headers['Retry-After'] = String(Math.max(1, Math.ceil((blockMs > 0 ? blockMs : resetMs) / 1000)));
		if (this.withHeaders && !zone) {
			const window = state.windows[0];
			headers['X-RateLimit-Limit'] = String(api.limit);
			headers['X-RateLimit-Remaining'] = String(Math.max(0, api.limit - window.count));
			headers['X-RateLimit-Reset'] = String(Math.max(1, Math.ceil((window.start + api.windowMs - now) / 1000)));
		}
		return { limited, headers };
	}
}
