import { rateLimitResetAt, retryAfterMs } from './retry';

type Headers = Record<string, string | string[] | undefined>;

/** Safety margin after a window resets, for clock and rounding differences with the server. */
const RESET_MARGIN_MS = 50;

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
	private inFlight = 0;

	constructor(
		private readonly now: () => number,
		private readonly wait: (ms: number) => Promise<void>,
	) {}

	/** Waits until a request may start, then counts it as in flight. */
	async acquire(): Promise<void> {
		for (;;) {
			const now = this.now();
			// Without a known reset time there is nothing to wait for: the retry layer handles 429s.
			if (this.resetAt === undefined || now >= this.resetAt) {
				this.remaining = undefined;
				this.resetAt = undefined;
			}
			if (this.remaining === undefined || this.remaining > 0) {
				if (this.remaining !== undefined) this.remaining--;
				this.inFlight++;
				return;
			}
			await this.wait(Math.max(1, (this.resetAt ?? now) - now));
		}
	}

	/** Records what a reply said about the budget and releases the request's slot. */
	release(headers: Headers | undefined, statusCode: number): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		if (!headers) return;
		const now = this.now();
		const remaining = Number(Array.isArray(headers['x-ratelimit-remaining']) ? headers['x-ratelimit-remaining'][0] : headers['x-ratelimit-remaining']);
		let resetAt = rateLimitResetAt(headers, now);
		if (statusCode === 429) {
			const after = retryAfterMs(headers, now);
			if (after !== undefined) resetAt = now + after;
			this.remaining = 0;
		} else if (Number.isFinite(remaining)) {
			// Requests still in flight will spend budget the server has not counted yet.
			this.remaining = Math.max(0, remaining - this.inFlight);
		}
		if (resetAt !== undefined && (this.remaining === 0 || this.resetAt === undefined || resetAt > this.resetAt)) {
			this.resetAt = resetAt + RESET_MARGIN_MS;
		}
	}
}
