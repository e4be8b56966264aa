/**
 * Polar's rate limits, as its server sets them (server/polar/rate_limit.py). The pacer keeps to
 * them and the local emulator enforces them, both from this one table.
 *
 * Polar's limiter counts in fixed windows, each opened by the first request after the previous one
 * ended, per subject: the organization of an organization token, the user of a personal token, the
 * OAuth2 client of an OAuth2 token, the customer of a customer session, the client address without
 * a token. Normal replies say nothing about the budget; a refused request gets 429 with an empty
 * body and `Retry-After` in whole seconds.
 */

export interface RateWindow {
	/** requests allowed per window */
	limit: number;
	windowMs: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The API-wide budget of Polar's default rate-limit group, by environment. */
export const KNOWN_LIMITS: Record<'production' | 'sandbox', RateWindow> = {
	production: { limit: 500, windowMs: MINUTE },
	sandbox: { limit: 100, windowMs: MINUTE },
};

export interface RateZone {
	zone: string;
	/** matched against the request path; the first matching zone counts the request, not the API budget */
	pattern: RegExp;
	/** every window must have room (Polar's rule: per second, minute and/or hour) */
	windows: RateWindow[];
	/** going over blocks the subject in this zone for this long */
	blockMs: number;
}

/** Routes of the operation table that Polar counts in a zone of their own, with a tighter budget. */
export const RATE_ZONES: RateZone[] = [
	{
		zone: 'customer-license-key',
		pattern: /^\/v1\/customer-portal\/license-keys\/(validate|activate|deactivate)/,
		windows: [{ limit: 3, windowMs: 1_000 }],
		blockMs: MINUTE,
	},
	{
		zone: 'customer-email-update',
		pattern: /^\/v1\/customer-portal\/customers\/me\/email-update\/(request|check|verify)/,
		windows: [{ limit: 6, windowMs: MINUTE }, { limit: 12, windowMs: HOUR }],
		blockMs: 15 * MINUTE,
	},
	{
		zone: 'checkout-confirm',
		pattern: /^\/v1\/checkouts\/.+\/confirm/,
		windows: [{ limit: 6, windowMs: MINUTE }, { limit: 20, windowMs: HOUR }],
		blockMs: 30 * MINUTE,
	},
];

/** The zone a path is counted in, or undefined for the API-wide budget. */
export function zoneOf(path: string): RateZone | undefined {
	return RATE_ZONES.find((z) => z.pattern.test(path));
}
