import { rateLimitResetAt, retryAfterMs } from './retry';

type Headers = Record<string, string | string[] | undefined>;

/** Safety margin after a window resets, for clock and rounding differences with the server. */
const RESET_MARGIN_MS = 50;
/** How often a request waiting for the budget looks again while replies are still in flight. */
const REPLY_POLL_MS = 20;
/** Slow start: until replies show how fast the budget goes, what is in flight grows by one per this many replies. */
const SLOW_START_REPLIES_PER_REQUEST = 2;

/**
 * Paces requests by what Polar reports (`X-RateLimit-Remaining` / `X-RateLimit-Reset`), shared by
 * every item and page of one execution. Polar counts per token across all clients, so following
 * its headers (rather than a local counter alone) also keeps several workers or executions on one
 * token inside the budget. When the budget is spent, requests wait for the reset instead of
 * provoking 429s.
 *
 * Other executions on the same token (n8n queue mode: several workers, several executions each)
 * spend the same budget, and a reply's remaining count is already stale when others' requests are
 * in flight. So the pacer estimates how many clients share the budget (what the window has used ÷
 * what we used of it) and keeps what it has in flight within its share of what is left; and it
 * starts slowly, growing what it has in flight with its replies, so that executions starting
 * together learn about each other before they have spent the window. Alone, the share is the whole
 * budget and nothing changes.
 */
export class RateLimitPacer {
	private remaining: number | undefined;
	private resetAt: number | undefined;
	/** the window's budget (X-RateLimit-Limit), what a fresh window allows before any reply says more */
	private limit: number | undefined;
	private inFlight = 0;
	/** the lowest X-RateLimit-Remaining of the server's current window (undefined: a new window, no reply yet) */
	private reported: number | undefined;
	/** our replies counted in that window */
	private ownCounted = 0;
	/** how many clients seem to spend the budget: the window's use ÷ ours; kept across windows as a prior */
	private sharers = 1;
	/** replies with rate-limit headers so far (slow start) */
	private replies = 0;
	/** the wait ahead is a 429's Retry-After without rate-limit headers, not the end of the window */
	private pauseOnly = false;

	constructor(
		private readonly now: () => number,
		private readonly wait: (ms: number) => Promise<void>,
	) {}

	/** Waits until a request may start, then counts it as in flight. */
	async acquire(): Promise<void> {
		for (;;) {
			const now = this.now();
			if (this.resetAt !== undefined && now >= this.resetAt && this.pauseOnly) {
				// After a pause a 429 asked for, the window (and what others spend of it) is the same.
				this.remaining = undefined;
				this.resetAt = undefined;
				this.pauseOnly = false;
			} else if (this.resetAt !== undefined && now >= this.resetAt) {
				// A new window: its budget is the limit, not "unknown", or every waiting request would rush in.
				this.remaining = this.limit;
				this.resetAt = undefined;
				this.reported = undefined;
				this.ownCounted = 0;
			}
			// With nothing in flight and no reset to wait for, nothing would tell us more: go.
			const share = this.fitsShare() || (this.inFlight === 0 && this.resetAt === undefined);
			if (this.remaining === undefined ? share : this.remaining > 0 && share) {
				if (this.remaining !== undefined) this.remaining--;
				this.inFlight++;
				return;
			}
			if (!share && this.inFlight > 0) {
				// Our share is in flight: the next reply says how much is left.
				await this.wait(REPLY_POLL_MS);
				continue;
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

	/** Whether one more request fits our share of what is left (always, alone or without rate-limit headers). */
	private fitsShare(): boolean {
		if (this.limit === undefined) return true;
		if (this.inFlight >= 1 + Math.floor(this.replies / SLOW_START_REPLIES_PER_REQUEST)) return false;
		if (this.sharers <= 1) return true;
		return this.inFlight + 1 <= (this.reported ?? this.limit) / this.sharers;
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
			this.pauseOnly = !Number.isFinite(remaining);
			return;
		}
		if (Number.isFinite(remaining)) {
			this.replies++;
			if (this.reported === undefined || remaining > this.reported) {
				// First reply of the window (the server's count went up: its window moved on).
				this.reported = remaining;
				this.ownCounted = 1;
			} else {
				this.reported = remaining;
				this.ownCounted++;
			}
			if (this.limit !== undefined) this.sharers = Math.max(1, (this.limit - remaining) / this.ownCounted);
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
