import { REPLY_POLL_MS } from './budget';
import type { HttpHeaders } from './headers';
import { numericHeaderOf, rateLimitResetAt, serverWaitMs } from './headers';

/** Safety margin after a window resets, for clock and rounding differences with the server. */
const RESET_MARGIN_MS = 50;
/** Slow start: until replies show how fast the budget goes, what is in flight grows by one per this many replies. */
const SLOW_START_REPLIES_PER_REQUEST = 2;

/**
 * Paces by `X-RateLimit-Limit/-Remaining/-Reset`, for a server that sends them. Polar sends none
 * (its budget is paced from the known limit, budget.ts); a proxy in front of it or another
 * Polar-compatible server may, and then the headers show what everyone on the budget spends.
 * Until a reply carries them this pacer lets everything through.
 *
 * A reply's remaining count is already stale when others' requests are in flight, so the pacer
 * estimates how many clients share the budget (what the window has used ÷ what we used of it) and
 * keeps what it has in flight within its share of what is left; and it starts slowly, growing what
 * it has in flight with its replies, so that executions starting together learn about each other
 * before they have spent the window. Alone, the share is the whole budget.
 */
export class HeaderPacer {
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

	/** Milliseconds until one more request may start (0: now). */
	delay(now: number): number {
		if (this.resetAt !== undefined && now >= this.resetAt) {
			// A new window: its budget is the limit, not "unknown", or every waiting request would rush in.
			this.remaining = this.limit;
			this.resetAt = undefined;
			this.reported = undefined;
			this.ownCounted = 0;
		}
		// With nothing in flight and no reset to wait for, nothing would tell us more: go.
		const share = this.fitsShare() || (this.inFlight === 0 && this.resetAt === undefined);
		if (this.remaining === undefined ? share : this.remaining > 0 && share) return 0;
		// Our share is in flight: the next reply says how much is left.
		if (!share && this.inFlight > 0) return REPLY_POLL_MS;
		if (this.resetAt === undefined) {
			// Budget spent, reset time unknown: the replies in flight will tell; with none in flight
			// nothing will, so go on and let a 429 say how long to wait.
			if (this.inFlight > 0) return REPLY_POLL_MS;
			this.remaining = undefined;
			return 0;
		}
		return Math.max(1, this.resetAt - now);
	}

	start(): void {
		if (this.remaining !== undefined) this.remaining--;
		this.inFlight++;
	}

	/** Whether one more request fits our share of what is left (always, alone or without rate-limit headers). */
	private fitsShare(): boolean {
		if (this.limit === undefined) return true;
		if (this.inFlight >= 1 + Math.floor(this.replies / SLOW_START_REPLIES_PER_REQUEST)) return false;
		if (this.sharers <= 1) return true;
		return this.inFlight + 1 <= (this.reported ?? this.limit) / this.sharers;
	}

	/** Records what a reply said about the budget and releases the request's slot. */
	release(headers: HttpHeaders | undefined, statusCode: number, now: number): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		const remaining = numericHeaderOf(headers, 'x-ratelimit-remaining');
		if (remaining === undefined) return; // no rate-limit headers: nothing to learn here
		const limit = numericHeaderOf(headers, 'x-ratelimit-limit');
		if (limit !== undefined && limit > 0) this.limit = limit;
		if (statusCode === 429) {
			const after = serverWaitMs(headers, now) ?? 0;
			this.remaining = 0;
			this.resetAt = now + after + RESET_MARGIN_MS;
			return;
		}
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
