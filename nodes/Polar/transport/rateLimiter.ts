import { rateLimitResetAt, retryAfterMs } from './retry';

type Headers = Record<string, string | string[] | undefined>;

/** Safety margin after a window resets, for clock and rounding differences with the server. */
const RESET_MARGIN_MS = 50;
/** How often a request waiting for the budget looks again while replies are still in flight. */
const REPLY_POLL_MS = 20;

/**
 * Paces requests by what Polar reports (`X-RateLimit-Remaining` / `X-RateLimit-Reset`), shared by
 * every item and page of one execution. Polar counts per token across all clients, so following
 * its headers (rather than a local counter alone) also keeps several workers or executions on one
 * token inside the budget. When the budget is spent, requests wait for the reset instead of
 * provoking 429s.
 */
export class RateLimitPacer {
	private remaining: number | undefined;
	private resetAt: number | undefined;
	/** the window's budget (X-RateLimit-Limit), what a fresh window allows before any reply says more */
	private limit: number | undefined;
	private inFlight = 0;

	constructor(
		private readonly now: () => number,
		private readonly wait: (ms: number) => Promise<void>,
	) {}

	/** Waits until a request may start, then counts it as in flight. */
	async acquire(): Promise<void> {
		for (;;) {
			const now = this.now();
			if (this.resetAt !== undefined && now >= this.resetAt) {
				// A new window: its budget is the limit, not "unknown", or every waiting request would rush in.
				this.remaining = this.limit;
				this.resetAt = undefined;
			}
			if (this.remaining === undefined || this.remaining > 0) {
				if (this.remaining !== undefined) this.remaining--;
				this.inFlight++;
				return;
			}
			if (this.resetAt === undefined) {
				// Budget spent, reset time unknown: the replies in flight will tell; with none in
				// flight nothing will, so go on and let the retry layer handle a 429.
				if (this.inFlight === 0) {
					this.remaining = undefined;
					continue;
				}
				await this.wait(REPLY_POLL_MS);
				continue;
			}
			await this.wait(Math.max(1, this.resetAt - now));
		}
	}

	/** Records what a reply said about the budget and releases the request's slot. */
	release(headers: Headers | undefined, statusCode: number): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		if (!headers) return;
		const now = this.now();
		const first = (name: string) => Number(Array.isArray(headers[name]) ? headers[name][0] : headers[name]);
		const remaining = first('x-ratelimit-remaining');
		const limit = first('x-ratelimit-limit');
		if (Number.isFinite(limit) && limit > 0) this.limit = limit;
		if (statusCode === 429) {
			const after = retryAfterMs(headers, now) ?? ((rateLimitResetAt(headers, now) ?? now) - now);
			this.remaining = 0;
			this.resetAt = now + after + RESET_MARGIN_MS;
			return;
		}
		if (Number.isFinite(remaining)) {
			// Requests still in flight will spend budget the server has not counted yet.
			this.remaining = Math.max(0, remaining - this.inFlight);
		}
		const resetAt = rateLimitResetAt(headers, now);
		// X-RateLimit-Reset is whole seconds rounded up, so each reply gives an upper bound of the
		// reset; the smallest one seen in the window is the closest. Bounds already past come from
		// a window that has ended and say nothing about the current one.
		if (resetAt !== undefined && resetAt > now) {
			const candidate = resetAt + RESET_MARGIN_MS;
			this.resetAt = this.resetAt === undefined ? candidate : Math.min(this.resetAt, candidate);
		}
	}
}
